"""A place name as read, with its offsets: the evidence shown to the analyst, and its core."""

import re
from dataclasses import dataclass
from functools import cached_property

from figures.extract.dates import MONTH_NAMES, WEEKDAYS
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS, alternation

ARTICLE = r"(?:(?:al|el|ez|ad|ar|as|az|ash|an|ed|es)-)"  # "al-Bab", "ez-Zor"
NAME_WORD = (  # one word of a place's name; "St. Martin", "Mt. Elgon": an abbreviated first
    rf"(?:(?:St|Ste|Mt|Ft)\.(?=[ \t]+[A-Z])"
    rf"|{ARTICLE}?(?:d['’])?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"  # "Côte d’Ivoire": an elided "de"
)
FEW = r"(?:two|three|four|five|six|both|several)"  # "in two Juba bases", "in two Myanmar strikes"
_MONTHS = MONTH_NAMES + WORDS["dates"]["month_abbreviations"]
DAYS_AND_MONTHS = set(MONTH_NAMES) | {d.title() for d in WEEKDAYS}
NOT_PLACES = DAYS_AND_MONTHS | set(WORDS["place"]["not_places"])
COUNTRY_ACRONYMS = frozenset(WORDS["place"]["country_acronyms"])  # "US", "DRC", "KPK"
NOT_PLACES |= {f"{a}-{b}" for a in [*_MONTHS, "Mid", "Early", "Late"] for b in _MONTHS}  # "Mid-May"
_S_COUNTRY_NAMES = {c for c in COUNTRIES if c.endswith("s")}  # "Laos’ Attapeu province"
S_COUNTRIES = alternation(sorted(_S_COUNTRY_NAMES))
PLACE_NOUNS = alternation(WORDS["place"]["place_nouns"])  # "city", "camp": a name may end so
NOUN_TAIL_RE = compiled(rf"\s+(?:{PLACE_NOUNS})$")  # "Raqqa city": the name before its noun
ORG_RUN_RE = compiled(  # the capitalised run a body's name is ("the Borno State Emergency Agency")
    r"(?:[A-Z][\w'’-]*|and|of|for|the|on)(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the|on)){0,7}"
)
# The words a name's shape is read by (figures/extract/place.py)
COMPASS = set(
    "North South East West Middle Lower Upper Central Northern Southern Eastern Western".split()
)
SIDE = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"  # "north", "south-eastern"
COMPASS_ADJECTIVE = (  # "northwestern", "North-Eastern", "central": which side of a place
    r"(?i:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
)


def side_word(word: str) -> bool:
    """Whether a word names a side of a place: "North", "Northwest", "Northeastern"."""
    return word in COMPASS or bool(re.fullmatch(COMPASS_ADJECTIVE, word))


PERSON_TITLES = {"Minister", "President", "Mayor", "Governor", "Dr", "Mr", "Mrs", "Ms", "Gen"}
# "Gampaha is the worst affected": a place its clause says was hit hardest (place.py, place_choice)
WORST_HIT = r"(?:is|was|are|were|remains)\s+(?:the\s+)?(?:worst|hardest)[\s-](?:affected|hit)"
NAMED_EVENTS = {  # "Typhoon Ompong", "Operation Blessing": named, not places
    *"Typhoon Cyclone Hurricane Storm Tropical Super Operation".split()
}
FEATURES = {"Sea", "Ocean", "River", "Lake", "Gulf", "Coast"}  # a name's head, never alone
PORT_AFTER_RE = compiled(  # "the Black Sea port city": the city named before, described
    r"\s+(?:port\s+)?(?:city|town|port|coastal\s+(?:city|town))\b(?!\s+of\b)"
)
OWNED_NAMES = set(
    "Bazar Bazaar Bay Town Island Point Hill Harbour Harbor Creek".split()
)  # "Cox’s Bazar" is one name
WATERS = {"Bay", "Gulf", "Sea", "Strait", "Straits", "Horn"}  # "Bay of Bengal": named with "of"
_DESCRIBED_RE = compiled(  # "besieged Mariupol" is Mariupol; "eastern Aleppo" stays a part (P3)
    rf"^(?:(?:{alternation(WORDS['place']['descriptors'])}"
    rf"|[\w'’]+-(?:{alternation(WORDS['place']['descriptor_participles'])}))\s+)+(?=\S)"
)
_UPPER_RE = compiled(r"(?:^|[\s-])[A-Z]")  # a name in it, not only an area's words


@dataclass(frozen=True)
class Place:
    """A place name as read, with its offsets in the text (the evidence shown to the analyst)."""

    name: str
    start: int
    end: int

    @cached_property  # read for every figure near it: worked out once
    def core(self) -> str:
        """The name without a lowercase place noun: "Raqqa city" is Raqqa, as claims name it."""
        name = _DESCRIBED_RE.sub("", self.name)
        named = _UPPER_RE.search(name)  # "al-Bab city", "northern Raqqa city"; not "eastern
        # municipalities", "neighbouring countries"
        return NOUN_TAIL_RE.sub("", name) if named else self.name


