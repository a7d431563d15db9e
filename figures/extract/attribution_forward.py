"""Sources a text names only after it points to them: "the organization wrote" before "The World
Health Organization (WHO)" is named, "According to him" before the minister is."""

from dataclasses import replace

from figures.extract.attribution_names import outlet
from figures.extract.dates import DAY_PHRASE, relative_date
from figures.extract.pointers import INSTITUTIONS
from figures.extract.said_on import OCCASION, SAME_DAY_OPEN_RE, STATEMENT_DATED_RE
from figures.extract.skim import compiled
from figures.extract.source import Attribution

_DANGLING_RE = compiled(
    r"(?i)(?:the\s+)?(?:(?:country|nation|government)['’]s\s+(?P<kind>[a-z-]+)\s+(?:[a-z-]+\s+)?)?"
    r"(?:U\.?N\.?\s+)?(organi[sz]ation|agency|mission|ministry|office|group)"  # "the UN mission"
)


def cataphora(by_sentence: list[list[Attribution]], text: str) -> None:
    """ "the organization wrote" with nothing named before it (a text that starts mid-story) is
    the body named next whose name holds that noun: "The World Health Organization (WHO)"; "the
    country's disaster agency" is the next body with "disaster" in its name; "the UN mission" the
    mission named just before, else next."""
    flat = [(i, j) for i, attrs in enumerate(by_sentence) for j in range(len(attrs))]
    for at, (i, j) in enumerate(flat):
        said = by_sentence[i][j]
        unresolved = said.source == "UN"  # "the UN mission", no mission named: which one
        dangling = _DANGLING_RE.fullmatch(said.source) or (
            unresolved and _DANGLING_RE.fullmatch(text[said.start : said.end])
        )
        if not dangling:
            continue
        noun = (dangling.group("kind") or dangling.group(2)).lower()[:8]
        before = reversed(flat[max(0, at - 5) : at]) if unresolved else ()
        for k, m in (*before, *flat[at + 1 : at + 6]):  # "the UN mission": UNMISS, before or next
            named = by_sentence[k][m]
            if not named.person and noun in text[named.start : named.end].lower():
                by_sentence[i][j] = replace(by_sentence[i][j], source=named.source)
                break


def forward(by_sentence: list[list[Attribution]]) -> None:
    """A text that opens mid-story on a pronoun ("According to him, 1,255 people died ... The
    Deputy Health Minister also said"): the pronoun is the source the text names next."""
    later = None
    for attrs in reversed(by_sentence):
        for j in range(len(attrs) - 1, -1, -1):
            if attrs[j].source:
                later = attrs[j]
            elif later:
                day = attrs[j].day or later.day
                attrs[j] = replace(later, pos=attrs[j].pos, frame=attrs[j].frame, day=day)
        attrs[:] = [a for a in attrs if a.source]


def relayed_days(
    by_sentence: list[list], text: str, spans: list[tuple[int, int]], published_on: str | None
) -> None:
    """ "ARY News reported on Monday, quoting the NDMA": the NDMA's statement, that day; the
    days of statements made "the same day" (_same_days) or dated after (_dated_after, and
    _occasion_later: "The ministry listed the casualties in a press conference on Monday")."""
    _same_days(by_sentence, text, spans)
    _dated_after(by_sentence, text, spans, published_on)
    _occasion_later(by_sentence, text, spans, published_on)
    for attrs in by_sentence:
        for i in range(1, len(attrs)):
            said, cited = attrs[i - 1], attrs[i]
            if cited.frame and not cited.day and said.day and 0 < cited.pos - said.pos < 60:
                if outlet(said) and not said.frame and not outlet(cited):
                    attrs[i] = replace(cited, day=said.day)


def _same_days(by_sentence: list[list], text: str, spans: list[tuple[int, int]]) -> None:
    """ "The same day, the IOM reported": the day the statement before it was dated."""
    last = None
    for attrs, (start, _) in zip(by_sentence, spans, strict=True):
        if last and SAME_DAY_OPEN_RE.match(text, start):
            _date_undated(attrs, last)
        last = next((a.day for a in reversed(attrs) if a.day and len(a.day) == 10), last)


def _dated_after(
    by_sentence: list[list], text: str, spans: list[tuple[int, int]], published_on: str | None
) -> None:
    """ "..., the IOM said. IOM's announcement came on Monday": the statement of the sentence
    before takes the day the next one gives it."""
    for index in range(1, len(spans)):
        dated = STATEMENT_DATED_RE.match(text, spans[index][0])
        day = dated and relative_date(dated.group("phrase") or dated.group("came"), published_on)
        if day and len(day) == 10:
            _date_undated(by_sentence[index - 1], day)


_OCCASION_LATER_RE = compiled(  # "The ministry listed the casualties in a press conference at
    rf"\s*[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?"  # the Secretariat on Monday"
    rf"(?P<head>{INSTITUTIONS}|authorities|organi[sz]ation|unit)\b"
    rf"[^.;:\"“”]{{0,80}}?\b(?:in|at|during)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){{0,2}}"
    rf"{OCCASION}s?\b[^.;:\"“”]{{0,60}}?\s(?:(?:late|early)\s+)?(?:on\s+)?(?P<phrase>{DAY_PHRASE})\b"
)


def _occasion_later(
    by_sentence: list[list], text: str, spans: list[tuple[int, int]], published_on: str | None
) -> None:
    """ "according to the Ministry of X. The ministry listed the casualties in a press
    conference on Monday": the body's undated statements a few sentences before, that day."""
    for index in range(1, len(spans)):
        dated = _OCCASION_LATER_RE.match(text, spans[index][0], spans[index][1])
        day = dated and relative_date(dated.group("phrase"), published_on)
        if not (day and len(day) == 10):
            continue
        head = dated.group("head").lower()
        for attrs in by_sentence[max(0, index - 4) : index]:
            attrs[:] = [
                replace(a, day=day) if not a.day and head in a.source.lower() else a for a in attrs
            ]


def _date_undated(attrs: list[Attribution], day: str) -> None:
    """A sentence's attributions that state no day take DAY."""
    attrs[:] = [a if a.day else replace(a, day=day) for a in attrs]
