"""Agencies as reports name them: "the UN's migration agency" is IOM, a full name stays whole."""

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from figures.extract.skim import compiled
from figures.names import source_key

_UN = r"(?:UN|U\.N\.|United Nations)(?:['’]s?)?(?:\s+\((?:UN|U\.N\.)\))?\s+"
# (name, its own names, how reports describe it): specific agencies before "the UN"
AGENCIES = (
    ("FAO", r"\bFAO\b|Food and Agriculture Organi[sz]ation", rf"{_UN}(?i:agriculture) agency"),
    ("WFP", r"\bWFP\b|World Food Program(?:me)?", rf"{_UN}(?i:food(?: aid)?) (?i:agency|body)"),
    (
        "IOM",
        r"\bIOM\b|International Organi[sz]ation for Migration",
        rf"{_UN}(?i:migration) (?i:agency|body)",
    ),
    (
        "UNICEF",
        r"\bUNICEF\b|Children['’]s Fund",
        rf"{_UN}(?i:children['’]?s?) (?i:agency|fund|relief agency)",
    ),
    ("UNRWA", r"\bUNRWA\b|Relief and Works Agency", r"refugee agency for Palestin"),
    ("UNHCR", r"\bUNHCR\b|High Commissioner for Refugees", rf"{_UN}(?i:refugees? agency)"),
    (
        "OHCHR",
        r"\bOHCHR\b|High Commissioner for Human Rights",
        rf"{_UN}(?i:human rights) (?i:office|chief)",
    ),
    (
        "WHO",
        r"\bWHO\b(?!\s+(?:is|was|are|were|has|had)\b)|World Health Organi[sz]ation",
        rf"{_UN}(?i:health) (?i:agency|body)",
    ),
    (
        "UN OCHA",
        r"\b(?:UN)?OCHA\b|Office for the Coordination of Humanitarian Affairs",
        rf"{_UN}(?i:humanitarian|aid|relief)(?: (?i:aid|affairs))?(?: (?i:co-?ordination))?"
        r" (?i:office|agency|chief|arm)",
    ),
)
_AGENCY_RES = [(name, compiled(f"{own}|{described}")) for name, own, described in AGENCIES]
_OWN_RES = {name: compiled(own) for name, own, _ in AGENCIES}
_ANY_OWN_RE = compiled("|".join(f"(?:{own})" for _, own, _ in AGENCIES))
_ANY_RE = compiled("|".join(f"(?:{own})|(?:{described})" for _, own, described in AGENCIES))
_SIBLINGS = {"UNHCR": "UNRWA"}  # "the UN refugee agency" in a text about UNRWA is UNRWA
GENERIC_UN_RE = compiled(
    r"(?i:the\s+)?(?:UN|U\.N\.|United Nations)(?:['’]s?)?\s+(?i:agency|body|organi[sz]ation)$"
)
_PROPER_ORG_RE = compiled(  # "the Food and Agriculture Organization of the United Nations"
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|on|the|in)\s+)*){1,8}"
    r"(?:of|in|for)\s+(?:the\s+)?(?:United Nations|UN|U\.N\.)(?:\s+[A-Z][\w’'-]*)*)$"
)


@lru_cache(maxsize=4096)  # a text names the same few subjects again and again
def agency(subject: str) -> str | None:
    """The UN agency a subject names ("the U.N. children's agency" is UNICEF), else None."""
    return next((name for name, pattern in _AGENCY_RES if pattern.search(subject)), None)


@lru_cache(maxsize=4096)
def own_agency(subject: str) -> str | None:
    """The UN agency a subject names by its own name ("the UN High Commissioner for Refugees"),
    not by a description ("the UN humanitarian chief")."""
    match = _ANY_OWN_RE.search(subject)
    return agency(match.group()) if match else None


def leading_agency(subject: str) -> tuple[str, str] | None:
    """(agency, the words after it) when a subject opens with an agency's own name:
    "UNRWA Commissioner-General Philippe Lazzarini"."""
    match = re.match(rf"(?:[Tt]he\s+)?(?:{_ANY_OWN_RE.pattern})(?:['’]s)?\s+", subject)
    return (agency(match.group()), subject[match.end() :]) if match else None


