"""Who said a figure: "X said", "said X", "according to X", pronouns resolved to the last source."""

import re
from dataclasses import dataclass

from figures.extract.dates import DAY_PHRASE, DAY_RE, WEEKDAY, relative_date
from figures.extract.numbers import Mention
from figures.extract.words import WORDS, alternation
from figures.names import KNOWN_SOURCES, known_source

_WORDS = WORDS["source"]
SAY = rf"(?:{alternation(_WORDS['reporting_verbs'])})"
PRONOUNS = set(_WORDS["pronouns"])
MONITORS = {source.name for source in KNOWN_SOURCES if source.monitor}
_ROLES = alternation(_WORDS["roles"])
_GENERIC_RE = re.compile(rf"(?:{alternation(_WORDS['generic'])})\b")


@dataclass(frozen=True)
class Attribution:
    """Who said it (resolved to a source name), on which day, at which offset of the text."""

    pos: int
    source: str | None
    day: str | None = None
    start: int = 0  # the words that name the source, as the text writes them
    end: int = 0


def normalize_source(subject: str, previous: str | None, history: list[str]) -> str | None:
    """The originator behind "Its regional spokesman David Swanson", "the monitor", "the UN"."""
    subject = re.sub(r"^(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+", "", subject.strip(" \"“”'"))
    if not subject or subject.split()[0].lower() in PRONOUNS:
        return previous
    known = known_source(subject)
    if known:
        return known.name
    if re.search(r"\bmonitor\b", subject, re.IGNORECASE):
        return next((s for s in reversed(history) if s in MONITORS), "the monitor")
    role = re.search(rf"\b(?:{_ROLES})\b", subject)
    if role:  # "SDF spokesman Talal Sello" speaks for the SDF
        org = re.sub(
            r"^(?:the|a|an)\s+|\b(?:regional|emergency|senior|local|chief|top|deputy)\b",
            "",
            subject[: role.start()],
            flags=re.IGNORECASE,
        ).strip(" ,")
        subject = org or subject[role.end() :].strip(" ,") or subject
    if _GENERIC_RE.match(subject.lower()) and not re.match(r"(?:[Tt]he|[Aa]n?)\s+[A-Z]", subject):
        return subject.lower()
    return subject[4:] if re.match(r"[Tt]he\s+[A-Z]", subject) else subject


def _valid_subject(subject: str) -> bool:
    return (
        0 < len(subject.split()) <= 8
        and subject.lower() not in ("an", "a", "the")
        and not (
            re.search(
                r"\d|\b(?:were|was|are|is)\b|\b(?:be|been|have|has|had|an?|estimated|not)$", subject
            )
        )
    )


def _day_near(sentence: str, start: int, end: int) -> str | None:
    """A day stated with the attribution: "said on Tuesday", "said Thursday", "on Tuesday said"."""
    after = re.match(rf"\s*(?:on\s+)?(?P<phrase>{DAY_PHRASE})\b", sentence[end:])
    if after:
        return after.group("phrase")
    before = re.search(rf"(?:on\s+)?({WEEKDAY}|yesterday)\s*$", sentence[:start])
    return before.group(1) if before else None


def _subjects(sentence: str) -> list[tuple[int, str, str | None, int]]:
    """(offset, subject, day phrase, subject offset): "X said", "said X", "according to X"."""
    raw = [
        (m.start(), m.group(1), None, m.start(1))
        for m in re.finditer(
            r"\baccording to\s+([^,.;]+?)(?=,|\.|;|\s+which\b|\s+who\b|$)", sentence
        )
    ]
    for match in re.finditer(rf"\b{SAY}\b", sentence):
        head = sentence[: match.start()]
        piece = re.split(r"[,;:\"“”(]|\bthat\b|\band\b|\bbut\b|\bwhile\b", head)[-1]
        subject = re.sub(
            rf"\s*(?:on\s+)?(?:{WEEKDAY}|yesterday|today|also|later|earlier"
            r"|previously|has|have|had)\s*$",
            "",
            piece,
        ).strip()
        day = _day_near(sentence, match.start(), match.end())
        at = head.rfind(subject) if subject else match.start()
        if re.fullmatch(r"(?:which|who|it|they|he|she)", subject, re.IGNORECASE):
            raw.append((match.start(), subject, day, at))
        elif _valid_subject(subject) and (subject[0].isupper() or _GENERIC_RE.match(subject)):
            if subject.split()[0].lower() not in ("we", "i", "our", "my"):  # quoted speaker
                raw.append((match.start(), subject, day, at))
        if re.search(r"[,\"”]\s*$", head) and not day:  # '"...", said MSF's Puk Leenders'
            tail = re.match(r"\s+([A-Z][^,.;\"]*)", sentence[match.end() :])
            if tail and not DAY_RE.match(tail.group(1)):
                when = re.search(rf"\s+(?:on\s+)?({DAY_PHRASE})\s*$", tail.group(1))
                words = tail.group(1)[: when.start()] if when else tail.group(1)
                if _valid_subject(words):
                    at = match.end() + tail.start(1)
                    raw.append((match.start(), words, when.group(1) if when else None, at))
    return sorted(raw, key=lambda item: item[0])


def attributions(
    sentence: str,
    offset: int,
    last: Attribution | None,
    history: list[str],
    published_on: str | None,
) -> list[Attribution]:
    """Every attribution in a sentence, in order, pronouns resolved to the source before."""
    found: list[Attribution] = []
    for pos, subject, day, at in _subjects(sentence):
        previous = found[-1] if found else last
        source = normalize_source(subject, previous.source if previous else None, history)
        resolved = relative_date(day, published_on) if day else None
        if resolved is None and previous and subject.split()[0].lower() in PRONOUNS:
            resolved = previous.day  # "which said Thursday it believed": Thursday carries
        begin = offset + at + len(subject) - len(subject.lstrip())
        end = begin + len(subject.strip())
        if previous and subject.split()[0].lower() in PRONOUNS and source == previous.source:
            begin, end = previous.start, previous.end  # the evidence is where the name stands
        found.append(Attribution(offset + pos, source, resolved, begin, end))
        if source:
            history.append(source)
    return found


def choose(attrs: list[Attribution], mention: Mention, text: str) -> Attribution | None:
    """The attribution before the number in its sentence, else the next one in its clause."""
    before = [a for a in attrs if a.pos < mention.start]
    if before:
        return before[-1]
    return next(
        (a for a in attrs if not re.search(r";|, (?:and|but|while)\b", text[mention.end : a.pos])),
        None,
    )
