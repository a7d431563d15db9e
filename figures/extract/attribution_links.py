"""Statements linked to their speakers: "the spokesman added" is the spokesman named before, "a
local official said ... Jane Doe said" is one person."""

import re
from dataclasses import replace

from figures.extract.attribution_intro import introduced
from figures.extract.attribution_names import own_agency
from figures.extract.attribution_roles import other_office, other_service
from figures.extract.demonyms import country_of
from figures.extract.said_on import OCCASION
from figures.extract.skim import compiled
from figures.extract.speakers import Speaker
from figures.extract.words import WORDS, alternation

_ROLES = alternation(WORDS["source"]["roles"])
_DEFINITE_ROLE_RE = compiled(rf"(?i)(?:the|this)\s+(?:[a-z-]+(?:['’]s)?\s+){{0,2}}(?:{_ROLES})")
_ORG_ANAPHOR_RE = compiled(
    r"(?i)^(?:the\s+)?(?P<noun>ministry|agency|organi[sz]ation|group|office|mission|army"
    r"|military|police|government|authority|observatory|charity|committee)\s+(?:[a-z-]+\s+)?"
    rf"(?:{_ROLES})\b"
)
_CONTINUES_RE = compiled(r"\b(?:also|added|adds|adding|further|went on to say|continued)\b")
_SAME_OCCASION_RE = compiled(rf"(?i)\bthe\s+same\s+(?:[\w-]+\s+){{0,2}}(?:{OCCASION}|occasion)")
_ONE_ROLE_RE = compiled(
    r"(?i)(?<![\w-])(?:official|officer|minister|governor|mayor|chief|head|director|commander|leader"
    r"|co-?ordinator|representative|commissioner|administrator|doctor|president|envoy|legislator"
    r"|lawmaker|senator|prefect)\b(?!s)"
)
_SOME_BODY_RE = compiled(
    r"(?i)an?\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|charity|watchdog|committee|network|ngo"
    r"|monitor)"
)
_NEAR = 400  # characters: a statement "continued" or "added" follows closely
_BACK = 40  # attributions looked back over: an antecedent is near, and the reading stays linear


def definite_role(subject: str, history: list[tuple], text: str, start: int) -> tuple | None:
    """ "The spokesman added", "the governor noted": the person named before with that role,
    as a speaker, else as introduced in a sentence that stated nothing; "the source said": the
    unnamed source before it."""
    found = _named_role(subject, history, text, start)
    return found or unnamed_before(subject, history, text)


def _named_role(subject: str, history: list[tuple], text: str, start: int) -> tuple | None:
    if not (text and _DEFINITE_ROLE_RE.fullmatch(subject.strip())):
        return None  # a definite role, whether read as a person or a body ("the OCHA official")
    role = re.sub(r"(?:man|woman|person)$", "", subject.split()[-1].lower())  # spokes-
    kind = [w for w in subject.lower().split()[1:-1] if w.isalpha()]  # "the police official"
    for entry in reversed(history[-_BACK:]):
        if not _named_person(entry[0]):
            continue
        after = re.match(
            rf",\s+(?:[\w’'-]+\s+){{0,4}}?{role}", text[entry[2] : entry[2] + 80], re.I
        )
        before = re.split(r"[.!?]\s", text[max(0, entry[1] - 80) : entry[1]])[-1]
        written = text[entry[1] : entry[2]].lower()  # "Egypt's Minister of ... Mokhtar Gomaa"
        if role in before.lower() or role in written or after:
            return entry
        around = text[max(0, entry[1] - 80) : entry[2] + 120].lower()
        if kind and all(re.search(rf"\b{w}\b", around) for w in kind):
            return entry  # "Goraya, deputy inspector general of ... Police": the police official
    found = introduced(role, text, start)
    if found or role != "official":
        return found
    # "said Maurizio Giuliano ... Giuliano added ... The official said": the person just named
    last = history[-1] if history else None
    named = last and last[0].person and (last[0].name or "")[:1].isupper()
    return last if named and start - last[1] < _NEAR else None


_UNNAMED_RE = compiled(  # "the source", "one of the sources": the source(s) named before
    r"(?i)the\s+(?:[a-z-]+\s+){0,2}(source|official|officer|spokes(?:man|woman|person)|witness"
    r"|resident|doctor|medic)|one\s+of\s+the\s+(?:[a-z-]+\s+){0,2}(source|official|officer"
    r"|witness|resident|doctor|medic)s"
)


