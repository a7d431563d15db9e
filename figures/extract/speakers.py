"""Who a subject names: "UNHCR spokesperson Babar Baloch" is a person, "the U.N. agency" an org."""

import re
from dataclasses import dataclass
from functools import lru_cache

from figures.extract.attribution_names import agency, leading_agency, proper_un_body
from figures.extract.demonyms import country_of
from figures.extract.skim import compiled
from figures.extract.speaker_kinds import (
    DEMONYMS_RE,
    ONE_OFFICIAL_RE,
    PLACES_ONLY_RE,
    kind_lowered,
    outlet_named,
    owned_name,
    red_cross,
)
from figures.extract.speaker_names import NAME_WORD, ROLE_RE, person_named
from figures.extract.words import COUNTRIES, WORDS, alternation
from figures.names import known_source

_WORDS = WORDS["source"]
PRONOUNS = set(_WORDS["pronouns"])
_ORG_WORDS = set(_WORDS["org_words"])
_GENERIC_RE = compiled(rf"(?:{alternation(_WORDS['generic'])})\b")
_ANAPHOR_RE = compiled(rf"(?:{alternation(_WORDS['anaphors'])})\b", re.IGNORECASE)
_HEADS = ["group", "organization", "organisation", "agency", "charity", "watchdog", "body"]
_KIND_THEN_NAME_RE = compiled(
    rf"(?:[a-z-]+\s+){{0,2}}(?:{alternation(_HEADS)})\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|for|and))*)$"
)
_ANAPHOR_WIDE_RE = (
    compiled(  # "the campaign group", "the UK-based group"; not "the health ministry"
        rf"(?i:the)\s+(?:(?:[a-z]+|[A-Z][\w.]*-based)\s+){{1,2}}(?i:{alternation(_HEADS)})"
    )
)
_MORE_ANAPHORS_RE = compiled(  # "the organizations said": the bodies just named, together
    r"(?i:the)\s+(?i:watchdog|ngo|aid group|rights group|centre|center|organi[sz]ations|agencies)"
)
_OWNED_DOCUMENT_RE = compiled(
    r"(?i:the|an?)\s+(?P<noun>(?i:ministry|army|military|police|government|agency|office|mission"
    r"|committee|council|authority|observatory|department|commission))(?:['’]s)?\s+"
    r"(?:(?:latest|new|official|written|brief|initial|preliminary|rapid|first)\s+)?(?i:statement"
    r"|report|release|bulletin|update|communiqu[eé]|assessment|estimate|figures|data)"
)
_LEAD_RE = compiled(
    r"^(?:(?:but|and|so|yet|meanwhile|however|also|separately|earlier|later|now|then|thus"
    r"|while|as|in addition|in a statement|in an interview|on \w+)[\s,]+)+",
    re.IGNORECASE,
)
_NO_ONE_RE = compiled(  # words that name no one who speaks: a clause's verb, an event, a day
    r"\b(?:resulted|cited|gives|gave|showed|followed|triggered|led\s+(?:him|her|them))\b"  # "The
    # assault ... resulted in", "reports from survivors led him to believe"
    r"|^(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:fighting|clashes|assault|violence|shelling|bombardment)$"
    r"|^(?:Yesterday|Today|Tonight)(?:['’]s\b|$)"  # "Yesterday’s reported attacks"
)
_REPORTS_FROM_RE = compiled(
    r"^(?:a |an |the )?(?:initial |early |preliminary |latest |new |recent )?(?:reports?|figures"
    r"|data|estimates?"
    r"|statements?|a statement|notes?|communiqu[eé]s?|releases?|bulletins?) (?:from|by|of) ",
    re.IGNORECASE,
)
_ACRONYM_RE = compiled(r"\b(?!UN\b|U\.N\.)[A-Z]{3,}\b")
_BODY_RE = compiled(rf"\b(?:{alternation(sorted(_ORG_WORDS))})\b|^[A-Z]{{2,8}}$")
_OTHER_BODY_RE = compiled(  # a second body by its whole name: "and the World Health Organization"
    r"the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Organi[sz]ation|Agency|Programme|Fund|Office|Council"
    r"|Committee|Ministry|Commission)$"
)
_END_STOP_RE = compiled(r"(?<=[a-z]{2})\.$")  # a sentence's full stop, not "U.N." nor "Jr."


