"""A place that records its share of a toll ("Sindh has reported 678", "Cao Bang has reported
29 deaths") is where the count is, not who states it; a body's name is no such place."""

from figures.extract.attribution_names import agency
from figures.extract.skim import compiled
from figures.extract.words import WORDS
from figures.names import known_source

_ORG_WORDS = set(WORDS["source"]["org_words"])
_COUNTRIES = set(WORDS["place"]["countries"])
_PLACE_RE = compiled(
    r"^(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:region|province|state|district"
    r"|governorate|county)\b"
)
_HIT_RE = compiled(  # "the worst hit", "hardest-hit", "the worst-affected district of"
    r"^(?i:the\s+)?(?i:worst|hardest|most\s+badly|most\s+severely|most)[\s-]+(?i:hit|affected)"
    r"(?:\s+(?:district|province|region|area|town|city|state)\s+of)?\s+"
)
_SHARE_RE = compiled(r"\s+(?:(?:at least|more than|over|about|some|nearly)\s+)?\d")


def org_like(words: str) -> bool:
    """Whether WORDS name a body: an organisation word, a known agency or source."""
    return any(w.strip(",.") in _ORG_WORDS for w in words.split()) or bool(
        agency(words) or known_source(words)
    )


def place_like(subject: str) -> bool:
    """ "Sindh", "Bay region", "the worst hit Sindhupalchok": a place that records a toll, not a
    source that states one."""
    subject = _HIT_RE.sub("", subject)
    if _PLACE_RE.match(subject):
        return True
    word = subject.strip()
    return " " not in word and word[:1].isupper() and not word.isupper() and not org_like(word)


def place_share(subject: str, verb: str, after: str) -> bool:
    """ "Out of 1,545 deaths, Sindh has reported 678, KPK 306": a province's share of a toll,
    not a source (a country speaks as its government: "Ukraine reported 40 attacks")."""
    if verb not in ("reported", "reports") or not _SHARE_RE.match(after):
        return False
    subject = subject.strip()  # "The state television station ZBC reported" is no place
    return place_like(subject) and subject not in _COUNTRIES and subject[:4].lower() != "the "
