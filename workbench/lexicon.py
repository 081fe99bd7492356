"""General English word lists for actors and speech, and the editable country tables.

Nothing here names a particular person or organisation: these are the words news copy
uses for titles, roles, bodies, groups and reporting, plus the world table of countries,
capitals and demonyms shipped in ``workbench/resources/`` (edit those files to extend it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Honorifics and ranks written before a name ("Mr", "Gen.", "Cdr").
HONORIFICS = words(
    """mr mrs ms miss mx dr sir dame lord lady prof professor gen general maj major lt lieutenant col colonel
    sgt sergeant cpl corporal pte private capt captain cmdr cdr commander adm admiral brig brigadier
    cpt marshal rev reverend father fr sister brother rabbi imam sheikh sheik ayatollah archbishop bishop
    cardinal pope king queen prince princess emir sultan crown judge justice hon insp inspector
    supt superintendent det detective chief sen senator rep representative gov governor pres president
    mayor ambassador minister premier chancellor secretary councillor councilman councilwoman
    commissioner prosecutor attorney speaker chairman chairwoman chair"""
)
#: Titles used with a first name alone ("Sheikh Mohammed", "King Charles", "Pope Francis").
FIRST_NAME_TITLES = words("sheikh sheik king queen prince princess emir sultan pope imam ayatollah crown")
#: Common Chinese, Korean and Vietnamese family names. English-language news prints these names family
#: name first ("Kim Yong Hyun", "Li Qiang", "Nguyen Phu Trong") and refers back by the family name
#: alone ("Kim said"). Names that are also English words a sentence may open with are left out.
FAMILY_NAME_FIRST = words(
    """kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang lim han oh seo shin kwon
    hwang ahn jeon hong yoo ryu moon bae baek heo noh roh kwak cha woo min choo byun
    wang li zhang liu chen huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang feng
    deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei lu ding ren shen yao fu zhong
    xi qin wen hua lai tsai chiang
    nguyen tran pham hoang huynh phan vu vo dang bui ngo duong"""
)
#: Lemmas of nouns that name an event ("the coup in mid-July", "Monday's captures", "the arrest on June 18").
#: A date on such a noun dates the event it names, whose agent is the noun's own (its possessor, a
#: demonym, "by X"), never the subject of the clause the noun happens to sit in.
EVENT_NOUNS = frozenset(
    """attack strike airstrike raid bombing shelling bombardment offensive counteroffensive assault invasion
    incursion coup arrest capture detention killing massacre explosion blast ambush shooting visit trip
    election vote referendum ruling verdict trial hearing announcement launch flooding flood earthquake
    storm protest demonstration rally crash collision fire clash battle siege evacuation release crackdown
    violence unrest riot uprising landfall victory resignation speech""".split()
)
#: spaCy entity labels of dates and times: a word so labelled says when, never who ("Friday's report").
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Nouns of a tally of something else: "the number of deaths", "the death toll stands at 77".
TALLY_NOUNS = frozenset("number total tally count toll figure".split())
#: Generational suffixes that close a person's name after a comma ("Martin Luther King, Jr.").
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Letters written after a British or Commonwealth name for an office or honour ("X MP", "Y QC", "Z OBE").
POST_NOMINALS = frozenset("MP MPs QC KC OBE CBE MBE KBE DBE GBE MEP MSP PC KCMG GCMG".split())
#: Natural forces: what a storm or an earthquake does has no agent ("Cyclone X hit the coast on Monday").
NATURAL_FORCES = frozenset(
    """storm cyclone hurricane typhoon tornado earthquake quake aftershock flood flooding landslide mudslide
    wildfire tsunami drought heatwave rain rainfall snow snowstorm blizzard wind winds eruption volcano""".split()
)


#: Diseases and strife that no one in particular does: "Ebola has killed 5,400", "violence has raged".
AFFLICTIONS = frozenset(
    """ebola cholera malaria zika covid covid-19 coronavirus virus measles flu influenza dengue polio
    tuberculosis meningitis hiv aids mpox monkeypox sars mers plague typhoid diphtheria outbreak epidemic
    pandemic disease infection violence unrest turmoil chaos h5n1 h1n1 h7n9""".split()
)


def named_natural_forces(doc: Doc) -> list[tuple[int, str]]:
    """(token index, "Hurricane Milton") for every storm or the like the text gives a name. A word the
    report also prints in lower case is a common word capitalised by a title-case headline ("Cyclone
    Death Toll Tops 22,000"): a storm's name is never printed in lower case. A storm is named in its own
    sentence and not after "a": a deck with no full stop ending "won by a landslide", then "Poroshenko
    said", names no storm; nor does the name of a body ("the National Hurricane Center")."""
    named = [
        tok
        for tok in doc[:-1]
        if tok.lower_ in NATURAL_FORCES
        and doc[tok.i + 1].pos_ == "PROPN"
        and doc[tok.i + 1].lower_ not in ORG_NOUNS
        and not doc[tok.i + 1].is_sent_start
        and not any(c.lower_ in ("a", "an") for c in tok.children)
    ]
    if not named:
        return []  # most reports name no storm: no pass over their words for lower-case forms
    common = {tok.text for tok in doc if tok.is_lower}
    return [
        (tok.i, f"{tok.text} {doc[tok.i + 1].text}") for tok in named if doc[tok.i + 1].lower_ not in common
    ]


#: Words of a title that say the bearer is a man or a woman.
MALE_WORDS = words(
    "mr sir lord father fr brother king prince emir sultan sheikh sheik spokesman chairman councilman businessman congressman man husband son grandfather boy policeman"
)
FEMALE_WORDS = words(
    "mrs ms miss dame lady sister queen princess spokeswoman chairwoman councilwoman businesswoman congresswoman woman mother wife daughter grandmother widow girl policewoman"
)

#: Role nouns: what a person is ("governor", "chief executive", "spokeswoman").
ROLE_NOUNS = words(
    """president vice-president premier minister secretary governor mayor chancellor ambassador envoy
    diplomat spokesman spokeswoman spokesperson official officer commander chief head director
    executive chairman chairwoman chair leader coordinator co-ordinator priest pastor bishop imam
    rabbi general colonel major captain lieutenant sergeant admiral marshal commissioner inspector
    superintendent adviser advisor aide analyst economist expert researcher scientist professor
    lawyer attorney prosecutor judge founder owner manager editor reporter correspondent
    administrator representative deputy member mp senator lawmaker legislator councillor
    negotiator mediator monitor observer president-elect king queen prince emir sultan
    doctor surgeon nurse engineer farmer fisherman resident witness survivor teacher student
    driver worker miner activist campaigner organiser organizer candidate councilman
    master skipper pilot soldier commando militant fighter source insider mother father wife husband son
    daughter grandmother grandfather widow man woman boy girl shopkeeper trader vendor mechanic baker
    labourer laborer volunteer paramedic medic firefighter policeman policewoman guard official
    schoolteacher headteacher headmaster lecturer academic historian journalist photographer
    physician pharmacist midwife dentist electrician plumber carpenter builder contractor
    businessman businesswoman accountant shepherd herder cleric monk nun sheikh elder villager
    refugee evacuee migrant protester demonstrator eyewitness neighbour neighbor passenger
    brother sister uncle aunt cousin nephew niece grandson granddaughter
    foreperson foreman forewoman juror defendant plaintiff claimant suspect detective sheriff deputy-mayor
    ombudsman auditor regulator treasurer chairperson secretary-general under-secretary rapporteur"""
)
#: Words naming a ministerial portfolio after "Minister of" / "Secretary of" ("Foreign Affairs",
#: "Health", "Digital Transformation"): the rest of an office's title, never part of a person's name.
PORTFOLIO_WORDS = words(
    """health defence defense foreign affairs state justice finance finances interior economy economic
    education energy digital transformation infrastructure agriculture agrarian environment
    environmental internal home culture cultural trade industry industries industrial labour labor
    social policy policies veterans youth sport sports science transport transportation
    communications information emergency emergencies situations strategic reintegration development
    regional communities territories temporarily occupied treasury commerce homeland security
    national war army navy air force public works housing employment welfare family families women
    children human rights immigration migration protection resources natural food rural fisheries
    tourism investment investments planning administration research technology technologies refugees
    refugee climate disarmament peace"""
)
#: Bodies news copy names by initials alone, with the full name it does not spell out: "the U.N. says".
BODIES_BY_INITIALS = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
}
#: Head nouns of organisations ("the ministry", "Ukraine's military intelligence agency").
ORG_NOUNS = words(
    """ministry department agency service office bureau directorate council committee commission
    union company firm operator corporation group party front movement alliance coalition bloc
    government administration cabinet parliament assembly congress senate court tribunal army navy
    military police coastguard guard guards corps brigade battalion regiment division unit command
    force fund bank network charity organisation organization foundation institute association
    federation league registry inspectorate authority regulator watchdog utility consultancy
    reinsurer insurer insurance carrier airline railway broadcaster newspaper agency ngo
    secretariat presidency embassy consulate mission intelligence prosecutor's
    prosecutors court commission board panel team observatory monitor centre center hospital
    university school church diocese club federation junta regime jury"""
)
#: Plural or collective nouns for groups of people who act or speak ("regional authorities").
GROUP_NOUNS = words(
    """authorities officials officers troops forces soldiers units fighters militants rebels insurgents
    militias militia gunmen police residents villagers locals families refugees migrants civilians
    protesters demonstrators strikers workers employees miners farmers fishermen crews crew rescuers
    volunteers doctors medics nurses teachers students voters supporters opponents lawmakers
    legislators mps senators ministers diplomats negotiators mediators monitors observers
    investigators inspectors prosecutors experts analysts economists scientists researchers
    insurers lenders investors traders shareholders creditors donors sources witnesses survivors
    relatives parents activists campaigners leaders representatives delegates envoys members media outlets
    people men women children groups teams firefighters paramedics journalists reporters
    engineers pilots sailors marines commanders generals staff guards settlers pilgrims crowds
    demonstrators authorities neighbours neighbors landlords tenants owners operators jurors"""
)
#: Plural nouns for people acting for a body ("members of the union", "economists at the bank").
MEMBER_NOUNS = words(
    """members staff employees workers officials officers soldiers troops crews doctors medics economists
    analysts experts researchers engineers divers representatives delegates supporters activists fighters
    militants spokespeople lawyers negotiators inspectors investigators scientists forces forecasters
    meteorologists seismologists epidemiologists specialists technicians"""
)
#: Nouns a spokesperson or representative speaks for ("a spokesperson for the agency").
SPOKESPERSON_NOUNS = words("spokesman spokeswoman spokesperson representative voice mouthpiece")

