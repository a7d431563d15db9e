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
    head = re.sub(r"[\"“”'‘’(]+\s*$", "", before.lower()).rstrip() + " "
    for phrase, name in HEDGES:
        if re.search(rf"(?:^|[\s\"“(]){re.escape(phrase)}\s+$", head):
            return name
    for pattern, name in _SUFFIX_HEDGES:
        if pattern.match(after.lower()):
            return name
    return "exact"
