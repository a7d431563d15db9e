"""Flow or stock: whether a displacement figure counts people moved or people there (M1, M2)."""

import re

from figures.extract import metric_cues as cue
from figures.extract import metric_frames as frame
from figures.extract.metric_frames import HEDGE_WORDS as _HEDGE_WORDS
from figures.extract.skim import compiled

_NOT_AUX = (
    r"(?!(?:have|has|had|were|was|are|is|be|been|being|will|would|could|may|might|remain|remains"
    r"|remained|still|currently|now|already)\b)"
)
DISPLACED_PREDICATE_RE = compiled(  # the number's own verb: "N people in X have been displaced"
    rf"^\s*(?:{_NOT_AUX}[(a-z’'-][a-z’')-]*\s+){{0,4}}?"
    r"(?:(?P<stock>(?:(?:are|is)\s+(?:estimated|believed|thought|reported|said)\s+to\s+be\s+"
    r"|(?:are|is|remain|remains|remained)\s+(?:still\s+|now\s+|currently\s+)?"
    r"|still\s+|currently\s+|already\s+))"
    r"|(?P<flow>(?:have|has|had|having)\s+been\s+|(?:were|was)\s+(?:reported\s+)?"
    r"|(?:will|would|could|may|might)\s+be\s+"
    r"|(?:(?:are|is)\s+)?being\s+)|(?P<bare>))(?:\w+ly\s+)?(?:(?:internally\s+)?displaced|forced\s+to\s+relocate)\b"
    r"(?(bare)(?=\s*(?:[.,;:)\"”—–-]|$|(?:by|in|from|to|since|across|within|once|again|due|as"
    r"|and|or|over|during|last|this|after|because|following|throughout|inside|into|at|on|for"
    r"|while|when|until|amid)\b)))"
)
AS_OF_RE = compiled(  # "displaced as of <date>", "at year's end": a count at a date (M2)
    r"^[^.;]{0,60}\b(?:as of|at\s+(?:the\s+)?(?:close|end)\s+of\s+(?:the\s+year|\d{4})"
    r"|at\s+year['’]s\s+end)\b"
)
NUMBER_OF_RE = compiled(  # "the number of ... stands at N" a stock, "has risen to N" a flow
    rf"\b(?:number|total)\s+of\b[^.;]*?\b(?:(?P<stock>stands|stood|is|was|(?:has|had)?\s*reached"
    rf"|tops|topped|to be)(?:\s+(?:now|currently|still))?|(?P<flow>(?:has|have|had)?\s*(?:risen"
    rf"|rose|increased|climbed|grown|grew|jumped|spiked|soared|surged|swelled|ballooned"
    rf"|rise|increase|climb|grow|jump|soar|surge|swell)"  # "has seen the number ... soar to N"
    rf"\s+to))\s+(?:at\s+)?{_HEDGE_WORDS}$"
    rf"|\b(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:total\s+)?(?:number"
    rf"|total)\s+(?:of\b|(?=(?:forced|driven)\s+out\b))[^.;]*?\bat\s+{_HEDGE_WORDS}$"  # "put the
    # number of refugees at N", "putting the total number forced out since June at N"
)
_WHO_FLED_RE = compiled(  # "the number ... who fled", "the number of refugees coming from X"
    r"\b(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:fled|escaped|crossed|arrived)\b"
    r"|\b(?:coming|arriving|fleeing|crossing)\s+(?:from|into|to|across)\b"
)
DISPLACE_WORD_RE = compiled(
    r"\b(?:displaced|displacements?|fled|refugees|idps|evacuees|(?:forced|driven)\s+out)\b"
)
HOSTED_WORD_RE = compiled(  # "sheltering 17,000 people - an increase of 4,000": more arrived (M1)
    rf"{DISPLACE_WORD_RE.pattern}|\b(?:sheltering|hosting|arrivals|influx)\b"
)
LATER_STOCK_RE = compiled(  # "N displaced from X in 2018 are / have been living in sites"
    r"^[^.;]{0,80}?\b(?:are|is|remain|remains|remained|still|(?:have|has|had) been (?:living"
    r"|staying|sheltering|residing)|continue\s+to\s+(?:live|stay|shelter|seek))\b"
)
INCREASE_RE = compiled(rf"\b(?:increase|rise|jump)\s+of\s+{_HEDGE_WORDS}$")  # "increased by"
DISPLACEMENTS_RE = compiled(r"^\s*(?:[a-z-]+\s+)?displacements\b")  # displacement events
REFUGEES_THERE_RE = compiled(  # "700,000 refugees are now believed to be in Bangladesh" (M2)
    r"^\s*(?i:(?:[a-z’'-]+\s+){0,3}?(?:refugees|asylum-seekers)\s+(?:who\s+)?(?:(?:are|is|were"
    r"|remain|remained|ha(?:ve|s)\s+been)\s+(?:now\s+|still\s+|currently\s+)?(?:(?:believed|thought"
    r"|estimated|said|reported)\s+to\s+be\s+)?(?:(?:living|staying|sheltering|residing|spread"
    r"|scattered|dispersed)\s+)?|(?:now\s+"
    r"|still\s+|currently\s+|already\s+)?(?:live|lived|reside|resided|stay|shelter)\s+|already\s+"
    r"|(?=in\s+(?-i:(?:[a-z]+ern\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"(?:\s*[.;,]|\s+(?:is|are|was|were|has|have)\b|\s+and\s+(?-i:[a-z]))))(?:in|inside|within"
    r"|across))"
    r"\s+(?:the\s+)?(?:(?i:north|south|east|west|central)[a-z-]*\s+)?[A-Z]"  # not "in need"
)
HOSTS_BEFORE_RE = compiled(  # a country or a camp that holds the refugees counted next (M2)
    r"(?:\b[A-Z][\w'’-]+\s+(?:has|had|now\s+has)|\bcamps?\s*,\s+with)\s+"
    r"(?:(?:an\s+estimated|some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
AWAY_RE = compiled(  # "17,000 people continue to live away from home": still displaced (M2)
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:continue to |still )?(?:live|living|remain|stay|staying)\s+away\s+"
    r"from\s+(?:their\s+)?homes?\b"
)


