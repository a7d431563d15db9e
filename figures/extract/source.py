"""Who said a figure: "X said", "said X", "according to X", quotes, pronouns to the right source."""

import re
from dataclasses import dataclass, replace

from figures.extract.dates import DAY_PHRASE, DAY_RE, WEEKDAY, relative_date
from figures.extract.numbers import Mention
from figures.extract.said_on import LEAD_DAY_RE, OPENING_DAY_RE, PUBLISHED_RE, after_day
from figures.extract.speakers import Speaker, mentioned_people, resolve, speaker
from figures.extract.words import WORDS, alternation

_WORDS = WORDS["source"]
SAY = rf"(?:{alternation(sorted(_WORDS['reporting_verbs'], key=len, reverse=True))})"
_SAY_RE = re.compile(rf"\b{SAY}\b")
_FRAME_RE = re.compile(
    rf"\b(?:{alternation(_WORDS['frames'])})\s+(?P<x>[^,.;:\"“”()]+?)"
    r"(?=\s*(?:[,.;:\"“”()]|$|\s+(?:which|who|that|on|as of|in a|in its|said|says|showed)\b))",
    re.IGNORECASE,
)
_DATA_TAIL_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:latest|weekly|daily|monthly|annual|new|own|preliminary|initial|provisional"
    r"|final|official)\s+)*(?:data|figures|report|reports"
    r"|estimates?|assessment|statement|count|tally|numbers|statistics|records|update|portal)$",
    re.IGNORECASE,
)
_CLAUSE_CUT_RE = re.compile(
    r"[,;:\"“”(]|\s[-–—]\s|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bwith\b|\bas\b"
)
_TRIM_RE = re.compile(
    rf"(?:^|\s+)(?:on\s+)?(?:{WEEKDAY}|yesterday|today|also|later|earlier|previously|has|have|had"
    r"|however|separately|repeatedly|now|recently|initially|then|further|again|reportedly"
    r"|would|will|could|may|did|does|do|is|was|were|are|had previously|in a statement"
    r"|\w+ly)\s*$",
    re.IGNORECASE,
)
_LOWER_SUBJECT_RE = re.compile(
    rf"(?:{alternation(_WORDS['roles'])}|authority|resident|witness"
    r"|officials?|sources|activists|residents|witnesses|humanitarians|authorities|agencies"
    r"|organi[sz]ations|groups|monitors|medics|doctors|rescuers|police|media|reports|estimates"
    r"|figures|data|statistics|volunteers|workers|researchers|analysts|experts|officer|official"
    r"|spokesman|spokeswoman|spokesperson|committee|council|ministry|government|army|military"
    r"|agency|charity|coordinator|representative|adviser|advisor|organization|organisation"
    r"|monitor|monitors|office|group|mission|team|commission|body|network|services|statement"
    r"|report)$"
)
_DATA_SUBJECT_RE = re.compile(
    r"(?:^|\s)(?:data|imagery|images|photos|footage|figures|statistics|numbers|records|toll"
    r"|count|tally|reports?)$"
)
_APPOSITIVE_RE = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:for|of|the|and|on|de)\s+)?[A-Z][\w.’'-]*){0,6})"
    rf",\s+(?:a|an|the|which|who|whose|known|based|headed|led|also|(?i:{alternation(_WORDS['roles'])}))"
    r"\s[^\"“”,]{1,160},\s*$"
)
_PEOPLE_IN_RE = re.compile(
    r"(?P<core>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?i:sources|officials|authorities|residents"
    r"|witnesses|activists|medics|doctors|rescuers|workers))\s+(?:in|at|from)\s+(?:the\s+)?\w"
)
_WHO_CLAUSE_RE = re.compile(  # "García, who works for the UN refugee agency, UNHCR, and ...,"
    rf"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?i:{alternation(_WORDS['roles'])})),\s+who\s[^\"“”.;]{{1,200}},\s*$"
)
_ASIDE_RE = re.compile(
    r",\s*(?:however|though|meanwhile|in turn|too|also|for (?:its|his|her|their) part)\s*,"
    r"|\s+\((?=[A-Z]{2,}\))|(?<=[A-Z])\)",
    re.IGNORECASE,
)
_ROLES = alternation(_WORDS["roles"])
_ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})\)")
_OPENER_RE = re.compile(
    r"(?:Also|However|Meanwhile|Earlier|Later|But|And|So|Yet|Separately|Now|Then|Still|Instead"
    r"|Moreover|Furthermore|Besides|Overall|Previously|Initially|Finally)"
)
_BY_RE = re.compile(r"\s+by\b")
_JOINED_RE = re.compile(
    r"(?:^|[,;:(]\s*|\bthat\s+)((?:the|a|an|[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,5}\s+and\s+"
    r"(?:the\s+|a\s+|an\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,4})\s*$"
)
_PASSIVE_RE = re.compile(
    r"\b(?:is|are|was|were|been|be|being|can|could|would|will|may|might|should|must|to|not"
    r"|cannot)\s+(?:\w+ly\s+)?$"
)
_TAIL_RE = re.compile(
    rf"\s+((?:[A-Z]|the\s|a\s|an\s|(?:{alternation(_WORDS['roles'])})\s)[^,.;\"”]*"
    r"(?:,\s*[A-Z]{3,}(?=,|\.|\s))?)"
)
_TAIL_CUT_RE = re.compile(r"\s+(?:at|in|on|during|to|from|after|before|while|when|as|via)\s")


