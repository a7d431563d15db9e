"""Spelling-proof keys for places and sources, so "Raqqa" and "al-Raqa" meet in one group.

Every name is folded to Latin first (DESIGN 3.5): format characters (bidirectional and
zero-width controls, the soft hyphen) are dropped, letters of other scripts that look like Latin
ones (the Cyrillic "а" in "Raqqа") become those Latin letters, as Unicode's confusables data says
(through confusable-homoglyphs), and every other letter is transliterated (anyascii), so Arabic
"الرقة" folds to "al rqa": its skeleton is that of "ar-Raqqa".
"""

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from itertools import groupby
from pathlib import Path

from anyascii import anyascii

# A leading Arabic article, written "al-Raqqa", "Al Raqqa", "ar-Raqqa", "ash-Shaddadi".
ARTICLES = frozenset({"al", "ar", "as", "ad", "el", "an", "at", "az", "ash"})

# Apostrophe-like marks vanish inside a word ("Ma'arat", "Maʿarat") instead of splitting it.
_JOINERS = frozenset("'’‘`´ʼʻʿʾ.")
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_VOWELS = re.compile(r"[aeiouyw]")
# A final h is ta marbuta ("Raqqah") or a ha that spellings drop ("Rafah", Arabic "رفح" folds to
# "rfh"), unless it ends a digraph ("Marash" keeps its sh, "Balkh" its kh).
_FINAL_H = re.compile(r"(?<=[^cdgkpstz])h$")
# Sounds that romanizations of Arabic write two ways: qaf as q or k ("Raqqa", "Rakka"), jim as
# j or, in Egypt and Sudan, g ("Al-Junaynah", "Geneina").
_SKELETON_LETTERS = str.maketrans("qj", "kg")

# The Arabic article "ال" (or "ٱل") opening a word of at least two more letters; harakat may
# follow the lam ("الْحُدَيْدَة"). It becomes "al ", which the keys drop like "al-".
_ARABIC_ARTICLE = re.compile(
    r"(?<![\w\u0610-\u061a\u064b-\u065f\u0670])[\u0627\u0671]\u0644"
    r"(?=(?:[\u064b-\u065f\u0670]*[\u0621-\u064a\u066e-\u06d3]){2})"
)
_TA_MARBUTA = "\u0629"  # "ة" ends "الرقة": said "a" at the end of a name, as Raqqa is written

SOURCE_SYNONYMS_FILE = Path(__file__).parent / "data" / "source_synonyms.json"


@dataclass(frozen=True)
class KnownSource:
    """A source the extractor recognises: the name we give it, and how to find it in text."""

    name: str  # the name extraction writes: "UN OCHA"
    named: str  # a pattern that finds it inside running text: "UNHCR spokeswoman Jane Doe"
    monitor: bool = False  # a monitoring group, which "the monitor" may mean


