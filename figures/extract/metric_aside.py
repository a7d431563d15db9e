"""Where a figure's event is written away from it: past a list of what it counts, or before it."""

import re
from functools import lru_cache

from figures.extract.metric import metric_for
from figures.extract.metric_cues import EVENT_RE, PART_OF_RE, PEOPLE
from figures.extract.metric_frames import ARMED
from figures.extract.metric_stock import PRESENT_RE
from figures.extract.skim import compiled

_AUX = r"(?:were|was|have|has|had|are|is)\b"
_WORD = (
    r"(?!(?:were|was|have|has|had|are|is|be|been|said|says|told|and|or|but|while|who|which|that"
    r"|including|respectively)\b)[A-Za-z][\w'’-]*(?<=\w)\b"
)
_ITEM = rf"\s*(?:\d[\d,.]*\s+(?!others?\b|more\b))?{_WORD}(?:\s+{_WORD}){{0,5}}"  # "102,283
# Lebanese citizens"; not "and 6,879 others were wounded": a clause of its own
_LIST_RE = compiled(  # "Twelve villagers, the young bomber, and a fighter were killed", "six
    # Palestinians including a child and two women were killed"
    rf"{_ITEM}(?:(?:\s*,\s*|\s+including\s+){_ITEM}){{0,4}}\s*,?\s+(?:and|or|including)\s+{_ITEM}"
    r"\s*[\"”’]?\s*,?\s+"
    rf"(?={_AUX}|(?:died|perished|drowned|fled|crossed|arrived|remain|remained)\b)"
)  # "four US troops and five Nigerien soldiers died": the verb they share
_PREDICATE_END_RE = compiled(r"[;:(—\"“”]|\d|, (?:and|but|while|including|with)\b| but | while ")


_OF_NUMBER_RE = compiled(  # "5,000 residents of two quarters fled", "918 residents from 223"
    r"\s+[a-z-]+\s+(?:of|from)\s+(?=(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens"
    r"|hundreds|thousands)\b))"
)


def past_list(text: str, end: int, span_end: int) -> str | None:
    """The figure's words past the list it heads ("Thousands of women, children, and men have
    been forced to leave"), or past a number its noun governs ("residents of two quarters"):
    the list, then the predicate they share."""
    listed = _LIST_RE.match(text, end, span_end) or _OF_NUMBER_RE.match(text, end, span_end)
    if not listed:
        return None
    rest = re.sub(r"^\d[\d,.]*", "", text[listed.end() : span_end])  # "of 2 quarters"
    rest = rest[: (stop.start() if (stop := _PREDICATE_END_RE.search(rest)) else len(rest))]
    return f"{text[end : listed.end()]} {rest}"


_ALTERNATIVE_RE = compiled(  # "Dozens, if not hundreds, of people": the second amount's words
    r"(?:,\s*|\s+)(?:and\s+|or\s+)?(?:if\s+not|perhaps|possibly|likely|maybe|probably)\s+(?:even\s+)?$"
)


def past_alternative(text: str, mention, following: list, span_end: int) -> str | None:
    """The words after the higher amount (FOLLOWING, the next mention if any) a figure is hedged
    with ("Dozens, if not hundreds, of people were killed"): what both count; else None."""
    if not following or not _ALTERNATIVE_RE.match(text, mention.end, following[0].start):
        return None
    rest = re.match(r",?\s*([^,]*)", text[following[0].end : span_end])
    return f" {rest.group(1)}" if rest else None


_HEDGE = (
    r"(?:(?:an estimated|estimated|about|around|some|nearly|almost|close to|more than|over"
    r"|at least|roughly|approximately)\s+)?"
)
_SUMS = r"(?:totall?ing|numbering|amounting to)\s+(?:[a-z]+\s+){0,2}"
_RATE = r"\s+at\s+an?\s+(?:[a-z]+\s+)?rate\s+of\s+(?:[a-z]+\s+){0,2}"  # "at a daily rate of"
_RESTATED = r"(?:an estimated|some|about|around|roughly)\s+"  # ", an estimated 2,000"
_OPENER_RE = compiled(  # "the highest death toll (1,293)", "those remaining -- an estimated"
    rf"(?P<phrase>[^.;:()\d—–]{{3,120}}?)\s*(?:(?:\(|\s--|\s[—–])\s*{_HEDGE}(?:{_SUMS})?"
    rf"|,\s*(?:{_SUMS}|{_RESTATED})|{_RATE})$"
)