@dataclass(frozen=True)
class Attribution:
    """Who said it (resolved to a source name), on which day, at which offset of the text."""

    pos: int
    source: str | None
    day: str | None = None
    start: int = 0  # the words that name the source, as the text writes them
    end: int = 0
    person: bool = False
    frame: bool = False  # "according to X", "citing X": the originator, not the speaker
    org: str | None = None  # the organisation a person speaks for, when the subject names it


def attributions(
    sentence: str, offset: int, history: list[tuple], published_on: str | None
) -> list[Attribution]:
    """Every attribution in a sentence, in order, pointers resolved to a source named before
    (history holds (speaker, start, end, day) of each source named so far)."""
    found: list[Attribution] = []
    for name, at in mentioned_people(sentence):
        history.append((Speaker(name, True), offset + at, offset + at + len(name), None))
    for pos, subject, at, day, frame in _subjects(sentence):
        named = speaker(subject)
        start = offset + at + len(subject) - len(subject.lstrip())
        end = start + len(subject.strip())
        resolved = relative_date(day, published_on) if day else None
        acronym = _ACRONYM_AFTER_RE.match(sentence, end - offset)
        if acronym and named.name and not named.person and not named.pointer:
            named = Speaker(acronym.group(1))  # "the National Disaster Management Authority (NDMA)"
        if named.pointer:
            earlier = resolve(named, [h[0] for h in history])
            match = next((h for h in reversed(history) if h[0] == earlier), None)
            if match:  # the evidence is where the name stands; "it said" keeps its day
                start, end, resolved = match[1], match[2], resolved or match[3]
            named = earlier
        if named.org:
            history.append((Speaker(named.org), start, end, resolved))
        if named.name:
            found.append(
                Attribution(
                    offset + pos, named.name, resolved, start, end, named.person, frame, named.org
                )
            )
            history.append((Speaker(named.name, named.person), start, end, resolved))
    return found


