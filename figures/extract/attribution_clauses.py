"""Who speaks in a clause the plain subject reader misreads: appositives, asides, datelines
and openers, "a spokesperson for X", places that only record a toll."""

import re

from figures.extract.attribution_names import agency
from figures.extract.attribution_places import org_like, place_like
from figures.extract.dates import DAY_PHRASE, DAY_RE, WEEKDAY
from figures.extract.said_on import OCCASION
from figures.extract.skim import compiled
from figures.extract.speaker_named import person_before_body
from figures.extract.subject_heads import tidy_head
from figures.extract.subjects import (
    LEADING_DATE_RE,
    TRIM_RE,
    first_conjunct,
    subject_before,
    unit_of,
    valid,
)
from figures.extract.words import WORDS, alternation
from figures.names import known_source

_ROLES = alternation(WORDS["source"]["roles"])
_ORG_WORDS = set(WORDS["source"]["org_words"])
_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von|abu)[- ])?[A-Z][\w’'.-]+){1,3}"
# "Ba Goni Hassan Ibrahim, another resident," / "Matthew Saltmarsh, UNHCR spokesperson,"
_NAME_THEN_ROLE_RE = compiled(  # a quoted name inside the role: 'the Libyan “Rescue Service”'
    rf"(?:^|[,;:\"”“]\s*|\b(?:and|but|that)\s+)(?P<name>{_NAME}),\s+"
    r"(?P<role>(?:[^,\"“”]|“[^“”,]{1,60}”){2,120})(?:,\s+(?:which|who)\s[^,\"“”]{1,120})?,\s*$"
)
# "On Monday, Riaz Anwar, the health minister of the province said": no comma closes the role
_NAME_ROLE_OPEN_RE = compiled(
    rf"(?:^|[,;:]\s+)(?P<name>{_NAME}),\s+(?P<role>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{_ROLES})\s+(?:(?:of|for|at|in)\s[^,;\"“”]{{2,120}}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}))$"
)  # "Puok Nyang Tutjiek, Commissioner Akobo County said": the name
# "Tamer Kirolos, Save the Children's Yemen Country Director said": no comma closes the role
_NAME_ROLE_END_RE = compiled(
    r"(?:^|[,;:]\s+)(?!(?:In|On|At|From|For|The|After|During|Since|As|By|With|Across|Near"
    rf"|Inside|Outside|Meanwhile|But|And)\b)(?P<name>{_NAME}),\s+"
    rf"(?P<role>(?:[\w’'-]+\s+){{0,6}}?(?i:{_ROLES}))$"
)
_OCCASION_ASIDE_RE = compiled(  # ", in a statement issued on Monday and made available to
    rf",\s*(?:in|during|at|through|via)\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{OCCASION}s?(?:\s*,|\s+(?P<open>issued|released|published|posted|sent|given|dated)\b[^,\"“”]{{0,120}})"
    r",?\s*$"  # newsmen in Maiduguri said": no comma closes the aside; "X in his maiden press
    rf"|(?<=[A-Za-z])\s+(?:in|during|at)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?{OCCASION}s?"
    r"(?:\s+(?:last|this)\s+(?:week|month|year)|\s+on\s+\w+)?\s*$"  # briefing last month
)  # said": X, without commas
_ISSUED_RE = compiled(  # "X issued a statement announcing", "X shared his observations from Y,
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|put\s+out|posted|sent"  # stating"
    rf"|shared|gave|offered)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{OCCASION}|observation|account|assessment|detail|figure|view)s?"
    rf"(?:\s+(?:from|in|at)\s+[A-Z][\w'’-]*)?(?:\s+(?:late\s+|early\s+)?on\s+\w+)?\s*,?\s*$"
)
_DOCUMENT = (
    rf"(?:(?:latest|new|daily|weekly|{WEEKDAY})\s+)*(?:statement|update|report|figures|data|tally"
    r"|count|bulletin|estimates?)"
)
_DOCUMENT_OWNER_RE = compiled(
    rf"(?:(?:[Tt]he\s+)?(?P<body>[^'’]{{2,80}}?)['’]s\s+{_DOCUMENT}"
    rf"|(?:[Tt]he\s+)?{_DOCUMENT}\s+(?:from|of)\s+(?:the\s+)?(?P<by>.{{2,80}}))"
)
_CLAIM_OWNER_RE = compiled(r"\b(?P<owner>(?:[Tt]he\s+)?[\w-]+(?:\s+[\w-]+)?)['’]s\s*$")
_APPOSED_TAIL_RE = compiled(r"(?<=[\w)]),\s+(?:a|an|the)\s[^\"“”,;]{1,160},\s*$")
_TRAILING_DAY_RE = compiled(rf",\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday)\s*$")  # ", today said"
_KNOWN_AS_RE = compiled(
    r",\s+(?:better\s+|more\s+commonly\s+|commonly\s+|widely\s+|also\s+)?known\s+as\s+"
    r"(?:the\s+)?(?P<name>[A-Z][^,\"“”]{1,60}),\s*$"
)
_PREPOSITION_END_RE = compiled(r"(?i)\b(?:in|at|from|near|of|to|on|for|by|with)\s*$")
# "A security source who asked not to be named said": the source, its clause set aside
_PLACE_CLAUSE_RE = compiled(  # a clause on the place in the subject: "Officials in X, where"
    r"\b[A-Za-z]+\s+in\s+[A-Z][\w’'-]+(?P<clause>,\s+(?:where|which)\s[^\"“”;]{1,160},\s*$)"
)
_RELATIVE_TAIL_RE = compiled(r"(?<=[A-Za-z])\s+(?:who|which)\s+[^,;:\"“”()]{1,80}$")
# "Interior Minister Suleyman Soylu, speaking at a news conference near the epicenter,"
_ASIDE_RE = compiled(
    r",\s+(?:(?:while|when|after)\s+)?(?:speaking|writing|talking|addressing|briefing|posting"
    r"|appearing|responding|citing"
    r"|quoted|asked|visiting|reached)\b[^\"“”]{0,160},\s*$"
)
# "Sept. 15 (UPI) --", "KYIV, May 3 (Reuters) -", "In a statement yesterday", "At a briefing,"
_PEOPLE_RE = compiled(
    r"(?:[a-z-]+\s+){0,2}(?:partners|sources|officials|residents|witnesses|activists|medics"
    r"|rescuers|authorities|doctors|workers|volunteers|monitors|humanitarians)"
)
_PLACES_AND_RE = compiled(  # "partners in Rutshuru and", "officials in the worst-affected towns
    r"\s+(?:in|of|from|near)\s+(?P<towns>the\s+(?:[\w-]+\s+)?(?:towns|cities|villages|districts"
    r"|provinces|regions|areas|states|counties)\s+of\s+)?"  # of Teresopolis and"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+$"
)
_NAME_RUN_RE = compiled(  # a body's name that runs over "and": "Displacement and Migration"
    r"(?:^|[,;:–—-]\s*|\s)(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on|the)\s+)*)"
    r"{1,12}[A-Z][\w’'-]*)\s*$"
)
_OPENER_RE = compiled(
    r"^.{0,60}?\([A-Z][\w .]{1,20}\)\s*[-–—:]+\s*"
    r"|^(?:(?:Late|Early)\s+)?[Oo]n\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*"
    r"|^(?:In|At|During)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"{OCCASION}(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{DAY_PHRASE}))?"  # "on April 15"
    r"(?:\s+this\s+\w+)?\s*,?\s*"
)
_CUT_RE = compiled(
    r"--|\s[-–—]\s|[;:,()]\s*|\b(?:after|when|because|since|as|while|but|and|that|before"
    r"|until|if|where)\s+(?=(?:the|a|an|[A-Z]))"
)
_RELATIVE_RE = compiled(
    rf"(?P<np>(?:(?:[A-Z][\w’'.()-]*|(?i:{_ROLES}))\s+){{0,6}}{_NAME}),\s*(?:who|which)\s+$"
)
_AGENT_WHO_RE = compiled(r"\bby\s+(?P<np>(?:a|an|the)\s+[^,;:\"“”]{1,100}?)\s+who\s+$")
_ROLE_OF_RE = compiled(
    rf"^(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLES})\s+(?:of|for|at)\s+(?P<org>.{{3,90}}?)\s*$",
    re.IGNORECASE,
)
_ORG_NOUN_RE = compiled(
    r"\b(?:junta|government|administration|ministry|army|military|authority|authorities|agency"
    r"|council|committee|commission|office|mission|police|forces|organi[sz]ation|observatory"
    r"|group|party|movement|municipality|command|service|services|department|body|fund|bureau"
    r"|programme|program|directorate|crescent|cross|wing|centre|center|unit|guard|brigade"
    r"|defen[cs]e|society|secretariat)$",
    re.IGNORECASE,
)
_OFFICE_OF_PLACE_RE = compiled(
    r"(?i)(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:governor|mayor|prefect|commissioner|administrator"
    r"|(?:arch)?bishop)\s+of\s"  # "the Bishop of Baucau": a person, not the see
)
_DOING_ASIDE_RE = compiled(
    r",\s+(?:giving|speaking|updating|releasing|announcing|addressing|briefing|talking|writing"
    r"|visiting|touring|as\s+per|according\s+to|citing|quoting)\b[^,;\"“”]{0,80},\s*$"
)
_PLACE_OPENING_RE = compiled(  # "In Qinghai,", "LASHKAR GAH, Afghanistan --": where, not who
    r"(?:In|At)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+|[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)+,"
    r"\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*(?:\([^)]{1,40}\)\s*)?(?:--|[—–])\s+"
)
_COUNTING_VERB_RE = compiled(r"recorded|registered|saw|experienced|witnessed|counted|tallied")