def proper_un_body(subject: str) -> str | None:
    """A body's full name that merely ends with the UN's ("the United Nations Integrated Office
    in Haiti", "the Economic Commission for Africa of the UN"): kept whole, not cut to "UN"."""
    match = _PROPER_ORG_RE.match(subject.strip())
    return match.group(1).strip() if match else None


class AgencyIndex:
    """Where a text names each UN agency, so "the UN agency said" is the one named nearest
    (before it, else after), and a description fits the agency the text names by its own name."""

    def __init__(self, text: str):
        self.named = {agency(m.group()) for m in _ANY_OWN_RE.finditer(text)}
        self.found = [(m.start(), agency(m.group())) for m in _ANY_RE.finditer(text)]
        self.starts = [start for start, _ in self.found]

    def resolve(self, name: str | None, written: str, pos: int) -> str | None:
        """The agency a written subject stands for in this text."""
        if GENERIC_UN_RE.search(written.strip()):
            return self._nearest(pos) or name
        sibling = _SIBLINGS.get(name or "")
        if sibling in self.named and name not in self.named and not _OWN_RES[name].search(written):
            return sibling
        return name

    def before(self, pos: int) -> str | None:
        """The agency the text names last before POS: what "the agency" points back to when no
        speaker was named before it ("The IOM issued a statement ... According to the agency")."""
        at = bisect_left(self.starts, pos)
        return self.found[at - 1][1] if at else None

    def _nearest(self, pos: int) -> str | None:
        if not self.found:
            return None
        at = bisect_left(self.starts, pos)
        before = self.found[at - 1] if at else None
        after = self.found[at] if at < len(self.found) else None
        if before and (after is None or pos - before[0] <= 2 * (after[0] - pos)):
            return before[1]
        return after[1] if after else None


WIRE_RE = compiled(  # news wires pass words on: never an antecedent, never beside a source
    r"(?:AFP|Agence France-Presse|Reuters|AP|(?:The )?Associated Press|Anadolu(?: Agency)?|Xinhua"
    r"|EFE|dpa|DPA|Al Jazeera|BBC|CNN|Sky News(?: Arabia)?|Ukrinform|Interfax|\bTASS\b"
    r"|RIA Novosti|\bSputnik\b|Kyodo(?: News)?|Yonhap(?: News Agency)?|\bIRNA\b|\bPTI\b"
    r"|Press Trust of India|\bIANS\b|Bernama|\bTrend(?: News Agency)?\b|\bPANA\b)"
)
_NGOS = (  # charities and monitors a text may speak through
    r"Save the Children|Norwegian Refugee Council|\bNRC\b|International Rescue Committee|\bIRC\b"
    r"|Oxfam|\bCARE\b|Mercy Corps|Islamic Relief|World Vision|Plan International|Amnesty"
    r"|Human Rights Watch|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res|\bMSF\b"
    r"|\bICRC\b|International Federation of (?:the )?Red Cross(?: and Red Crescent Societies)?"
    r"|Red Cross|Red Crescent|\bIFRC\b|Action Against Hunger|Caritas|\bHRW\b"
    r"|Syrian Observatory|\bSOHR\b|Airwars|\bACLED\b|White Helmets"
)
_VOICE_RE = compiled(f"{_NGOS}|{_ANY_OWN_RE.pattern}")
_WE_RE = compiled(r"\b(?:[Ww]e|[Oo]ur|us)\b")


