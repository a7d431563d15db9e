"""Whom a pointer ("he said", "the agency", "the release said") may mean: a source named before
it, looked for among the last POINTER_REACH named, so that a long text is read in linear time."""

import re

from figures.extract.attribution_names import AGENCIES, AgencyIndex, body_before
from figures.extract.skim import compiled
from figures.extract.source_tail import BODY_KINDS
from figures.extract.speakers import DOCUMENTS, Speaker
from figures.names import KNOWN_SOURCES

POINTER_REACH = 200  # sources named in earlier sentences that a pointer may mean
_MONITORS = {source.name for source in KNOWN_SOURCES if source.monitor}
_MONITOR_NAME_RE = compiled(r"(?i)\b(?:observatory|monitor|monitoring)\b")
_AGENCY_NAMES = {name for name, _, _ in AGENCIES} | {"UNHCR", "IOM", "UNRWA"}
_OWN_KIND = {"ministry", "army", "police", "government", "department", "military"}  # a state's
INSTITUTIONS = (  # the head nouns of bodies a pointer names: "the ministry", "the committee"
    r"observatory|ministry|mission|committee|office|council|army|police|government|authority|agency"
    r"|network|watchdog|charity|commission|group|monitor|service|services|department|centre|center"
)
_INSTITUTION_RE = compiled(INSTITUTIONS)


_MINISTRY_NAME_RE = compiled(  # "The Ministry of Social Affairs", "Gaza's Health Ministry"
    r"\bMinistry\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3}"
    r"|\b(?:(?!The\b|A\b)[A-Z][\w’'-]+\s+){1,3}Ministry\b"
)
_MINISTRY_REACH = 1500  # characters looked back over for the ministry a text introduced


_BODY_KIND_RE = compiled(rf"(?i)\b(?:{BODY_KINDS})$")  # "the agency", "the aid group"


def body_named_before(
    pointer: str, text: str, pos: int, agencies: AgencyIndex | None = None
) -> str | None:
    """The body an unresolved pointer means, named last before POS even where it stated nothing:
    "the agency" or "the group" the agency or charity ("MSF teams treated 150 ..., the group
    said"), "the ministry" the ministry ("The Ministry of Social Affairs attributed ...")."""
    if _BODY_KIND_RE.search(pointer):
        return agencies and agencies.before(pos) or body_before(text, pos)
    if pointer.endswith("ministry"):
        found = list(_MINISTRY_NAME_RE.finditer(text, max(0, pos - _MINISTRY_REACH), pos))
        return found[-1].group() if found else None
    return None


def named_before(history: list[tuple], told: int, start: int, offset: int) -> list:
    """The sources named before START that a pointer may mean: those of this sentence before
    it, and the last POINTER_REACH named in earlier sentences (all before OFFSET), so that a
    long text stays linear; "he said" never means someone named pages before."""
    earlier = history[max(0, told - POINTER_REACH) : told]
    if start < offset:  # the pointer stands for a name in an earlier sentence
        earlier = [h for h in earlier if h[1] < start]
    return [h[0] for h in earlier] + [h[0] for h in history[told:] if h[1] < start]


def issuer(named: Speaker, history: list[tuple], text: str) -> tuple | None:
    """The source named before with the document a pointer names: "the IOM said in a press
    release on Tuesday ... Local media reported ... '...,' the release said" is the IOM."""
    noun = (named.name or "").split()[-1:] or [""]
    if noun[0].lower() not in ("release", "statement", "bulletin", "report", "update"):
        return None
    return next(
        (
            h
            for h in reversed(history[-40:])
            if h[0].name and not h[0].pointer and noun[0].lower() in text[h[2] : h[2] + 80].lower()
        ),
        None,
    )


def named_just_before(spoken: list[tuple]) -> bool:
    """Whether this sentence last named a person by name ("said Karimu Usman, ..., who")."""
    last = spoken[-1][0] if spoken else None
    return bool(
        last and last.person and last.name and re.fullmatch(r"[A-Z]\S*(?: \S+)+", last.name)
    )


def resolve(found: Speaker, history: list[Speaker], voice: bool = False) -> Speaker:
    """A pointer resolved to the nearest compatible source named before it, else kept as is;
    with VOICE, a "she" no person was named for is the body that spoke last."""
    if found.pointer is None:
        return found
    words = (found.name or "").split()
    noun = words[-1].lower() if found.pointer == "org" and words else ""
    for earlier in reversed(history[-40:] if _INSTITUTION_RE.fullmatch(noun) else ()):
        if earlier.name and not earlier.pointer and noun in earlier.name.lower():
            return earlier  # "The Observatory said": the observatory, not the last one named
        if noun == "agency" and earlier.name in _AGENCY_NAMES:
            return earlier  # "the militia later clarified ..., the agency said": OCHA
    if noun in _OWN_KIND and not any(noun in (e.name or "").lower() for e in history[-40:]):
        return Speaker(found.name)  # "the ministry" with no ministry named: not the UN before it
    document = noun in DOCUMENTS
    for earlier in reversed(history):
        if document and earlier.name and not earlier.pointer:
            return earlier  # "The statement said": whoever, person or body, issued it
        if found.pointer == "monitor" and (
            earlier.name in _MONITORS or _MONITOR_NAME_RE.search(earlier.name or "")
        ):  # "the Observatory said. The monitor said": the Observatory
            return earlier
        if found.pointer == "person" and earlier.person:
            return earlier
        if found.pointer in ("org", "any") and earlier.name and not earlier.person:
            return earlier
    if found.pointer == "monitor":
        return Speaker("the monitor")
    if voice and found.pointer == "person" and history and history[-1].name:
        return history[-1]  # "The police said ... She added": no person named, the body's voice
    return Speaker(found.name)


_ISSUER_AFTER_RE = compiled(r"\s*,?\s*(?:issued|released|published|signed|put\s+out)\s+by\s+")


def issuer_day(sentence: str, carried: tuple[int, str | None] | None, at: int) -> str | None:
    """ "said the statement, issued by the Chief Minister's Office": the issuer named right after
    a document pointed back to speaks on that document's day (CARRIED: its end and its day)."""
    if carried and carried[1] and _ISSUER_AFTER_RE.fullmatch(sentence, carried[0], at):
        return carried[1]
    return None