_HEADED_INTO_RE = compiled(
    r"\b(?:stream|pour|flock|flood|arriv|head|push|mov|flee)(?:ing|ed|e|s)?\s+(?:in)?to(?:wards?)?\s"
    r"|\bma(?:de|ke|king)\s+their\s+way\s+to\s|\bfound\s+refuge\b"  # "made their way to camps"
)


_RISEN_TO_RE = compiled(  # not "has reached N" nor "stands at N": a stock (M2)
    r"\b(?:rose|risen|climbed|climbs|increased|increases|increase|increasing|grown|grew|jumped"
    rf"|swelled)\s+to\s+{_HEDGE_WORDS}$"
)


_WHO_MOVED_RE = compiled(  # "7,000 refugees who had crossed from Ethiopia": arrivals (M1)
    r"^\s*(?:[a-z()-]+\s+){0,4}?(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:recently\s+|just\s+)?"
    r"(?:fled|crossed|arrived|come|escaped)\b"
)
_FORCED_TO_RE = compiled(
    r"\bforc(?:ed|ing|es)\s+(?:[\w,.-]+\s+){1,4}?to\s+(?:flee|seek|leave|abandon|run|escape)\b"
)
CARED_FOR = r"injured|wounded|sick|patients|prisoners|detainees"  # moved for care, not in flight
TOOK_REFUGE_RE = compiled(  # they came there (M1): "took refuge", "have taken refuge ... since"
    r"^[^.;]{0,40}?\b(?:took\s+(?:refuge|shelter)\b|(?:have|has|had)\s+(?:sought|found|taken)\s+"
    r"(?:refuge|shelter)\b(?=[^.;]*\bsince\b))"
)
_HAS_DISPLACED_RE = compiled(  # "the shelling has internally displaced 20,000": moved them (M1)
    rf"\b(?:have|has|had)\s+(?:internally\s+)?displaced\s+{_HEDGE_WORDS}$"
)