@lru_cache(maxsize=2)  # a text's voices each read the bodies it names: found once per text
def _bodies(text: str) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of each agency or charity the text names, agencies by their short name."""
    return tuple((agency(m.group()) or m.group(), *m.span()) for m in _VOICE_RE.finditer(text))


@lru_cache(maxsize=2)
def _body_starts(text: str) -> list[int]:
    return [start for _, start, _ in _bodies(text)]


def body_before(text: str, pos: int) -> str | None:
    """The agency or charity the text names last before POS: whom "the group said" means when
    no source was named before it ("MSF teams treated 150 wounded ..., the group said")."""
    at = bisect_left(_body_starts(text), pos)
    return _bodies(text)[at - 1][0] if at else None


def first_person_voice(text: str, quotes: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The body a text speaks as when it says "we" and "our" outside quotations (a press
    release, a briefing note): the agency or charity it names most, first named first."""
    outside, last = [], 0
    for start, end in quotes:
        outside.append(text[last:start])
        last = end
    outside.append(text[last:])
    if not any(_WE_RE.search(part) for part in outside):
        return None
    counts: dict[str, list] = {}
    for name, *span in _bodies(text):
        counts.setdefault(name, []).append(tuple(span))
    if not counts:
        return None
    name = max(counts, key=lambda k: len(counts[k]))
    return name, *counts[name][0]


_RELEASE_RE = compiled(  # "KHARTOUM, 29 August 2023 – Save the Children is urging ..."
    r"^(?:[A-Z][\w .,/()-]{0,60}?\d{4}\)?\s*[-–—:]\s*)?(?P<org>(?:The\s+)?[A-Z][^,;:.]{1,80}?)"
    r"(?:,\s+[^,;:.]{1,60},)?\s+(?:is|are|has|have)\s+(?:\w+ly\s+)?(?:calling|urging|appealing"
    r"|warning|concerned|alarmed|condemn\w*|welcom\w*|responding|scaling|launch\w*|expressed"
    r"|called|urged|warned|stepping)\b"
)


_STANCE_RE = compiled(  # "UNHCR, the UN Refugee Agency, condemns the killings and calls on"
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?P<org>(?:The\s+)?[A-Z][^,;:.\n]{1,60}?)(?:,\s+[^,;:.\n]{1,60},)?"
    r"\s+(?:strongly\s+|firmly\s+|unequivocally\s+)?(?:condemns|deplores|calls\s+(?:on|for)"
    r"|urges|appeals\s+(?:to|for)|is\s+(?:deeply\s+|gravely\s+)?(?:alarmed|concerned|saddened))\b"
)


def release_voice(text: str) -> tuple[str, int, int] | None:
    """The body a press release speaks as: an agency or charity that opens it ("Save the Children
    is urging...", "UNHCR, the UN Refugee Agency, is calling for..."), or that takes its stand in
    the present tense anywhere in it ("UNHCR ... condemns the killings")."""
    opening = _RELEASE_RE.match(text) or _STANCE_RE.search(text)
    if not opening:
        return None
    org = opening.group("org")
    named = _VOICE_RE.search(org)
    if not named:
        return None
    return agency(named.group()) or named.group(), opening.start("org"), opening.end("org")


_PRODUCER_RE = compiled(  # "This report is produced by OCHA Afghanistan in collaboration with"
    r"\b[Tt]his\s+(?:[\w-]+\s+){0,2}?(?i:report|update|sitrep|bulletin|snapshot|overview|brief"
    r"|document|dashboard|note)\s+(?:is|was|has\s+been)\s+(?:jointly\s+)?(?:produced|prepared"
    r"|issued|published|compiled|written)\s+by\s+(?P<org>(?:the\s+)?[A-Z][^,.;:\n]{1,80}?)"
    r"(?=\s+(?:in|with|and|on|for|from|together)\b|\s*[,.;:\n(]|$)"
)


