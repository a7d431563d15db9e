"""A text that speaks as "we" ("we said in a statement released today") dates its own statement."""

import re
from bisect import bisect_right
from dataclasses import replace

from figures.extract.attribution_names import (
    BRIEFING_RE,
    STATEMENT_BY,
    TODAYS_BRIEFING_RE,
    UNDATED_BRIEFING_RE,
    outlet,
    producer_voice,
)
from figures.extract.dates import MONTH, marked_today, relative_date
from figures.extract.no_speaker import LAY_RE
from figures.extract.said_on import after_day
from figures.extract.skim import compiled
from figures.names import source_key

_WE_SAID_RE = compiled(
    r"\b[Ww]e\s+(?:have\s+|had\s+)?(?:said|say|stated|reported|report|announced|warned|noted)\b"
)


def we_statements(
    text: str,
    starts: list[int],
    quotes: list[tuple[int, int]],
    we: tuple[str, int, int] | None,
    published_on: str | None,
) -> list[tuple[int, int, str | None]]:
    """(sentence index, offset, day) of each "we said" outside quotations: the text's own voice
    stating, on the day the attribution gives."""
    found: list[tuple[int, int, str | None]] = []
    if we is None:
        return found
    quote_starts = [a for a, _ in quotes]
    for match in _WE_SAID_RE.finditer(text):
        at = bisect_right(quote_starts, match.start()) - 1
        if at >= 0 and quotes[at][0] < match.start() < quotes[at][1]:
            continue  # a quoted speaker's "we": the quotation's attribution names them
        phrase = after_day(text, match.end())
        day = relative_date(phrase, published_on) if phrase else None
        found.append((bisect_right(starts, match.start()) - 1, match.start(), day))
    return found


_TODAY_DATED_RE = compiled(  # "As of today, 18th March, 2023", "today (5 May 2024)"
    rf"\b(?:as of |as at )?today,?\s*\(?\s*(?P<day>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?"
    rf"\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})",
    re.IGNORECASE,
)


_STATEMENT_DAY_RE = compiled(  # a statement's header, then its date on a line of its own or
    # closing the header's line ("Statement by X, on the evacuations from Azovstal, 8 May 2022")
    rf"(?ms){STATEMENT_BY}.{{0,300}}?(?:^[ \t]*|,[ \t]*)"
    r"(?P<day>\d{1,2}\s+(?i:[a-z]+)\s+\d{4})[ \t]*$"
)


def declared_today(text: str, published_on: str | None) -> str | None:
    """The day a report writes as its own today ("As of today, 18th March, 2023", a briefing
    note's "on 17 August 2012" or "at today's ... briefing"): the day it states what it leaves
    undated."""
    dated = _TODAY_DATED_RE.search(text) or BRIEFING_RE.search(text[:600])
    dated = dated or _STATEMENT_DAY_RE.match(text[:400])  # "STATEMENT BY X ... 20 FEBRUARY 2023"
    if dated is None and TODAYS_BRIEFING_RE.search(text[:300]):
        return relative_date("today", published_on)
    if dated is None:
        return marked_today(text[:600])  # "Today marks four weeks since ... 18th June, 2024"
    day = dated.group("day").replace(",", "") if dated else None
    return relative_date(day.title() if day.isupper() else day, None) if day else None


def briefing_days(text: str, declared: str | None) -> dict[str, str]:
    """The briefing note's agency, by its key, stated on the briefing's day: "what was said by
    UNHCR spokesperson X ... on 19 February 2016. UNHCR fears that up to 26,000": that day."""
    briefed = UNDATED_BRIEFING_RE.search(text[:600]) if declared else None
    if briefed:
        return {source_key(briefed.group("agency")): declared}
    produced = producer_voice(text) if declared else None  # "Statement by X, ..., 8 May 2022"
    return {source_key(produced[0]): declared} if produced else {}


def single_voice(everything: list) -> object | None:
    """The one voice of a text that speaks through a single source (a press release, a
    briefing note): named at least twice and in two of every three attributions, it also
    says the figures the text leaves unattributed; undated, their day is not known."""
    counts: dict[str, int] = {}
    first: dict[str, object] = {}
    for attr in everything:
        if outlet(attr) and not attr.frame:
            continue  # "ARY News reported, quoting the NDMA": the outlet relays, is no voice
        key = source_key(attr.org if attr.person and attr.org else attr.source)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, attr)
    if not counts:
        return None
    key = max(counts, key=lambda k: counts[k])
    if counts[key] < 2 or 3 * counts[key] < 2 * sum(counts.values()):
        return None
    voice = first[key]
    if voice.person and voice.org:  # "said IOM's Director General William Lacy Swing": the
        return replace(voice, source=voice.org, person=False, org=None, day=None)  # body speaks
    return replace(voice, day=None)


def for_body(voice, found):
    """A press release's head quoted after its lead ("said IOM's Director General") speaks for
    the body the release is the voice of (VOICE): the lead is the body's, not the head's."""
    if found.person and found.org and voice and source_key(voice.source) == source_key(found.org):
        return voice
    return found


def not_carried(attr, starts: list[int]) -> bool:
    """An attribution after a figure that does not speak for its paragraph: a lay group ("The
    first arrivals said"), or a frame that opens its own sentence ("According to WHO, 345 ...")."""
    if attr is None:
        return False
    opens = attr.frame and attr.pos - starts[bisect_right(starts, attr.pos) - 1] < 3
    return bool(LAY_RE.fullmatch(attr.source) or opens)
