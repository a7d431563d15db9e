"""The day a statement was made: "said on Tuesday", "told AFP Thursday", "On Monday, it said"."""

import re

from figures.extract.dates import DATE, DAY_PHRASE, DAY_RE, MONTH_DAY, WEEKDAY
from figures.extract.skim import compiled

_NEAR = r"(?:late\s+|early\s+|later\s+|earlier\s+)?"  # "late on Tuesday", "earlier yesterday"
ON_DAY = rf"{_NEAR}(?:on\s+)?(?P<phrase>{DAY_PHRASE})"
OCCASION = (
    r"(?:statement|interview|report|briefing|update|news conference|press conference|conference"
    r"|meeting|visit|session|address|speech|tweet|post|posting|video|message|letter|release"
    r"|bulletin|communiqu[eé]|remarks|email|e-mail|note|notice|declaration|sitrep|appeal|alert"
    r"|announcement|broadcast|call)"
)
_AT_OCCASION = (  # "in a statement", "during his weekly briefing", "on a telephone call"
    rf"(?:in|on|during|at|after|with)\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}"
    rf"{OCCASION}s?"
)
AFTER_DAY_RE = compiled(
    rf"\s*(?:\([A-Z][A-Za-z]{{1,8}}(?:\s[A-Z][A-Za-z]{{1,8}})?\)\s*)?,?\s*"  # "the World
    # Health Organization (WHO) on Monday", "the National Human Rights Commission (Komnas HAM) on"
    rf"(?:{_AT_OCCASION},?\s+(?:(?:in|to|with|on)\s+(?-i:[A-Z])[\w-]+\s+"
    r"|at\s+the\s+(?:[\w-]+\s+){0,2}?(?:office|headquarters|ministry),\s+(?:(?-i:[A-Z])[\w-]+,\s+)?)?"
    r"|(?:to\s+)?(?:reporters|journalists)\s+(?:in\s+\w+\s+)?"
    r"|(?:speaking|talking|writing|addressing|briefing|reporting)\s+(?:[\w’'.-]+\s+){0,6}?"
    # "said, speaking to reporters in Geneva on Tuesday", "said, reporting from Bulengo on ..."
    r"|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)\s+(?:in\s+\w+\s+)?"
    r"|on\s+(?:national\s+|state\s+)?(?:tv|television|radio|twitter|x|facebook|telegram)\s+"
    r"|(?:(?:state|local|national|foreign|international|the|(?-i:[A-Z])[a-z]+)\s+){0,2}"
    r"(?:media|news agency|television|tv|radio|outlets?)\s+"  # "told Portuguese television"
    r"|(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.’'/-]*(?:,\s+(?-i:[A-Z])[\w’'-]*,)?"  # "in Cologne,
    r"|[a-z]+-[a-z]+|in|at|from|a|an|regular|daily|weekly|news"  # Germany, on Sunday"
    r"|press|briefing"
    r"|conference|virtual|online|agency|channel|team|delegation|mission|staff|committee|council"
    r"|parliament|assembly|lawmakers|meeting|session|hearing|summit|forum|congressional"
    r"|parliamentary)\s+){1,5}"
    r"(?:\((?-i:[A-Z]){2,8}\)\s+)?)?"  # "told a UNHCR team there Tuesday that"
    # "told Reuters in Paris", "told Eye Radio from Kordufan on Thursday", "told Anadolu Agency
    # (AA) yesterday", "told Reuters news agency on Saturday"; not "said the strike hit"
    rf"(?:{_AT_OCCASION}\s+)?"  # "told Channels Television on a telephone call on Tuesday"
    r"(?:(?:here|there)\s+)?(?:(?:published|released|issued|dated)\s+)?,?\s*"
    rf"{_NEAR}"
    r"(?:at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)?|noon|midnight)\s+)?(?:on\s+)?"
    rf"(?P<phrase>{DAY_PHRASE})\b",
    re.IGNORECASE,
)
DATE_ASIDE_RE = compiled(  # "X on Saturday (Feb 26) said": the date again, in brackets
    r"\s*\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\)\s*$"
)
SOCIAL = r"(?:Telegram|Facebook|Twitter|X|Instagram|WhatsApp|YouTube|social\s+media)\b"  # posted
DAY_WORD = rf"{WEEKDAY}|today|yesterday"  # a day named by its word, not its date
LEAD_DAY_RE = compiled(  # "MSF on Wednesday called"; "the statement issued on March 2 says"
    rf"(?:on\s+)?({DAY_WORD})\b|\b(?:issued|released|published|dated)\s+(?:on\s+)?({DAY_PHRASE})"
    rf"|\bon\s+({MONTH_DAY})\b",  # "The ministry on November 14 said"
    re.IGNORECASE,
)
_RELATIVE_DAY_RE = compiled(r",\s*(?:who|which)\s")  # "X, who arrived on Saturday, said": not then
_SPOKE_THEN_RE = compiled(  # "X, who made the disclosure during a press conference Monday, said"
    rf",\s*who\s+[^,;.]{{0,60}}?\b(?:{OCCASION}s?|disclosure|reporters|journalists)\b[^,;.]*$",
    re.IGNORECASE,
)


