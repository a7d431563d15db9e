"""A demonym's country ("the Turkish side" is Turkey), read from the country names we keep."""

import re
from functools import lru_cache

from figures.extract.words import WORDS

_COUNTRIES = set(WORDS["place"]["countries"])
_IRREGULAR = WORDS["place"]["demonyms_irregular"]
# (suffix, what may replace it): Syrian -> Syria, Sudanese -> Sudan, Turkish -> Turkey
_RULES = (
    ("ian", ("ia", "", "e")),
    ("ean", ("ea", "")),
    ("ese", ("", "a", "o")),
    ("ish", ("ey", "", "and")),
    ("an", ("a", "")),
    ("i", ("", "a")),
)
DEMONYM_SIDE_RE = re.compile(  # "on the Turkish side", "in Israeli territory"
    r"\b(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:side|territory|soil)\b(?!\s+of\b)"
)


@lru_cache(maxsize=512)
def country_of(demonym: str) -> str | None:
    """The country a demonym names, or None: Syrian -> Syria, Lebanese -> Lebanon."""
    if demonym in _IRREGULAR:
        return _IRREGULAR[demonym]
    for suffix, replacements in _RULES:
        if demonym.endswith(suffix):
            stem = demonym[: -len(suffix)]
            for end in replacements:
                if stem + end in _COUNTRIES:
                    return stem + end
    for suffix, _ in _RULES:  # Lebanese -> Leban... -> Lebanon, Afghan -> Afghanistan
        stem = demonym[: -len(suffix)] if demonym.endswith(suffix) else ""
        if len(stem) >= 4:
            named = sorted((c for c in _COUNTRIES if c.startswith(stem)), key=len)
            if named:
                return named[0]
    return None
