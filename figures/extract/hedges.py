"""The hedge around a figure ("an estimated", "up to", "or more") decides its quantifier (3.2)."""

import re

from figures.extract.numbers import Mention
from figures.extract.words import WORDS

HEDGES = sorted(
    (
        (phrase, quantifier)
        for quantifier, phrases in WORDS["hedges"]["phrases"].items()
        for phrase in phrases
    ),
    key=lambda pair: -len(pair[0]),
)
_PREFIX_RE = re.compile(
    r"(?:^|[\s\"“(])(?P<hedge>" + "|".join(re.escape(phrase) for phrase, _ in HEDGES) + r")\s+$"
)
_BY_PHRASE = dict(HEDGES)
_SUFFIX_HEDGES = [
    (re.compile(r"^\s*(?:or|and) (?:more|over|above)\b|^(?:-plus|\+)"), "at_least"),
    (re.compile(r"^\s*or (?:fewer|less)\b"), "at_most"),
    (re.compile(r"^\s*or so\b"), "approximately"),
]


def quantifier(mention: Mention, before: str, after: str) -> str:
    """The hedge words around the figure decide its quantifier (DESIGN 3.2)."""
    if mention.vague:
        return "vague"
    if mention.low is not None:
        return "range"
    head = re.sub(r"[\"“”'‘’(]+\s*$", "", before[-80:].lower()).rstrip() + " "
    match = _PREFIX_RE.search(head)  # the leftmost start: the longest hedge wins
    if match:
        return _BY_PHRASE[match.group("hedge")]
    for pattern, name in _SUFFIX_HEDGES:
        if pattern.match(after.lower()):
            return name
    return "exact"
