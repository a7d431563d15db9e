"""A body that counts its own work: "UNICEF has reached 3,500 patients" is UNICEF's figure."""

import re

from figures.extract.attribution_clauses import read_subject
from figures.extract.numbers import COUNT_START
from figures.extract.skim import compiled
from figures.extract.speakers import speaker
from figures.extract.subjects import TRIM_RE
from figures.extract.words import WORDS
from figures.names import known_source

# verbs of aid given: the body that gave it (or evacuated, rescued, registered or moved people)
# is the one that counts who received it; a monitor that tracked, logged, investigated or
# verified events counts them
_ACT_RE = compiled(
    r"\b(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+|so\s+far\s+|now\s+)?[\"“]?)?(?P<verb>reached"
    r"|assisted|supported|helped|served|screened|vaccinated|treated|provided|delivered"
    r"|distributed|supplied|relocated|tracked|logged|investigated|verified|evacuated|rescued"
    r"|registered|transferred"
    r"|(?:is|are)\s+(?:already\s+|now\s+|currently\s+)?"
    r"(?:helping|assisting|supporting|feeding|reaching|serving))\b"
    r"(?=\s+(?:[\w-]+\s+){0,5}?(?:(?:about|around|nearly"
    rf"|over|more\s+than|some|at\s+least|almost|an\s+estimated|up\s+to)\s+)?(?:{COUNT_START}))"
)
_ORG_WORDS = set(WORDS["source"]["org_words"])
_GLUE = {"the", "The", "of", "for", "and", "on", "its", "partners", "de"}


def acts(sentence: str) -> list[tuple[int, str, int, None, bool, None]]:
    """(offset, subject, subject offset, None, False, None) for each named body that reports
    the people its own aid reached."""
    found = []
    for match in _ACT_RE.finditer(sentence):
        head = sentence[max(0, match.start() - 200) : match.start()]
        subject, at, _ = read_subject(head, match.group("verb"))
        if not subject:
            continue
        subject = TRIM_RE.sub("", subject).strip()
        acronym = re.search(r"(?:\s{2}|\s\()([A-Z]{2,8})\)?$", subject)
        if acronym:  # "the UN Children's Fund (UNICEF)": the acronym it goes by
            subject, at = acronym.group(1), at + acronym.start(1)
        if not _name_like(subject):
            continue
        named = speaker(subject)
        if named.person or named.pointer or not named.name or not _body(subject):
            continue
        found.append((match.start(), subject, at + max(0, match.start() - 200), None, False, None))
    return found


def _body(subject: str) -> bool:
    """An organisation by name: known, an acronym, or a capitalised name with an org noun."""
    if known_source(subject) or re.search(r"\b[A-Z]{2,}\b", subject):
        return True
    return bool(
        re.search(
            r"\b(?:Program(?:me)?|Service|Fund|Organi[sz]ation|Agency|Committee|Council|Society"
            r"|Crescent|Cross|Mission|Office|Federation|Ministry|Authority|Helmets)\b",
            subject,
        )
    )


def _name_like(subject: str) -> bool:
    """A body's own name ("the UN Children's Fund (UNICEF)", "The UN and partners"), not a
    clause ("Israeli strikes") or a count."""
    words = subject.replace("(", " ").replace(")", " ").split()
    return (
        bool(words)
        and all(w[:1].isupper() or w in _GLUE for w in words)
        and not any(c.isdigit() for c in subject)
    )


_DOCUMENTED_BY_RE = compiled(  # "the number of casualties which SOHR managed to document"
    r"\b(?:who|whom|which|that)\s+(?:the\s+)?(?P<x>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:has\s+|have\s+"
    r"|had\s+)?(?:managed|was\s+able|were\s+able)\s+to\s+(?:document|record|verify|count)\b"
)


_RECORDED_AS_RE = compiled(  # "185,000 Libyans the United Nations has recorded as displaced"
    r"\d[\d,.]*\s+[a-z]*[A-Za-z]+\s+(?:(?:who|whom|that)\s+)?(?:the\s+)?(?P<x>[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:has|have|had)\s+(?:recorded|registered|counted|documented"
    r"|verified|listed)\s+as\b"
)


def documented(sentence: str) -> list[tuple[int, str, int, None, bool, None]]:
    """A body named as the one that "managed to document" the count the clause is about, or
    that "has recorded as displaced" the people it counts."""
    found = [*_DOCUMENTED_BY_RE.finditer(sentence), *_RECORDED_AS_RE.finditer(sentence)]
    return [
        (m.start("x"), m.group("x"), m.start("x"), None, False, None)
        for m in sorted(found, key=lambda m: m.start("x"))
        if _body(m.group("x")) or _ORG_WORDS & set(m.group("x").split())
    ]
