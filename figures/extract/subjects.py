"""The subject before a reporting verb: "Vivian Tan, a UNHCR spokeswoman, said" is Vivian Tan."""

import re

from figures.extract.dates import DAY_PHRASE, MONTH, MONTH_DAY, WEEKDAY
from figures.extract.skim import compiled
from figures.extract.subject_documents import unowned
from figures.extract.words import COUNTRIES, WORDS, alternation

_WORDS = WORDS["source"]
_ROLES = alternation(_WORDS["roles"])
# a dated ")" ends a dateline: "(Sputnik - 09th March, 2021) The IOM"
_CLAUSE_CUT_RE = compiled(
    r"[,;:\"“”(]|(?<=\d)\)\s*(?=[A-Z])|\s(?:[-–—]|--)\s|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bwith\b"
    r"|\b(?:as|where|when|since|after|because|before|until|although|though|whom)\b"  # "where
    # residents"; "129 of whom Israel says"
    r"|\b(?:says|said)\s+(?=the\s+[A-Z])"  # "X says the United Nations believes": the UN
)
LEADING_DATE_RE = compiled(
    rf"(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)?\s*[Oo]n\s+(?:{DAY_PHRASE})|(?:[Ll]ate|[Ee]arly)\s+"
    rf"(?:{DAY_PHRASE})|[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?{MONTH}(?:\s+\d{{4}})?"  # "In May,"
    r"|(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin)\s+(?:the\s+)?(?:recent|past|last|previous)\s+(?:few\s+"
    r"|\d{1,3}\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+)?(?:day|week|month"
    r"|hour|year)s?|[Tt]o\s+date|[Ss]o\s+far)\s*,?\s+(?=[A-Za-z])"  # "Within the last five days"
)
TRIM_RE = compiled(
    rf"(?:^|\s+)(?:(?:late|early|last|this)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today|also|later"
    rf"|(?<=on\s){MONTH_DAY}"  # "The ministry on November 14 said"
    r"|earlier|previously|has|have|had|already|still"
    r"|however|separately|repeatedly|now|recently|initially|then|further|again|reportedly"
    r"|would|will|could|may|did|does|do|is|was|were|are|had previously|in a statement"
    r"|(?<=statement\s)(?:issued|released|published|posted|dated)"  # "The statement issued on
    rf"(?:\s+(?:on\s+)?(?:{DAY_PHRASE}))?"  # March 2 says"
    r"|(?-i:[a-z]\w*ly))\s*$",  # an adverb is written lowercase: "Gressly", "Kelly" are names
    re.IGNORECASE,
)
_LOWER_SUBJECT_RE = compiled(
    rf"(?:{_ROLES}|authority|resident|witness|guard|guards"
    r"|officials?|sources|activists|residents|witnesses|humanitarians|authorities|agencies"
    r"|organi[sz]ations|groups|monitors|medics|doctors|rescuers|police|media|reports|estimates"
    r"|figures|data|statistics|volunteers|workers|researchers|analysts|experts|officer|official"
    r"|observers"
    r"|spokesman|spokeswoman|spokesperson|committee|council|ministry|government|army|military|forces"
    r"|agency|charity|co-?ordinator|representative|adviser|advisor|organization|organisation"
    r"|monitor|monitors|office|group|mission|team|commission|body|network|services?|statement"
    r"|report|watchdog|ngo|observatory|release|bulletin|companies|families|relatives|survivors"
    r"|villagers|elders|leaders|locals|television|tv|radio|broadcasters?|newspapers?|outlets?|hospital"
    r"|hospitals|morgue|clinic|facilities|community|civil\s+(?:society|defen[cs]e|protection)"
    r"|association|project"
    r"|initiative|database)$"
)
_DATA_SUBJECT_RE = compiled(
    r"(?:^|\s)(?:data|imagery|images|photos|footage|figures|statistics|numbers|records|toll"
    r"|count|tally|reports?)$"
)
_APPOSITIVE_RE = compiled(
    r"(?P<name>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:for|of|the|and|on|de|von|van|der|den|du|da|di"
    r"|del|la|bin|ibn|ould)\s+){0,2}[A-Z][\w.’'-]*){0,6})"
    rf",\s+(?!(?:{alternation(_WORDS['titles'])})\.?\s+[A-Z])"  # titled
    rf"(?:a|an|the|which|who|whose|known|based|headed|led|also|himself|herself|with"
    rf"|(?i:{_ROLES})|(?:[a-z-]+\s+){{1,2}}(?:{_ROLES}))"  # "executive deputy governor"
    r"\s[^\"“”,]{1,160}(?:,\s+(?:\d|(?:north|south|east|west|northeast|northwest|southeast"
    r"|southwest|near|outside|close\s+to|the|an?|which|where|after|while)\b)[^\"“”,]{0,100})?,\s*$"
)  # ", 18 km south of X,", ", the region where the landslide struck,"
_PLACE_APPOSED_RE = compiled(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|city|district|region|province|camp"
    r"|locality|county|settlement|neighbou?rhood|area)\b"
)
_PLACE_NOUN_END_RE = compiled(  # "in the regional capital, Kaya,": the capital's name follows;
    r"\b(?:capital|city|town|village|camp)\s*,\s*$"  # not "the governor of X region, Oleh
)  # Synyegubov,": a person
_BARE_PLACE_RE = compiled(
    r"(?:[A-Z][\w'’-]+\s+){0,3}(?:Zone|County|District|State|Region|Province|Woreda|Kebele"
    r"|Governorate|Division|Oblast|Prefecture)"
    rf"|{alternation(COUNTRIES)}"
)
_PEOPLE_IN_RE = compiled(
    r"(?P<core>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?i:sources|officials|authorities|residents"
    r"|witnesses|activists|medics|doctors|rescuers|workers|observers))\s+(?:in|at|from)\s+(?:the\s+)?\w"
)
_LOCALS = ["villager", "farmer", "fisherman", "trader", "teacher", "shopkeeper", "herder"]
_WHO_CLAUSE_RE = compiled(  # "García, who works for the UN refugee agency, UNHCR, and ...,"
    rf"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?i:{alternation(_WORDS['roles'] + _LOCALS)})),"
    r"\s+who\s(?:[^\"“”.;]|“[^“”]{1,60}”){1,200},\s*$"
)
_ASIDE_RE = compiled(
    r",\s*(?:however|though|meanwhile|in turn|too|also|for (?:its|his|her|their) part)\s*,"
    r"|\s+\((?=[A-Z]{2,}\))|(?<=[A-Z])\)|\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)",  # "today (04/11)"
    re.IGNORECASE,
)
_PLACE_GLOSS_RE = compiled(  # where a place named after "in" lies: "in Kukes (northern Albania)"
    r"\b(?:in|at|near|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"(?P<gloss>\s*\((?:[a-z]+\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){0,2}\))\s*$"  # not
)  # "the UN mission in East Timor (UNAMET)": the body's acronym
_NAMED_ROLE_RE = compiled(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+[a-z][^,\"“”]{1,80}$"
)
_ROLE_WORD_RE = compiled(rf"(?i)\b(?:{_ROLES})\b")
_OPENER_RE = compiled(
    r"(?:Also|However|Meanwhile|Earlier|Later|But|And|So|Yet|Separately|Now|Then|Still|Instead"
    r"|Moreover|Furthermore|Besides|Overall|Previously|Initially|Finally)"
)
_JOINED_RE = compiled(  # "after families and fishing companies reported": both
    r"(?:^|[,;:(]\s*|\bthat\s+|\b(?:after|as|when|while|because|since)\s+(?=[a-z]+s\s))"
    r"((?:the|a|an|[A-Z][\w.’'-]*|(?:two|three|several|some|many|[a-z]+)\s+[a-z]+s|[a-z]+s|police)"
    r"(?:\s+[\w.’'-]+){0,5}\s+and\s+"
    r"(?:the\s+|a\s+|an\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,4})\s*$"
)
# "Officials in Barangay Ucab, Itogon told": the officials, not the town after the comma
_PEOPLE_AT_RE = compiled(
    r"(?P<core>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?i:sources|officials|authorities|residents"
    r"|witnesses|activists|medics|doctors|rescuers|workers))\s+(?:in|at|from)\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3},\s*$"
)


_THE_NAME = r"the\s+[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|in|on|and|the)\s+)*[A-Z][\w’'.-]*)*"
_UNIT_OF_RE = compiled(  # a body's unit, named before the bodies that hold it
    r"((?:the\s+)?[A-Z][^,;:]{2,70}?\b(?:Center|Centre|Committee|Office|Department|Directorate"
    r"|Authority|Agency|Service|Unit|Council|Commission|Division))\s+of\s+the\s+[A-Z]"
)


_WHAT_IT_DOES_RE = compiled(  # "a group that tracks violence said": the group
    r"(?:^|[,;]\s*)(?:a|an|the)\s+[a-z][a-z -]{0,30}?"
    r"(?P<does>\s+(?:that|which)\s+[a-z]+s\s+[a-z][a-z ]{0,40}?)\s*$"
)
_OR_SHORT_RE = compiled(r"[A-Za-z)],\s+or\s+(?P<name>[A-Z][A-Z&.-]{1,11}),\s*$")  # its short name


def subject_before(head: str) -> tuple[str | None, int]:
    """The subject right before a reporting verb, and its offset; an appositive is skipped
    ("Vivian Tan, a spokeswoman for UNHCR, said" is Vivian Tan)."""
    short = _OR_SHORT_RE.search(head) if ", or" in head else None  # read only where it can be
    if short:  # "The Armed Conflict Location & Event Data Project, or ACLED, said": ACLED
        return short.group("name"), short.start("name")
    appositive = None
    if head.rstrip().endswith(","):
        appositive = _APPOSITIVE_RE.search(head) or _WHO_CLAUSE_RE.search(head)
    if appositive and _PLACE_APPOSED_RE.match(head, appositive.end("name")):
        head = head[: appositive.start("name")].rstrip() + " "  # "A Chadian officer in Madayoun,
        head = re.sub(r"\s(?:in|at|from|near)\s+$", " ", head)  # a village 800 km east of X,"
        appositive = None  # the officer; the village is where he is
    if appositive and not _OPENER_RE.fullmatch(
        appositive.group("name")
    ):  # "Vivian Tan, a spokeswoman for the UN High Commissioner for Refugees,"
        return appositive.group("name"), appositive.start("name")
    does = _WHAT_IT_DOES_RE.search(head) if "that" in head or "which" in head else None
    if does:  # what the body does, not where its name ends
        head = head[: does.start("does")] + " " * (len(head) - does.start("does"))
    if gloss := _PLACE_GLOSS_RE.search(head):  # "staff in Kukes (northern Albania)": the staff
        head = head[: gloss.start("gloss")] + " " * len(head[gloss.start("gloss") :])
    head = _ASIDE_RE.sub(lambda m: " " * len(m.group()), head)  # ", however,"; "(MSF)"
    cuts = [m.end() for m in _CLAUSE_CUT_RE.finditer(head)]
    start = cuts[-1] if cuts else 0
    joined = _JOINED_RE.search(head) if " and " in head[-90:] else None
    if joined and not re.search(r"\b(?:were|was|have|has|had|killed|said)\b", joined.group(1)):
        start = joined.start(1)  # "a war monitor and sources", "UNHCR and local officials"
    piece = head[start:]
    for _ in range(3):  # "MSF has now said", "the ministry had also said"
        piece, cut = TRIM_RE.subn("", piece)
        if not cut:
            break
    piece = piece.strip()
    named = _NAMED_ROLE_RE.search(head) if cuts and re.match(rf"(?:{_ROLES})\b", piece) else None
    placed = named and re.search(r"\b(?:in|at|from|near|of)\s+$", head[: named.start()])
    if named and not placed and not re.match(r"[a-z]+s\b", piece):
        return named.group("name"), named.start("name")  # "Lt. Gen. Carlito Galvez, chief of
        # the Western Mindanao Command told"; not "(SPLA-IO) in Nagero County, officials said"
    if not piece and head.rstrip().endswith(",") and cuts:
        inner_at = cuts[-2] if len(cuts) >= 2 else 0
        inner = head[inner_at : cuts[-1] - 1]
        who = re.match(r"\s*((?:a|an|the)\s+[^,]{1,60}?)\s+(?:who|which|that)\s", inner, re.I)
        if who and valid(who.group(1)) and not re.search(r"\d", inner):  # "a local official who
            # spoke on condition of anonymity,"; not "The number of missing in the landslide
            # which hit the park was revised to 85 from 91,": the figure's own clause
            return who.group(1), inner_at + who.start(1)
        if len(cuts) < 2:
            return None, 0
        named_place = " " not in inner.strip() and _PLACE_NOUN_END_RE.search(head, 0, inner_at)
        if (_BARE_PLACE_RE.fullmatch(inner.strip()) or named_place) and inner_at > 1:
            return subject_before(head[: inner_at - 1] + " ")  # where the speaker is, set off
            # ("Another resident from Ayimba in Dembiya district, Central Gondar Zone,", "The
            # prosecutor in the regional capital, Kaya,"): the speaker is before it
        name_at = cuts[-3] if len(cuts) >= 3 else 0
        name = head[name_at : inner_at - 1].strip()
        proper = re.match(r"\s*the\s+[A-Z]", inner) and re.match(r"(?:A|An)\s+[a-z]", name)
        if proper and valid(inner.strip()):  # "A local association, the Development Committee
            return inner.strip(), inner_at + len(inner) - len(inner.lstrip())  # of Bamenyam,"
        if re.match(r"\s*who\s", inner) and re.match(r"(?:A|An|The)\s+[a-z]", name) and valid(name):
            return name, head.find(name, name_at)  # "A cousin of a victim, who declined to be"
        personal = re.fullmatch(r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}", name)
        owned = personal and re.match(r"\s*[A-Z][\w.-]*[’']s\s", inner)  # "Karabakh’s ombudsman"
        if (owned or re.match(r"\s*(?:a|an|the)\s", inner)) and valid(name) and name[:1].isupper():
            return name, head.find(name, name_at)  # "Vivian Tan, a spokeswoman for UNHCR,"
        piece, start = inner.strip(), inner_at  # "Federal Police captain, Lt. Gen. Raed Jawdat,"
        if (
            not re.match(rf"[A-Z]|{_THE_NAME}$|(?:[a-z]+\s+){{0,2}}(?:{_ROLES})\b", piece)
            or len(piece.split()) > 6
        ):
            return None, 0
    placed = _PEOPLE_AT_RE.search(head[:start]) if re.fullmatch(r"[A-Z][\w’'-]+", piece) else None
    if placed:
        return placed.group("core"), placed.start("core")
    dated = LEADING_DATE_RE.match(piece)
    if dated:  # "On August 12 authorities in Myanmar said": the authorities
        piece = piece[dated.end() :]
    if re.fullmatch(r"(?i)which|who|it|they|he|she", piece):
        return piece, head.rfind(piece)
    if re.match(r"[a-z]+ed\s+(?:a|an|the|its|his|her|their)\s", piece):
        return None, 0  # "Federico Soda, shared a photo on Twitter showing": an act, no speaker
    named_last = re.search(r"(?:\s[A-Z][\w’'-]+){2,}$", piece)  # "the head of the unit Ab Sbeih"
    if (
        named_last
        and named_last.group().strip() in COUNTRIES
        and re.search(r"\s(?:in|at|from|near)(?:\s+[a-z]+)?$", piece[: named_last.start()])
    ):
        named_last = None  # "A local official in northern Burkina Faso": where, not who
    if re.match(
        r"(?:[a-z]|(?:A|An|The|Another)\s+[a-z]|[A-Z][a-z]+\s+[a-z]+\s+and\s+[a-z])", piece
    ) and not (re.match(r"(?:the|a|an)\s+[A-Z]", piece) or named_last):
        piece = re.split(r"\s+(?:at|in|from|with|for|of the|representing|contacted)\s+", piece)[0]
        # a senior official at the ministry; a group representing the displaced; a resident
        # contacted by AFP
    elif _PEOPLE_IN_RE.match(piece):
        piece = _PEOPLE_IN_RE.match(piece).group("core")  # "Medical sources in Gaza"
    document = re.fullmatch(
        r"the\s+(?:latest\s+|new\s+)?(?:report|statement|update|bulletin)", piece
    )
    roles = list(_ROLE_WORD_RE.finditer(piece[: named_last.start()])) if named_last else []
    if roles and not valid(piece):  # "the public health director of Herat province Mohammad
        piece = piece[roles[-1].start() :]  # Taleb Shahid": his role and name, not too long
    piece = unit_of(piece)
    if not valid(piece) or (piece.islower() and _DATA_SUBJECT_RE.search(piece) and not document):
        return None, 0  # "sensory data showing", "the total death toll documented by"
    core = re.sub(r"^(?:the|a|an)\s+", "", piece, flags=re.IGNORECASE)
    if not (re.search(r"[A-Z]", core) or _LOWER_SUBJECT_RE.search(core.lower())):
        return None, 0
    if re.split(r"[’']", piece.split()[0].lower())[0] in ("we", "i", "our", "my", "you"):
        return None, 0  # a quoted speaker: the quote's attribution names them
    return piece, head.rfind(piece, start)


_FIRST_CONJUNCT_RE = compiled(  # the subject of "X began on Tuesday and": X
    r"(.+?)\s+(?:[a-z]+ed|began|rose|fell|took|came|went|made|gave|saw|met|spoke|was|were|has"
    r"|have|had|is|are)\b"
)


def first_conjunct(piece: str) -> str:
    """The subject of a verb joined to one before it by "and": the first verb's ("the
    commission confirmed the attack and spoke of" is the commission's), "" when that names no
    one who speaks ("The influx began on Tuesday and shows no sign")."""
    first = _FIRST_CONJUNCT_RE.match(piece) if piece.endswith((" and", " or")) else None
    if not first:
        return piece
    subject = first.group(1)
    core = re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.IGNORECASE)
    speaks = re.search(r"\s[A-Z]|^[A-Z]", core) or _LOWER_SUBJECT_RE.search(core.lower())
    return subject if speaks else ""