_AMONG_DEAD_RE = compiled(  # "Among the victims are a social leader and seven former fighters"
    r"\bamong\s+(?:the|those)\s+(?:dead|victims|killed|deceased|fatalities)\s+(?:are|were|was|is)"
    r"\b[^.;]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a pure function of the words before the figure
def aside_event(head: str, people: bool = True) -> tuple[str, str] | None:
    """The event of the phrase a figure's aside opens after, and that phrase: in "children who
    lost their lives – 10 boys and 7 girls –" the ten were killed; "has been displaced —
    totaling 498,955"; "were crossing at a daily rate of 2,500". The last event it names."""
    if among := _AMONG_DEAD_RE.search(head):  # whatever they were: "soldiers", "combatants"
        return "killed", among.group()
    opened = _OPENER_RE.search(head[-160:]) if people else None
    if not opened:
        return None
    phrase = opened.group("phrase")
    hits = [m.lastgroup for m in EVENT_RE.finditer(phrase.lower())]
    return (hits[-1], phrase) if hits else None


_OWN_PREDICATE_RE = compiled(  # "..., around 50,000 individuals were still staying": a clause
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:were|was|are|is|have|has|had|remain|remains|remained)\b"
)


def own_predicate(after: str) -> bool:
    """The figure heads a clause of its own ("..., around 50,000 individuals were still
    staying"): no aside of the words before it."""
    return bool(_OWN_PREDICATE_RE.match(after))


PAREN_LIST_RE = compiled(  # "Tobruk (1,320 individuals) and Benghazi (", "(1,293), followed by X("
    r"(?:\s+[a-z-]+){0,2}\s*\)\s*(?:,\s*(?:and\s+|followed by\s+|then\s+)?|and\s+)"
    r"(?:[A-Z][\w'’.-]*\s*){1,4}\(\s*(?:[a-z]+\s+){0,3}$"
)

_FROM_RE = compiled(
    r"\bfrom\s+(?:(?:a|its|the)\s+(?:[a-z]+\s+)?(?:high|low|peak)\s+of\s+)?(?:[a-z]+\s+){0,2}$"
)
_TO_END_RE = compiled(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|raised)\s+to\s+$"
)
_FROM_GAP_RE = compiled(r"^\s+from\s+(?:(?:a|an|the|its)\s+)?(?:[a-z]+\s+){0,2}$")
_TO_RE = compiled(
    r"^\s*(?:(?:last|this|the previous|on|in)\s+[A-Za-z]+\s+)?to\s+(?:[a-z]+\s+){0,2}$"
)


def from_to(before_prior: str, gap: str) -> bool:
    """Two figures of one quantity at two times: "from a high of 17,000 last week to 7,000"."""
    if _FROM_RE.search(before_prior) and _TO_RE.match(gap):
        return True
    return bool(_TO_END_RE.search(before_prior) and _FROM_GAP_RE.match(gap))  # "rose to 1,644
    # from 144": the earlier count of the same toll


