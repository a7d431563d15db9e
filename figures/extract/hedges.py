"""The hedge around a figure ("an estimated", "up to", "or more") decides its quantifier (3.2)."""

import re
from functools import lru_cache

from figures.extract.numbers import Mention
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

HEDGES = sorted(
    (
        (phrase, quantifier)
        for quantifier, phrases in WORDS["hedges"]["phrases"].items()
        for phrase in phrases
    ),
    key=lambda pair: -len(pair[0]),
)
_HEDGE_WORDS = "|".join(re.escape(phrase) for phrase, _ in HEDGES)  # longest first
_PREFIX_RE = compiled(rf"(?:^|[\s\"“(])(?P<hedge>{_HEDGE_WORDS})\s+$")
_BY_PHRASE = dict(HEDGES)
_UNITS = r"(?:people|persons|individuals|families|households|idps)\b"  # the same people's units
_UNIT_AFTER_RE = compiled(rf"\s*(?:[a-z]+\s+){{0,2}}?{_UNITS}")  # "190,000 displaced persons"
_RESTATING_RE = compiled(  # "about 14,000 people or 3,000 families", "approximately 938 families
    rf"(?:^|[\s\"“(])(?P<hedge>{_HEDGE_WORDS})\s+\d[\d,.]*(?:\s+million)?\s+{_UNITS}"
    r"\s*(?:,?\s*or\s+|\(\s*)$"  # (4,690 persons)": the same count in another unit, same hedge
)
_FILLERS_RE = compiled(rf"(?:\b(?:{alternation(WORDS['hedges']['fillers'])})\s+)+$")
_QUOTES_RE = compiled(r"[\"“”'‘’(]+\s*$")
_CONSERVATIVE_RE = compiled(r"\bconservative\s+(?:estimate|count|figure|tally)")
_ESTIMATE_RE = compiled(r"\bestimat\w*\b")
_BROUGHT_RE = compiled(  # "brought the toll up to 1,000", "revised the death toll up to 90"
    r"\b(?:bring|brings|brought|bringing)\b[^.]*\bup to\s+$"
    r"|\b(?:revised?|revising|raised?|raising|pushed|pushing|pushes|push|bumped)\s+(?:the|its"
    r"|their)\s+(?:[\w’'-]+\s+){0,2}?(?:toll|figure|number|count|tally|estimate)\b"
    r"(?:(?!\bthat\b)[^.;,]){0,60}?\bup to\s+$"
)
_ABOUT_TOPIC_RE = compiled(  # "about" after words it is the topic of, not a hedge
    r"\b(?:information|news|details?|questions?|concerns?|worried|worries|heard|learned"
    r"|allegations?|accounts?|testimony|stories|story)\s*$"
)
_SUFFIX_HEDGES = [
    (compiled(r"^\s*(?:or|and) (?:more|over|above)\b|^(?:-plus|\+)"), "at_least"),
    (compiled(r"^\s*or (?:fewer|less)\b"), "at_most"),
    (  # "11 people at least", "rose to 81 at least"; not "stands at 459 and at least 4,072"
        compiled(
            r"^\s*(?:(?!(?:and|or|but|while|with|as)\b)[a-z-]+\s+)?at\s+(?:the\s+(?:very\s+)?)?"
            r"least\b(?!\s+(?:\d|another|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
        ),
        "at_least",
    ),
    (compiled(r"^\s*or so\b|^-odd\b"), "approximately"),  # "4,000-odd"
    (  # "1.2 million people are estimated to be displaced" (Q1)
        compiled(r"^\s*(?:[a-z-]+\s+){0,2}?(?:are|is|were|was)\s+estimated\s+to\b"),
        "approximately",
    ),
]


def quantifier(mention: Mention, before: str, after: str, head: str = "") -> str:
    """The hedge words around the figure decide its quantifier (DESIGN 3.2): right before it,
    or before a filler ("at least another 4,000"), after it ("or more"), or an estimate that
    governs its clause ("the U.N. estimates there are 20,000")."""
    if mention.vague:
        return "vague"
    if mention.low is not None:
        return "range"
    return _hedge(before, after, head)


@lru_cache(maxsize=4096)  # a text that repeats itself hedges the same words the same way
def _hedge(before: str, after: str, head: str) -> str:
    """The quantifier the words around a single number give it."""
    tail = _QUOTES_RE.sub("", before[-60:].lower()).rstrip() + " "
    for text in (tail, _FILLERS_RE.sub("", tail)):
        match = _PREFIX_RE.search(text)  # the leftmost start: the longest hedge wins
        if match:
            if match.group("hedge") == "up to" and _BROUGHT_RE.search(head.lower()[-160:]):
                return "exact"  # "brought the toll up to 1,000"
            if match.group("hedge") == "about" and _ABOUT_TOPIC_RE.search(text, 0, match.start()):
                return "exact"  # "received information about fourteen murders": its topic
            return _BY_PHRASE[match.group("hedge")]
    restated = head.rstrip().endswith((" or", "(")) and _UNIT_AFTER_RE.match(after.lower())
    restating = restated and _RESTATING_RE.search(head[-90:].lower())  # the hot path skips it
    if restating:
        return _BY_PHRASE[restating.group("hedge")]
    for pattern, name in _SUFFIX_HEDGES:
        if pattern.match(after.lower()):
            return name
    if _CONSERVATIVE_RE.search(head.lower()[-120:]):
        return "at_least"  # "by its most conservative estimates, 6,700"
    if _ESTIMATE_RE.search(before.lower()):
        return "approximately"
    return "exact"
