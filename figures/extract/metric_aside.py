"""Where a figure's event is written away from it: past a list of what it counts, or before it."""

import re

from figures.extract.metric_cues import EVENT_RE

_AUX = r"(?:were|was|have|has|had|are|is)\b"
_WORD = (
    r"(?!(?:were|was|have|has|had|are|is|be|been|said|says|told|and|or|but|while|who|which|that"
    r"|including|respectively)\b)[A-Za-z][\w'’-]*(?<=\w)\b"
)
_ITEM = rf"\s*{_WORD}(?:\s+{_WORD}){{0,5}}"
_LIST_RE = re.compile(  # "Twelve villagers, the young bomber, and a fighter were killed"
    rf"{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s*,?\s+(?:and|or|including)\s+{_ITEM}\s*[\"”’]?\s*,?\s+"
    rf"(?={_AUX})"
)
_PREDICATE_END_RE = re.compile(r"[;:(—\"“”]|\d|, (?:and|but|while|including|with)\b| but | while ")


def past_list(text: str, end: int, span_end: int) -> str | None:
    """The figure's words past the list it heads ("Thousands of women, children, and men have
    been forced to leave"): the list, then the predicate they share."""
    listed = _LIST_RE.match(text, end, span_end)
    if not listed:
        return None
    rest = text[listed.end() : span_end]
    rest = rest[: (stop.start() if (stop := _PREDICATE_END_RE.search(rest)) else len(rest))]
    return f"{text[end : listed.end()]} {rest}"


_OPENER_RE = re.compile(  # "the highest death toll (1,293)", "those remaining -- an estimated"
    r"(?P<phrase>[^.;:()\d—–]{3,120}?)\s*(?:\(|\s--|\s[—–])\s*"
    r"(?:(?:an estimated|estimated|about|around|some|nearly|almost|close to|more than|over"
    r"|at least|roughly|approximately)\s+)?$"
)


def aside_event(head: str) -> str | None:
    """The event of the phrase a figure's aside opens after: in "children who lost their
    lives – 10 boys and 7 girls –" the ten were killed; the last event that phrase names."""
    opened = _OPENER_RE.search(head[-160:])
    if not opened:
        return None
    hits = [m.lastgroup for m in EVENT_RE.finditer(opened.group("phrase").lower())]
    return hits[-1] if hits else None