_WEAK = (None, "civilians_remaining")  # read from "there are", "live in": the same people again
_ABOARD_RE = compiled(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:passengers\b|on\s+board\b|aboard\b|on\s+(?:the|a)\s+(?:vessel|boat"
    r"|ship|dinghy)\b)"
)
_LIST_GAP_RE = compiled(r"(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:and\s+)?")  # " men, ", " women, and "
_NESTED_GAP_RE = compiled(  # " Palestinians, including ", " people (of whom "
    r"[\w\s'’-]*[,(—–]?\s*(?:including|among\s+them|of\s+(?:whom|them|these))\s+(?:[a-z]+\s+)?"
)
_ANY_THE_RE = compiled(r"\b(?:the|these|those)\s+$", re.IGNORECASE)  # "most of the"
_THE_RE = compiled(r"(?<!\bof )\b(?:the|these|those)\s+$", re.IGNORECASE)  # not "most of the"


def restate(rows: list[list], seen: dict[float, str | None], text: str) -> None:
    """ "The 40,000 displaced people": a figure named again takes its first metric, and figures
    that add up to one named before ("74,291 returned ... 43,176 came from Iran and 31,115 from
    Pakistan") are its parts (CODING M6). Rows: mention, before, after, head, noun, event,
    metric; SEEN maps each value read so far to its first metric."""
    restated = None  # the metric the last figure took from its first mention
    counted = None  # the last metric a figure of this sentence took
    for row in rows:
        mention, before, event = row[0], row[1], row[5]
        if row[6] is None and event is None and RIVAL_RE.search(before):
            counted = counted or _last_metric(seen)  # looked back only for a rival estimate
            row[6] = counted  # "6,700 were killed ... The government's estimate is 400" (M6)
        counted = row[6] or counted
        value = mention.value if mention.low is None else None
        if restated and event in (None, "remaining") and row[6] in _WEAK:
            if PART_OF_RE.search(before.lower()):
                row[6] = restated  # "There are 50,000 people, including 40,000 civilians"
        restated = None
        if seen.get(value) and _THE_RE.search(before) and event in (None, "displaced"):
            row[6] = seen[value]
        elif seen.get(value) and event in (None, "remaining") and row[6] in _WEAK and value >= 100:
            if not _ABOARD_RE.match(row[2].lower()):  # "500 people on board": all who sailed
                row[6] = restated = seen[value]  # "50,000 remain trapped ... There are 50,000" (M6)
        displaced = seen.get(value) in ("fled", "displaced_in_population")
        if displaced and _ANY_THE_RE.search(before) and PRESENT_RE.match(row[2].lower()):
            row[6] = "displaced_in_population"  # "most of the 8,500 are still in Adré" (M2)
    nested = [  # "eight killed, including two children": the two are in the eight, not beside
        bool(_NESTED_GAP_RE.fullmatch(text, rows[k - 1][0].end, rows[k][0].start))
        for k in range(1, len(rows))
    ]  # nested[k - 1]: the k-th figure is a part of the one before
    _parts(rows, seen, text, nested)
    _nested_parts(rows, text, nested)
    for row in rows:
        if row[0].value and row[0].low is None:
            seen.setdefault(row[0].value, row[6])


def _last_metric(seen: dict[float, str | None]) -> str | None:
    """The metric of the last figure read before this sentence that took one."""
    return next((metric for metric in reversed(seen.values()) if metric), None)


def _parts(rows: list[list], seen: dict[float, str | None], text: str, nested: list[bool]) -> None:
    """Consecutive figures whose sum is a figure named before (not a round one) take its
    metric; the parts are a whole list, not its tail ("killed 23 men, 23 women and 29
    children" after "52 injured": 23 + 29 is chance)."""
    values = [row[0].value if row[0].low is None else None for row in rows]
    listed = [
        bool(_LIST_GAP_RE.fullmatch(text, rows[k - 1][0].end, rows[k][0].start))
        for k in range(1, len(rows))
    ]  # listed[k - 1]: the k-th figure continues the list of the one before
    for i in range(len(rows)):
        if i and listed[i - 1]:
            continue
        for j in range(i + 2, len(rows) + 1):
            whole = None if None in values[i:j] else sum(values[i:j])
            if whole not in seen or whole % 100 == 0 or any(nested[i : j - 1]):
                continue  # a round sum may be chance
            if seen[whole] is None and whole < 100:
                continue  # "Nine injured ... four died in Aden, three in Taiz and two in Ibb"
            if j < len(rows) and listed[j - 1]:
                continue
            for row in rows[i:j]:
                if seen[whole] is None and row[6] == "killed":
                    continue  # "casualties stood at 502 ... 149 deaths, Punjab reporting 114":
                    # the parts' deaths say what the whole left unsaid (not "returned ...
                    # 8,120 came from Chad": returns, whatever their parts' verbs)
                if row[4] not in ARMED and (whole >= 100 or row[5] is None):
                    row[6] = seen[whole]


def _nested_parts(rows: list[list], text: str, nested: list[bool]) -> None:
    """ "killing five displaced persons, including one child and one woman": the parts named
    after "including", whose own words say nothing, count what their whole counts (the dead),
    not what the whole's noun would say alone."""
    whole = None
    for k, row in enumerate(rows):
        if k and nested[k - 1]:
            whole = rows[k - 1][6]
        elif not (
            k and whole and _PART_LIST_GAP_RE.fullmatch(text, rows[k - 1][0].end, row[0].start)
        ):
            whole = None
        if whole and row[5] is None and row[4] in (None, *PEOPLE) and row[6] != whole:
            if metric_for(row[4], None, "", row[2], "") is None:  # not "1,500 children now in
                kind = "children_trapped" if row[4] == "children" else None  # camps": theirs
                row[6] = kind if whole == "civilians_trapped" and kind else whole


_PART_LIST_GAP_RE = compiled(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*(?:and\s+)?")  # " child and "
PREVIOUS_RE = compiled(  # "a previous estimate for the number of people displaced of 950,000"
    r"\b(?:previous|earlier|prior|initial|last)\s+(?:estimate|figure|toll|count|tally)\b[^.;\d]{0,60}$"
)
RIVAL_RE = compiled(  # "The Burmese government's estimate is 400": another count of the same
    r"(?:['’]s\s+(?:own\s+|official\s+|latest\s+)?(?:estimate|figure|toll|count|tally)\s+(?:is"
    r"|was|stands\s+at|stood\s+at)|\bput\s+(?:it|the\s+(?:number|figure))\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|only|just|over)\s+)?$"  # "Early estimates put it at"
)
COMPARED_RE = compiled(  # "46,415 migrants have been registered, compared to 26,216": the same
    r"\b(?:compared\s+(?:to|with)|as\s+against|versus|vs\.?|up\s+from|down\s+from)\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|over|just|roughly)\s+)?$"
)
