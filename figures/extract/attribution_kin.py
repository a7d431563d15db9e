"""The day of a speaker who goes on for a body the text dated before (CODING.md D1): its
spokesperson, its minister ("the interior ministry said on Sunday ... Interior Minister X told a
news conference"), or one of its agencies ("the UN said Thursday ... UN OCHA reported")."""

import re
from bisect import bisect_right

from figures.extract.attribution_roles import SPOKES_RE
from figures.extract.skim import compiled
from figures.names import source_key

_MINISTER_RE = compiled(
    r"(?i)\b(?:(?P<before>[a-z]+)\s+minister|minister\s+(?:of|for)\s+(?:the\s+)?(?P<after>[a-z]+))\b"
)
_MINISTRY_RE = compiled(r"(?i)\b([a-z]+)\s+ministry\b|\bministry\s+of\s+([a-z]+)\b")
_UN_PREFIX_RE = compiled(  # "UN OCHA", "The U.N. Office for", "the UN human rights office"
    r"(?:[Tt]he\s+)?U\.?N\.?\s+(?:[A-Z]|(?:human\s+rights|refugee|migration|humanitarian)\s+"
    r"(?:office|agency|chief|coordinator))"
)
_UN_AGENCY_RE = compiled(r"(?:[Tt]he\s+)?(?:U\.?N\.?|United Nations)\s+\w")  # its agency
_UN_RE = compiled(r"(?i)(?:the\s+)?(?:U\.?N\.?|United Nations)")
_ARMED_RE = compiled(r"(?i)(?:the\s+)?(?:army|military|armed\s+forces|junta)\b")
_THE_KIND_RE = compiled(  # "the committee in Wad Madani": the committee named just before
    r"(?i:the)\s+(committee|council|commission|network|union|group|coalition|observatory)"
    r"(?:\s+(?:in|of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
)
_RELEASES = r"(?:statement|press\s+release|release)"  # an occasion "the statement" goes back to
_THE_STATEMENT_BY_RE = compiled(rf"\b[Tt]he\s+{_RELEASES}\s+(?:by|from)\s+(?:the\s+)?$")
_OCCASION_RE = compiled(rf"\b{_RELEASES}\b")
_THE_ROLE_RE = compiled(r"(?i:the)\s+(official|officer|source|spokes(?:man|woman|person))\b")
_NEXT = 300  # characters: the unnamed spokesperson named in the next sentence or so
_MINISTER_BACK = 60  # characters before a name where its title stands: "Interior Minister X"


def kin_of_later(attr) -> bool:
    """Whether a later speaker may go on for ATTR: a body, or a spokesperson it does not name
    ("a spokesperson for the displaced said on Tuesday")."""
    return not attr.person or bool(SPOKES_RE.fullmatch(attr.source or ""))