def read_subject(head: str, verb: str) -> tuple[str | None, int, str | None]:
    """The subject before a reporting verb, its offset in HEAD, and the organisation it speaks
    for when an appositive names it ("Matthew Saltmarsh, UNHCR spokesperson," is of UNHCR)."""
    opening = LEADING_DATE_RE.match(head) or _PLACE_OPENING_RE.match(head)  # "In Qinghai,"
    if opening and (head.rstrip().endswith(",") or "," in opening.group()):  # "In February,
        subject, at, org = read_subject(head[opening.end() :], verb)  # Governor Samuel Ortom"
        return (subject, at + opening.end(), org) if subject else (None, 0, None)
    head = tidy_head(head)  # words between the subject and its verb that name no one
    owner = _CLAIM_OWNER_RE.search(head) if verb in ("claim", "claims") else None
    if owner:  # "Residents disputed the army's claim that": the army's words, a noun here
        return owner.group("owner"), owner.start("owner"), None
    issued = _ISSUED_RE.search(head) if verb.endswith("ing") else None
    if issued:  # "X issued a separate statement on Monday announcing": X
        head = head[: issued.start()] + " "
    occasion = _OCCASION_ASIDE_RE.search(head)
    if occasion and occasion.group("open"):  # "X, the spokesperson of Y, in a statement
        apposed = read_subject(head[: occasion.start()] + ", ", verb)  # issued on Monday said"
        if apposed[0]:
            return apposed
    if occasion:  # "The NDMA, in its report, stated": the NDMA
        head = head[: occasion.start()] + " "
    if aside := _DOING_ASIDE_RE.search(head):  # "X, giving updated figures, said": X
        head = head[: aside.start()] + " "
    dated = _TRAILING_DAY_RE.search(head)
    if dated:  # "..., Jan Egeland, Thursday said": the appositive before the day
        head = head[: dated.start()] + ", "
    apposed = _NAME_THEN_ROLE_RE.search(head)
    if apposed and _role_like(apposed.group("role")) and not org_like(apposed.group("name")):
        role = apposed.group("role")
        return apposed.group("name"), apposed.start("name"), _org_of(role)
    known = _KNOWN_AS_RE.search(head)
    if known:  # "Syria Civil Defense, better known as the White Helmets,": the name known
        return known.group("name"), known.start("name"), None
    opened = _NAME_ROLE_OPEN_RE.search(head.rstrip())
    opened = opened or _NAME_ROLE_END_RE.search(head.rstrip())
    if (
        opened
        and not org_like(opened.group("name"))
        and not DAY_RE.search(opened.group("name"))
        and not _PREPOSITION_END_RE.search(head[: opened.start("name")])
    ):
        return opened.group("name"), opened.start("name"), _org_of(opened.group("role"))
    if where := _PLACE_CLAUSE_RE.search(head):  # "Officials in Andijan, where 100,000 took
        head = head[: where.start("clause")] + " "  # refuge, said": the officials
    clause = _RELATIVE_TAIL_RE.search(head.rstrip())
    if clause:
        head = head[: clause.start()] + " "
    agent = _AGENT_WHO_RE.search(head)
    if agent:  # "The figure was given by a spokesman for UNHCR who announced": the spokesman
        subject, at, org = read_subject(agent.group("np") + " ", verb)
        return (subject, at + agent.start("np"), org) if subject else (None, 0, None)
    relative = _RELATIVE_RE.search(head)
    if relative:  # "... by UN spokesperson Ravina Shamdasani, who said": the one just named
        pronoun = head[relative.end("np") :].strip(" ,")
        person = person_before_body(head, relative.start("np"), pronoun)
        return (*(person or (relative.group("np"), relative.start("np"))), None)
    aside = _ASIDE_RE.search(head)
    if aside:  # ", speaking at a televised news conference," between the subject and its verb
        head = head[: aside.start()] + " "
    subject, at = subject_before(head)
    org = None
    if subject and head.rstrip().endswith(","):  # "The chief spokesman for UN ..., Stephane D.,"
        outer = head[:at].rstrip(" ,")
        org = _org_of(outer[-120:]) if re.search(rf"(?i)\b(?:{_ROLES})\b", outer[-120:]) else None
    if subject is None:
        subject, at = _fallback(head)
    apposed_tail = _APPOSED_TAIL_RE.search(head) if subject is None else None
    if apposed_tail:
        return read_subject(head[: apposed_tail.start()] + " ", verb)  # "X (VDP), a militia ...,"
    if subject is None:
        return None, 0, None
    inside = _PLACES_AND_RE.search(head[:at]) if head[:at].rstrip().endswith(" and") else None
    inside = inside if inside and (subject.split()[-1].islower() or inside["towns"]) else None
    if inside:  # "UN partners on the ground in Rutshuru and Lubero territories": the partners
        outer, outer_at = subject_before(head[: inside.start()] + " ")
        subject, at = (outer, outer_at) if outer else (subject, at)
    whole = _NAME_RUN_RE.search(re.sub(r"\(([A-Za-z]{2,8})\)(\s*)$", r" \1 \2", head))  # "(MoMD)"
    if whole and whole.end() >= at + len(subject) - 1 and whole.start() < at:
        run = whole.group(1)
        if any(w in _ORG_WORDS for w in run.split()) and " and " in head[whole.start() : at + 1]:
            subject, at = unit_of(run), whole.start(1)  # "Ministry of Displacement and Migration"
    subject, at = _refined(head, subject, at)
    owner = _DOCUMENT_OWNER_RE.fullmatch(subject) if subject else None
    if owner:  # "The ministry's Tuesday statement", "Friday's update from the agency": the body
        named = "body" if owner.group("body") else "by"
        subject, at = owner.group(named), at + owner.start(named)
    if subject and _COUNTING_VERB_RE.fullmatch(verb) and place_like(subject):
        return None, 0, None  # "Sindh recorded 57 deaths": a place, not a source
    written = head[at : at + len(subject)] if subject else ""
    if subject and written != subject and re.sub(r"[()]", " ", written) == subject:
        subject = written  # "A Provincial Disaster Management Authority (PDMA) official"
    return subject, at, org


