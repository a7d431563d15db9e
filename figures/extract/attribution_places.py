"""A place that records its share of a toll ("Sindh has reported 678", "Cao Bang has reported
29 deaths") is where the count is, not who states it; a body's name is no such place."""

from figures.extract.attribution_names import agency
from figures.extract.numbers import COUNT_START
from figures.extract.place_name import COMPASS_ADJECTIVE, GENERIC_SOURCES, PERSON_TITLES
from figures.extract.skim import compiled
from figures.extract.speaker_names import ROLE_RE
from figures.extract.words import COUNTRIES, WORDS
from figures.names import known_source

_ORG_WORDS = set(WORDS["source"]["org_words"])
_PLACE_RE = compiled(
    r"^(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:region|province|state|district"
    r"|governorate|county)\s*$"  # "Sindh province", not "China's state broadcaster"
)
_HIT_RE = compiled(  # "the worst hit", "hardest-hit", "the worst-affected district of"
    r"^(?i:the\s+)?(?i:worst|hardest|most\s+badly|most\s+severely|most)[\s-]+(?i:hit|affected)"
    r"(?:\s+(?:district|province|region|area|town|city|state)\s+of)?\s+"
)
_COMPASS_RE = compiled(rf"^(?:the\s+)?{COMPASS_ADJECTIVE}\s+(?=[A-Z])")
_SHARE_RE = compiled(  # "has reported 678", "have each reported five deaths"
    rf"\s+(?:(?:at least|more than|over|about|some|nearly)\s+)?(?:{COUNT_START})"
)
_TALLY_VERBS = set("reported reports reporting recorded records registered registers".split())
_AUX_RE = compiled(r"(?:\s+(?:has|have|had|each|both|also|so\s+far))+$")  # "Dovan has each"
_NAME_RE = compiled(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}")  # "Tam Ha", "Cao Bang"


def org_like(words: str) -> bool:
    """Whether WORDS name a body: an organisation word, a known agency or source."""
    return any(w.strip(",.") in _ORG_WORDS for w in words.split()) or bool(
        agency(words) or known_source(words)
    )


def place_like(subject: str) -> bool:
    """ "Sindh", "Bay region", "the worst hit Sindhupalchok": a place that records a toll, not a
    source that states one."""
    subject = _COMPASS_RE.sub("", _HIT_RE.sub("", subject))  # "northwestern Syria has witnessed"
    if _PLACE_RE.match(subject) or subject.strip() in COUNTRIES:
        return True
    word = subject.strip()
    if word.lower() in GENERIC_SOURCES:  # "Activists recorded 12 deaths": people, not a place
        return False
    return " " not in word and word[:1].isupper() and not word.isupper() and not org_like(word)


def place_share(subject: str, verb: str, after: str) -> bool:
    """ "Out of 1,545 deaths, Sindh has reported 678, KPK 306": a province's share of a toll,
    not a source (a country speaks as its government: "Ukraine reported 40 attacks")."""
    if verb not in _TALLY_VERBS or not _SHARE_RE.match(after):
        return False
    subject = _AUX_RE.sub("", subject.strip())  # "The state television station ZBC reported"
    if subject in COUNTRIES or subject[:4].lower() == "the " or subject.lower() in GENERIC_SOURCES:
        return False  # is no place, nor are "Activists reported 12"
    return place_like(subject) or bool(  # "Tam Ha has reported 29 deaths": a two-word place
        _NAME_RE.fullmatch(subject)
        and not org_like(subject)
        and not ROLE_RE.search(subject)
        and not PERSON_TITLES.intersection(subject.split())
    )
