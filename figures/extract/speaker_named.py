"""A speaker's name written after them: "the town's mayor, Ismail Baris", "an official who
identified himself as Dr Danish", "..., said Toby Lanzer": the name the figures belong to."""

from figures.extract.dates import DAY_RE
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation
from figures.names import known_source

_ROLES = alternation(WORDS["source"]["roles"])

_ROLE_END_RE = compiled(  # "the town's mayor", "spokesman for the Red Cross": a role, then a name
    rf"(?i)\b(?:{_ROLES})$|^(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_ROLES})\s+(?:for|of|at)\s"
)
_PERSON = (  # "Ismail Baris", "Wahid al-Zawi": two to four words of a person's name
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von|da|du)[- ])?[A-Z][\w’'-]+)"
    r"{1,3})"
)
_APPOSED_NAME_RE = compiled(rf",\s+{_PERSON}(?=\s*(?:[,.;]|$))")  # ", Ismail Baris,"
_SELF_NAMED_RE = compiled(
    r"\s+who\s+(?:identified|introduced|named)\s+(?:himself|herself)\s+(?:only\s+)?as\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def self_named(sentence: str, end: int, x: str = "") -> tuple[str, int] | None:
    """ "an official who identified himself as Dr Danish", "according to the town's mayor, Ismail
    Baris": the name the speaker X was given, and where."""
    named = _SELF_NAMED_RE.match(sentence, end)
    if not named and _ROLE_END_RE.search(x):
        named = _APPOSED_NAME_RE.match(sentence, end)
    return (named.group("name"), named.start("name")) if named else None


_NAMED_AFTER_RE = compiled(r"\s+(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+\s*(?:,|\.|$)")


def named_after(sentence: str, start: int, end: int) -> bool:
    """ "..., said Toby Lanzer, the UN's coordinator": a person named right after the verb at
    START:END (not a day: "said Monday,"; not whom one told) is the speaker, whatever stands
    before the verb."""
    if sentence[start:end].lower() in ("told", "tells", "informed"):
        return False
    named = _NAMED_AFTER_RE.match(sentence, end)
    return bool(named) and not DAY_RE.search(named.group())


_PERSON_FROM_RE = compiled(  # "said Hamadou Dicko from Fulani association Tabital Pulaaku, who"
    rf"{_PERSON}\s+(?:from|of|with|at)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"
)


def person_before_body(head: str, body_at: int, pronoun: str) -> tuple[str, int] | None:
    """The person named just before the body at BODY_AT that a relative "who" follows: "John
    Smith from the Red Cross, who put the toll at 22" is John Smith's toll."""
    if pronoun != "who":
        return None
    named = _PERSON_FROM_RE.search(head[:body_at])
    return (named.group("name"), named.start("name")) if named else None


_ORG_APPOSED_RE = compiled(  # "said Rami Abdel Rahman, head of the Syrian Observatory": his body
    rf"\s*,\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{_ROLES})\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|on)\s+)?[A-Z][\w’'-]*){1,8}(?:\s+monitor)?)"
    rf"|\s*,\s+the\s+(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:{_ROLES})\b"  # "Lise Grande, the UN's humanitarian coordinator for Iraq"
)
_BASED_OR_MONITOR_RE = compiled(r"^[A-Z][\w-]*-based\s+|\s+monitor$")


def org_apposed(sentence: str, end: int) -> str | None:
    """The body a person named at END speaks for, set off right after the name: "said Rami Abdel
    Rahman, head of the Syrian Observatory for Human Rights" -> that observatory, for a later
    "the monitor said"."""
    found = _ORG_APPOSED_RE.match(sentence, end)
    if not found:
        return None
    org = found.group("org") or found.group("owner")
    org = _BASED_OR_MONITOR_RE.sub("", org)  # "Britain-based ... monitor"
    known = known_source(org)
    return known.name if known else org