ACTS = (  # what a place's possessive names it the author of: "Israel’s bombardments"
    r"(?:[a-z\d-]+\s+){0,2}(?:campaign|offensive|invasion|bombardments?|bombings?|assault"
    r"|incursion|blockade|air\s*strikes|strikes|raids|attacks|shelling)\b"
)
ACT_AFTER_RE = compiled(rf"(?:\w\w)?['’]s\s+{ACTS}")  # "during Israel's military campaign"
OWNED_BY_NO_PLACE_RE = compiled(  # "People’s Daily", "Iran's supreme leader Ayatollah Khamenei"
    rf"(?:{alternation(sorted(NOT_PLACES))})['’]s\s|\S+['’]s\s+(?:[a-z-]+\s+)?(?:leader|president"
    r"|minister|spokes(?:man|woman|person)|chief|envoy|ambassador|governor|commander)\s"
)
NOT_A_PLACE_AFTER_RE = compiled(  # after "the", "community" is a people ("the Meitei community");
    r"[ \t]+(?:controlled|held|run|backed|led|post|account|channel|language|embassy|consulate"
    r"|ambassador|envoy|troops|marines|navy|force|forces)\b"  # "the US embassy": whose; "at Kofa
    r"|[ \t]+(?:city|town|port)[ \t]+of[ \t]+(?:(?:about|some|around|nearly)[ \t]+)?\d"  # "the
    # Mediterranean city of 120,000 people": what kind of city, not where
    r"|(?<=the )[ \t]+(?:(?:ethnic|tribal|indigenous)[ \t]+)?(?:community|communities|tribe|tribes"
    r"|clan|clans|minority)\b"  # community"; "the Kuki ethnic community": a people
    r"|(?<=the )[ \t]+(?:and|or)[ \t]+[A-Z][\w'’-]+[ \t]+(?:communities|tribes|clans)\b"
    r"|(?<=and )[ \t]+(?:communities|tribes|clans)\b"  # "the Dinka and Nuer communities"
    r"|[ \t]+(?:ethnic|tribal)[ \t]+(?:group|groups|community|communities|minority)\b"  # "Kibaki's
    # Kikuyu ethnic group": a people, whoever's
    r"|(?<=the )[ \t]+(?:[a-z]+-[\w'’-]+[ \t]+)?(?:group|militia|movement|faction)\b"  # "the
    # Jama'at Nusrat al-Islam wal-Muslimin group": an armed group
)  # is a village
_DATELINE_END = r"(?:\([^)]{1,40}\)\s*)?(?:--|[-–—:_])\s"  # "BAM, Iran --", "KIGALI, Rwanda (AP) _"
DATELINE_RE = compiled(  # "YANGON (Reuters) -", "MANILA, Philippines —", "MANILA, Jan. 5 -"
    r"\s*(?P<where>[A-Z][A-Z'’./ -]{2,40}?)\s*(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    rf"\s*(?:,\s*[A-Z][a-z]{{2,8}}\.? \d{{1,2}}\s*)?{_DATELINE_END}"
)
TITLED_DATELINE_RE = compiled(  # "Juba, South Sudan:": a city in title case, then its country
    r"\s*(?P<where>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),\s*"
    rf"(?P<country>{alternation(WORDS['place']['countries'])})\s*{_DATELINE_END}"
)


OF_RE = compiled(  # the longest country the words make: "Republic of South Sudan"
    r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)


def of_end(of: re.Match) -> int:
    """Where the name after "of" ends: one word, or the longest country its words make."""
    words = of.group("country").split()
    whole = next((n for n in range(len(words), 1, -1) if " ".join(words[:n]) in COUNTRIES), 1)
    name = re.sub(r"['’]s$", "", " ".join(words[:whole]))  # "the Republic of the Congo’s east"
    return of.start("country") + len(name)


PERSON_NEXT_RE = compiled(  # "On Thursday John Holmes, the UN's ...", "On Sunday Ibrahim Dosara,
    r",\s+(?:the|a|an)\s|\s+(?:said|says|told|estimated|warned)\b"  # Zamfara state information
    rf"|,\s+(?:[\w’'-]+\s+){{0,5}}(?i:{alternation(WORDS['source']['roles'])}),?\s+(?:said|told)\b"
)  # commissioner said": a person led by a day, not a place
GENERIC_SOURCES = set(WORDS["source"]["generic"])  # "activists", "residents": who, not where
FACILITIES = {"Hospital", "School", "University", "Clinic", "Mosque", "Church", "Centre", "Center"}


def owner_word(word: str) -> bool:
    """A possessive that owns the name after it: "Syria's", "Laos’" (a country ending in s)."""
    return word.endswith(("'s", "’s")) or (word[-1:] in "'’" and word[:-1] in _S_COUNTRY_NAMES)
