"""A figure over a list of places ("across Bago East, Kayin, Magway and Sagaing") is in the
smallest named place that holds them all (CODING.md P4): the country or region named before."""

import re
from bisect import bisect_left

from figures.extract.place import Place
from figures.extract.place_chain import container, wide
from figures.extract.skim import compiled

_LINK_RE = compiled(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)")
_AND_OTHERS_RE = compiled(
    r"\s*,?\s+and\s+other\s+(?:[a-z]+\s+){0,2}(?:in|of)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of|in)\s+(?:the\s+)?)?"
)
_COUNTRY_PARTS_RE = compiled(
    r".+\s(?:districts|provinces|regions|states|governorates|municipalities|counties|areas"
    r"|towns|cities|villages|territories)"
)
_OF_RE = compiled(r"\s+of\s+(?:the\s+)?")
_REACH = 12  # places walked along a list: a long text's figures stay linear
_NEAR = 300  # characters between the holder and the list it holds


def list_holder(
    places: list[Place], place: Place, text: str, starts: list[int] | None = None
) -> Place | None:
    """The place holding the list PLACE belongs to: the one its end names ("and other villages
    in Idlib"), else the wide place named before a list of three or more. STARTS, the places'
    starts if the caller has them, spare a key function per step of the bisect."""
    if starts is None:
        index = bisect_left(places, place.start, key=lambda p: p.start)
    else:
        index = bisect_left(starts, place.start)
    if index >= len(places) or places[index] != place:
        return None
    low = high = index
    while low > 0 and index - low < _REACH and _linked(text, places[low - 1], places[low]):
        low -= 1
    while high + 1 < len(places) and high - index < _REACH:
        if not _linked(text, places[high], places[high + 1]):
            break
        high += 1
    if high + 1 < len(places) and _AND_OTHERS_RE.fullmatch(
        text, places[high].end, places[high + 1].start
    ):
        return places[high + 1]  # "Hass, Kafranbel and other villages in Idlib": Idlib
    if low > 0 and _COUNTRY_PARTS_RE.fullmatch(places[low - 1].name) and wide(places[low - 1]):
        if _OF_RE.fullmatch(text, places[low - 1].end, places[low].start):
            return places[low - 1]  # "the Mozambique districts of Macioma and Mecufi": Mozambique
    if high - low < 2 or low == 0:
        return None
    holder = places[low - 1]
    near = places[low].start - holder.end <= _NEAR
    named = re.search(r"[A-Z]", holder.name)  # not "into neighbouring countries, including"
    held = wide(holder) or container(holder)  # a country, or "Jonglei State" named as a holder
    return holder if named and near and held and holder.core != place.core else None


def _linked(text: str, first: Place, second: Place) -> bool:
    return bool(_LINK_RE.fullmatch(text, first.end, second.start))