def displacement(event: str | None, around: str, head: str = "", after: str = "") -> str:
    """Fled (a flow) or displaced_in_population (a stock), from the words around the figure."""
    tail, low_after = head[-60:].lower(), after.lower()
    if cue.SINCE_RE.match(low_after) and not re.search(r"\bfrom\b[^.;]{0,30}\bto\s+$", head):
        return "fled"  # "bringing the total ... to 89,000 since"; not "from 170,000 to 220,000"
    if re.search(
        r"\bbring(?:ing|s)?\s+(?:the\s+total|(?:overall|total)\s+displacement)\b(?![^.;]*\bsince\b)"
        r"|\bnumber of (?:internally )?displaced\b[^.;]{0,40}"
        r"\bsheltering\b",
        around,
    ):
        return "displaced_in_population"  # "bringing the total in the east to nearly 5 million"
    if re.search(
        r"\bnewly\b|\b(?:increased|rose|risen|grew|jumped|surged|swelled|climbed)\s+by\b"
        r"|\bnew\s+(?:displacements?|idps)\b"
        r"|\binto\s+displacement\b"  # "pushed 130,000 people into displacement"
        r"|\bdisplacement\s+movements?\b"  # a tracking tool's movements: people on the move
        r"|(?<!beginning of )(?<!start of )(?<!end of )\b(?:this|last|past)\s+(?:year|month|week)\b"
        r"|\byear alone\b"
        r"|\bin recent (?:days|weeks)\b",
        around,
    ):
        return "fled"  # "17,500 newly internally displaced people", "has increased by 80,000"
    if _RISEN_TO_RE.search(tail) or _HAS_DISPLACED_RE.search(tail):
        return "fled"  # "the number displaced from El Fasher has risen to N": a running total,
        # "the shelling has internally displaced 20,000" (M1)
    if _WHO_MOVED_RE.match(low_after):
        return "fled"  # "IDPs that arrived in Teachers Village camp": they came
    if cue.HAD_SHELTERED_RE.match(low_after):
        return "displaced_in_population"  # "where nearly half a million had sought refuge" (M2)
    if event == "fled" and _FORCED_TO_RE.search(around):
        return "fled"  # "forced some 85,000 people to seek refuge at evacuation centres" (M1)
    if event == "fled" and _HEADED_INTO_RE.search(around):
        return "fled"  # "streaming into camps", "pushing 500 families toward camps": arrivals
    if cue.STOCK_RE.search(around):
        return "displaced_in_population"
    if event == "displaced" and not cue.MOVED_RE.search(around):
        return "displaced_in_population"  # "thousands displaced", "42,000 internally displaced"
    return "fled"


def displaced_by_verb(
    noun: str | None, event: str | None, before: str, after: str, head: str
) -> str | None:
    """Flow or stock from the number's own verb (CODING M1, M2): "N have been / were displaced"
    or "left N homeless" moved people, "N are / remain displaced" or "there are N" are there."""
    low_before, low_after = before.lower(), after.lower()
    if cue.THERE_ARE_RE.search(low_before) and (
        event not in (None, "remaining") or noun == "refugees" or cue.STOCK_RE.search(low_after)
    ):
        return "displaced_in_population"  # "there were 515,000 refugees"; not "there are 660
        # people left in Chasiv Yar": those still in their town
    part = cue.PART_OF_RE.search(low_before) or frame.INCLUDES_RE.search(before)  # of a flow
    there = REFUGEES_THERE_RE.match(after) and not part
    if AWAY_RE.match(low_after) or (noun == "refugees" and there):
        return "displaced_in_population"  # "continue to live away from home", "are in Chad"
    if noun == "refugees" and HOSTS_BEFORE_RE.search(head[-80:]):
        return "displaced_in_population"  # "Cameroon has 370,000 refugees", "camp, with 100,000"
    verb = DISPLACED_PREDICATE_RE.match(low_after)
    if cue.PARTITIVE_RE.search(low_before):  # "some of the 1 million displaced in Rafah": a stock
        return "displaced_in_population" if verb and verb.group("bare") is not None else None
    if event == "remaining":
        return None
    if DISPLACEMENTS_RE.match(low_after) or (
        noun != "refugees" and cue.CROWDED_INTO_RE.search(low_after[:80])
    ):
        return "fled"  # "113,000 displacements", "have crammed into Rafah"
    if INCREASE_RE.search(low_before) and HOSTED_WORD_RE.search(
        f"{head[-150:]} {after[:40]}".lower()
    ):
        return "fled"  # "a daily increase of 15,000", "increased by N" (M1)
    number = NUMBER_OF_RE.search(low_before)
    if number and DISPLACE_WORD_RE.search(number.group()):  # "the number of refugees ... is N"
        flow = number.group("flow") or cue.PERIOD_RE.search(number.group())
        flow = flow or cue.SINCE_SOON_RE.match(low_after)  # "has reached 450,000 people since" (M1)
        flow = flow or _WHO_FLED_RE.search(number.group())  # "the number ... who fled has reached"
        return "fled" if flow else "displaced_in_population"
    if cue.UNHOUSED_RE.search(f"{low_before[-40:]} # {low_after[:70]}"):
        return "fled"  # "left 20,000 people homeless", "49,000 people lost their roofs"
    if verb is None or (verb.group("bare") is not None and cue.PART_OF_RE.search(low_before)):
        return None
    rest = low_after[verb.end() :]
    later = verb.group("bare") is not None and LATER_STOCK_RE.match(rest)  # "... are"
    as_of = AS_OF_RE.match(rest) or frame.AS_OF_BEFORE_RE.search(head[-120:])
    newly = re.search(r"\bnewly\b", verb.group())  # "1.8 million are newly displaced": moved
    if (verb.group("stock") is not None and not newly) or later or as_of:
        return "displaced_in_population"  # "N are still displaced", "displaced as of 20 May"
    return "fled"
