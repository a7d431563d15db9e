"""Quotations and who says them: the attribution right after a quotation, else the one
leading into it."""

import re
from bisect import bisect_right

from figures.extract.skim import compiled
from figures.extract.source import Attribution
from figures.extract.words import WORDS, alternation

QUOTE_REACH = 130  # characters after a quotation to its speaker: '...," acting head of X, Y, said'

_OPEN_PARAGRAPH_RE = compiled(r"(?m)^[“\"][^“”\"\n]{12,2000}$")
# "... we have already evacuated 5700 people - Syniehubov said.": a paragraph quoted without
# quotation marks, as news translated from Ukrainian and Russian writes it
_DASH_QUOTE_RE = compiled(
    r"(?m)^(?P<words>[^\n“”\"]{40,2000}?)\s[-–—]\s*(?=(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+"
    r"\s+(?:said|says|added|noted|stated|stressed|emphasi[sz]ed|explained|wrote)\.?\s*$)"
)
_PAIRS_RE = compiled(  # “…”, "…", and ”…” where a closing mark opens it (at a line or a word)
    r"“[^“”]{1,2000}”|\"[^\"]{1,2000}\"|(?:(?<=^)|(?<=\s))”(?=[\w‘'])[^“”\n]{1,2000}”"
    r"|(?:(?<=^)|(?<=\s))['‘](?=[A-Z])[^\n]{12,600}?[,.!?]['’](?=\s)",  # 'Three were killed,' he
    re.M,  # said: single marks close after a comma or a full stop, as an apostrophe never does
)


_ROLES = alternation(w for w in WORDS["source"]["roles"] if w.isalpha() and len(w) > 3)
_LABEL_RE = compiled(  # "2. SOUNDBITE (English) Jens Laerke, OCHA spokesperson “...": a shot
    # list's or a transcript's speaker, on the quotation's line or the line above it
    r"(?:\d+\.\s+)?(?:[A-Z]{4,}(?:\s+\([A-Za-z ]{1,30}\))?\s+)?"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<bare>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})),"
    rf"\s+(?P<role>[^:“”\"\n]{{0,160}}?\b(?i:{_ROLES})\b[^:“”\"\n]{{0,160}}?)\s*:?\s*"
)


def labelled_speaker(text: str, start: int) -> tuple[str, int, int] | None:
    """The speaker a label names for the quotation opening at START: its bare name and span."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():  # the quotation opens its line: the label is above
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    label = _LABEL_RE.fullmatch(text, line_start, start)
    return (label.group("bare"), *label.span("bare")) if label else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations: “…” and "…" pairs, at most a few sentences long; a paragraph that opens a
    quotation it leaves open, as a quotation going on over paragraphs does; and a paragraph
    that ends "- Syniehubov said.", quoted without marks."""
    spans = [m.span() for m in _PAIRS_RE.finditer(text)]
    spans = [(a, b) for a, b in spans if b - a > 12]
    starts = [a for a, _ in spans]  # in order and apart: the one a paragraph opens in is found
    opened = [m.span() for m in _OPEN_PARAGRAPH_RE.finditer(text)]
    opened += [m.span("words") for m in _DASH_QUOTE_RE.finditer(text)]
    return sorted(spans + [o for o in opened if not _inside(spans, starts, o[0])])


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    at = bisect_right(starts, pos) - 1
    return at >= 0 and pos < spans[at][1]


def quote_speaker(span: tuple[int, int], text: str, attrs: list) -> object | None:
    """Who the quotation is by: the speaker its label names, else the attribution right after
    it, else the one leading into it."""
    start, end = span
    if label := labelled_speaker(text, start):
        return Attribution(label[1], label[0], None, label[1], label[2], person=True)
    after = next((a for a in attrs if end <= a.pos <= end + QUOTE_REACH), None)
    if after and not re.search(r"[.!?]\s+[A-Z]|\n", text[end : after.pos]):
        return after
    lead = [a for a in attrs if start - 60 <= a.pos < start and a.end <= start]
    return lead[-1] if lead and re.search(r"[:,]\s*$", text[lead[-1].pos : start]) else None


_TAG_ONLY_RE = compiled(r"[^\n.!?\"“”]*[.!?,]?\s*\n\n\s*")  # briefing\n\n"More": the same voice


def unsigned_quotes(text: str, quotes: list, speakers: list, everything: list) -> None:
    """A quotation with no speaker of its own goes on from the one just before it: the
    previous quotation's speaker, or the attribution that closes the sentence before it
    ('The mayor said the situation was dire. "We have 3,000 people in schools."')."""
    positions = [a.pos for a in everything]
    previous_end = -1
    for i, (start, end) in enumerate(quotes):
        if speakers[i] is None:
            gap = text[max(previous_end, start - 200, 0) : start]
            left_open = i and text[previous_end - 1] not in '”"' and not gap.strip()
            tagged = i and _TAG_ONLY_RE.fullmatch(text[previous_end:start])  # '..." X told a
            if i and previous_end >= start - 120 and ("\n\n" not in gap or left_open or tagged):
                speakers[i] = speakers[i - 1]
            else:
                at = bisect_right(positions, start) - 1
                before = everything[at] if at >= 0 else None
                lead = text[before.pos : start] if before else ""
                if len(lead) < 300 and re.fullmatch(r"[^\n.!?]*[.!?:][\"”’]?\s*", lead):
                    speakers[i] = before  # the sentence just before names the speaker
        previous_end = end