def relative_day(sentence: str, start: int, day_at: int) -> bool:
    """Whether a day before the verb sits in a relative clause about something else ("X, who
    arrived on Saturday, said"), not the statement's occasion ("who made the disclosure during
    a press conference Monday")."""
    clause = _RELATIVE_DAY_RE.search(sentence, start, day_at)
    return bool(clause) and not _SPOKE_THEN_RE.search(sentence[clause.start() : day_at])


PUBLISHED_RE = compiled(
    rf"\b(?:published|released|issued|posted|updated|dated)\s+(?:on\s+)?(?P<phrase>{DAY_PHRASE})\b"
)
# "in a statement issued on Monday": how an occasion is put out before its day
_OCCASION_PUT_OUT = (  # "made on state television", "delivered on Thursday"
    r"(?:(?:issued|released|published|given|held|dated|made|delivered|broadcast|aired)\s+)?"
)
_ON_AIR = r"on\s+(?:state|national|local|public)?\s*(?:television|tv|radio)\s+"
OPENING_DAY_RE = compiled(  # "On Thursday, the IOM reported that", "In its report, Friday, X"
    r"^(?:\([A-Z][\w .-]{1,20}\)\s*[-–—:]?\s*)?"  # "(MENAFN) On Saturday, UNRWA reported"
    r"(?:(?i:update|updated|breaking|latest)\s*:\s*)?"  # "Update: On May 3, 2021, X reported"
    rf"(?:today\s*,\s*(?=(?:{WEEKDAY}),?\s+\d))?"  # "Today, Wednesday 12 June 2024, X presents"
    rf"(?:(?:also|and|but)\s+)?"  # "Also Sunday, the Observatory released its count"
    rf"(?:(?:(?:late|early|earlier|later)\s+)?on\s+(?:late\s+|early\s+)?"  # "On late Wednesday,"
    rf"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"|(?:late|early|earlier|later)\s+"
    rf"|(?:in|during|at)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}{OCCASION}(?:\s*,\s*|\s+)"
    rf"{_OCCASION_PUT_OUT}(?:{_ON_AIR})?(?:(?:late|early)\s+)?(?:on\s+)?"  # "In an announcement
    rf"|{_ON_AIR}(?:on\s+)?"  # on state television Sunday,", "On state television Sunday, X said"
    r"|(?:speaking|talking|writing|addressing|briefing)\s+(?:by\s+(?:tele)?phone\s+)?"  # "Speaking
    r"(?:(?:to|with|at|on)\s+[\w’'(). -]{1,50}?"  # by phone Monday with The Associated Press,"
    r"\s+|(?:reporters|journalists|correspondents|the\s+press|the\s+media)\s+)?(?:on\s+)?"
    r"|(?:confirming|announcing|giving|releasing|updating|revising)\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:late\s+|early\s+)?on\s+)?"  # "Confirming the death toll on Tuesday,"
    rf"(?P<phrase>{DAY_PHRASE})\b(?:\s+in\s+(?:[A-Z][\w-]*\s*){{1,3}}"  # "on Monday in New York,"
    r"|\s+(?:with|to)\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}(?=,))?"
    rf"(?:\s*,|\s+(?=(?:the|a|an)\s|[A-Z]))",
    re.IGNORECASE,
)
OCCASION_DAY_RE = compiled(  # "In a statement yesterday the World Food Programme said"
    r"^(?:(?:addressing|speaking\s+(?:at|to)|briefing|talking\s+to)\s+|(?:in|during|at)\s+)"
    rf"(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{OCCASION}\s+"
    r"(?:(?:in|at|on|with|to|(?:seen|obtained)\s+by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,6}?){0,2}"
    # "in Imphal", "on Citizen TV", "seen by The Associated Press to the UN resident coordinator"
    rf"{_OCCASION_PUT_OUT}(?:(?:late|early)\s+)?(?:on\s+)?(?P<phrase>{DAY_PHRASE})\b",
    re.IGNORECASE,
)
ASIDE_DAY_RE = compiled(  # "The ministry, in a statement on Wednesday, said"; ", released on
    rf",\s*(?:(?:released|published|issued|updated)\s+(?:(?:late|early)\s+)?(?:on\s+)?"  # Friday,"
    rf"(?P<released>{DAY_PHRASE})|(?:also\s+)?(?:late\s+|early\s+)?(?:on\s+(?P<bare>{DAY_PHRASE})"
    r"|(?P<word>yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))"
    rf"|(?:in|during|at)\s+(?:a|an|its|the)\s+(?:(?:[\w-]+\s+){{0,2}}{OCCASION}\s+"  # "X, on
    # Sunday, said", "X, also last night, reported"
    rf"(?:(?:issued|released|published|dated)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?(?P<phrase>{DAY_PHRASE})"
    rf"|(?P<before>{DAY_PHRASE})(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}{OCCASION}))\s*,\s*$",
    re.IGNORECASE,
)