# The sources the extractor names, most specific first ("UN" last). `named` finds a source inside
# a longer subject, case-sensitively so the pronoun "who" is not WHO. Which whole names are one
# source is data, not code: source_synonyms.json (source_key). "the monitor" is deliberately
# absent (it is whoever the article last named, not always the Syrian Observatory).
_UN = r"(?:United Nations|UN|U\.N\.)"
KNOWN_SOURCES = (
    KnownSource(
        "UN OCHA",
        rf"\bOCHA\b|{_UN}(?:'s)? (?:humanitarian|aid|relief)(?: coordination)? "
        r"(?:office|agency|affairs office|chief)|Office for the Co-?ordination",  # "Co-ordination"
    ),
    KnownSource("UNHCR", rf"\bUNHCR\b|{_UN} (?:refugee agency|High Commissioner)"),
    KnownSource("UNICEF", rf"\bUNICEF\b|{_UN} children'?s (?:agency|fund)"),
    KnownSource("WFP", r"\bWFP\b|World Food Programme"),
    KnownSource("IOM", r"\bIOM\b|International Organi[sz]ation for Migration|UN migration agency"),
    KnownSource("WHO", r"\bWHO\b|World Health Organi[sz]ation"),
    KnownSource(  # the Federation, before "Red Cross" alone (the ICRC's)
        "IFRC", r"\bIFRC\b|International Federation of (?:the )?Red Cross(?: and Red Crescent)?"
    ),
    KnownSource("ICRC", r"\bICRC\b|Red Cross"),
    KnownSource("MSF", r"\bMSF\b|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res"),
    KnownSource(
        "Syrian Observatory for Human Rights",
        r"\bSOHR\b|Syrian Observatory|\bthe Observatory\b",
        monitor=True,
    ),
    KnownSource("ACLED", r"\bACLED\b|Armed Conflict Location", monitor=True),
    KnownSource("Airwars", r"\bAirwars\b", monitor=True),
    KnownSource("Pentagon", r"\bPentagon\b|(?:US|U\.S\.) Department of Defen[cs]e"),
    KnownSource("state media", r"\bstate (?:media|television|TV|news agency)\b|\bSANA\b"),
    KnownSource("SDF", r"\bSDF\b|Syrian Democratic Forces"),
    KnownSource("Human Rights Watch", r"\bHuman Rights Watch\b|\bHRW\b"),
    KnownSource("Amnesty International", r"\bAmnesty\b"),
    KnownSource("US-led coalition", r"(?:US|U\.S\.)-led coalition|\bthe coalition\b"),
    KnownSource("UN", rf"\b{_UN}\b"),
)
_NAMED = [(re.compile(source.named), source) for source in KNOWN_SOURCES]


def _cached(function: Callable[[str], str]) -> Callable[[str], str]:
    """Remember a pure function of a name: every posted claim asks for its place's and
    source's keys again (a few thousand names, about 100 us each). Non-strings are not kept."""
    remembered = lru_cache(maxsize=65_536)(function)

    @wraps(function)
    def wrapper(name):
        return remembered(name) if isinstance(name, str) else function(name)

    return wrapper


@cache
def _look_alikes() -> dict[str, str]:
    """Each letter of another script that Unicode's confusables data finds like a Latin letter.

    Loaded on the first non-ASCII name (the data takes about 0.1 s to read). A letter like both
    "l" and "I" (Cyrillic "І", Greek "Ι") is read in its own case: "Іdlib" is "Idlib". Latin and
    common letters ("ı", "𝐚") are left to NFKD and anyascii, and right-to-left letters (Arabic
    alef is listed as like "l") to transliteration.
    """
    from confusable_homoglyphs import categories, confusables  # deferred: 0.1 s of JSON

    data = confusables.confusables_data

    def latin(glyph: str) -> list[str]:
        found = (h["c"] for h in data.get(glyph, ()))
        return [c for c in found if len(c) == 1 and c.isascii() and c.isalpha()]

    table = {}
    for char in data:
        if (
            len(char) != 1
            or char.isascii()
            or not char.isalpha()
            or categories.alias(char) in ("LATIN", "COMMON")
            or unicodedata.bidirectional(char) in ("R", "AL")
        ):
            continue
        looks = latin(char)
        looks += [other for look in looks for other in latin(look)]
        if looks:
            table[char] = next((c for c in looks if c.isupper() == char.isupper()), looks[0])
    return table


