"""How a place sits among its neighbours: a chain that narrows ("Taftanaz, also in Idlib"), a
place that holds others ("Jonglei state"), where a speaker spoke ("told reporters in Geneva")."""

import re
from bisect import bisect_left
from functools import lru_cache

from figures.extract.place import Place
from figures.extract.place_name import PLACE_NOUNS, SIDE
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_NOUNS = PLACE_NOUNS
_SUFFIXES = set(WORDS["place"]["name_suffixes"])
COUNTRY_RE = compiled(rf"(?<![\w-])(?:{alternation(WORDS['place']['countries'])})(?![\w-])")
_CHAIN_RE = compiled(  # "Taftanaz, also in Idlib"; "Bulengo camp, west of Goma"; "X and Y";
    # "Nondin, a village in northern Burkina Faso"
    r"^\s*(?:,\s*(?:also\s+)?(?:in\s+)?|in\s+)(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+)?"
    rf"(?:(?:{_NOUNS})\s+of\s+(?:the\s+)?)?"  # "Kodyel in the commune of Foutouri": Kodyel
    rf"(?:{SIDE}\s+)?$"  # ", in the northern"
    r"|^(?:\s+in\s+the\s+[\w -]{1,30}?)?\s*,\s*(?:some\s+|about\s+)?"
    r"(?:[\d,.]+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
    rf"{SIDE}\s+of\s+(?:the\s+)?$|^\s+and\s+$"
    r"|^\s*,\s*(?:which\s+is\s+)?(?:one\s+of\s+)?(?:(?:the|a)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:capital|city|town|village|seat|camp|settlement|neighbou?rhood|province|district|region"
    r"|county|governorate|locality)s?\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+part\s+of\s+(?:the\s+)?)?$"
    r"|^\s+(?:[\w-]+\s+)?(?:camp|village|town)\s+in\s+(?:the\s+)?$"  # "Zamzam refugee camp in"
    r"|^\s+(?:Local\s+Government\s+Area|LGA)\s+(?:of|in)\s+(?:the\s+)?$"  # "Bokkos LGA of Plateau"
    r"|^\s*,\s*the\s+(?:largest|biggest|oldest|main|second|third|last)\s+(?:[a-z-]+\s+)?of\s+$"
    # "Jabalia, the largest of Gaza's camps"
)
SPOKEN_AT_RE = compiled(  # "told reporters in the port city of Beira": where it was said (not
    # "told AFP that the hospital in Shire": what was said)
    r"\b(?i:told|tells|telling|reporters|journalists|conference|briefing|video link|speaking"
    r"|spoke|telephone|phone)\s+(?:(?!that\b)[\w’'-]+\s+){0,5}?(?:in|at|from)\s+(?:the\s+)?"
    r"(?:[\w-]+,?\s+){0,3}$"  # "said by telephone from state capital, Patna"
    r"|\b(?:said|says|announced|stated)\s+(?:on\s+)?(?:(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
    r"(?:in|from)\s+$"  # "the IOM said Tuesday in Geneva"
    rf"|\b(?:{alternation(WORDS['source']['roles'])})\s+(?:for|of|at|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*\s+){1,5}(?:in|at)\s+$"  # "a spokesperson for the IOM in Geneva": his
)  # base

NOUN_END_RE = compiled(rf"\s(?:{_NOUNS})$")  # "Tambura town", "Filipe Nyusi neighbourhoods"
_OF = r"\s+of\s+(?:the\s+)?"
_OF_OR_IN = r"\s+(?:of|in)\s+(?:the\s+)?"


def spoken_at(text: str, place: Place) -> bool:
    """The place is where a speaker spoke ("told reporters in Geneva"), not where figures are."""
    return _spoken_before(text[max(0, place.start - 60) : place.start])


@lru_cache(maxsize=4096)  # each place is asked about again for every figure near it
def _spoken_before(words: str) -> bool:
    return bool(SPOKEN_AT_RE.search(words))


def wide(place: Place) -> bool:
    """A country or a part of one by its compass: "northwest Syria", never a chain's narrow end."""
    country = COUNTRY_RE.search(place.core)
    described = place.name[:1].islower() and not _ARTICLE_RE.match(place.name)  # not "al-Qasr"
    return described or bool(country and country.end() == len(place.core))


def container(place: Place) -> bool:
    """A place named as what holds others: "Jonglei state", "Rakhine State", a country."""
    words = place.name.split()
    country = COUNTRY_RE.search(place.core)
    return (
        bool(NOUN_END_RE.search(place.name))
        or words[-1] in _SUFFIXES
        or words[0].islower()  # "northern Burkina Faso", "north Maungdaw"
        or bool(country and country.end() == len(place.core))
    )


_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_LIST_IN_RE = compiled(  # ", Soro and Bahn in ": the rest of a list, then what holds it
    rf"(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}\s+in\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
)


_OTHERS_IN_RE = compiled(  # ", al-Bara, Naqir and other areas in the countryside of ": the
    # list ends in the place that holds it
    r",[^.;:]{0,300}?\band\s+other\s+(?:[a-z]+\s+){0,2}(?:in|of)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of|in)\s+(?:the\s+)?)?"
)