def kin_day(found, text: str, dated: list, positions: list[int]) -> str | None:
    """The day of the body dated last before FOUND, when FOUND speaks for it."""
    at = bisect_right(positions, found.pos) - 1
    if at < 0:
        return None
    last = dated[at]
    if _THE_STATEMENT_BY_RE.search(text, max(0, found.start - 40), found.start):
        # "X said in a press release on Friday ... The statement by Y said"
        if found.pos - last.pos < 2 * _NEXT and _OCCASION_RE.search(
            text, last.start, last.end + 60
        ):
            return last.day
    if (role := _THE_ROLE_RE.match(text, found.start)) and found.pos - last.pos < 2 * _NEXT:
        one = rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{role.group(1)}\b"  # "an official from X said
        if re.search(one, text[max(0, last.start - 60) : last.end]):  # Thursday ... said the
            return last.day  # official who declined to be named": the one official
    spokes = found.person and SPOKES_RE.search(text[max(0, found.start - 60) : found.end + 60])
    if found.person and found.org:  # "the UN said on Tuesday ... UN humanitarian chief X said"
        same = (
            source_key(last.source) == source_key(found.org)
            or (_UN_RE.fullmatch(last.source) and _UN_AGENCY_RE.match(found.org))
            or _holds_kind(found.org, last.source)
        )  # "the UN said" before "UN OCHA's chief said"; "police said on Sunday" before "a
        # spokesman for the Armed Police Battalion": the kind its name holds
        if same and found.pos - last.pos < _NEXT:
            return last.day
        return last.day if spokes and SPOKES_RE.fullmatch(last.source) else None  # "a spokesperson
        # ... said on Tuesday ... Adam Rojal, a spokesperson for X": the one spokesperson, named
    if found.person:
        if spokes:  # "The UN said Thursday ... said spokesperson X"
            return last.day
        if found.pos - last.pos < _NEXT and SPOKES_RE.search(
            text, max(0, last.start - 30), last.end
        ):
            return last.day  # "a spokesperson for the IOM said on Friday. ... Flavio Di Giacomo"
        return _ministry_day(found, text, dated[: at + 1])
    if not found.person and _UN_PREFIX_RE.match(text, found.start):
        return next((a.day for a in reversed(dated[: at + 1]) if _UN_RE.fullmatch(a.source)), None)
    if _UN_RE.fullmatch(text, found.start, found.end) and _UN_AGENCY_RE.match(text, last.start):
        return last.day  # "the U.N. migration agency said Wednesday ... the U.N. said"
    same_kind = _THE_KIND_RE.fullmatch(text, found.start, found.end)
    if same_kind and found.pos - last.pos < _NEXT and same_kind.group(1).lower() in last.source:
        return last.day  # "a resistance committee announced on Saturday ... the committee in X"
    armed = _ARMED_RE.fullmatch(text, found.start, found.end) and _ARMED_RE.search(last.source)
    if armed and found.pos - last.pos < 2 * _NEXT:
        return last.day  # "Sri Lanka's military on Friday accused ... The army said": one body
    return None


def _holds_kind(name: str, kind: str) -> bool:
    """NAME is a body of KIND, a word it holds: "the Armed Police Battalion" and "police"."""
    return kind.islower() and f" {kind} " in f" {name.lower()} "


def longer_name_day(found, dated: list, positions: list[int]) -> str | None:
    """ "The defense ministry" speaks on the day "West African nation's defense ministry" did
    before it; "UN OCHA" on the day "UN humanitarians" did; "The Philippine National Police
    (PNP)" on the day "police" did, a kind its name ends with."""
    own = found.source.lower()
    if found.person or " " not in own:
        return None
    at = bisect_right(positions, found.pos)
    return next(
        (
            a.day
            for a in reversed(dated[max(0, at - 40) : at])
            if a.source.lower().endswith(" " + own)
            or own.startswith(a.source.lower() + " ")
            or _holds_kind(found.source, a.source)
            or _same_level(own, a.source.lower())
            or _owner_spoke(own, a.source.lower())
        ),
        None,
    )


_LEVELS = {"regional": "region", "provincial": "province", "municipal": "municipality"}
_LEVEL_BODY_RE = compiled(r"(?:the\s+)?(regional|provincial|municipal)\s+([a-z]+)")


def _same_level(own: str, dated: str) -> bool:
    """ "the regional administration" is "the administration of Kyrgyzstan's Batken region"."""
    found = _LEVEL_BODY_RE.fullmatch(own)
    return bool(found) and all(
        re.search(rf"\b{word}\b", dated) for word in (found.group(2), _LEVELS[found.group(1)])
    )


_OWNER_RE = compiled(r"(?:the\s+)?(.+?)['’]s\s+\S")
_PARTS_RE = compiled(r"\s*(?:,|\band\b)\s*")


def _owner_spoke(own: str, dated: str) -> bool:
    """ "Kyrgyzstan's health ministry" goes on for "Kyrgyzstan and Tajikistan", dated before."""
    owner = _OWNER_RE.match(own)
    return bool(owner) and owner.group(1) in _PARTS_RE.split(dated)


def _ministry_day(found, text: str, dated: list) -> str | None:
    """ "Interior Minister Aftab Sherpao" speaks for "Pakistan's interior ministry"."""
    title = text[max(0, found.start - _MINISTER_BACK) : found.end]
    title = re.split(r"[.!?;]\s", title)[-1]
    named = _MINISTER_RE.search(title)
    if not named:
        return None
    field = (named.group("before") or named.group("after")).lower()
    for said in reversed(dated[-20:]):
        fields = {(m.group(1) or m.group(2)).lower() for m in _MINISTRY_RE.finditer(said.source)}
        if field in fields:
            return said.day
    return None
