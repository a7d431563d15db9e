"""The article's own place: the first its body names past a headline, else its dateline's."""

import re
from bisect import bisect_left

from figures.extract.place import Place
from figures.extract.place_chain import COUNTRY_RE
from figures.extract.place_name import DATELINE_RE, TITLED_DATELINE_RE
from figures.extract.place_not import not_a_place
from figures.extract.skim import compiled

_OUTLET_AFTER_RE = compiled(  # "Libya state news agency LANA": the outlet's country, no place
    r"\s+(?:state\s+)?(?:news|media|television|TV|radio)\b"
)


def article_place_of(text: str, places: list[Place]) -> Place | None:
    """The first place the body names, else the dateline's, else the first country named at
    all ("Chile evacuated 20,000": a country that acts or speaks is where, when nothing else is)."""
    return _first_place(text, places) or dateline_place(text) or _first_country(text)


def _first_country(text: str) -> Place | None:
    named = (
        Place(m.group(), *m.span())
        for m in COUNTRY_RE.finditer(text)
        if not _OUTLET_AFTER_RE.match(text, m.end())
    )  # "OCHA Philippines", "the Ecuador Ministry of Health": a country named at all
    return next((place for place in named if not not_a_place(text, place)), None)


def _first_place(text: str, places: list[Place]) -> Place | None:
    """The article's place: the first it names in its body, past a headline (a line that ends
    without a full stop), else the first it names at all."""
    breaks = [m.start() for m in re.finditer(r"\n", text)] + [len(text)]
    for place in places:
        end = breaks[bisect_left(breaks, place.end)]
        if re.search(r"[.!?:\"”’')]\s*$", text[max(0, end - 8) : end]):
            return place
        if end == breaks[-1]:
            break  # the last line: no body line ends like a sentence
    return places[0] if places else None


def dateline_place(text: str) -> Place | None:
    """Where the report was filed ("YANGON (Reuters) -", "ADDIS ABEBA –"): the last resort for
    a figure whose text names no other place."""
    dateline = _dateline(text)
    if not dateline:
        return None
    if country := _country(dateline):  # "MANILA, Philippines —": the country it is about
        return country
    where = dateline.group("where").split("/")[0].split(". ")[0].strip()  # "MAKKAH. KAZINFORM"
    name = where.title().replace("’S", "’s").replace("'S", "'s")
    start = dateline.start("where")
    return Place(name, start, start + len(where))


def country_dateline(text: str) -> Place | None:
    """The country a dateline names ("MANILA, Philippines —"), not the city a wire filed from."""
    return _country(_dateline(text))


def _dateline(text: str) -> re.Match | None:
    return DATELINE_RE.match(text) or TITLED_DATELINE_RE.match(text)


def _country(dateline: re.Match | None) -> Place | None:
    if dateline and dateline.group("country"):
        return Place(dateline.group("country"), *dateline.span("country"))
    return None


def article_place_at(found: tuple[Place | None, Place | None], at: int) -> Place | None:
    """The article's place for a figure at AT, of FOUND (its place, its dateline's): a dateline
    is named before the figure, a place the body names only after it is not (CODING.md P1)."""
    place, dateline = found
    if place is None or dateline is None or place.start < at:
        return place
    return dateline