def _refined(head: str, subject: str, at: int) -> tuple[str | None, int]:
    """Trailing adverbs dropped, a role widened to the organisation it speaks for ("a
    spokesperson for the UN refugee agency" is that agency)."""
    lead = re.match(r"(?i)(?:where|when|whereas|while|(?:al)?though|because|since|if)\s+", subject)
    if lead:  # "White Nile state, where activists said": the activists
        subject, at = subject[lead.end() :], at + lead.end()
    for _ in range(3):
        trimmed = TRIM_RE.sub("", subject)
        if trimmed == subject or not trimmed.strip():
            break
        subject = trimmed
    rest = head[at + len(subject) :]
    widened = subject + rest.rstrip() if re.match(r"\s+(?:of|for|at)\s", rest) else subject
    role_of = _ROLE_OF_RE.match(widened)
    if agency(widened) and not (role_of and agency(role_of.group("org"))):
        return subject, at  # "The UN High Commissioner for Refugees" is one name
    if role_of and not re.search(r"[,;\"“”]", role_of.group("org")):
        org = re.sub(r"\s*\([A-Z]{2,8}\)$", "", role_of.group("org"))  # its acronym follows it
        core = re.sub(r"^the\s+", "", org)  # "a spokesman for the U.N. Mission in South Sudan"
        if _OFFICE_OF_PLACE_RE.match(widened) and not _ORG_NOUN_RE.search(core):
            return subject, at  # "The governor of Donetsk province": a person, not the province
        if agency(org) or known_source(org) or _ORG_NOUN_RE.search(core) or core[:1].isupper():
            return org, at + widened.find(org)
    return subject, at