@dataclass(frozen=True)
class Speaker:
    """A source as named: its name, whether a person, and whether it points back (a pronoun)."""

    name: str | None
    person: bool = False
    pointer: str | None = None  # "person", "org" or "any" when the subject refers back
    org: str | None = None  # the organisation a person speaks for: "UNHCR" for its spokeswoman


_ACRONYM_TAIL_RE = compiled(r"(?:\s{2}|\s\()([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})$")  # its acronym


@lru_cache(maxsize=4096)
def speaker(subject: str) -> Speaker:
    """The source a subject names, or a pointer to one named before ("he", "the agency")."""
    subject = _LEAD_RE.sub("", subject.strip(" \"“”'‘’,()")).strip(" ,()")
    subject = re.sub(r"(?<=\w)['’]s$", "", subject)  # "The government's estimate is": its owner
    subject = _ACRONYM_TAIL_RE.sub(r" (\1)", subject)  # "Authority  NDMA": "Authority (NDMA)"
    subject = _REPORTS_FROM_RE.sub("", subject)  # "Initial reports from a committee"
    if not subject or PLACES_ONLY_RE.fullmatch(subject) or _NO_ONE_RE.search(subject):
        return Speaker(None)  # nothing, "Other regions have reported", a clause or an event
    first = subject.split()[0]
    if subject.lower() == "we":  # the body the text speaks as, not a name: its voice decides
        return Speaker(None, pointer="we")
    named = re.fullmatch(r"He\s+[A-Z][a-z]+", subject)  # "according to He Biao": a surname
    if first.lower() in PRONOUNS and not (first.isupper() and len(first) > 1) and not named:
        return Speaker(None, pointer=_pointer(first.lower()))
    owned = _OWNED_DOCUMENT_RE.fullmatch(subject)
    if owned:  # "said a ministry statement": the ministry named before, whose statement it is
        return Speaker("the " + owned.group("noun").lower(), pointer="org")
    if _DOCUMENT_RE.fullmatch(subject) or _A_BODY_RE.fullmatch(subject):
        return Speaker(subject, pointer="org")  # "reads the document", "a ministry statement"
    if _BASED_BODY_RE.fullmatch(subject):  # "the New York-based watchdog": the body named before
        return Speaker(subject, pointer="org")
    pointed = re.sub(r"^(?:[Tt]hat|[Tt]his)\s+(?=[a-z])", "the ", subject)  # "That agency said"
    if (
        _ANAPHOR_RE.fullmatch(pointed.lower())
        or _MORE_ANAPHORS_RE.fullmatch(pointed)
        or (_ANAPHOR_WIDE_RE.fullmatch(pointed) and not known_source(subject))
    ):
        if re.search(r"\bmonitor", subject, re.IGNORECASE):
            return Speaker(None, pointer="monitor")
        return Speaker(subject, pointer="org")  # "The organization": itself if nothing before
    if _BODY_OF_RE.match(subject):
        return _unnamed(re.sub(r"^(?:the|The)\s+", "", subject))
    if subject in COUNTRIES:  # "Myanmar said", "Indonesia has raised its toll": a state
        return Speaker(subject)
    person = person_named(subject)
    if person:
        prefix = subject[: subject.rfind(person)]
        known = agency(prefix) or getattr(known_source(prefix), "name", None)
        return Speaker(person, person=True, org=known)
    led = leading_agency(subject)
    person = person_named(led[1]) if led else None
    if person:  # "UNRWA Commissioner-General Philippe Lazzarini"
        return Speaker(person, person=True, org=led[0])
    of_org = re.match(
        rf"({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s+(?:of|from|for)\s+(?:the\s+)?(.+)$", subject
    )
    if of_org and not any(w in _ORG_WORDS for w in of_org.group(1).split()):
        body = of_org.group(2)  # "Iyad Rafid of Iraqi Red Crescent", "Melissa Fleming for UNHCR"
        if any(w in _ORG_WORDS for w in body.split()) or known_source(body) or agency(body):
            known = agency(body) or getattr(known_source(body), "name", None) or body
            return Speaker(person_named(of_org.group(1)) or of_org.group(1), person=True, org=known)
    org_person = _named_after_org(subject)
    if org_person:  # "The Syrian Observatory for Human Rights Rami Abdel Rahman"
        return org_person
    joint = subject.split(" and ")
    first = known_source(joint[0]) if len(joint) == 2 else None
    whole_first = (  # the first body's whole name ends at "and" (not "Red Cross and Red ...")
        first
        and re.fullmatch(rf"(?:the\s+)?(?:{first.named})", joint[0], re.I)
        and re.search(first.named, subject, re.I).end() <= len(joint[0])
    )
    if whole_first and _BODY_RE.search(joint[1]):  # "UNHCR and the Norwegian Refugee Council"
        return Speaker(subject)  # speak together; not "the Federation of Red Cross and ..."
    if len(joint) == 2 and _BODY_RE.search(joint[0]) and _OTHER_BODY_RE.match(joint[1]):
        return Speaker(subject)  # "The Lebanese Ministry of Health and the World Health ..."
    whole = proper_un_body(subject)
    if whole:  # "the Food and Agriculture Organization of the United Nations", whole
        return Speaker(whole)
    specific = agency(subject)
    if specific:  # "the UN's migration agency" is IOM, not the UN
        return Speaker(specific)
    called = re.search(r"\b(?:agency|authority|ministry|service|office)\s+([A-Z]{3,})$", subject)
    if called:  # "Indonesia's disaster agency BNPB": BNPB
        return Speaker(called.group(1))
    known = known_source(subject)
    if known:
        acronym = _ACRONYM_RE.search(subject)
        if known.name == "UN" and acronym:
            return Speaker(acronym.group())  # "the UN Palestinian refugee agency, UNRWA"
        if known.name == "ICRC":  # the Committee, the Federation, or a national society
            return Speaker(red_cross(subject))
        written = re.search(r"United Nations|U\.N\.|\bUN\b", subject)
        if known.name == "UN" and written:  # as written: "United Nations", "U.N."
            return Speaker(written.group())
        if known.name == "state media":  # as written: "state television", "the station MBC"
            called = re.search(r"\b[A-Z]{2,6}\b", subject)
            return Speaker(called.group() if called else re.sub(r"^(?i:the)\s+", "", subject))
        return Speaker(known.name)
    if re.fullmatch(r"(?i)the\s+(?:[\w-]+-based\s+)?(?:war\s+)?monitor(?:ing group)?", subject):
        return Speaker(None, pointer="monitor")
    owner = re.match(
        rf"(?:the\s+)?[\w-]+['’]s\s+((?:[a-z-]+\s+){{0,2}}{ROLE_RE.pattern})$", subject
    )
    if owner and not known_source(subject):  # "Lebanon's health minister", "the region's governor"
        return _unnamed(owner.group(1).lower())
    role = ROLE_RE.search(subject)
    if role and role.group().lower() == "official" and re.match(r"\s+[A-Z]", subject[role.end() :]):
        role = None  # "China's official Xinhua News Agency": an adjective, not a person
    if role and role.start() > 0:  # "SDF spokesman": the organisation he speaks for
        org = re.sub(  # "Another aid worker": no body called "Another aid"
            r"^(?:the|a|an|another|other|one|some|several|two|three|four|five|many|both|\d+)\s+",
            "",
            subject[: role.start()],
            flags=re.I,
        )
        org = re.sub(r"['’]s\s*$", "", org).strip(" ,")
        portfolio = re.match(r"\s+of\s+[A-Z]", subject[role.end() :])
        if portfolio and _ONE_PERSON_RE.search(role.group().lower()):  # "Jonglei State Minister
            return _unnamed(subject)  # of Information": the minister, not the state
        if org.lower() in _SOME:  # "Another witness", "A second security source"
            return _unnamed(subject)
        if DEMONYMS_RE.fullmatch(org):  # "The Egyptian minister": one person, named before
            return _unnamed(re.sub(r"^(?:the|The)\s+", "", subject))
        if ONE_OFFICIAL_RE.fullmatch(subject) and country_of(subject.split()[1]):  # "A Yemeni
            return _unnamed(subject.split(None, 1)[1])  # health official": one person, no body
        if re.search(r"\sand\s", org):  # "Aid workers and government officials": both, as
            return _unnamed(subject)  # written (S2), not a body called "Aid workers and government"
        if org and org.split()[0][0].isupper() and not _GENERIC_RE.fullmatch(org.lower()):
            return Speaker(org)
        if org and _GENERIC_RE.fullmatch(org.lower()):  # "Local officials", "Senior officials"
            return _unnamed(kind_lowered(subject))
    if named := outlet_named(subject):
        return Speaker(named)  # "state broadcaster NTV": NTV
    if _GENERIC_RE.match(subject.lower()) and not re.match(r"(?:[Tt]he|[Aa]n?)\s+[A-Z]", subject):
        if owned := owned_name(subject):  # "the government's Disaster Management Center"
            return Speaker(owned)
        if kind_then_name := _KIND_THEN_NAME_RE.match(subject):  # "aid agency Oxfam
            return Speaker(kind_then_name.group("name"))  # International": the body so named
        return _unnamed(re.sub(r"^(?:the|a|an)\s+", "", kind_lowered(subject)))
    return _unnamed(subject[4:] if re.match(r"[Tt]he\s+[A-Z]", subject) else subject)


