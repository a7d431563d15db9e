"""Spelling-proof keys for places and sources, so "Raqqa" and "al-Raqa" meet in one group."""

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache, wraps

# A leading Arabic article, written "al-Raqqa", "Al Raqqa", "ar-Raqqa", "ash-Shaddadi".
ARTICLES = frozenset({"al", "ar", "as", "ad", "el", "an", "at", "az", "ash"})

# Apostrophe-like marks vanish inside a word ("Ma'arat", "Maʿarat") instead of splitting it.
_JOINERS = frozenset("'’‘`´ʼʻʿʾ.")
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_VOWELS = re.compile(r"[aeiouyw]")

# Source synonyms, folded to one key. Each entry is written as _words() leaves it: lower case,
# no diacritics, no punctuation, no leading "the". "UN" and "United Nations" prefixes are only
# dropped through this table; "the monitor" is deliberately absent (it is whoever the article
# last named, not always the Syrian Observatory).
SOURCE_SYNONYMS = {
    "ocha": (
        "ocha",
        "un ocha",
        "united nations ocha",
        "un humanitarian office",
        "united nations humanitarian office",
        "office for the coordination of humanitarian affairs",
        "un office for the coordination of humanitarian affairs",
        "united nations office for the coordination of humanitarian affairs",
    ),
    "unhcr": (
        "unhcr",
        "un refugee agency",
        "united nations refugee agency",
        "un high commissioner for refugees",
        "united nations high commissioner for refugees",
    ),
    "unicef": (
        "unicef",
        "un childrens agency",
        "united nations childrens agency",
        "un childrens fund",
        "united nations childrens fund",
    ),
    "sohr": ("sohr", "syrian observatory for human rights"),
    "pentagon": (
        "pentagon",
        "dod",
        "us dod",
        "department of defense",
        "us department of defense",
        "united states department of defense",
        "us defense department",
    ),
}
_SOURCE_KEYS = {phrase: key for key, phrases in SOURCE_SYNONYMS.items() for phrase in phrases}


def _words(name: str) -> list[str]:
    """Lower-case words without diacritics; punctuation, hyphens and spaces all separate."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    kept = []
    for char in text:
        if unicodedata.category(char).startswith("M") or char in _JOINERS:
            continue
        kept.append(char if char.isalnum() and unicodedata.category(char) != "Lm" else " ")
    return "".join(kept).split()


def _key(words: list[str]) -> str:
    return _DOUBLED.sub(r"\1", "".join(words))


def _cached(function: Callable[[str], str]) -> Callable[[str], str]:
    """Remember a pure function of a name: every posted claim asks for its place's and
    source's keys again (a few thousand names, about 100 us each). Non-strings are not kept."""
    remembered = lru_cache(maxsize=65_536)(function)

    @wraps(function)
    def wrapper(name):
        return remembered(name) if isinstance(name, str) else function(name)

    return wrapper


@_cached
def name_key(name: str) -> str:
    """The key two spellings of one place share: "Raqqa", "Raqa", "al-Raqqa" -> "raqa"."""
    words = _words(name)
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return _key(words)


@_cached
def skeleton(name: str) -> str:
    """The consonants of the key, so vowel spellings meet: "Mashlab", "al-Mishlab" -> "mshlb".

    Articles are dropped anywhere here ("Ma'arrat al-Numan", "Maarat an-Numan"): a skeleton only
    raises a warning, so it may be looser than the key.
    """
    words = _words(name)
    key = _key([w for w in words if w not in ARTICLES] if len(words) > 1 else words) or _key(words)
    if len(key) > 2 and key.endswith("h") and key[-2] in "aeiou":
        key = key[:-1]  # ta marbuta: "Raqqah" is "Raqqa"
    consonants = _DOUBLED.sub(r"\1", _VOWELS.sub("", key))
    return consonants or key


def likely_duplicates(
    name: str, existing: Iterable[tuple[int, str]], key: Callable[[str], str] = name_key
) -> list[tuple[int, str]]:
    """Existing (id, name) pairs that sound like NAME but are not its key: warn, never merge."""
    own_key, own_skeleton = key(name), skeleton(name)
    return [
        (row_id, other)
        for row_id, other in existing
        if skeleton(other) == own_skeleton and key(other) != own_key
    ]


@_cached
def source_key(name: str) -> str:
    """The key of a source: the place rules, a leading "the", and the synonym table."""
    words = _words(name)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    phrase = " ".join(words)
    if phrase in _SOURCE_KEYS:
        return _SOURCE_KEYS[phrase]
    return name_key(phrase)