#: Classes of organisation head nouns that co-refer ("the firm" ~ "a London-based reinsurer").
ORG_CLASSES: tuple[frozenset[str], ...] = (
    words(
        "company firm operator corporation business group reinsurer insurer carrier airline utility consultancy manufacturer maker producer miner shipper owner lender bank"
    ),
    words("ministry department"),
    words("agency service office bureau directorate"),
    words("army military forces force armed"),
    words("coastguard guard"),
    words("government administration cabinet regime authorities"),
    words("party front movement bloc alliance coalition"),
    words("charity organisation organization ngo network group"),
    words("committee panel"),
    words("commission board"),
    words("union federation"),
    words("brigade battalion regiment division unit"),
)

#: Verbs that introduce speech (their subject is the speaker).
SPEECH_VERBS = words(
    """say tell add reply ask write state announce declare claim insist warn note explain argue confirm
    deny admit acknowledge suggest urge report tweet post comment remark respond answer recall promise
    pledge vow predict estimate allege assert contend maintain stress emphasise emphasize observe quip
    joke complain concede conclude continue repeat reiterate testify recount counter retort agree
    caution threaten demand accuse mutter shout scream whisper exclaim plead appeal acknowledge
    estimate assure reassure inform disclose reveal signal indicate hint wonder muse concur object
    protest lament boast announce forecast believe think disagree echo interject elaborate summarise
    summarize recall recognise recognize"""
)
#: Verbs a title-case headline capitalises ("Leader Brushes Off Threat", "Rebels Vow to Fight On"), in the
#: forms headlines use: a tagger may read them as a name.
HEADLINE_VERBS = frozenset(
    form
    for verb in """vow brush slam urge warn reject dismiss back blast hail pledge deny seek meet call push
    press vote sign quit resign win lose fight flee stage storm seize kill free hold face mark eye rule
    defend shrug scoff snub spurn rebuff rap chide decry laud tout mull weigh step gun shoot""".split()
    for form in (verb, verb + "s", verb + "es", verb + "ed", verb + "ing")
)
#: Verbs that report with the particle "out" and a "that" clause ("pointed out that", "set out that").
OUT_SPEECH_VERBS = words("point set spell lay")
#: Nouns that, bare after "by", say how something was done, not who did it ("dug by hand", "by road").
MANNER_BY_NOUNS = words(
    "hand foot road rail sea air boat ship plane helicopter car bus train truck phone telephone email mail post"
    " radio video satellite force accident mistake chance"
)
#: Verbs that characterise something in someone's words ("dismissed it as 'fake news'").
CHARACTERISING_VERBS = words(
    """call describe dub dismiss reject brand label term characterise characterize denounce condemn hail
    praise welcome criticise criticize slam decry blast laud accept"""
)
#: Verbs that undo the reporting verb they govern ("declined to say").
REFUSING_VERBS = words("decline refuse fail neglect")
#: Words opening a reported question rather than a reported statement.
QUESTION_WORDS = words("how whether if why what when where who which whom")
#: Nouns that refer back to a statement and its author ("the statement said").
STATEMENT_NOUNS = words(
    "statement release communique communiqué letter post message report note notice filing account remarks comments tweet"
)
#: Nouns for what someone said, used to point back at a quote ("That was the account given by ...").
UTTERANCE_NOUNS = words(
    "account message words remark remarks comment comments warning assessment claim description verdict version statement line promise threat response answer explanation"
)