_BASED_BODY_RE = compiled(
    r"(?i)the\s+(?:[\w.]+\s+)?[\w.-]+-based\s+(?:rights\s+|humanitarian\s+|medical\s+|aid\s+)?"
    r"(?:watchdog|group|organi[sz]ation|charity|agency|ngo)"
)
_ONE_PERSON_RE = compiled(
    r"\b(?:official|spokes(?:man|woman|person)|source|resident|witness|officer|commander|governor"
    r"|mayor|minister|doctor|leader|member|activist|worker|medic|nurse|chief|director|envoy"
    r"|president|lawmaker|elder|head|ombudsman|administrator|prefect|co-?ordinator)$"
)
_SOME = {"another", "other", "one", "second", "a second", "some", "several", "two", "three"}
_BODY_OF_RE = compiled(  # "the government of President Bashar al-Assad": the government
    r"(?i:the\s+)?(?i:government|administration|regime|cabinet|office|forces|army)\s+of\s+[A-Z]"
)


def _unnamed(name: str) -> Speaker:
    """A source named by its role alone ("a local official", "a Tuareg leader"): one person,
    whom a later "he" or "she" may point back to."""
    return Speaker(name, person=bool(_ONE_PERSON_RE.search(name.lower())))


def _pointer(pronoun: str) -> str:
    return {
        "he": "person",
        "she": "person",
        "his": "person",
        "her": "person",
        "him": "person",
        "who": "person",  # "said Karimu Usman, a leader, who told reporters": him
    }.get(pronoun, "org" if pronoun in ("it", "its", "which") else "any")