def _fallback(head: str) -> tuple[str | None, int]:
    """A subject after a dateline or an opener ("Sept. 15 (UPI) -- The Libyan Red Crescent",
    "In a statement yesterday the World Food Programme (WFP)", "... after the Red Cross")."""
    opener = _OPENER_RE.match(head)
    start = opener.end() if opener else 0
    acronym = re.search(r"\s*\([A-Z]{2,8}\)\s*$", head)
    if acronym:  # "the World Food Programme (WFP)"
        head = head[: acronym.start()]
    cuts = [m.end() for m in _CUT_RE.finditer(head, start)]
    piece = head[max([start, *cuts]) :].strip()
    piece = first_conjunct(piece)  # "the commission confirmed the attack and spoke of"
    if not piece or not (
        re.match(r"(?:(?:the|The|a|an|An|A)\s+)?[A-Z]", piece)
        or (
            re.fullmatch(r"the\s+(?:[a-z’'-]+\s+){0,3}[a-z]+", piece) and _ORG_NOUN_RE.search(piece)
        )
        or _PEOPLE_RE.fullmatch(piece)
    ):  # "..., the junta said", "as local partners said"
        return None, 0
    named = re.match(r"(?:the\s+)?[A-Z]", piece)  # a name: up to 12 words, as valid() allows
    if not valid(piece[:1].upper() + piece[1:] if named else piece):
        return None, 0
    return piece, head.rfind(piece)


