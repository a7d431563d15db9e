"""Spelling-proof keys for places and sources, so "Raqqa" and "al-Raqa" meet in one group."""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, wraps

# A leading Arabic article, written "al-Raqqa", "Al Raqqa", "ar-Raqqa", "ash-Shaddadi".
ARTICLES = frozenset({"al", "ar", "as", "ad", "el", "an", "at", "az", "ash"})

# Apostrophe-like marks vanish inside a word ("Ma'arat", "Maʿarat") instead of splitting it.
_JOINERS = frozenset("'’‘`´ʼʻʿʾ.")
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_VOWELS = re.compile(r"[aeiouyw]")


@dataclass(frozen=True)
class KnownSource:
    """A source reports name in several ways: the name we give it, and how to recognise it."""

    name: str  # the name extraction writes: "UN OCHA"
    named: str  # a pattern that finds it inside running text: "UNHCR spokeswoman Jane Doe"
    key: str = ""  # the key its synonyms fold to; "" leaves its key to name_key
    synonyms: tuple[str, ...] = ()  # whole names that are this source (source_key)
    monitor: bool = False  # a monitoring group, which "the monitor" may mean


# The one table of known sources, most specific first ("UN" last). `named` finds a source inside
# a longer subject, case-sensitively so the pronoun "who" is not WHO; `synonyms` are whole names
# that source_key folds to `key`, written as _words() leaves them: lower case, no diacritics, no
# punctuation, no leading "the". "UN" and "United Nations" prefixes are only dropped through this
# table; "the monitor" is deliberately absent (it is whoever the article last named, not always
# the Syrian Observatory). Stored sources are grouped by source_key, so a source without synonyms
# keeps its name_key.
_UN = r"(?:United Nations|UN|U\.N\.)"
KNOWN_SOURCES = (
    KnownSource(
        "UN OCHA",
        rf"\bOCHA\b|{_UN}(?:'s)? (?:humanitarian|aid|relief)(?: coordination)? "
        r"(?:office|agency|affairs office|chief)|Office for the Coordination",
        "ocha",
        (
            "ocha",
            "un ocha",
            "united nations ocha",
            "un humanitarian office",
            "united nations humanitarian office",
            "office for the coordination of humanitarian affairs",
            "un office for the coordination of humanitarian affairs",
            "united nations office for the coordination of humanitarian affairs",
        ),
    ),
    KnownSource(
        "UNHCR",
        rf"\bUNHCR\b|{_UN} (?:refugee agency|High Commissioner)",
        "unhcr",
        (
            "unhcr",
            "un refugee agency",
            "united nations refugee agency",
            "un high commissioner for refugees",
            "united nations high commissioner for refugees",
        ),
    ),
    KnownSource(
        "UNICEF",
        rf"\bUNICEF\b|{_UN} children'?s (?:agency|fund)",
        "unicef",
        (
            "unicef",
            "un childrens agency",
            "united nations childrens agency",
            "un childrens fund",
            "united nations childrens fund",
        ),
    ),
    KnownSource("WFP", r"\bWFP\b|World Food Programme"),
    KnownSource("IOM", r"\bIOM\b|International Organization for Migration|UN migration agency"),
    KnownSource("WHO", r"\bWHO\b|World Health Organi[sz]ation"),
    KnownSource("ICRC", r"\bICRC\b|Red Cross"),
    KnownSource("MSF", r"\bMSF\b|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res"),
    KnownSource(
        "Syrian Observatory for Human Rights",
        r"\bSOHR\b|Syrian Observatory|\bthe Observatory\b",
        "sohr",
        ("sohr", "syrian observatory for human rights"),
        monitor=True,
    ),
    KnownSource("ACLED", r"\bACLED\b|Armed Conflict Location", monitor=True),
    KnownSource("Airwars", r"\bAirwars\b", monitor=True),
    KnownSource(
        "Pentagon",
        r"\bPentagon\b|(?:US|U\.S\.) Department of Defen[cs]e",
        "pentagon",
        (
            "pentagon",
            "dod",
            "us dod",
            "department of defense",
            "us department of defense",
            "united states department of defense",
            "us defense department",
        ),
    ),
    KnownSource("state media", r"\bstate (?:media|television|TV|news agency)\b|\bSANA\b"),
    KnownSource("SDF", r"\bSDF\b|Syrian Democratic Forces"),
    KnownSource("Human Rights Watch", r"\bHuman Rights Watch\b|\bHRW\b"),
    KnownSource("Amnesty International", r"\bAmnesty\b"),
    KnownSource("US-led coalition", r"(?:US|U\.S\.)-led coalition|\bthe coalition\b"),
    KnownSource("UN", rf"\b{_UN}\b"),
)
_NAMED = [(re.compile(source.named), source) for source in KNOWN_SOURCES]
SOURCE_SYNONYMS = {source.key: source.synonyms for source in KNOWN_SOURCES if source.key}
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


def known_source(text: str) -> KnownSource | None:
    """The first known source TEXT names ("UNHCR spokeswoman Jane Doe" is UNHCR), else None."""
    return next((source for pattern, source in _NAMED if pattern.search(text)), None)