def _subjects(sentence: str) -> list[tuple[int, str, int, str | None, bool]]:
    """(offset, subject, subject offset, day phrase, frame) for each way a sentence attributes."""
    raw = []
    for m in _FRAME_RE.finditer(sentence):
        x, at = m.group("x"), m.start("x")
        by = re.search(
            r"\bby\s+(?=\S)|\b(?:data|figures|estimates?|reports?|statistics|tally|count|numbers)"
            r"\s+(?:from|of)\s+(?=(?:the\s+)?[A-Z])",
            x,
        )
        if by:
            x, at = x[by.end() :], at + by.end()
        x = _DATA_TAIL_RE.sub("", x) if re.search(r"[A-Z]|['’]s\b", x) else x
        when = re.search(rf"\s+(?:on\s+)?({WEEKDAY}|today|yesterday)$", x)
        x = x[: when.start()] if when else x
        if re.match(r"(?i)quoted", m.group()) and re.match(r"\s*as\s+say", m.group("x")):
            continue  # "was quoted as saying by AP": the outlet, not the source
        if DAY_RE.match(x) or not x.strip() or not _source_like(m.group(), x):
            continue  # "recorded by June 7", "based on the destroyed districts"
        day = when.group(1) if when else after_day(sentence, m.end())
        published = PUBLISHED_RE.search(sentence, m.end(), m.end() + 90)
        raw.append((m.start(), x, at, day or (published and published.group("phrase")), True))
    opening = OPENING_DAY_RE.match(sentence)
    for match in _SAY_RE.finditer(sentence):
        window = max(0, match.start() - 200)  # a subject is never longer: linear in the text
        head = sentence[window : match.start()]
        if _BY_RE.match(sentence, match.end()) or _PASSIVE_RE.search(head[-40:]):
            continue  # "documented by the Observatory", "are believed to": no speaker here
        day = after_day(sentence, match.end())
        subject, at = _subject_before(head)
        at += window
        if subject:
            lead = LEAD_DAY_RE.search(sentence, at, match.start())  # "MSF on Wednesday called"
            if lead and not day:
                day = lead.group(1)
            subject = _TRIM_RE.sub("", _TRIM_RE.sub("", subject))
            if opening and not day and not any(not r[4] for r in raw):
                day = opening.group("phrase")  # "On Thursday, the IOM reported that"
            raw.append((match.start(), subject, at, day, False))
        elif re.search(r"[,\"”'’]\s*$", head) or match.end() == len(sentence.rstrip(". ")):
            tail = _TAIL_RE.match(sentence[match.end() : match.end() + 200])
            if tail and not DAY_RE.match(tail.group(1)):
                when = re.search(rf"\s+(?:on\s+)?({DAY_PHRASE})\s*$", tail.group(1))
                words = tail.group(1)[: when.start()] if when else tail.group(1)
                cut = _TAIL_CUT_RE.search(words) if words[:1].islower() else None
                words = words[: cut.start()] if cut else words  # "spokesperson X at a briefing"
                if _valid(words):
                    at = match.end() + tail.start(1)
                    later = after_day(sentence, at + len(words))
                    day = when.group(1) if when else day or later
                    raw.append((match.start(), words, at, day, False))
    return sorted(raw, key=lambda item: item[0])


def _subject_before(head: str) -> tuple[str | None, int]:
    """The subject right before a reporting verb, and its offset; an appositive is skipped
    ("Vivian Tan, a spokeswoman for UNHCR, said" is Vivian Tan)."""
    appositive = None
    if head.rstrip().endswith(","):
        appositive = _APPOSITIVE_RE.search(head) or _WHO_CLAUSE_RE.search(head)
    if appositive and not _OPENER_RE.fullmatch(
        appositive.group("name")
    ):  # "Vivian Tan, a spokeswoman for the UN High Commissioner for Refugees,"
        return appositive.group("name"), appositive.start("name")
    head = _ASIDE_RE.sub(lambda m: " " * len(m.group()), head)  # ", however,"; "(MSF)"
    cuts = [m.end() for m in _CLAUSE_CUT_RE.finditer(head)]
    start = cuts[-1] if cuts else 0
    joined = _JOINED_RE.search(head) if " and " in head[-90:] else None
    if joined and not re.search(r"\b(?:were|was|have|has|had|killed|said)\b", joined.group(1)):
        start = joined.start(1)  # "a war monitor and sources", "UNHCR and local officials"
    piece = _TRIM_RE.sub("", head[start:]).strip()
    if not piece and head.rstrip().endswith(",") and cuts:
        inner_at = cuts[-2] if len(cuts) >= 2 else 0
        inner = head[inner_at : cuts[-1] - 1]
        who = re.match(r"\s*((?:a|an|the)\s+[^,]{1,60}?)\s+(?:who|which|that)\s", inner, re.I)
        if who and _valid(who.group(1)):  # "a local official who spoke on condition of anonymity,"
            return who.group(1), inner_at + who.start(1)
        if len(cuts) < 2:
            return None, 0
        name_at = cuts[-3] if len(cuts) >= 3 else 0
        name = head[name_at : inner_at - 1].strip()
        if re.match(r"\s*(?:a|an|the)\s", inner) and _valid(name) and name[:1].isupper():
            return name, head.find(name, name_at)  # "Vivian Tan, a spokeswoman for UNHCR,"
        piece, start = inner.strip(), inner_at  # "Federal Police captain, Lt. Gen. Raed Jawdat,"
        if not re.match(rf"[A-Z]|(?:{_ROLES})\b", piece) or len(piece.split()) > 6:
            return None, 0
    if re.fullmatch(r"(?i)which|who|it|they|he|she", piece):
        return piece, head.rfind(piece)
    if re.match(r"(?:[a-z]|(?:A|An|The)\s+[a-z])", piece) and not re.match(
        r"(?:the|a|an)\s+[A-Z]", piece
    ):
        piece = re.split(r"\s+(?:at|in|from|with|for|of the)\s+", piece)[0]  # a senior official
    elif _PEOPLE_IN_RE.match(piece):
        piece = _PEOPLE_IN_RE.match(piece).group("core")  # "Medical sources in Gaza"
    if not _valid(piece) or (piece.islower() and _DATA_SUBJECT_RE.search(piece)):
        return None, 0  # "sensory data showing", "the total death toll documented by"
    core = re.sub(r"^(?:the|a|an)\s+", "", piece, flags=re.IGNORECASE)
    if not (re.search(r"[A-Z]", core) or _LOWER_SUBJECT_RE.search(core.lower())):
        return None, 0
    if piece.split()[0].lower() in ("we", "i", "our", "my", "you"):
        return None, 0  # a quoted speaker: the quote's attribution names them
    return piece, head.rfind(piece, start)