def _role_like(words: str) -> bool:
    """ "another resident", "UNHCR spokesperson", "for the World Food Programme (WFP)"."""
    return bool(
        re.search(rf"(?i)\b(?:{_ROLES})\b", words)
        or re.match(r"(?:a|an|another|the|one|its|his|her)\s", words)
        or re.match(r"(?:for|of|from|with)\s+(?:the\s+)?[A-Z]", words)
        or re.match(r"(?:[a-z-]+\s+){1,3}(?:for|of|at|in)\s+(?:the\s+)?[A-Z]", words)
    )  # "local prefect for the West Region department of Bamboutos"


def _org_of(role: str) -> str | None:
    """The organisation a role phrase names: "UNHCR spokesperson" is UNHCR, "a spokeswoman for
    Armenia's prime minister" speaks for Armenia."""
    found = agency(role) or known_source(role)
    if found:
        return found if isinstance(found, str) else found.name
    body = re.search(
        rf"(?i:{_ROLES})\s+(?:for|of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
        r"|^(?:[Tt]he\s+)?(?!(?:The|An?)\s)(?P<before>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
        r"\s+(?i:spokes\w+)",
        role,
    )
    org = body and (body.group("org") or body.group("before"))
    return re.sub(r"['’]s$", "", org) if org else None  # "Armenia's prime minister": Armenia