def unnamed_before(subject: str, history: list[tuple], text: str) -> tuple | None:
    """ "the source said" after "a Lebanese army source told AFP on Saturday": that source, on
    that day."""
    found = _UNNAMED_RE.fullmatch(subject.strip()) if text else None
    if not found:
        return None
    noun = (found.group(1) or found.group(2)).lower()
    for entry in reversed(history[-_BACK:]):
        if re.search(rf"\b{noun}(?:s|es)?\b", text[entry[1] : entry[2] + len(noun) + 4].lower()):
            return entry
    return None


def organisation_pointed(subject: str, history: list[tuple]) -> str | None:
    """ "Ministry spokesperson Ashraf Al-Qedra": the ministry named before speaks through him."""
    pointed = _ORG_ANAPHOR_RE.match(subject.strip())
    if not pointed:
        return None
    noun = pointed.group("noun").lower()
    for entry in reversed(history[-_BACK:]):
        name = entry[0].name or ""
        if not entry[0].person and noun in name.lower():
            return name
    return None


def continued_day(sentence: str, pos: int, start: int, history: list[tuple]) -> str | None:
    """ "X also said", "X added": the statement goes on, on the day of the one just before
    (within a few sentences), or the day of "the same briefing" the text dated before."""
    if _SAME_OCCASION_RE.search(sentence) or _CONTINUES_RE.search(
        sentence, max(0, pos - 14), pos + 16
    ):
        for entry in reversed(history[-_BACK:]):
            if entry[3] and len(entry[3]) == 10:
                return (
                    entry[3]
                    if start - entry[1] < _NEAR or _SAME_OCCASION_RE.search(sentence)
                    else None
                )
    return None


def coreferent(by_sentence: list[list], text: str) -> None:
    """A speaker named by a role alone ("a local health officer told AFP Thursday", "A Mozambique
    government minister has advised") whom the next attribution, within two sentences, names for
    the first time ("said Mulu Atsbaha") is that person: the figures are theirs, the day shared;
    so is a person named later with the same role ("a local governor said ... the governor of
    this region, Casimir Segueda,")."""
    flat = [(i, j) for i, attrs in enumerate(by_sentence) for j in range(len(attrs))]
    for at, (i, j) in enumerate(flat):
        first = by_sentence[i][j]
        following = [(k, m, by_sentence[k][m]) for k, m in flat[at + 1 : at + 6]]
        found = _named_next(first, i, following, text)
        if found is None:
            continue
        k, m, then = found
        surname = then.source.split()[-1]
        if surname in text[max(0, first.start - 5000) : first.start]:
            continue  # named before: someone else
        by_sentence[i][j] = replace(
            first,
            source=then.source,
            start=then.start,
            end=then.end,
            day=first.day or then.day,
            person=then.person,
            org=then.org or first.org or (None if first.person else first.source),
        )
        if first.day and not then.day:
            by_sentence[k][m] = replace(then, day=first.day)


def _named_next(first, at: int, following: list[tuple], text: str) -> tuple | None:
    """The attribution within two sentences of sentence AT that names FIRST: the very next one,
    or a later one whose person is written with FIRST's own role ("a provincial minister said
    ... the officials had confirmed ... Jam Mehtab Dahar, provincial minister for health, said")."""
    role = _ONE_ROLE_RE.search(text[first.start : first.end])
    if _ONE_OF_THEM_RE.match(text, first.start):
        return None  # "Local officials said ... One local official said": one of them, unnamed
    for n, (k, m, then) in enumerate(following):
        if k - at > (4 if n == 0 else 2) and not (n and role):
            return None  # a person written with FIRST's role may be named later (below)
        if n == 0 and _some_body(first, text) and _named_body(then):
            return k, m, then  # "a pro-democracy group" next named
        if not (_role_only(first, text) and _named_person_attr(then, text)):
            continue
        written = text[first.start : first.end]
        if other_office(written, text, then.start, then.end) or other_service(
            written, text, then.start, then.end
        ):
            continue  # "an official said ... Flood Control Minister X said": two people
        near = text[max(0, then.start - 80) : then.end + 80].lower()
        full = " " in then.source.strip()  # a full name, not "Kyodo reports": "the country's
        # military chief ... junta chief Min Aung Hlaing", "... - governor ... Governor P. K."
        said_near = bool(role) and role.group().lower() in near  # "according to the Minister
        after = text[max(first.end, then.start - 80) : then.end + 80].lower()
        said_near = said_near or _shared_qualifier(text[first.start : first.end], after)
        if first.frame and not said_near:  # of Information. Deng Akech said": the minister
            continue
        if n == 0 and k - at > 2 and not (said_near or _official_named(first, then, text)):
            continue  # farther off, only an official written as one: "..., deputy governor"
        if n == 0 or (full and said_near):
            return k, m, then
    return None