_NOT_SUBJECTS = set("an a the initial preliminary early first many most some that this".split())


_NAMED_RE = compiled(r"(?:(?:the|a|an)\s+)?[A-Z]")  # a name may run to twelve words


def valid(subject: str) -> bool:
    return (
        0 < len(subject.split()) <= (12 if _NAMED_RE.match(subject) else 8)
        and subject.lower() not in _NOT_SUBJECTS
        and not re.match(
            r"(?i)(?:no|none|nobody|neither|in|on|at|during|after|before|from|if|unless|whether"
            r"|although|though|because|once|of|against|with|by|to|into|over|under|between|among"
            r"|amid|despite|for|per|via|according|based|(?:so|thus)\s+far|it['’]s|there(?:['’]s)?"
            r"|(?:we|i|you)['’](?:re|ve|d|ll|m))\b",  # "We're told": the quote's speaker
            subject,
        )
        and not re.search(
            r"\d|\b(?:were|was|are|is|be|been|being|not|if|when|there|what|how|said|says|told)\b"
            r"|\b(?:have|has|had|an?|estimated|not|and|or|but|subsequent|further)$",
            subject,
        )
    )


def source_like(frame: str, x: str) -> bool:
    """ "According to officials" names a source; "based on the destroyed districts" and
    "according to the latest data released here" do not."""
    if unowned(x):
        return False
    if frame.lower().startswith("quoted") and not re.match(r"(?:by\s+)?(?:the\s+)?[A-Z]", x):
        return False  # "to whom quoted text may be attributed"
    if frame.lower().startswith("citing") and not re.search(r"[A-Z]", x):
        return bool(_LOWER_SUBJECT_RE.search(x.strip().lower()))  # "citing insufficient aid"
    if not frame.lower().startswith(("based on", "figures from", "data from", "quoted")):
        return True
    return bool(re.search(r"[A-Z]{2,}|['’]s\b|\b(?:monitor|officials?|ministry|agency)\b", x)) or (
        bool(re.match(r"(?:the\s+)?[A-Z]", x))
    )


def unit_of(name: str) -> str:
    """A name too long to be a speaker's, cut to the unit it starts with: "the Emergency Medicine
    and Support Center of the Health Ministry of the Libyan Government of National Unity" is the
    centre."""
    unit = _UNIT_OF_RE.match(name)
    return unit.group(1) if unit and not valid(name) else name
