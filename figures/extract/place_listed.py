"""The places a list goes on to after a place found ("Binnish, Ariha and Ram Hemdan"): each a
place too, unless the list's next name is a speaker's or a region's owner's."""

from collections.abc import Callable

from figures.extract.place_name import NOUN_TAIL_RE, Place
from figures.extract.skim import compiled
from figures.extract.speaker_names import ROLE_RE

_LIST_RE = compiled(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])")
_IN_NAME_RE = compiled(r"\s+in\s+(?:the\s+)?[A-Z]")
_LIST_END_RE = compiled(  # a list's name ends here; not a speaker's (", Flavio Di Giacomo, told")
    r"\s*(?:[,.;()](?!\s*(?:said|told|says|added)\b)|and\b|or\b|$)"
)

_ROLE_IN_RE = compiled(  # "the programme manager in Uganda, Caroline Ort.": the role's holder
    rf"{ROLE_RE.pattern}\s+(?:in|for)\s+(?:the\s+)?$"
)


def add_listed(text: str, found: dict[int, Place], place_at: Callable) -> None:
    """Adds to FOUND (places by start) each place a list of them goes on to, read by PLACE_AT."""
    for place in sorted(found.values(), key=lambda p: p.start):
        if _ROLE_IN_RE.search(text[max(0, place.start - 40) : place.start]):
            continue  # the name after the role's country is its holder, no list
        while place:
            more = _LIST_RE.match(text, place.end)
            unit = more and NOUN_TAIL_RE.search(place.name) and more.group().strip() == ","
            place = place_at(text, more.end()) if more else None
            if place and not _LIST_END_RE.match(text, place.end):
                if not (unit and _IN_NAME_RE.match(text, place.end)):  # "Cianjur district,
                    place = None  # West Java in Indonesia"; "in Sudan, Mohamed Ali said": none
            if place:
                found.setdefault(place.start, place)
