"""A person's name in a subject: after a role ("Mayor Vadym Boichenko"), before the body they
speak for ("Spokesman Patrick Nicholson of Caritas"), or alone."""

import re

from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation
from figures.names import known_source

_WORDS = WORDS["source"]
_ORG_WORDS = set(_WORDS["org_words"])
ROLE_RE = compiled(
    rf"(?<![\w-])(?:{alternation(_WORDS['roles'])})(?:-general)?(?![\w-])", re.IGNORECASE
)
_PARTICLES = "al|el|ad|as|ash|ar|abu|bin|ibn|de|van|von|du|da|der|den|del|la"  # "van de Perre"
NAME_WORD = rf"(?:(?:{_PARTICLES})[- ]){{0,2}}[A-Z][\w'’.-]*"
_NAME_RE = compiled(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}$")
_PLACE_END_RE = compiled(
    r"(?:Region|Province|State|District|County|Governorate|Strip|Bank|Territory|Coast|City)$"
)
_TITLES = set(_WORDS["titles"])
_TITLES_LEAD_RE = compiled(rf"^(?:(?:{alternation(_WORDS['titles'])})\.?\s+)+")
_LEAD_NAME_RE = compiled(
    r"(?!(?:An?|The|One|Another|Some|Two|Three)\s)([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}),?\s+"
    r"(?:[a-z-]+\s+){0,2}"
)
_NAME_THEN_BODY_RE = compiled(
    rf"({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}),?\s+(?:of|from|for|at|with)\s"
)


def person_named(subject: str) -> str | None:
    """A person's name ending the subject, after a role ("Mayor Vadym Boichenko") or alone."""
    owned = re.match(rf"(.+?)['’]s\s+({NAME_WORD}\s+{NAME_WORD})$", subject)
    if owned and (known_source(owned.group(1)) or owned.group(1).isupper()):
        return owned.group(2)  # "UNICEF's Jane Smith"
    surname = re.fullmatch(rf"([A-Z]{{2,8}})['’]s\s+({NAME_WORD})", subject)
    if surname and not surname.group(2).isupper() and surname.group(2) not in _ORG_WORDS:
        return surname.group(2)  # "NEMA's Ezekiel": the agency's man, by his surname
    words = subject.split()
    if any(w.strip(",.") in _ORG_WORDS for w in words) and not ROLE_RE.search(subject):
        return None
    roles = list(ROLE_RE.finditer(subject))
    lead = _LEAD_NAME_RE.fullmatch(subject[: roles[0].start()]) if roles else None
    lone = roles and roles[0].group().islower() and not roles[0].group().endswith("s")
    if lead and lone and not re.match(r"\s+[A-Z]", subject[roles[0].end() :]):
        if not _ORG_WORDS.intersection(lead.group(1).split()):  # "Getu Dejen interim
            return lead.group(1)  # administrator of the Endabaguna Woreda"; not "Amhara Fano
            # spokesperson Abebe Fantahun"
    tail = subject[roles[-1].end() :].strip(" ,") if roles else subject
    tail = _TITLES_LEAD_RE.sub("", tail)
    named = _NAME_THEN_BODY_RE.match(tail) if roles else None
    if named:  # "Spokesman Patrick Nicholson of the Roman Catholic charity Caritas": him
        return named.group(1)
    if roles:  # the name run that ends the subject: "for Refugees Filippo Grandi"
        run = []
        for word in reversed(tail.split()):
            if not re.match(r"[A-Z]|(?:al|el|ad|bin|ibn|de|van|von)\b", word):
                break
            if run and (word.strip(",.") in _TITLES or (word.isupper() and len(word) > 1)):
                break  # "Director General ISPR Maj Gen Ahmed Sharif Chaudhry": the name
            if word.strip(",.") in _ORG_WORDS:
                break
            run.insert(0, word)
        tail = " ".join(run)
    after_of = _after_preposition(subject, tail)
    if roles and after_of and len(tail.split()) > 4 and not _PLACE_END_RE.search(tail):
        tail = " ".join(tail.split()[-2:])  # "Minister of Greater Pibor Administrative Area
        # Abraham Kelang": the last two words are his
    if not tail or not _NAME_RE.fullmatch(tail) or tail.isupper():
        return None
    if _after_preposition(subject, tail):
        words = tail.split()  # "Minister of Religious Endowments Mokhtar Gomaa": the last two
        if not roles or len(words) < 3 or _PLACE_END_RE.search(tail):
            return None  # "The UN humanitarian chief in Iraq": a place, not a name
        tail = " ".join(words[-2:])
    names = tail.split()
    if any(w.strip(",.") in _ORG_WORDS for w in names) or known_source(tail):
        return None
    long = sum(n[:1].isupper() for n in names) > 3  # "Vivian van de Perre" is three
    return None if not roles and (long or subject.lower().startswith(("the ", "a "))) else tail


_PREPOSITION_END_RE = compiled(r"\b(?:in|at|from|for|of)\s+$")


def _after_preposition(subject: str, tail: str) -> bool:
    """The SUBJECT ends with TAIL led by a preposition: "the UN chief in Iraq" ends "in Iraq"."""
    return (
        bool(tail)
        and subject.endswith(tail)
        and bool(_PREPOSITION_END_RE.search(subject, 0, len(subject) - len(tail)))
    )
