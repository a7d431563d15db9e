"""A place the figure's words point back to ("the city", "the country", "the camp"), looked for
back from the figure and stopping at the first that fits, so that a long text stays linear."""

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from figures.extract.numbers import Mention
from figures.extract.place import Place
from figures.extract.place_chain import COUNTRY_RE, container
from figures.extract.place_memo import text_memo
from figures.extract.place_name import PLACE_NOUNS
from figures.extract.skim import compiled

_ANAPHOR_RE = compiled(  # "the city", "this poor Caribbean country"
    rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[A-Za-z-]+\s+){{0,2}}(?:(?:country|nation)\b(?!\s+of\s+"
    rf"(?:the\s+)?[A-Z])|(?:{PLACE_NOUNS})\b(?!\s+of\b))(?!['’]s)"  # not "the city of Raqqa",
    # "the country’s authority"; "this poor Caribbean country of more than 11 million" is one
)
_KIND_RE = compiled(r"\b(?:city|town|village|camp|enclave|strip)$")
_WIDER_RE = compiled(
    r"\b(?:region|state|province|country|governorate|district|oblast)\s+of\s+(?:the\s+)?$"
    r"|\b(?:region|state|province|country|governorate)$|\b(?:parts|rest)\s+of\s+(?:the\s+)?$"
    r"|\b(?:other|many|most|large|some|much|a)\s+part\s+of\s+(?:the\s+)?$"
)  # not "the central part of Ganja": inside it


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
    cut = bisect_left(starts, sentence[0])
    for kept in _named_as(places, text, kind.group()):  # "Zamzam camp" is where the camp's
        at = bisect_left(kept, cut) - 1  # people are, though a container
        if at >= 0:
            return places[kept[at]]
    return None


def last_country(text: str, before: int) -> Place | None:
    """ "across the country": the last country the text names before BEFORE."""
    countries = _countries(text)  # in text order, their ends too
    at = bisect_right(countries, before, key=lambda c: c.end)
    return countries[at - 1] if at else None


def main_country(text: str, before: int) -> Place | None:
    """The country the text names most before BEFORE (the last of them on a tie): whose war a
    count over the whole war is, not a country named once in passing."""
    countries = _countries(text)
    named = countries[: bisect_right(countries, before, key=lambda c: c.end)]
    counts = Counter(country.name for country in named)
    return max(reversed(named), key=lambda c: counts[c.name], default=None)


def last_of_kind(places: list[Place], span: tuple[int, int], kind: str, text: str) -> Place | None:
    """ "the city": the last of places[low:high] named as one ("the city of Raqqa"), else the
    one they name most that is no region nor country (else the one they name most)."""
    low, high = span
    led = text_memo(places, text).setdefault(("led", kind), [])
    if not led:
        led.extend(
            i
            for i, p in enumerate(places)
            if (kind in lead(text, p).lower() or p.name.lower().endswith(f" {kind}"))
            and not COUNTRY_RE.fullmatch(p.core)  # "the second largest city of Azerbaijan"
        )  # "the city of Raqqa", "the Gaza Strip": what "the city", "the strip" mean
        led.append(len(places))  # never before HIGH: marks the list as built
    at = bisect_left(led, high) - 1
    if at >= 0 and led[at] >= low:
        return places[led[at]]
    return _most_named(places, text, low, high)


def _named_as(places: list[Place], text: str, word: str) -> tuple[list[int], list[int]]:
    """The indices of the places led in by WORD ("the city of X") whose name ends in it ("X
    city"), and of those that hold no others: what "the city" may mean, best first."""
    index = text_memo(places, text)
    if ("as", word) not in index:
        led = [i for i, p in enumerate(places) if word in lead(text, p).lower()]
        index["as", word] = (
            [i for i in led if places[i].name.endswith(f" {word}")],
            [i for i in led if not container(places[i])],
        )
    return index["as", word]


def _most_named(places: list[Place], text: str, low: int, high: int) -> Place | None:
    """main_place of places[low:high] that are no region nor country, else the last of them: read
    on from LOW as far as asked, once, so that a long text's figures stay linear."""
    runs = text_memo(places, text).setdefault(("most", low), [low, _Best()])
    if runs[0] > high:  # fewer than read so far (a figure of no flight drops destinations)
        runs[:] = [low, _Best()]
    while runs[0] < high:
        place = places[runs[0]]
        if not _WIDER_RE.search(lead(text, place)) and not COUNTRY_RE.fullmatch(place.core):
            runs[1].add(place, runs[0])
        runs[0] += 1
    if runs[1].best:
        return runs[1].place()
    return places[high - 1] if high > low else None  # only countries: the nearest ("the enclave")


class _Best:
    """The place named most so far, the first named of those (main_place, read on one by one)."""

    def __init__(self):
        self.counts: dict[str, int] = {}
        self.first: dict[str, tuple[int, Place]] = {}
        self.best: str | None = None

    def add(self, place: Place, at: int) -> None:
        name = place.name
        self.counts[name] = self.counts.get(name, 0) + 1
        self.first.setdefault(name, (at, place))
        best = self.best
        if best is None or self.counts[name] > self.counts[best]:
            self.best = name
        elif self.counts[name] == self.counts[best] and self.first[name][0] < self.first[best][0]:
            self.best = name

    def place(self) -> Place | None:
        return self.first[self.best][1] if self.best else None


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