PERSON_MENTION_RE = compiled(  # "Governor Ali Hassan", "The IOM chief in Libya, Federico Soda,"
    rf"(?:(?<![\w-])(?i:{alternation(_WORDS['roles'])})(?:\s+|(?:\s+[\w’'-]+){{0,5}},\s+"
    rf"(?={NAME_WORD}\s+{NAME_WORD}(?:,|\s*$)))|\b(?:Mr|Mrs|Ms|Dr)\.?\s+)"
    rf"((?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})"
)


def mentioned_people(sentence: str) -> list[tuple[str, int]]:
    """People a sentence names with a title or role ("Governor Ali Hassan visited"), for "he"."""
    found = []
    for match in PERSON_MENTION_RE.finditer(sentence):
        name = _END_STOP_RE.sub("", match.group(1))  # "..., Minister Marie Lassegue."
        if name[0].isupper() and not any(w in _ORG_WORDS for w in name.split()):
            found.append((name, match.start(1)))
    return found


def _named_after_org(subject: str) -> Speaker | None:
    """A person named right after the organisation they speak for, without a role between."""
    known = known_source(subject)
    run = re.search(rf"\b({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})$", subject)
    if not known or not run or re.search(known.named, subject[run.start() :]):
        return None
    words = run.group(1).split()
    while words and words[0].strip(",.") in _ORG_WORDS:
        words.pop(0)  # "... for Human Rights Rami Abdel Rahman": the name after the org words
    name = " ".join(words)
    if any(re.sub(r"['’]s$", "", w) in _ORG_WORDS for w in words):
        return None  # "The United Nations Children's Fund": a body's name, not a person's
    before = subject[: len(subject) - len(name)].split()
    if len(words) < 2 or not before or before[-1].strip(",.") not in _ORG_WORDS:
        return None
    return Speaker(name, person=True, org=known.name)


DOCUMENTS = (  # what "the statement said" names: whoever issued it
    "breakdown",
    "statement",
    "report",
    "data",
    "figures",
    "post",
    "update",
    "document",
    "bulletin",
    "release",
    "press release",
    "news release",
)
_DOCUMENT_RE = compiled(rf"(?i)the\s+(?:(?:latest|new|same)\s+)?(?:{'|'.join(DOCUMENTS)})")
_A_BODY_RE = compiled(r"(?i)an?\s+(?:ministry|agency|army|police|government|military)")