_CLAUSE_WORD = r"(?:that|had|has|have|was|were|is|are)\b"  # the statement's own clause begins
_ADJUNCTS_DAY_RE = compiled(  # "said in a statement posted on its website on Tuesday"
    r"(?:\s+(?:[A-Z][\w.’']*|reporters|journalists|this|that|so|it))?"  # "told Reuters on ..."
    r"(?:\s*,?\s*(?:in|at|on|to|with|by|during|via|from|through|after|posted|published|issued"
    rf"|released|carried|broadcast|aired)\s+(?:(?!{_CLAUSE_WORD})[\w'’.-]+\s+){{0,5}}?"
    rf"(?!{_CLAUSE_WORD})[\w'’.-]+,?\s+)*?"
    r"\s*,?\s*(?:late\s+|early\s+)?(?:(?:on|(?:quoted|posted|issued|released|published"
    r"|broadcast|aired)"
    r"(?:\s+on)?)\s+|(?:(?<=page\s)|(?<=account\s))(?=(?:yesterday|today)\b))"  # "in a press
    rf"(?P<phrase>{DAY_PHRASE})\b",  # release, quoted Monday", "wrote on facebook page yesterday"
    re.IGNORECASE,
)


_DAY_IN_OCCASION_RE = compiled(  # "said at a Jan. 24 press conference in Geneva"
    rf"\s*,?\s*(?:at|in|during)\s+(?:a|an|its|the|his|her|their)\s+(?P<phrase>{DAY_PHRASE})"
    rf"\s+(?:[\w-]+\s+){{0,2}}{OCCASION}\b",
    re.IGNORECASE,
)


# "Erdogan announced a three-month state of emergency on Tuesday": the day of the announcement
_OBJECT_VERB_RE = compiled(
    r"announced|declared|confirmed|released|published|issued|gave|raised|revised|updated|put|set"
)
_OBJECT_DAY_RE = compiled(  # "released a deeply troubling report today": no "on" before a day word
    r"\s+(?:(?!that\b|on\b)[A-Za-z’'-]+(?<!ed)\s+){1,6}?(?:late\s+|early\s+)?"
    rf"(?:on\s+|(?=(?:today|yesterday)(?![\w'’])))(?P<phrase>{DAY_PHRASE})\b"  # not "Saturday's
)  # quake" nor "from Chile's Saturday earthquake": the event's day


TOLL_OBJECT = (  # "the overall death toll", "its figure": what a toll is set or put as
    r"\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}(?:toll|number|figure|estimate|count|total)\b"
)
_TOLL_DAY_RE = compiled(  # "set the overall death toll at 2,011 ... late Tuesday."
    TOLL_OBJECT
    + r"(?:(?!\b(?:as|while|when|after|before|since|but|where|who|which)\b)[^.;:\"“”]){0,80}?"
    rf"\s{ON_DAY}\s*(?:[.;:]|$)"
)
_TOLL_DAY_THEN_RE = compiled(  # "reported a different figure on Thursday, stating that"
    rf"{TOLL_OBJECT}[^.;:\"“”\d]{{0,60}}?\s{ON_DAY},\s+(?:stating|saying|adding|noting)\b"
)
_AS_HE_GAVE_DAY_RE = compiled(  # the occasion the statement was made on, after its figures
    r"[^.;:\"“”]{0,160}?\bas\s+(?:he|she|they|it)\s+(?:gave|announced|presented|released"
    r"|updated|provided|briefed|addressed)\b[^.;:\"“”\d]{0,80}?\s"
    rf"{ON_DAY}\s*(?:[.;]|$)"
)


