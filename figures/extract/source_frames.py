"""What an "according to X" frame holds that is not a source, and the day "as of" gives it."""

import re

from figures.extract.attribution_places import place_like
from figures.extract.dates import DAY_PHRASE, MONTH
from figures.extract.said_on import LEAD_DAY_RE, OCCASION, SOCIAL
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES

MORE_VERBS = [  # "Officials ... claim that", "Another witness spoke of", "X made the comments"
    "claim",
    "expect",
    "spoke of",
    "spoke",  # "He spoke late Tuesday": the day of what he said
    "speak of",
    "made the comments",
    "made the remarks",
    "echoed",
    "set",  # "set the overall death toll at 2,011": only so (not_a_statement)
]
MORE_FRAMES = ["quoting", "tally by", "count by", "toll by", "figures by"] + [
    f"attributing {what} to"  # "..., attributing these figures to the Libyan Red Crescent"
    for what in ("these figures", "the figures", "the toll", "these numbers", "the numbers", "them")
]

_FROM_RE = compiled(r"\bfrom\s*$")
_BODY = r"(?:ministry|authorities|authority|agency|office|department|government|police|army)\b"
HOLDER_RE = compiled(  # "by the UN", "data from the ministry", "information received from X"
    r"\bby\s+(?=\S)|\b(?:interviews?|conversations?|talks)\s+with\s+(?=\S)"  # "interviews with X"
    r"|\b(?:data|figures|estimates?|reports?|statistics|tally|count|numbers"
    r"|information)(?:\s+(?:received|obtained|gathered|collected))?"
    rf"\s+(?:from|of)\s+(?=(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+)?{_BODY}))(?!(?:{MONTH})\b)"
)  # not "figures from March 2023": when, not whose
_RELEASED_BY_RE = compiled(r"\b(?:released|published|issued|announced)\s+by\s")
_AS_OF_DAY_RE = compiled(
    rf"\s*,?\s*as\s+(?:of|at)\s+(?:(?:midday|noon|midnight|the\s+end\s+of)\s+(?:on\s+)?)?"
    rf"(?P<phrase>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
_FINITE_RE = compiled(r"\s(?:were|was|are|is)\s")
_RELEASED_RE = compiled(  # "figures released (today) by the IOM"
    rf"\b(?:released|published|issued|compiled|posted|communicated|shared)"
    rf"(?:\s+(?:on\s+)?(?:{DAY_PHRASE}))?$"
)
_BY_LATER_RE = compiled(
    rf",?\s+(?:(?:late\s+|early\s+)?(?:on\s+)?(?:{DAY_PHRASE}),?\s+)?(?:\([^()]{{1,20}}\)\s+)?by\s+"
    r"(?:the\s+[“\"](?=[A-Z][^“”\"]{1,80}[”\"]))?"  # 'by the “Syria Response Coordinators” team'
    r"(?P<x>(?:the\s+)?(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:authority|authorities|agency|ministry"
    r"|department|office|government|police|army|military|committee|council|commission|centre"
    r"|center|service|monitor)\b)[^,.;:\"“”()]{0,80}?)"  # "by the disaster authority"
    r"(?=\s*(?:[,.;:\"“”()]|$|\s+(?:which|who|that|on|said|says)\b))"
)
# "This was announced on Sunday, February 19, by the head of AFAD Yunus Sezer": X, that day
_PASSIVE_BY_RE = compiled(
    r"\b(?:is|was|were|has been|have been|had been)\s+(?:announced|stated|reported|confirmed"
    r"|said|disclosed|revealed|given|released)\s+"
    rf"(?:(?:in|through|via)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}?{OCCASION}s?\s+)?"
    r"(?:(?:late\s+|early\s+)?on\s+"
    rf"(?P<day>{DAY_PHRASE})(?:,\s*{MONTH}\s+\d{{1,2}})?,?\s+)?by\s+"
    r"(?P<x>(?:(?:the|a|an)\s+|[A-Z])(?:[^,.;:\"“”()]|\([A-Z]{2,8}\)){0,100}?)"
    r"(?=\s*(?:[,.;:\"“”]|$|\s+(?:which|who|that|on|in|at|during)\b))"
    r"(?:\s+(?:during|at|in)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w-]+){1,3}?(?=\s+on\s))?"
    rf"(?:\s+on\s+(?P<later>{DAY_PHRASE})\b)?"  # "by X during a telethon on Tuesday": that day
)
_COUNTED_CLAUSE_RE = compiled(  # "As per PDMA Balochistan reports 166 deaths": a clause after X;
    r"\s+(?:reports?|reported|records?|recorded|registered|counted)\s+(?=[^,;]*\d)"  # "the toll
    r"|\s+(?:stood|stands|rose|reached|climbed|was|is|were|are|totall?ed)\s+(?:at\s+|to\s+)?(?=\d)"
    r"|\s+(?:recorded|registered|counted)\s*$"  # "data collected by the Command Post recorded"
    r"|\s+(?:puts?|placed|places|sets?)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll"
    r"|number|count|tally|estimate)s?\b"  # "the report by the state government puts the figure"
)  # compiled by the agency stood at 12,087", "figures reported by X were 93": the agency, X
_DASH_RE = compiled(r"\s*(?:--|\s[-–—]\s)")
_NUMBER_CLAUSE_RE = compiled(  # "According to the health ministry 12 people were killed": a clause
    r"(?<!\bthe)(?<!\bits)(?<!\ba)(?<!\bof)(?<!\bin)(?<!\ban)(?<!\bon)(?<!\bat)(?<!\bfor)"
    r"\s+(?=(?:(?:at\s+least|some|about|around|over|nearly|almost|more\s+than)\s+)?"
    r"(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve"
    r"|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Dozens|Hundreds|Thousands"
    r"|Scores)(?:-[a-z]+)?)\s+[a-z])"  # "according to the UN Eighty-eight were wounded"
)
_NEXT_SENTENCE_RE = compiled(  # "according to the U.N. More than 76,000 people": the U.N.
    r"(?<=\.)\s+(?=(?:More|Fewer|Less)\s+than\b|At\s+least\b"
    r"|(?:Some|About|Around|Nearly|Almost|Over|Up\s+to)\s+\d|\d)"
)
_HOUR_TAIL_RE = compiled(  # "up to seven", "at 7:00", "through June 30": when, not who
    r"\s+(?:up\s+to|until|till|at|as\s+of|through)\s+(?:\d|(?:one|two|three|four|five"
    rf"|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|midday|{MONTH})\b)"
    rf"|\s+from\s+(?:(?:early|mid|late)[\s-])?(?:{MONTH}|(?:19|20)\d\d)\b"  # "figures from March"
    r"|\s+(?:earlier|previously|later)\b"  # "as stated by the government earlier": when
)
_AND_DONE_RE = compiled(  # "by X and conducted in partnership with Y", "according to X and
    r"\s+and\s+(?=[a-z]+ed\s+(?:in|by|with|on|at|for)\b|(?:caused|left|destroyed|forced"
    r"|displaced|injured|wounded|killed|damaged|has|have|had|was|were)\s+[a-z])"
)  # caused damage": X, whose sentence goes on
_ISSUED_BY_RE = compiled(  # "A report issued Thursday by the UN Office for ...", before its verb
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|assessment|study|analysis"
    r"|update|bulletin|statement|tally|count|review)s?\s+(?:issued|released|published|compiled"
    rf"|conducted|carried\s+out)\s+(?:(?:late\s+|early\s+)?(?:on\s+)?(?P<day>{DAY_PHRASE}),?\s+)?"
    r"(?:signed\s+by\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?|by\s+)"  # "signed by spokesman X"
    r"(?P<x>(?:the\s+)?[A-Z][^,;:\"“”()]{1,100}?)\s*,?\s*$"
)  # "A press statement issued on Saturday, December 9, 2023, signed by X, says": X, that day


def not_a_source(lead: str, x: str) -> bool:
    """ "figures from Kalemie were 35 dead" holds a clause; "the first figures from Wenchuan"
    names where they come from (a place below a country), not who states them."""
    if _FINITE_RE.search(x):
        return True
    words = x.strip()
    if _CITING_RE.search(lead) and _CAUSE_RE.match(words):
        return True  # "citing escalating Russian attacks": a reason, not a source
    return bool(_FROM_RE.search(lead)) and place_like(words) and words not in COUNTRIES


_CITING_RE = compiled(r"(?i)\bciting\s+$")
_CAUSE_RE = compiled(  # what a decision cites as its reason
    r"(?i)(?:the\s+|a\s+|an\s+)?(?:(?:escalating|growing|rising|increased|continued|ongoing"
    r"|security|safety|heavy|intense|repeated|renewed|recent)\s+)+[\w\s'’-]*"
    r"|(?:the\s+|a\s+)?(?:need|lack|threat|risk|danger|fears?|concerns?)\b[\w\s'’-]*"
)
_SHOT_BY_RE = compiled(  # "Footage from the scene -- shot by AP photographers -- showed"
    r"\b(?:[Ff]ootage|[Ii]mages|[Vv]ideos?|[Pp]hotos|[Pp]hotographs|[Pp]ictures)\b[^,;:.]{0,40}?"
    r"(?:\s--|\s[-–—]|,)?\s+(?:shot|filmed|taken|captured|recorded)\s+by\s+"
    r"(?P<x>(?:the\s+)?[A-Z][^,;:\"“”()]{1,100}?)\s*(?:--|[-–—]|,)?\s*$"
)


def issued_by(head: str) -> tuple[str, int, str | None] | None:
    """The issuer of a document that is the subject ("A report issued Thursday by OCHA
    estimated", "Footage shot by AP photographers showed"), its offset in HEAD and the day it
    was issued: the document speaks for it."""
    issued = _ISSUED_BY_RE.search(head)
    if issued:
        return issued.group("x"), issued.start("x"), issued.group("day")
    shot = _SHOT_BY_RE.search(head)
    return shot and (shot.group("x"), shot.start("x"), None)


def passive_by(masked: str, sentence: str) -> list[tuple]:
    """ "This was announced on Sunday, February 19, by the head of AFAD": (offset, X, its
    offset, the day, not a frame, no organisation) for each, as source._subjects reads them."""
    found = []
    for m in _PASSIVE_BY_RE.finditer(masked):
        x = sentence[m.start("x") : m.end("x")]
        if not re.search(r"\d|\b(?:were|was|is|are|not)\b", x):
            day = m.group("day") or m.group("later")
            found.append((m.start(), x, m.start("x"), day, False, None))
    return found


def released_later(masked: str, x: str, end: int) -> re.Match | None:
    """ "figures released on Tuesday by the IOM": the issuer named after the frame's words."""
    return _BY_LATER_RE.match(masked, end) if _RELEASED_RE.search(x) else None


def clause_cut(x: str) -> str:
    """ "As per PDMA Balochistan reports 166 deaths": the body, not the clause it opens; "the
    ministry up to seven in the morning", "at 7": the body, not the hour of its tally."""
    counted = _COUNTED_CLAUSE_RE.search(x) or _HOUR_TAIL_RE.search(x) or _AND_DONE_RE.search(x)
    counted = counted or _NUMBER_CLAUSE_RE.search(x) or _NEXT_SENTENCE_RE.search(x)
    dash = _DASH_RE.search(x)  # "by the health ministry -- rose to 40": the body
    counted = dash if dash and (not counted or dash.start() < counted.start()) else counted
    return x[: counted.start()] if counted else x


def released_as_of(sentence: str, start: int, end: int) -> str | None:
    """The day of "figures released by X as of midday 30 April 2015": the release's day."""
    if not _RELEASED_BY_RE.search(sentence, start, end):
        return None
    as_of = _AS_OF_DAY_RE.match(sentence, end)
    return as_of.group("phrase") if as_of else None


_REPORT_SUBJECT_RE = compiled(r"(?:\b[A-Z][\w.]*|\b[a-z]+s)\s+$")  # "UN humanitarians report"
_REPORT_THAT_RE = compiled(  # "report that", "Local authorities report 24,770 new IDPs"
    r"\s+(?:that\b|(?:(?:at\s+least|some|about|around|over|nearly|more\s+than)\s+)?\d)"
)


def verb_report(sentence: str, start: int, end: int) -> bool:
    """ "UN humanitarians report that": the verb; "an updated report", "the PDMA situation
    report": the noun (a plural or a name before it, "that" after it)."""
    before = sentence[max(0, start - 40) : start]
    return bool(_REPORT_SUBJECT_RE.search(before) and _REPORT_THAT_RE.match(sentence, end))


_QUOTED_BY_RE = compiled(
    r"\s+(?:was|were|is|has\s+been)\s+quoted\s+by\s+[^,.;\"“”]{1,60}?\s+as\s+$"
)


_HEARSAY_RE = compiled(
    r"(?i)(?:the\s+|some\s+|several\s+)?(?:unidentified\s+|unnamed\s+|anonymous\s+|local\s+)?"
    r"(?:survivors|witnesses|residents|locals|relatives|villagers|sources?)"
)
_QUOTED_AS_RE = compiled(r"\b(?:quoted|cited|quotes?|cites?)\s+(?P<y>[^,.;\"“”]{2,80}?)\s+as\s+$")


def before_quoted_by(head: str, day: str | None) -> tuple[str, str | None]:
    """The words before "he was quoted by Kompas as saying", or the person "X quoted ... as
    saying": whoever was quoted speaks, not the outlet that quoted them (offsets kept), on the
    day the outlet quoted them ("the agency Thursday quoted")."""
    quoted = _QUOTED_BY_RE.search(head)
    if quoted:
        return head[: quoted.start()] + " ", day
    named = _QUOTED_AS_RE.search(head)  # "the agency quoted the mayor Ali Kassas as saying":
    if not named or _HEARSAY_RE.fullmatch(named.group("y")):  # the mayor; "Usman quoted
        return head, day  # survivors as saying": Usman, who stands behind what they told him
    lead = LEAD_DAY_RE.search(head, max(0, named.start() - 30), named.start())
    day = day or (lead and lead.group(lead.lastindex))
    return " " * named.start("y") + named.group("y") + " ", day


_AS_SAYING_RE = compiled(r"\s+as\s+say")


def quoting_outlet(sentence: str, frame: re.Match) -> bool:
    """ "was quoted as saying by AP", "he was quoted by Kompas": the frame names the outlet that
    passed the words on, not who said them; "cited a lack of funding" names no one ("MAP cited
    the ministry as saying" does)."""
    if re.match(r"(?i)cited\s", frame.group()):
        return not _AS_SAYING_RE.match(sentence, frame.end("x"))
    if not re.match(r"(?i)quoted", frame.group()):
        return False
    passive = re.search(
        r"\b(?:was|were|is|been)\s+$", sentence[max(0, frame.start() - 8) : frame.start()]
    )
    return bool(re.match(r"\s*as\s+say", frame.group("x")) or passive)


TAIL_CUT_RE = compiled(  # "deplores a note from the union": from whom the note came is kept
    r"(?<!\bnote)(?<!\bstatement)(?<!\breport)(?<!\bcommuniqu[eé])(?<!\brelease)\s+from\s"
    r"|\s+(?:at|in|on|during|to|after|before|while|when|as|via|who|which)\s"
)  # "said a security source who put the toll at 14": the source
TAIL_ADJUNCT_RE = compiled(  # "said X speaking to The Express Tribune", "as reported by AA"
    r"\s+(?:in|at|during|on)\s+(?:a|an|its|his|her|their)\s|\s+(?:told|adding|citing)\s"
    rf"|\s+(?:on|via|in)\s+{SOCIAL}"  # "clarified Mr. Prokudin on Telegram"
    r"|\s+(?:speaking|talking|writing)\s+(?:to|with|on|in)\s|\s+as\s+(?:reported|quoted|cited)\s"
    r"|\s+(?:after|before|while|when)\s+[a-z]+ing\b"  # "said X after visiting the camps"
)
