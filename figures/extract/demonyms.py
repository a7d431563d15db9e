"""A demonym's country ("the Turkish side" is Turkey), read from the country names we keep."""

from functools import lru_cache

from figures.extract.place_name import Place
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS

_IRREGULAR = WORDS["place"]["demonyms_irregular"]
SHORES = ("coast", "shores", "waters")  # "the Libyan coast": the demonym is its country's
# (suffix, what may replace it): Syrian -> Syria, Sudanese -> Sudan, Turkish -> Turkey
_RULES = (
    ("ian", ("ia", "", "e")),
    ("ean", ("ea", "")),
    ("ese", ("", "a", "o")),
    ("ish", ("ey", "", "and")),
    ("an", ("a", "")),
    ("i", ("", "a")),
)
DEMONYM_RE = compiled(  # "Syrian", "Sudanese", "Iraqi", "Hamas-run": a people's word
    r"(?<!^Mediterran)(?:ian|ean|ican|ese|ish|ic|ist)$|^(?:Philippine|Argentine|Afghan|Thai|Lao|Iraqi|Yemeni|Pakistani"
    r"|Somali|Israeli|Kuwaiti|Saudi|Omani|Qatari|Bahraini|Emirati|Bangladeshi|Nepali|Azerbaijani"
    r"|Kashmiri|Yazidi|Houthi|Bengali|Punjabi|Sindhi|Hindi|Burundi|Malawi"
    r"|Shi['’]?ite|Shia|Sunni|Alawite|Druze|Uzbek|Chechen|Tamil|Pashtun|Hazara|Arab|Rohingya"
    r"|Uighur|Uyghur|Hutu|Tutsi|Maronite|Kurd|Tajik|Baloch|Bosniak|Protestant|Catholic|Orthodox"
    r"|Evangelical|Anglican|(?:Muslim|Moslem|Serb|Croat)s?)$"  # peoples and creeds
    r"|-(?:run|led|backed|held|based|controlled|supported"
    r"|speaking|majority|dominated|populated|affiliated|linked|aligned|allied)$"
)
DEMONYM_SIDE_RE = compiled(  # "on the Turkish side", "in Israeli territory"
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
                if stem + end in COUNTRIES:
                    return stem + end
    for suffix, _ in _RULES:  # Lebanese -> Leban... -> Lebanon, Afghan -> Afghanistan
        stem = demonym[: -len(suffix)] if demonym.endswith(suffix) else ""
        if len(stem) >= (5 if suffix == "i" else 4):  # Somali -> Somalia; not Bahai -> Bahamas
            named = sorted((c for c in COUNTRIES if c.startswith(stem)), key=len)
            if named:
                return named[0]
    return None


def is_demonym(word: str, noun: str | None) -> bool:
    """ "Syrian", "Sudanese", and "the Libyan city": a people's word, not its country's; "the
    Libyan coast" is read as Libya."""
    if DEMONYM_RE.search(word):
        return True
    shore = noun in SHORES
    return not shore and word.endswith("an") and word not in COUNTRIES and bool(country_of(word))


_SHORE_RE = compiled(rf"\s+(?:{'|'.join(SHORES)}|side|border)\b")  # "the Libyan coast"


def nationality(word: str, before: str, rest: str) -> bool:
    """ "followed by the Ecuadorian with 54,757": a nationality after "the", a people's word (not
    "the Libyan coast", nor "the Atlantic", which names no people)."""
    return (
        before.endswith("the ")
        and word not in COUNTRIES
        and country_of(word) is not None
        and not _SHORE_RE.match(rest)
    )


def demonym_country(place: Place) -> Place:
    """ "off the Libyan coast", "to Libyan shores": a demonym read as a place is its country."""
    core, noun = place.core, place.name[len(place.core) :].strip()
    if core in COUNTRIES or noun not in ("", *SHORES):
        return place  # Ethiopia's "Somali region" is no Somalia
    country = country_of(core)
    return Place(country, place.start, place.end) if country else place
