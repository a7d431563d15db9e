"""How reports write a kind of source beside a name: the name is the source, the kind is not."""

import re

from figures.extract.skim import compiled

_OUTLET_NAMED_RE = compiled(  # "state broadcaster NTV", "the aid group Save the Children"
    r"(?i:(?:[a-z-]+\s+){0,3}?(?:broadcaster|television|channel|newspaper|daily|outlet|radio"
    r"|news\s+agency|news\s+site|website|charity|group|watchdog|monitor|organi[sz]ation|ngo))"
    r"\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:(?:of|the|for|and|without)\s+)?[A-Z][\w.'’&-]*){0,5})"
)
_OWNED_NAME_RE = compiled(  # "the government's Disaster Management Center": the centre
    r"(?:the\s+)?[a-z-]+['’]s\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)"
)
DEMONYMS_RE = compiled(  # "the Egyptian minister", "Iraqi Kurdish officials", "South Sudanese"
    r"(?:(?:South|North|East|West|Central)\s+)?[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)"
    r"(?:\s+[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic))?"
)
ONE_OFFICIAL_RE = compiled(  # a demonym, then words that say which kind, not whose
    r"(?:a|A|an|An)\s+[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)\s+(?:(?:health|medical|local"
    r"|senior|provincial|regional|district|municipal|rescue|aid|relief|humanitarian|hospital"
    r"|village|community|tribal)\s+){1,2}(?:official|officer)"
)
PLACES_ONLY_RE = compiled(  # "Other regions have also reported": places, no one who speaks
    r"(?i:(?:the\s+|other\s+|some\s+|several\s+|many\s+|neighbou?ring\s+|affected\s+|all\s+)*"
    r"(?:regions|areas|districts|provinces|towns|villages|camps|sites|localities|zones))"
)
_WHERE_RE = compiled(r"\s(?:in|of|for|from)\s")
_SOCIETY_RE = compiled(  # "Kenya Red Cross", "the South African Red Cross Society"
    r"(?!(?:International|The)\b)(?:[A-Z][\w'’-]+\s+){1,2}Red\s+Cross(?:\s+Society)?"
)
_FEDERATION_RE = compiled(r"Federation|IFRC")
_COMMITTEE_RE = compiled(r"International|ICRC|Committee")


def red_cross(subject: str) -> str:
    """Which Red Cross a subject names: the Federation of the societies is not the Committee, a
    national society keeps its name, and "the Red Cross" alone may be either."""
    if _FEDERATION_RE.search(subject):
        return "IFRC"
    if society := _SOCIETY_RE.search(subject):
        return society.group()
    return "ICRC" if _COMMITTEE_RE.search(subject) else "Red Cross"


def outlet_named(subject: str) -> str | None:
    """The outlet or body a subject names after its kind: "state broadcaster NTV" is NTV."""
    named = _OUTLET_NAMED_RE.fullmatch(subject)
    return named.group("name") if named else None


def owned_name(subject: str) -> str | None:
    """The body a kind's possessive owns by name: "the government's Disaster Management Center"."""
    owned = _OWNED_NAME_RE.fullmatch(subject)
    return owned.group("name") if owned else None


def kind_lowered(subject: str) -> str:
    """A kind of source in lower case, a place after it as written: "local officials in Kherson"."""
    where = _WHERE_RE.search(subject)
    kind, place = (subject[: where.start()], subject[where.start() :]) if where else (subject, "")
    return _lower_words(kind) + place


def _lower_words(words: str) -> str:
    """ "Local officials" in lower case; an acronym kept: "an international NGO"."""
    return re.sub(
        r"[\w'’-]+",
        lambda w: w.group() if w.group().isupper() and len(w.group()) > 1 else w.group().lower(),
        words,
    )
