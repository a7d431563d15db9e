"""What an "according to X" frame holds that is not a source, and the day "as of" gives it."""

from figures.extract.attribution_clauses import place_like
from figures.extract.dates import MONTH
from figures.extract.skim import compiled
from figures.extract.words import WORDS

MORE_VERBS = [  # "Officials ... claim that", "Another witness spoke of", "X made the comments"
    "claim",
    "expect",
    "spoke of",
    "speak of",
    "made the comments",
    "made the remarks",
    "echoed",
]
MORE_FRAMES = ["quoting", "tally by", "count by", "toll by", "figures by"] + [
    f"attributing {what} to"  # "..., attributing these figures to the Libyan Red Crescent"
    for what in ("these figures", "the figures", "the toll", "these numbers", "the numbers", "them")
]

_FROM_RE = compiled(r"\bfrom\s*$")
_RELEASED_BY_RE = compiled(r"\b(?:released|published|issued|announced)\s+by\s")
_AS_OF_DAY_RE = compiled(
    rf"\s*,?\s*as\s+(?:of|at)\s+(?:(?:midday|noon|midnight|the\s+end\s+of)\s+(?:on\s+)?)?"
    rf"(?P<phrase>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
_FINITE_RE = compiled(r"\s(?:were|was|are|is)\s")
_COUNTRIES = set(WORDS["place"]["countries"])


def not_a_source(lead: str, x: str) -> bool:
    """ "figures from Kalemie were 35 dead" holds a clause; "the first figures from Wenchuan"
    names where they come from (a place below a country), not who states them."""
    if _FINITE_RE.search(x):
        return True
    words = x.strip()
    return bool(_FROM_RE.search(lead)) and place_like(words) and words not in _COUNTRIES


def released_as_of(sentence: str, start: int, end: int) -> str | None:
    """The day of "figures released by X as of midday 30 April 2015": the release's day."""
    if not _RELEASED_BY_RE.search(sentence, start, end):
        return None
    as_of = _AS_OF_DAY_RE.match(sentence, end)
    return as_of.group("phrase") if as_of else None


_REPORT_SUBJECT_RE = compiled(r"(?:\b[A-Z][\w.]*|\b[a-z]+s)\s+$")  # "UN humanitarians report"
_REPORT_THAT_RE = compiled(r"\s+that\b")


def verb_report(sentence: str, start: int, end: int) -> bool:
    """ "UN humanitarians report that": the verb; "an updated report", "the PDMA situation
    report": the noun (a plural or a name before it, "that" after it)."""
    before = sentence[max(0, start - 40) : start]
    return bool(_REPORT_SUBJECT_RE.search(before) and _REPORT_THAT_RE.match(sentence, end))