def _in_occasion_day(reach: int) -> re.Pattern:
    """ "... in the statement on Saturday", at most REACH characters after the verb."""
    return compiled(
        rf"[^.;:\"“”\d]{{0,{reach}}}?\bin\s+(?:a|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
        rf"{OCCASION}\s+(?:(?:issued|released|published)\s+)?on\s+(?P<phrase>{DAY_PHRASE})\b"
    )


# "decried the displacement of Palestinians in the statement on Saturday"
_IN_OCCASION_DAY_RE = _in_occasion_day(90)
# "said the Acting Head of the Data, Information, and Communication Center (Pusdatinkom) of the
# Agency (BNPB) Abdul Muhari in a written statement on Monday": a long title, then the day
_TITLED_OCCASION_DAY_RE = _in_occasion_day(220)


_COUNT_VERB_RE = compiled(r"reported|recorded|registered|counted|documented")
_COUNT_DAY_RE = compiled(  # "activists reported two additional deaths yesterday."
    r"\s+(?:(?!(?:since|until|till|by|from|between|before|after|in|during|that|when|who|which"
    r"|while|and|but)\b)[\w,.’'-]+\s+){1,6}?(?:late\s+|early\s+)?"
    rf"(?:on\s+(?P<phrase>{DAY_PHRASE})|(?P<word>(?:{DAY_WORD})(?:,?\s+{DATE})?))\s*(?:[.;]|$)",
    re.IGNORECASE,  # "recorded 41 deaths yesterday, April 16."
)


def object_day(sentence: str, verb: str, end: int) -> str | None:
    """The day of a statement whose verb takes a short object first: "announced a state of
    emergency on Tuesday", "confirmed the deaths on Monday" (no verb, number or "that" between),
    "decried the displacement of Palestinians in the statement on Saturday"; a count that ends
    its clause on a day was reported that day ("reported two additional deaths yesterday")."""
    if _COUNT_VERB_RE.fullmatch(verb) and (counted := _COUNT_DAY_RE.match(sentence, end)):
        return counted.group("phrase") or counted.group("word")
    if gave := _AS_HE_GAVE_DAY_RE.match(sentence, end):  # "said 25 had died as he gave an
        return gave.group("phrase")  # updated toll on state television late Sunday"
    if _COUNT_VERB_RE.fullmatch(verb) and (toll := _TOLL_DAY_THEN_RE.match(sentence, end)):
        return toll.group("phrase")  # "reported a different figure on Thursday, stating that"
    if not _OBJECT_VERB_RE.fullmatch(verb):
        occasion = _IN_OCCASION_DAY_RE.match(sentence, end)
        return occasion.group("phrase") if occasion else None
    match = _OBJECT_DAY_RE.match(sentence, end) or _TOLL_DAY_RE.match(sentence, end)
    return match.group("phrase") if match else None


_CLOCK_REST_RE = compiled(r"[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs)?")
_WHO_SPOKE_DAY_RE = compiled(  # "X, who joined a Geneva briefing virtually from Dhaka on Tuesday"
    r"\s*,\s*who\s+(?:joined|addressed|briefed|told|spoke|was\s+speaking|gave|held|attended)\b"
    rf"[^.;:\"“”\d]{{0,40}}?\b(?:{OCCASION}s?|reporters|journalists|council)\b[^.;:\"“”\d]{{0,40}}?"
    rf"\s{ON_DAY}\b",
    re.IGNORECASE,
)