def _source_like(frame: str, x: str) -> bool:
    """ "According to officials" names a source; "based on the destroyed districts" does not."""
    if not frame.lower().startswith(("based on", "figures from", "data from", "quoted")):
        return True
    return bool(re.search(r"[A-Z]{2,}|['’]s\b|\b(?:monitor|officials?|ministry|agency)\b", x)) or (
        bool(re.match(r"(?:the\s+)?[A-Z]", x))
    )


def _valid(subject: str) -> bool:
    return (
        0 < len(subject.split()) <= (12 if subject[:1].isupper() else 8)
        and subject.lower() not in ("an", "a", "the")
        and not re.match(r"(?i)(?:no|none|nobody|neither)\b", subject)
        and not re.search(
            r"\d|\b(?:were|was|are|is|be|been|being|not|if|when|there|what|how|said|says|told)\b"
            r"|\b(?:have|has|had|an?|estimated|not)$",
            subject,
        )
    )


def choose(attrs: list[Attribution], mention: Mention, text: str, end: int) -> Attribution | None:
    """The attribution before the number in its sentence, else the next one in its clause; an
    originator ("citing X") right after a speaker stands for both."""
    before = [a for a in attrs if a.pos < mention.start]
    if before:
        last = before[-1]
        cited = [a for a in before[:-1] if a.frame and not re.search(r"\d", text[a.pos : last.pos])]
        if cited and not last.frame:  # "Citing the IOM, Dujarric reported that": the originator
            return replace(cited[-1], day=cited[-1].day or last.day)
        return last
    after = next(
        (
            a
            for a in attrs
            if a.pos > mention.start
            and (
                not re.search(r";|, (?:and|but|while)\b", text[mention.end : a.pos])
                or (a is attrs[-1] and not re.search(r"\d", text[a.pos : end]))
            )
        ),
        None,
    )
    cited = next((a for a in attrs if a.frame and after and 0 < a.pos - after.pos < 40), None)
    return cited or after


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations: “…” and "…" pairs, at most a few sentences long."""
    spans = [m.span() for m in re.finditer(r"“[^“”]{1,2000}”|\"[^\"]{1,2000}\"", text)]
    return [(a, b) for a, b in spans if b - a > 12]


def quote_speaker(span: tuple[int, int], text: str, attrs: list[Attribution]) -> Attribution | None:
    """Who the quotation is by: the attribution right after it, else the one leading into it."""
    start, end = span
    after = next((a for a in attrs if end <= a.pos <= end + 80), None)
    if after and not re.search(r"[.!?]\s+[A-Z]", text[end : after.pos]):
        return after
    lead = [a for a in attrs if start - 60 <= a.pos < start and a.end <= start]
    return lead[-1] if lead and re.search(r"[:,]\s*$", text[lead[-1].pos : start]) else None
