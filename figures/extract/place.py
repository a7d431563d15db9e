"""Where a figure is: capitalized names after in/at/of, from its sentence or else the article."""

import re
from collections import Counter
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Place:
    """A place name as read, with its offsets in the text (the evidence shown to the analyst)."""

    name: str
    start: int
    end: int


def places(text: str) -> tuple[Counter, dict[str, Place]]:
    """Capitalized names after in/of/at counted over the article, and where each first stands."""
    counts: Counter = Counter()
    first: dict[str, Place] = {}
    for match in _ANY_PREP.finditer(text):
        place = _place_at(text, match.end())
        if place:
            counts[place.name] += 1
            first.setdefault(place.name, place)
    return counts, first


def _place_at(text: str, pos: int) -> Place | None:
    match = _PLACE_RE.match(text, pos)
    if not match or re.match(r"\s+\d", text[match.end() :]):
        return None  # Camp 5 is a label, not a place
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", match.group())]
    words = [match.group()[a:b] for a, b in spans]
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]
        spans[-1] = (spans[-1][0], spans[-1][1] - 2)
    while words and (words[-1] in _NOT_PLACES or words[-1].isupper() and len(words[-1]) > 1):
        words.pop()
        spans.pop()
    if (
        not words
        or words[0] in _NOT_PLACES
        or (words[0].isupper() and words[0] not in _COUNTRY_ACRONYMS)
    ):
        return None
    return Place(" ".join(words), match.start() + spans[0][0], match.start() + spans[-1][1])


def sentence_places(text: str, span: tuple[int, int]) -> list[tuple[int, Place]]:
    """(offset of the locative word, place) for each place a sentence names after in/at/near."""
    found = []
    for match in _LOCATIVE.finditer(text, span[0], span[1]):
        place = _place_at(text, match.end())
        if place:
            found.append((match.start(), place))
    return found


def location(named: list[tuple[int, Place]], mention: Mention, main: Place | None) -> Place | None:
    """The place named in the sentence (nearest after the number first), else the article's."""
    after = next((place for at, place in named if at >= mention.end), None)
    before = [place for at, place in named if at < mention.end]
    return after or (before[-1] if before else main)