_ONE_OF_THEM_RE = compiled(r"(?i)(?:one|another)\s")
_ANONYMOUS_RE = compiled(r"(?i)\banonym|\bnot (?:be )?named\b|\bnot authori[sz]ed\b")
_GENERIC_ROLE_RE = compiled(r"(?i)\b(?:official|officer)\b")


def _official_named(first, then, text: str) -> bool:
    """ "An official said" in the lede, and three sentences on "Alok Awasthi, commandant of the
    NDRF, told AFP": one person, unless the first spoke anonymously or held another office."""
    first_sentence = text[first.start : text.find(".", first.end) + 1 or len(text)]
    if _ANONYMOUS_RE.search(first_sentence):
        return False
    if not _GENERIC_ROLE_RE.search(text[first.start : first.end]):
        return False  # "the mayor of Freetown" is not "the interior minister, Paolo Conteh"
    around = text[max(0, then.start - 40) : then.end + 60]
    return bool(_ONE_ROLE_RE.search(around) or _COMMANDS_RE.search(around))


_COMMANDS_RE = compiled(r"(?i)\b(?:commandant|colonel|superintendent)\b")


_PLAIN_WORDS = set("a an one the senior top local another said says of for in at on to and".split())


def _shared_qualifier(written: str, near: str) -> bool:
    """ "a regional government official" and "the Oromiya regional government's spokesman X",
    "a Sudanese official" and "X, head of Sudan's refugee agency": a word that qualifies the role
    in both (a people's word or its country), so one person."""
    words = re.findall(r"[\w.’'-]+", written.lower())
    content = [
        w.strip(".")
        for w in words
        if w not in _PLAIN_WORDS and not _ONE_ROLE_RE.fullmatch(w) and not re.match(r"spokes", w)
    ]
    content += [country.lower() for w in content if (country := country_of(w.capitalize()))]
    return any(re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", near) for w in content if len(w) > 1)


_HEAD_OF_RE = compiled(  # "the chief of the ruling junta said": read as the junta, one person
    r"(?i)\b(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:chief|head|leader|president|commander"
    r"|director|governor|mayor|minister|secretary-general)\s+(?:of|for|at)\s+$"
)


def _role_only(attr, text: str) -> bool:
    """A source named by one person's role, without their name: "the region's governor"."""
    written = text[attr.start : attr.end]
    if re.search(r"\band\b", written):
        return False  # "a regional governor and the army": two speakers, coded as written (S2)
    if not attr.person and _HEAD_OF_RE.search(text, max(0, attr.start - 40), attr.start):
        return True  # "the chief of the ruling junta": its head, whom the text may name next
    if _named_person(Speaker(attr.source, attr.person)) and not _ONE_ROLE_RE.search(attr.source):
        return False  # "Deputy Governor" is a role, not a name
    if own_agency(written):  # "The UN High Commissioner for Refugees says": the agency, UNHCR
        return False
    one = _ONE_ROLE_RE.search(written) or re.search(r"(?i)spokes", written)  # "a senior U.N.
    # official", "an army spokesman": one person, named next when the text names them (S2)
    return bool(one) and not re.search(r"(?i)\bsources?\b", written)  # said ... Col. Azem B."


def _some_body(attr, text: str) -> bool:
    """ "a pro-democracy activist group", "a rights organisation": a body left unnamed."""
    return not attr.frame and bool(_SOME_BODY_RE.fullmatch(text[attr.start : attr.end]))


def _named_body(attr) -> bool:
    return (
        not attr.person and not attr.frame and bool(re.match(r"(?:[Tt]he\s+)?[A-Z]", attr.source))
    )


def _named_person_attr(attr, text: str) -> bool:
    """A person named by name: "Mulu Atsbaha", or a surname alone ("Boichenko added") that the
    text writes after a first name somewhere (not "Evacuees say" opening a sentence)."""
    name = attr.source.strip()
    single = " " not in name and name[:1].isupper() and not name.isupper() and not attr.frame
    single = single and bool(re.search(rf"[A-Z][\w'’.-]*\s+{re.escape(name)}\b", text))
    return attr.person and (single or _named_person(Speaker(name, True)))


def _named_person(found: Speaker) -> bool:
    name = found.name or ""
    return found.person and name[:1].isupper() and " " in name.strip()