PERSON_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
RELATIVE_PRONOUNS = words("who which that whom")
LOCATIVE_PREPOSITIONS = words(
    "in at to from near into across outside inside around towards toward via through off on over"
)


@cache
def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes straightened: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass
class CountryTable:
    """Names, capitals, seats of government and demonyms of the world's countries."""

    names: dict[str, str] = field(default_factory=dict)  # folded name or alias -> country
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> country
    seats: dict[str, str] = field(default_factory=dict)  # folded seat -> country
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country

    def is_country_name(self, surface: str) -> bool:
        """Is this a country's name or alias ("the United States"), not a demonym?"""
        return fold(surface).removeprefix("the ") in self.names

    def country_of(self, surface: str) -> str | None:
        """The country a name, alias or demonym stands for."""
        key = fold(surface).removeprefix("the ")
        return self.names.get(key) or self.demonyms.get(key)


@cache
def country_table() -> CountryTable:
    """The shipped tables (``resources/countries.tsv`` and ``resources/seats.tsv``)."""
    table = CountryTable()
    for columns in _rows("countries.tsv"):
        country = columns[0]
        names, capitals, demonyms = ([*columns, "", "", ""])[1:4]
        for name in [country, *_split(names)]:
            table.names[fold(name).removeprefix("the ")] = country
        for capital in _split(capitals):
            table.capitals[fold(capital)] = country
        for demonym in _split(demonyms):
            table.demonyms[fold(demonym)] = country
    for columns in _rows("seats.tsv"):
        table.seats[fold(columns[0])] = columns[1]
    return table


@cache
def first_name_genders() -> dict[str, str]:
    """Given names almost always borne by one sex (``resources/first_names.tsv``): "mark" -> "male"."""
    return {columns[0]: columns[1] for columns in _rows("first_names.tsv")}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("workbench").joinpath("resources", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _split(column: str) -> list[str]:
    return [value.strip() for value in column.split("|") if value.strip()]
