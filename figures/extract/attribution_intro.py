"""A person introduced with a role in a sentence that states nothing ("Ali Musa, the governor,
visited the camp"): "the governor said" later is that person (CODING.md S2)."""

import re

from figures.extract.skim import compiled
from figures.extract.speakers import Speaker

_NAME = r"[A-Z][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|van|von|de|der|du|da)[- ])?[A-Z][\w’'-]+){1,3}"
_BACK = 600  # characters looked back over: an introduction is near, and reading stays linear


def introduced(role: str, text: str, start: int) -> tuple | None:
    """(Speaker, start, end, no day) of the last person the text introduced with ROLE before
    START: "Ali Musa, the governor," or "Governor Ali Musa"."""
    window_start = max(0, start - _BACK)
    window = text[window_start:start]
    role_re = rf"{re.escape(role)}\w*"
    found = None
    for pattern in (
        rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{role_re}\b",
        rf"(?i:\b{role_re})\s+(?P<name>{_NAME})\b",
    ):
        for match in compiled(pattern).finditer(window):
            if found is None or match.start() > found.start():
                found = match
    if found is None:
        return None
    a, b = window_start + found.start("name"), window_start + found.end("name")
    return Speaker(found.group("name"), person=True), a, b, None
