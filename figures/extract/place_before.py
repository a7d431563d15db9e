"""A place the figure's words point back to ("the city", "the country", "the camp"), looked for
back from the figure and stopping at the first that fits, so that a long text stays linear."""

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from figures.extract.numbers import Mention
from figures.extract.place import PLACE_NOUNS, Place
from figures.extract.place_chain import COUNTRY_RE, container
from figures.extract.skim import compiled

_ANAPHOR_RE = compiled(  # "the city", "this poor Caribbean country"
    rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[A-Za-z-]+\s+){{0,2}}(?:(?:country|nation)\b(?!\s+of\s+"
    rf"(?:the\s+)?[A-Z])|(?:{PLACE_NOUNS})\b(?!\s+of\b))(?!['’]s)"  # not "the city of Raqqa",
    # "the country’s authority"; "this poor Caribbean country of more than 11 million" is one
)
_KIND_RE = compiled(r"\b(?:city|town|village|camp|enclave)$")
_WIDER_RE = compiled(
    r"\b(?:region|state|province|country|governorate|district|oblast)\s+of\s+(?:the\s+)?$"
    r"|\b(?:region|state|province|country|governorate)$|\b(?:parts?|rest)\s+of\s+(?:the\s+)?$"
)


def main_place(places: list[Place]) -> Place | None:
    """The article's place: the one it names most, the first of those."""
    counts = Counter(p.name for p in places)
    if not counts:
        return None
    top = max(counts.values())
    return next(p for p in places if counts[p.name] == top)


def own_anaphor(places, starts, sentence, mention: Mention, text: str) -> Place | None:
    """ "the city" in the figure's own clause, right after it or as its subject ("the camp
    hosts 500,000"), and a place named before as one: the last named with that noun ("Zamzam
    camp", not "near Nyala"), else the last named as one."""
    after = _ANAPHOR_RE.search(text, mention.end, min(sentence[1], mention.end + 60))
    subject = list(_ANAPHOR_RE.finditer(text, max(sentence[0], mention.start - 50), mention.start))
    kind = None
    if after and not re.search(r"[,;]", text[mention.end : after.start()]):
        kind = _KIND_RE.search(after.group())
    if not kind and subject and not re.search(r"[,;]", text[subject[-1].end() : mention.start]):
        kind = _KIND_RE.search(subject[-1].group())
    if not kind:
        return None
    word, fallback = kind.group(), None
    for at in range(bisect_left(starts, sentence[0]) - 1, -1, -1):
        place = places[at]  # "Zamzam camp" is where the camp's people are, though a container
        if word in lead(text, place).lower():
            if place.name.endswith(f" {word}"):
                return place
            if not container(place):
                fallback = fallback or place
    return fallback


def last_country(text: str, before: int) -> Place | None:
    """ "across the country": the last country the text names before BEFORE."""
    countries = _countries(text)  # in text order, their ends too
    at = bisect_right(countries, before, key=lambda c: c.end)
    return countries[at - 1] if at else None


def last_of_kind(earlier: list[Place], kind: str, text: str) -> Place | None:
    """ "the city": the last of EARLIER named as one ("the city of Raqqa"), else the one it
    names most that is no region nor country."""
    same = next((p for p in reversed(earlier) if kind in lead(text, p).lower()), None)
    if same:
        return same
    narrow = [
        p
        for p in earlier
        if not _WIDER_RE.search(lead(text, p)) and not COUNTRY_RE.fullmatch(p.core)
    ] or earlier
    return main_place(narrow)


@lru_cache(maxsize=8)
def _countries(text: str) -> list[Place]:
    """The countries a text names, wherever they stand: what "the country" points back to."""
    return [Place(m.group(), *m.span()) for m in COUNTRY_RE.finditer(text)]


@lru_cache(maxsize=64)
def anaphor(text: str, start: int, end: int) -> re.Match | None:
    """ "the city", "the besieged enclave" in a sentence: read once per sentence."""
    return _ANAPHOR_RE.search(text, start, end)


def lead(text: str, place: Place) -> str:
    """The words leading into a place and its last word: "the Syrian city of Raqqa" -> city."""
    return text[max(0, place.start - 20) : place.start] + place.name.split()[-1].lower()
