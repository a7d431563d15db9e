"""A place opening a line or a sentence before its count and a colon ("Badush: 4 executed.
Kirkuk: 4 by IED. Tarmiya: 3 bodies."): a list's item, the place of its count (CODING P1)."""

from collections.abc import Callable

from figures.extract.place_name import Place
from figures.extract.skim import compiled

_ITEM_RE = compiled(  # the name, then ": 4", ": about 300"
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\n)|(?<=[•▪●◦][ \t]))"  # a line, a sentence, a bullet
    r"(?=[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}:[ \t]+"
    r"(?:about\s+|some\s+|over\s+|at\s+least\s+)?\d)"
)
_WORD_RE = compiled(r"[A-Z][a-z]+(?:s|ed|ing|ion)")  # "Deaths", "Injured", "Missing": a label
_LOWER_RE = compiled(r"(?<![\w-])[a-z][\w'’]*(?:-[\w'’]+)*")  # the text's lowercase words
_LIST = 3  # items: one or two ("Details: 72", "Inside ECs: 540") may be labels


def colon_places(text: str, place_at: Callable, known: dict[int, Place]) -> list[Place]:
    """The places that open the items "X: N ..." of a list of three or more, each read by
    PLACE_AT and ending at the colon: not a label ("Deaths: 45", "Injured: 120") nor a word the
    text writes in lowercase too ("Inside ECs: 540") unless KNOWN as a place already."""
    items = [place_at(text, m.end()) for m in _ITEM_RE.finditer(text)]
    items = [p for p in items if p and text.startswith(":", p.end)]
    if len(items) < _LIST:
        return []
    names = {p.core for p in known.values()}
    lower = set(_LOWER_RE.findall(text))  # read once: a long list stays linear
    return [p for p in items if p.core in names or not _label(p.name, lower)]


def _label(name: str, lower: set[str]) -> bool:
    """A label's word ("Deaths", "Injured") or one the text also writes in lowercase."""
    first = name.split()[0]
    if len(name.split()) == 1 and _WORD_RE.fullmatch(first):
        return True
    return first.lower() in lower
