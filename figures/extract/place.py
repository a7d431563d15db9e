"""Where a figure is: capitalized names after in/at/of, from its sentence or else the article."""

import re
from collections import Counter

from figures.extract.dates import MONTH_NAMES, WEEKDAYS
from figures.extract.numbers import Mention
from figures.extract.words import WORDS

_PLACE_WORD = r"(?:(?:al|el|ez|ad|ar|as|az|ash|an|ed|es)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_PLACE_RE = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}")
_LOCATIVE = re.compile(
    rf"\b(?:in|at|inside|near|across|around|within|throughout|(?:city|town"
    rf"|village|district|province|governorate|camp|capital|region) of)\s+"
    rf"(?:the\s+)?(?={_PLACE_WORD})"
)
_ANY_PREP = re.compile(rf"\b(?:in|of|at)\s+(?:the\s+)?(?={_PLACE_WORD})")
_NOT_PLACES = set(MONTH_NAMES) | {d.title() for d in WEEKDAYS} | set(WORDS["place"]["not_places"])
_COUNTRY_ACRONYMS = set(WORDS["place"]["country_acronyms"])


def places(text: str) -> Counter:
    """Capitalized names after in/of/at, counted over the article."""
    names = (_place_at(text, match.end()) for match in _ANY_PREP.finditer(text))
    return Counter(name for name in names if name)


def _place_at(text: str, pos: int) -> str | None:
    match = _PLACE_RE.match(text, pos)
    if not match or re.match(r"\s+\d", text[match.end() :]):
        return None  # Camp 5 is a label, not a place
    words = re.sub(r"['’]s$", "", match.group()).split()
    while words and (words[-1] in _NOT_PLACES or words[-1].isupper() and len(words[-1]) > 1):
        words.pop()
    if (
        not words
        or words[0] in _NOT_PLACES
        or (words[0].isupper() and words[0] not in _COUNTRY_ACRONYMS)
    ):
        return None
    return " ".join(words)


def location(text: str, span: tuple[int, int], mention: Mention, main: str | None) -> str | None:
    """The place named in the sentence (nearest after the number first), else the article's."""
    after, before = [], []
    for match in _LOCATIVE.finditer(text, span[0], span[1]):
        name = _place_at(text, match.end())
        if name:
            (after if match.start() >= mention.end else before).append(name)
    return after[0] if after else before[-1] if before else main