_SUMMARY = r"(?i:summary of what was said by)"  # a UNHCR briefing note's opening words
BRIEFING_RE = compiled(  # "This is a summary of what was said by UNHCR spokesperson Adrian
    # Edwards ... at the press briefing, on 17 August 2012": a briefing note's speaker and day
    rf"{_SUMMARY}\s+(?:[\w-]+\s+){{0,4}}?(?P<org>[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){1,3})\b[^\n]{0,160}?(?i:\bon\s+)(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)


UNDATED_BRIEFING_RE = compiled(  # "a summary of what was said by the UNHCR spokesperson at
    # today's ... briefing": the spokesperson named next, else the agency
    rf"{_SUMMARY}\s+(?:the\s+)?(?P<agency>[A-Z][\w’'.-]+)\s+"
    r"(?i:spokes(?:person|man|woman))\b(?:\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}))?"
)


TODAYS_BRIEFING_RE = compiled(  # "... what was said by X at today's Palais des Nations briefing"
    rf"(?i){_SUMMARY}\b[^\n]{{0,80}}?\btoday['’]s\s+(?:[\w-]+\s+){{0,5}}?briefing"
)


_TITLE_PRODUCER_RE = compiled(  # "NDRRMC Update SitRep No. 50 re ...": a report titled by its body
    r"\s*(?P<org>[A-Z]{3,10}(?:\s+(?!Update\b|Humanitarian\b|Flash\b|Situation\b)[A-Z][a-z]+)?)"
    r"\s+(?:Humanitarian\s+)?(?:Update\s+)?(?:SitRep|Situation\s+Report|Flash\s+Update"
    r"|Update|Bulletin|Press\s+Release)\b"
)
STATEMENT_BY = r"\s*(?i:statement|remarks|speech|briefing)\s+(?i:by)\s+"  # a statement's header
_STATEMENT_BY_RE = compiled(  # "STATEMENT BY BINTOU KEITA, SPECIAL REPRESENTATIVE": its speaker
    rf"{STATEMENT_BY}(?:(?i:the)\s+[A-Z][\w’'.-]*(?:\s+(?:for|of|on|in|the|and|[A-Z][\w’'.-]*))*,\s+)?"
    r"(?P<org>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?=\s*[,\n])"  # "by the Coordinator, X,"
)


def producer_voice(text: str) -> tuple[str, int, int] | None:
    """The body a report says produced it ("This report is produced by OCHA Afghanistan"), the
    spokesperson a briefing note summarises: the voice of the figures it leaves unattributed."""
    produced = _PRODUCER_RE.search(text) or BRIEFING_RE.search(text[:600])
    produced = produced or _TITLE_PRODUCER_RE.match(text) or _STATEMENT_BY_RE.match(text)
    if produced:
        return produced.group("org"), produced.start("org"), produced.end("org")
    briefed = UNDATED_BRIEFING_RE.search(text[:600])
    if not briefed:
        return None
    who = "name" if briefed.group("name") else "agency"
    return briefed.group(who), briefed.start(who), briefed.end(who)


def as_voice(attr, voice: tuple[str, int, int]):
    """ATTR, or the voice whose name it spans ("said by UNHCR spokesperson X" is X)."""
    name, start, end = voice
    return (
        replace(attr, source=name, start=start, end=end) if attr.start <= start < attr.end else attr
    )


def named_voice(text: str) -> tuple[str, int, int] | None:
    """The one agency or charity a text names, at least twice and no other beside it: whose
    figures the text reports when it leaves one unattributed."""
    names: dict[str, list] = {}  # by key: "IRC" and "International Rescue Committee" are one
    for name, *span in _bodies(text):
        names.setdefault(source_key(name), []).append((name, tuple(span)))
    if len(names) != 1:
        return None
    ((_, found),) = names.items()
    return (found[0][0], *found[0][1]) if len(found) >= 2 else None


_OUTLET_RE = compiled(
    r"(?i)\b(?:media|press|reports?|news|newspapers?|dailies|daily|online|broadcaster|channel"
    r"|television|tv|radio|outlets?|accounts|reuters|afp"
    r"|dpa|associated press)\b"
)


def outlet(attr) -> bool:
    """A newspaper, broadcaster or wire, that passes others' words on."""
    return _outlet_name(attr.source)


@lru_cache(maxsize=4096)  # asked of each source several times for each figure
def _outlet_name(source: str) -> bool:
    return bool(_OUTLET_RE.search(source) or WIRE_RE.search(source))


def said_last(attrs: list):
    """The sentence's last source that is not an outlet passing words on: "This was stated by
    the Taliban regime, cited by Anadolu Agency. At the moment there are 2,053 dead": the regime."""
    return next((a for a in reversed(attrs) if not outlet(a)), attrs[-1])