def after_day(sentence: str, end: int) -> str | None:
    """The day stated with the attribution: "said on Tuesday", "told AFP Thursday", "said in
    a statement posted on its website on Tuesday" (before any number or "that")."""
    clock = _CLOCK_REST_RE.match(sentence, end)  # the frame's words ended inside "at 7:00 pm"
    end = clock.end() if clock else end
    match = AFTER_DAY_RE.match(sentence, end) or _DAY_IN_OCCASION_RE.match(sentence, end)
    if match:
        return match.group("phrase")
    if _SAME_DAY_RE.match(sentence, end):  # "grew to 126 Saturday, the government announced the
        days = list(DAY_RE.finditer(sentence, 0, end))  # same day": that Saturday
        return days[-1].group("phrase") if days else None
    later = _ADJUNCTS_DAY_RE.match(sentence[end : end + 110])
    later = later or _WHO_SPOKE_DAY_RE.match(sentence, end)
    later = later or _TITLED_OCCASION_DAY_RE.match(sentence, end)
    return later.group("phrase") if later else None


_SAME_DAY = r"(?:[Tt]he|[Tt]hat)\s+same\s+day"  # the day a statement before it was made
SAME_DAY_OPEN_RE = compiled(  # "The same day,", "On that same day in Kharkiv oblast,"
    rf"\s*(?:[Oo]n\s+)?{_SAME_DAY}(?:\s+in\s+[^,.;]{{1,40}})?\s*,"
)
STATEMENT_DATED_RE = compiled(  # "IOM's announcement came on Monday", "That new estimate given
    # Tuesday in a statement by UNHCR": the sentence after a statement dates it
    r"\s*(?:(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}['’]s?|The|That|This|Its|Their)\s+"
    r"(?:(?:new|latest|updated|revised|fresh)\s+)?(?:announcement|statement|estimate|report"
    r"|figures?|update|tally|toll|count|warning|remarks|comments)\s+(?:came|was\s+(?:made|issued"
    r"|released|given|published)|(?:given|issued|released|published|made))\s+"
    r"|(?:This|That)\s+was\s+(?:announced|stated|said|reported|disclosed|revealed)\s+"  # "This
    r"(?:(?:at|in|during)\s+(?:a|an|the|its)\s+[^.;:\"“”]{0,60}?\s+)?"  # was announced at a UN
    r"|(?:The|[A-Z][\w’'-]+)\s+(?:[\w’'-]+\s+){0,3}?(?:made|gave|issued|delivered)\s+(?:the|his|her"
    r"|its|their)\s+(?:statement|remarks|comments|announcement)\b[^.;:\"“”]{0,60}?\s)"  # "The
    r"(?:(?:late|early)\s+)?(?:on\s+)?"  # briefing in Geneva on May 6, 2025": the one before;
    rf"(?P<phrase>{DAY_PHRASE})\b"  # "The president made the statement on state radio on Monday"
    rf"|\s*(?:The|That|This)\s+(?:warning|statement|announcement|appeal)\s+(?:late\s+|early\s+)?"
    rf"on\s+(?P<came>{DAY_PHRASE})\s+came\b"  # "The warning on Saturday came hours after"
)
_SAME_DAY_RE = compiled(rf"\s+(?:on\s+)?(?:{_SAME_DAY}|that\s+day)\b")

_CLAUSE_DAY_RE = compiled(  # "..., but Monday, the UN said": the day opening the speaker's clause
    rf"(?:[,;]\s+(?:(?:but|and|while|whereas)\s+)?|\b(?:but|and)\s+|^(?=as\s+of\b))"
    rf"(?:(?:late|early|later|earlier)\s+)?(?:(?:on|as\s+of)\s+(?P<date>{DAY_PHRASE})"
    rf"|(?P<day>{DAY_WORD})),\s*$",  # "As of 20 July, OCHA estimated that": the estimate's day
    re.IGNORECASE,
)


_WHEN_DAY_RE = compiled(  # "the first update since May 17, when officials said": that day's
    rf"\b(?:(?:on|since)\s+(?P<date>{DAY_PHRASE})|(?P<day>{DAY_WORD})),\s+when\s+$",
    re.IGNORECASE,
)


def clause_day(sentence: str, at: int) -> str | None:
    """The weekday set before the subject at AT when a clause opens with it, mid-sentence: "the
    toll stood at eight, but Monday, the UN said 10 were killed", "..., on 11 April, Governor X
    reported" (a date without "on", "that day, 14 August 2013, the report said", is the
    event's)."""
    found = _CLAUSE_DAY_RE.search(sentence, max(0, at - 40), at)
    found = found or _WHEN_DAY_RE.search(sentence, max(0, at - 40), at)
    return (found.group("date") or found.group("day")) if found else None
