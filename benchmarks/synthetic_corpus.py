"""A synthetic corpus for the benchmarks: fictional news reports from varied templates, with sidecars.

    python benchmarks/synthetic_corpus.py OUT_FOLDER [--reports 1000] [--seed 7]

Every name, place, outlet and number is invented here (syllables and templates written for
this benchmark; no article text is copied). Reports follow about thirty story threads over
two months, so that the same actors recur across reports and outlets and each thread's
headline figure (people displaced, troops, homes damaged, ...) is claimed by different
sources with different, changing numbers. Formats vary: wire stories, live blogs with
timestamps, post headlines and a repeated paragraph, briefings and Markdown analyses.
The same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

FIRST_START = [
    "Ma",
    "Li",
    "Ka",
    "Tor",
    "Ven",
    "Sa",
    "Ri",
    "Da",
    "No",
    "El",
    "Ba",
    "Ye",
    "Io",
    "Ha",
    "Zu",
    "Pe",
]
FIRST_END = ["ra", "lo", "rin", "dek", "na", "vius", "lia", "ton", "sha", "mir", "bel", "ko"]
LAST_START = [
    "Vol",
    "Dra",
    "Ken",
    "Bar",
    "Ost",
    "Mer",
    "Hal",
    "Tiv",
    "Cor",
    "Zel",
    "Pra",
    "Lun",
    "Sov",
    "Gri",
]
LAST_END = ["ovic", "ssen", "ard", "ini", "ek", "ova", "ton", "ley", "ar", "escu", "ido", "hart", "ani"]
PLACE_START = [
    "Ar",
    "Bel",
    "Cor",
    "Dun",
    "Esk",
    "Fal",
    "Gor",
    "Hal",
    "Ist",
    "Jor",
    "Kel",
    "Lun",
    "Mar",
    "Nor",
]
PLACE_END = ["ava", "mere", "grad", "ford", "stad", "ora", "ton", "vik", "ena", "brook", "polis", "haven"]
COUNTRY_END = ["ia", "land", "ova", "istan", "ania", "ora"]
OUTLETS = [
    "Harbour Wire", "The Meridian Post", "Northgate Daily", "Civic Ledger", "Field Monitor",
    "The Lantern", "Crossroads Radio", "Basin Times",
]  # fmt: skip
ROLES = [
    "interior minister", "regional governor", "army spokesman", "deputy mayor", "police chief",
    "foreign minister", "union leader", "aid coordinator", "emergency services director", "opposition leader",
]  # fmt: skip
ORG_TEMPLATES = [
    "the {country} Ministry of Defence", "the {place} Regional Council", "the {place} Relief Network",
    "the {country} Red Crescent", "the {country} Border Guard", "the {place} Workers' Union",
    "the Independent Monitoring Mission", "the {country} Electoral Commission",
]  # fmt: skip
THEMES = [
    ("flood", "people displaced", ["were forced from their homes", "had to leave their villages"], 4_000, 1.4),
    ("border clash", "troops", ["were deployed near the border", "had massed along the frontier"], 8_000, 1.3),
    ("strike", "workers", ["walked off the job", "joined the strike"], 12_000, 1.5),
    ("wildfire", "homes", ["were destroyed", "burned down"], 300, 1.8),
    ("earthquake", "buildings", ["collapsed", "were badly damaged"], 900, 1.6),
    ("election dispute", "ballots", ["were contested", "were set aside"], 50_000, 1.2),
    ("shipping incident", "tonnes of grain", ["were stranded at sea", "could not be unloaded"], 30_000, 1.1),
    ("epidemic", "cases", ["were confirmed", "were reported"], 1_200, 2.0),
]  # fmt: skip
HEDGES = ["around", "about", "at least", "more than", "nearly", "up to", "an estimated", "some", ""]
CUES = ["said", "told reporters", "said in a statement", "added", "warned", "wrote on social media"]
QUOTE_OPENERS = [
    "We are doing everything we can to", "There is no reason to", "Nobody expected us to",
    "It is too early to", "Our teams will continue to", "We will not allow anyone to",
    "The government has failed to", "We call on all sides to",
]  # fmt: skip
QUOTE_ENDS = [
    "help the families who lost everything", "hide the scale of what happened", "stop the work now",
    "say how long this will last", "reach the villages cut off by the water", "turn this into a political fight",
    "protect the people of {place}", "keep the roads open through the winter", "return to the table",
]  # fmt: skip
EVENT_VERBS = [
    "visited {place}", "met officials in {place}", "announced new measures", "ordered an inquiry",
    "signed an agreement with {org}", "arrived in {place}", "closed the main road to {place}",
    "asked {org} for help", "rejected the proposal", "postponed the vote",
]  # fmt: skip
WHEN_RELATIVE = [
    "on {weekday}",
    "last week",
    "overnight",
    "earlier this month",
    "yesterday",
    "on {day_month}",
]
BACKGROUND = [
    "The {theme} is the worst the region has seen in a decade, according to local historians.",
    "Residents described long queues for water and fuel, and schools in {place} stayed shut.",
    "Analysts said the figures were hard to verify because access to {place} remained limited.",
    "The road between {place} and {other_place} reopened briefly before being closed again.",
    "Officials in {country} have faced criticism over how slowly help reached the worst-hit districts.",
    "Volunteers from across {country} travelled to {place} with blankets, food and medicine.",
    "The dispute has strained relations between the capital and the regional authorities.",
    "Satellite images published by {org} showed the extent of the damage around {place}.",
    "Markets in {place} opened for only a few hours as traders waited for supplies.",
    "A previous agreement collapsed in the spring after both sides accused each other of bad faith.",
]  # fmt: skip
NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]  # fmt: skip
START = dt.date(2025, 3, 3)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_START)}{rng.choice(FIRST_END)} {rng.choice(LAST_START)}{rng.choice(LAST_END)}"


def place(rng: random.Random) -> str:
    return rng.choice(PLACE_START) + rng.choice(PLACE_END)


@dataclass
class Thread:
    """One developing story: where, who, and the figure its reports argue about."""

    theme: str
    counted: str
    verbs: list[str]
    place: str
    other_place: str
    country: str
    people: list[tuple[str, str]]
    orgs: list[str]
    base: int
    growth: float
    start: dt.date
    claim_bias: dict[str, float] = field(default_factory=dict)


def make_threads(rng: random.Random, count: int = 30) -> list[Thread]:
    threads = []
    for _ in range(count):
        theme, counted, verbs, base, growth = rng.choice(THEMES)
        country = rng.choice(PLACE_START) + rng.choice(COUNTRY_END)
        where = place(rng)
        people = [(person(rng), role) for role in rng.sample(ROLES, 5)]
        orgs = [t.format(country=country, place=where) for t in rng.sample(ORG_TEMPLATES, 3)]
        thread = Thread(
            theme=theme,
            counted=counted,
            verbs=verbs,
            place=where,
            other_place=place(rng),
            country=country,
            people=people,
            orgs=orgs,
            base=int(base * rng.uniform(0.5, 2.0)),
            growth=growth,
            start=START + dt.timedelta(days=rng.randrange(30)),
        )
        thread.claim_bias = {name: rng.uniform(0.6, 1.5) for name, _ in people} | {
            org: rng.uniform(0.7, 1.3) for org in orgs
        }
        threads.append(thread)
    return threads


class Writer:
    """Sentences and paragraphs about one thread, published on one day."""

    def __init__(self, thread: Thread, published: dt.date, rng: random.Random) -> None:
        self.t = thread
        self.published = published
        self.rng = rng

    def fill(self, template: str) -> str:
        rng, t = self.rng, self.t
        recent = self.published - dt.timedelta(days=rng.randrange(1, 9))
        return template.format(
            place=t.place,
            other_place=t.other_place,
            country=t.country,
            org=rng.choice(t.orgs),
            theme=t.theme,
            weekday=WEEKDAYS[recent.weekday()],
            day_month=f"{recent.day} {MONTHS[recent.month - 1]}",
        )

    def figure(self, claimant: str) -> str:
        days = (self.published - self.t.start).days
        value = (
            self.t.base
            * (1 + (self.t.growth - 1) * min(days, 40) / 40)
            * self.t.claim_bias.get(claimant, 1.0)
        )
        value = int(round(value, -2 if value > 2_000 else -1 if value > 100 else 0))
        if self.rng.random() < 0.08:  # a vague figure
            return "hundreds of" if value < 2_000 else "thousands of"
        if value >= 1_000_000:
            number = f"{value / 1e6:.1f} million"
        elif value <= len(NUMBER_WORDS) and self.rng.random() < 0.7:
            number = NUMBER_WORDS[value - 1]
        else:
            number = f"{value:,}" if value >= 10_000 or self.rng.random() < 0.7 else str(value)
        return f"{self.rng.choice(HEDGES)} {number}".strip()

    def speaker(self) -> tuple[str, str]:
        return self.rng.choice(self.t.people)

    def quote(self) -> str:
        rng = self.rng
        name, role = self.speaker()
        words = f"{rng.choice(QUOTE_OPENERS)} {self.fill(rng.choice(QUOTE_ENDS))}"
        surname = name.split()[-1]
        forms = [
            f"“{words},” {name}, the {role}, {rng.choice(CUES)}.",
            f"{name}, the {self.t.country} {role}, {rng.choice(['said', 'told reporters'])}: “{words}.”",
            f"“{words},” said Mr {surname}. “{rng.choice(QUOTE_OPENERS)} {self.fill(rng.choice(QUOTE_ENDS))}.”",
            f"The {role} said the authorities would {rng.choice(['act quickly', 'review the figures', 'not give in'])}. “{words},” {surname} added.",
        ]
        return rng.choice(forms)

    def claim(self) -> str:
        rng, t = self.rng, self.t
        if rng.random() < 0.5:
            name, role = self.speaker()
            claimant, label = name, f"{role} {name}"
        else:
            claimant = label = rng.choice(t.orgs)
        verb = rng.choice(t.verbs)
        forms = [
            f"{label[0].upper() + label[1:]} said {self.figure(claimant)} {t.counted} {verb} in {t.place}.",
            f"According to {label}, {self.figure(claimant)} {t.counted} {verb} since the start of the {t.theme}.",
            f"{self.figure(claimant).capitalize()} {t.counted} {verb}, {label} said {self.fill(rng.choice(WHEN_RELATIVE))}.",
        ]
        other = rng.choice([o for o in t.orgs if o != claimant] or t.orgs)
        forms.append(f"{forms[0][:-1]}, while {other} put the figure at {self.figure(other)}.")
        return rng.choice(forms)

    def event(self) -> str:
        rng = self.rng
        name, role = self.speaker()
        actor = rng.choice([name, f"The {role}", rng.choice(self.t.orgs).capitalize()])
        when = self.fill(rng.choice(WHEN_RELATIVE))
        what = self.fill(rng.choice(EVENT_VERBS))
        if rng.random() < 0.5:
            return f"{when[0].upper() + when[1:]}, {actor[0].lower() + actor[1:] if actor.startswith('The ') else actor} {what}."
        return f"{actor} {what} {when}."

    def background(self) -> str:
        return self.fill(self.rng.choice(BACKGROUND))

    def paragraph(self) -> str:
        makers = [self.quote, self.claim, self.event, self.background]
        sentences = [
            self.rng.choices(makers, weights=[3, 3, 3, 2])[0]() for _ in range(self.rng.randint(1, 3))
        ]
        return " ".join(sentences)

    def title(self) -> str:
        t = self.t
        name, _role = self.speaker()
        forms = [
            f"{t.theme.capitalize()} in {t.place}: {self.figure(t.orgs[0])} {t.counted} {t.verbs[0]}",
            f"{name.split()[-1]} says {t.country} will not back down as {t.theme} deepens",
            f"{t.place} {t.theme} live: rescue teams reach {t.other_place}",
            f"What we know about the {t.theme} in {t.place}",
        ]
        return self.rng.choice(forms)


def report(thread: Thread, published: dt.date, outlet: str, rng: random.Random) -> tuple[str, str, str]:
    """(kind, suffix, text) of one report."""
    writer = Writer(thread, published, rng)
    kind = rng.choices(["wire", "live blog", "briefing", "analysis"], weights=[4, 2, 2, 1])[0]
    target = rng.randint(450, 1400)
    title = writer.title()
    if kind == "live blog":
        lines = [f"{title} - latest updates", f"{outlet} follows the {thread.theme} as it unfolds"]
        repeated = writer.paragraph()
        hour = rng.randint(7, 10)
        while sum(len(line.split()) for line in lines) < target:
            hour, minute = hour + rng.randint(0, 1), rng.randrange(60)
            lines += [f"{hour:02d}:{minute:02d}", writer.title().split(":")[0]]
            lines += [writer.paragraph() for _ in range(rng.randint(2, 4))]
            if rng.random() < 0.2:
                lines.append(repeated)
        return kind, ".txt", "\n".join(lines) + "\n"
    lines = [title, writer.claim()]
    while sum(len(line.split()) for line in lines) < target:
        lines.append(writer.paragraph())
    if kind == "analysis":
        body = [f"# {lines[0]}", *lines[1:3]]
        for i in range(3, len(lines), 3):
            body.append(
                f"## {rng.choice(['What happened', 'Who says what', 'What comes next', 'Background'])}"
            )
            body += lines[i : i + 3]
        return kind, ".md", "\n\n".join(body) + "\n"
    if kind == "briefing":
        lines.insert(1, f"Key points from {outlet} on the {thread.theme} in {thread.place}")
    return kind, ".txt", "\n".join(lines) + "\n"


def write_corpus(folder: Path, *, reports: int = 1000, seed: int = 7) -> list[Path]:
    """Write ``reports`` reports (and their ``.meta.json`` sidecars) into ``folder``; returns their paths.

    A folder already holding this corpus (same count and seed) is left as it is.
    """
    manifest = folder / "corpus.json"
    wanted = {"reports": reports, "seed": seed}
    if manifest.exists() and json.loads(manifest.read_text()) == wanted:
        return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    threads = make_threads(rng)
    paths = []
    for i in range(reports):
        thread = rng.choice(threads)
        published = thread.start + dt.timedelta(days=rng.randrange(45))
        outlet = rng.choice(OUTLETS)
        kind, suffix, text = report(thread, published, outlet, random.Random(f"{seed}:{i}"))
        path = folder / f"{i:04d}_{thread.place.lower()}_{thread.theme.replace(' ', '_')}{suffix}"
        path.write_text(text, encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ")
        meta = {"title": title, "published": published.isoformat(), "source": outlet, "kind": kind}
        path.with_name(path.stem + ".meta.json").write_text(
            json.dumps(meta, ensure_ascii=False), encoding="utf-8"
        )
        paths.append(path)
    manifest.write_text(json.dumps(wanted))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.folder, reports=args.reports, seed=args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} reports, {words:,} words in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