def specific(place: Place, named: list[Place], text: str, backwards: bool = False) -> Place:
    """The first of a chain that narrows: "Taftanaz, also in Idlib", "Wad al-Noura in Sudan's
    Gezira state"; "Yemen's third city of Taez" is Taez."""
    index = _position(named, place)
    following = named[index + 1] if index + 1 < len(named) else None
    if following and building(place) and _AT_RE.fullmatch(text, place.end, following.start):
        return following  # "rushed to the General Hospital at Kafin Koro", "the head of Al
        # Jumhouri hospital in Hajjah": the town
    if backwards:
        if index > 1 and _owned_by_country(named[index - 2], named[index - 1], named[index], text):
            index -= 2  # "Mastung district of Pakistan's southwest Balochistan province"
        while (
            index > 0
            and not wide(named[index - 1])
            and not building(named[index - 1])  # "at Al Aqsa Mosque in East Jerusalem"
            and (
                _CHAIN_RE.match(between := text[named[index - 1].end : named[index].start])
                or NOUN_END_RE.search(named[index - 1].name)
                and _OF_PART_RE.fullmatch(between)
                and (
                    container(named[index])
                    or _AREA_END_RE.search(named[index - 1].name)
                    or not _after_the(text, named[index - 1])
                )  # "Pochalla town of Greater Pibor"; not "the Greek island of Lesbos"
            )
        ):
            index -= 1
        return named[index]
    if following and (
        _LIST_IN_RE.fullmatch(text, place.end, following.start)
        or _OTHERS_IN_RE.fullmatch(text, place.end, following.start)
    ):
        return following  # "the villages of Nondin and Soro in Yatenga province": Yatenga
    if (
        following
        and place.name[:1].islower()
        and _OF_ONLY_RE.fullmatch(text, place.end, following.start)
    ):
        return following  # "the nearby towns of Binnish"
    if following and _OWNED_RE.fullmatch(text[place.end : following.start]):
        return following
    between = text[place.end : following.start] if following else ""
    if (  # "the North Darfur village of Saluma", "state capital of Malakal"; not "Ituri province of
        following  # eastern Congo", "Min Gla Gy village of north Maungdaw township"
        and not container(following)
        and (
            (
                NOUN_END_RE.search(place.name)
                and not _AREA_END_RE.search(place.name)  # "Pan Bazar area of Ukhia": the area
                and _after_the(text, place)  # not "in
                and re.fullmatch(_OF, between)  # Pochalla town of Greater Pibor"
            )
            or _NOUN_OF_RE.fullmatch(between)
        )
    ):
        return following
    return place


def _owned_by_country(part: Place, country: Place, region: Place, text: str) -> bool:
    """ "PART district of COUNTRY's southwest REGION province", "PART village in COUNTRY's REGION
    province": PART narrows REGION."""
    return (
        wide(country)
        and bool(_OWNED_RE.fullmatch(text[country.end : region.start]))
        and bool(NOUN_END_RE.search(part.name))
        and bool(re.fullmatch(_OF_OR_IN, text[part.end : country.start]))
    )


_OF_ONLY_RE = compiled(r"\s+of\s+")
_THE_RE = compiled(r"\b[Tt]he\s+(?:[a-z-]+\s+)?$")  # "the southern Gaza cities of"


def _after_the(text: str, place: Place) -> bool:
    """ "the North Darfur village of", "the southern Gaza cities of": a kind of place, named."""
    return bool(_THE_RE.search(text, max(0, place.start - 20), place.start))


_ARTICLE_RE = compiled(r"(?:al|el|ez|ad|ar|as|az|ash|an|ed|es)-")
_AREA_END_RE = compiled(  # a part of what follows ("the Gofa zone of"), not what it is called
    r"(?i:\s(?:area|zone|district|region|province|state|county|territory|neighbou?rhood"  # ("the
    r"|governorate|municipality|prefecture|department|division|quarter|locality|suburb))$"  # Greek
)  # island of Lesbos", "the Nigerien villages of Tchoma Bangou")
_OF_PART_RE = compiled(  # "the Gofa zone of southern Ethiopia", "Pan Bazar area of Ukhia", "the
    # al-Barid neighborhood in the city of Amran": the named zone, area or neighbourhood
    r"\s+(?:of|in\s+the\s+(?:city|town|village|district)\s+of)\s+(?:the\s+)?"
    rf"(?:{SIDE}\s+)?"
)
_OWNED_RE = compiled(r"['’]s?\s+(?:[\w-]+\s+){0,4}")  # "Syria's", "Laos’"
_NOUN_OF_RE = compiled(  # "the state capital of Malakal", "the South Sudan oil hub of Bentiu"
    rf"\s+(?:[a-z]+\s+)?(?:{_NOUNS}|hub|nation)\s+of\s+(?:the\s+)?"
)


def building(place: Place) -> bool:
    """A building named with its town ("Al-Joumhouria Hospital in Aden") is a landmark there."""
    return place.name.split()[-1].title() in _BUILDINGS  # "Al Jumhouri hospital" too


_BUILDINGS = {"Hospital", "Mosque", "Church", "Cathedral", "Clinic", "School", "University"}
_AT_RE = compiled(r"\s*,?\s+(?:in|at)\s+(?:the\s+)?|\s*,\s*")


def _position(named: list[Place], place: Place) -> int:
    """Where PLACE stands in NAMED (in text order): found by its start, so that a figure's
    lookup stays short in a long text (list.index compares every place field by field)."""
    index = bisect_left(named, place.start, key=lambda p: p.start)
    while index < len(named) and named[index].start == place.start:
        if named[index] == place:
            return index
        index += 1
    return named.index(place)  # not in text order: look at each