def _in_word(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _unconfuse(word: str) -> str:
    """A word with Latin letters, or made only of Latin look-alikes, in Latin letters."""
    if word.isascii():
        return word
    table = _look_alikes()
    letters = [c for c in word if c.isalpha()]
    if any(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters) or all(
        c in table for c in letters
    ):
        return "".join(table.get(c, c) for c in word)
    return word


@_cached
def fold(name: str) -> str:
    """NAME in Latin letters, case kept: controls dropped, look-alikes unmasked, the rest
    transliterated ("Raqqа" with a Cyrillic а is "Raqqa", "الرقة" is "al rqa"). Idempotent."""
    if name.isascii():
        return name
    kept = "".join(c for c in name if unicodedata.category(c) != "Cf")
    runs = ("".join(run) for _, run in groupby(kept, key=_in_word))
    text = unicodedata.normalize("NFKD", "".join(_unconfuse(run) for run in runs))
    text = _ARABIC_ARTICLE.sub("al ", text).replace(_TA_MARBUTA, "a")
    return "".join(anyascii(c) if not c.isascii() and _in_word(c) else c for c in text)


def _words(name: str) -> list[str]:
    """Lower-case folded words; punctuation, hyphens and spaces all separate."""
    kept = []
    for char in unicodedata.normalize("NFKD", fold(name).casefold()):
        if unicodedata.category(char).startswith("M") or char in _JOINERS:
            continue
        kept.append(char if char.isalnum() else " ")
    return "".join(kept).split()


def _key(words: list[str]) -> str:
    return _DOUBLED.sub(r"\1", "".join(words))


def _place_key(words: list[str]) -> str:
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return _key(words)


@_cached
def name_key(name: str) -> str:
    """The key two spellings of one place share: "Raqqa", "Raqa", "al-Raqqa" -> "raqa"."""
    return _place_key(_words(name))


@_cached
def skeleton(name: str) -> str:
    """The consonants of the key, so vowel spellings meet: "Mashlab", "al-Mishlab" -> "mshlb".

    Articles are dropped anywhere here ("Ma'arrat al-Numan", "Maarat an-Numan"): a skeleton only
    raises a warning, so it may be looser than the key. A final h goes ("Raqqah" is "Raqqa"), q is
    k and j is g ("Rakka", "Geneina"), so a transliteration from Arabic meets its spellings.
    """
    words = _words(name)
    key = _key([w for w in words if w not in ARTICLES] if len(words) > 1 else words) or _key(words)
    if len(key) > 2:
        key = _FINAL_H.sub("", key)
    consonants = _DOUBLED.sub(r"\1", _VOWELS.sub("", key.translate(_SKELETON_LETTERS)))
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


_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b")


def _plain_source_key(name: str) -> str:
    """The place rules and a leading "the", before synonyms; "the UN's refugee agency" is the
    UN refugee agency."""
    return _place_key(_source_words(name))


def _source_words(name: str) -> list[str]:
    words = _words(_POSSESSIVE_RE.sub("", name))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return _united_nations_as_un(words)


def _united_nations_as_un(words: list[str]) -> list[str]:
    """ "United Nations" is written "U.N." and "UN" too: "the United Nations children's agency"
    is the UN children's agency (UNICEF)."""
    for at in range(len(words) - 2, -1, -1):
        if words[at : at + 2] == ["united", "nations"]:
            words = [*words[:at], "un", *words[at + 2 :]]
    return words


@cache
def _source_keys() -> dict[str, str]:
    """Each spelling's plain key -> its source's key: the shortest plain key of the entry's name
    and aliases ("OCHA" for the UN Office for the Coordination of Humanitarian Affairs)."""
    entries = json.loads(SOURCE_SYNONYMS_FILE.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for entry in entries:
        plain = [_plain_source_key(s) for s in (entry["name"], *entry["aliases"])]
        own = min((k for k in plain if k), key=len, default="")
        for spelling in plain:
            table.setdefault(spelling, own)  # a spelling two entries claim: tests refuse it
    return table


@_cached
def source_key(name: str) -> str:
    """The key of a source: the place rules, a leading "the", and the synonym data; a known
    body written after "UN" is that body ("the UN World Health Organization" is WHO)."""
    words, table = _source_words(name), _source_keys()
    plain = _place_key(words)
    if plain not in table and len(words) > 1 and words[0] == "un":
        return table.get(_place_key(words[1:]), plain)
    return table.get(plain, plain)


def known_source(text: str) -> KnownSource | None:
    """The first known source TEXT names ("UNHCR spokeswoman Jane Doe" is UNHCR), else None."""
    return next((source for pattern, source in _NAMED if pattern.search(text)), None)
