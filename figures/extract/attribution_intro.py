"""A person introduced with a role in a sentence that states nothing ("Ali Musa, the governor,
visited the camp"): "the governor said" later is that person (CODING.md S2)."""

import re
from functools import lru_cache

from figures.extract.skim import compiled
from figures.extract.speakers import NAME_WORD, Speaker
from figures.extract.words import WORDS, alternation

_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"  # a first name and a surname at least
_BACK = 600  # characters looked back over: an introduction is near, and reading stays linear
_PLACE_END_RE = compiled(rf"\b(?:{alternation(WORDS['place']['name_suffixes'])})$")
_PLACE_BEFORE_RE = compiled(  # "fighting in Myanmar's northwestern Chin State, a senior official"
    rf"\b(?:in|at|from|near|into|across|of|[\w’'-]+['’]s)\s+"
    rf"(?:(?:{alternation(WORDS['place']['directions'])})\s+)?$"
)


@lru_cache(maxsize=64)  # a text names few roles: each role's two patterns compiled once
def _patterns(role: str) -> tuple[re.Pattern, re.Pattern]:
    role_re = rf"{re.escape(role)}\w*"
    return (
        compiled(rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{role_re}\b"),
        compiled(rf"(?i:\b{role_re})\s+(?P<name>{_NAME})\b"),
    )


def introduced(role: str, text: str, start: int) -> tuple | None:
    """(Speaker, start, end, no day) of the last person the text introduced with ROLE before
    START: "Ali Musa, the governor," or "Governor Ali Musa"."""
    window_start = max(0, start - _BACK)
    window = text[window_start:start]
    found = None
    for pattern in _patterns(role):
        for match in pattern.finditer(window):
            if _place(window, match):
                continue
            if found is None or match.start() > found.start():
                found = match
    if found is None:
        return None
    a, b = window_start + found.start("name"), window_start + found.end("name")
    return Speaker(found.group("name"), person=True), a, b, None


def _place(window: str, match: re.Match) -> bool:
    """ "in Myanmar's northwestern Chin State, a senior security official": a place, no person."""
    name = match.group("name")
    return bool(_PLACE_END_RE.search(name) or _PLACE_BEFORE_RE.search(window, 0, match.start()))
