"""Frames around a number that say what happened to what it counts where no single cue word does."""

import re

from figures.extract.skim import compiled

HEDGE_WORDS = (  # the hedges that may stand between a cue and its number: "an estimated additional"
    r"(?:(?:at least|more than|up to|as many as|an estimated|some|about|around|nearly|almost"
    r"|over|the|another|a further|an additional|additional|further|a total of|approximately"
    r"|approx\.?|roughly|just|under|close to|closer to|well|only|fewer than|less than|no fewer than"
    r"|no more than|upwards of|in excess of|a minimum of|a maximum of|a staggering|a whopping"
    r"|a record|many)\s+){0,3}"  # "killed many dozens"
)
CARRIED_RE = compiled(  # "a boat carrying 130 migrants": passengers, whatever became of the boat
    rf"\b(?:carrying|carried|transporting|ferrying|with)\s+{HEDGE_WORDS}$|\bon board\s+(?:were\s+)?"
    rf"{HEDGE_WORDS}$"
)
_BOAT_RE = compiled(
    r"\b(?:boat|dinghy|vessel|ship|raft|canoe|ferry|ferries|bus|buses|truck|lorry|lorries|van"
    r"|vehicle|plane|aircraft|helicopter|fishing boat)s?\b[^.;]{0,25}$"
)
FLIGHT_FROM_RE = compiled(  # "an exodus from Mosul of more than 600,000 people" (M1)
    rf"\b(?:exodus|flight|departure|evacuation|displacement)\s+(?:from|out of)\s+[^.;,\d]{{1,40}}?"
    rf"\s+of\s+{HEDGE_WORDS}$"
)
TO_SAFETY_RE = compiled(  # "got about a million people to safety", "moving 2 million to shelters"
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:to|into)\s+(?:safety|safer\s+(?:areas|ground|places)|safe\s+"
    r"(?:areas|places|zones)|higher\s+ground|(?:[a-z-]+\s+){0,2}?(?:shelters|evacuation\s+"
    r"cent(?:re|er)s|relief\s+camps))\b"
)
_MOVER_RE = compiled(
    rf"\b(?:mov(?:e|es|ed|ing)|got|get|gets|getting|br(?:ing|ings|inging|ought)|pull(?:s|ed|ing)?"
    rf"|airlift(?:s|ed|ing)?|ferr(?:y|ies|ied|ying)|lead|led|leading|t(?:ake|akes"
    rf"|aking|ook)|shift(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing))\s+{HEDGE_WORDS}$"
)
BY_THE_RE = compiled(r"\bby\s+the\s+$")  # "fleeing ... by the thousands": the verb before it
INCLUDES_RE = compiled(  # "This includes nearly 40,000 people from X": a part of the last figure
    rf"^\s*(?:(?:this|these|that|those)(?:\s+(?:figure|total|number|count|toll))?"
    rf"|the\s+(?:figure|total|number|count))\s+(?:includes?|included"
    rf"|comprises?|comprised)\s+{HEDGE_WORDS}$",
    re.IGNORECASE,
)
ARMED = {"fighters": "fighters", "military": "military_personnel"}  # armed men's noun: metric (M7)
_ON_BOARD_RE = compiled(r"\s*(?:[a-z-]+\s+){0,2}?(?:on\s+board|aboard)\b")


def carried(before: str, after: str = "") -> bool:
    """The number counts those on board a craft ("a dinghy carrying 130 migrants", "with a
    reported 500 people on board")."""
    if _ON_BOARD_RE.match(after.lower()):
        return True
    return _craft(before)[1] is not None


def _craft(before: str) -> tuple[str, re.Match | None]:
    """The words before "carrying N" and the craft named at their end ("85 buses left Ghouta")."""
    low = before.lower()
    found = CARRIED_RE.search(low)
    prefix = low[: found.start()][-40:] if found else ""
    return prefix, _BOAT_RE.search(prefix) if found else None


MUNITION_RE = compiled(  # what lands without arriving: "40 or more rockets landed"
    r"\b(?:rockets?|shells?|missiles?|mortars?|bombs?|projectiles?|rounds|strikes|drones?)\b"
)
_CRAFT_LEFT_RE = compiled(  # "buses began arriving carrying thousands": they came
    r"\b(?:left|departed|leaving|evacuat\w*|pulled\s+out\s+of|arriv(?:ed|ing))\b"
)
_THEN_LEFT_RE = compiled(  # "a convoy carrying 700 staff drove from Khartoum": it left
    r"[^.;]{0,80}?\b(?:left|departed|pulled\s+out|arrived|reached|landed|docked|drove\s+(?:from|out|to)"
    r"|headed\s+(?:for|to|out))\b"
)


def carried_away(before: str, after: str) -> bool:
    """Those on board a craft that left or arrived: "85 buses left Ghouta carrying 4,000 people",
    "trucks carrying hundreds ... left the enclave": an evacuation (M3)."""
    prefix, boat = _craft(before)
    return bool(
        (boat and _CRAFT_LEFT_RE.search(prefix, boat.start())) or _THEN_LEFT_RE.match(after.lower())
    )


def moved_to_safety(before: str, after: str) -> bool:
    """People moved out of danger: "managed to get about a million people to safety" (M3)."""
    return bool(_MOVER_RE.search(before.lower()[-60:]) and TO_SAFETY_RE.match(after.lower()))


AS_OF_BEFORE_RE = compiled(  # "As of 18 May, 86,000 households have been displaced": a count at
    r"\bas (?:of|at)\s+[^.;]{0,60}$",  # a date, a stock (M2)
    re.IGNORECASE,
)
PRESENT_NOW_RE = compiled(  # "There are currently 1,256 people in the city" (M8)
    rf"\bthere\s+(?:are|were|remain|(?:could|may|might)\s+(?:still\s+)?be)\s+"  # "there could
    rf"(?:still\s+|currently\s+|now\s+|only\s+)*{HEDGE_WORDS}$"  # still be about 400 people"
)
WHERE_THERE_RE = compiled(r"\bwhere\s+(?:[^,.;]{0,40}\s)?there\s+(?:are|were|remain)\b")
IN_PLACE_RE = compiled(  # "in and around Kedarnath valley", "there are 150,000 civilians there"
    r"^\s*(?:people|civilians|residents|inhabitants|persons)\s+(?:still\s+)?(?:left\s+)?(?:(?:in"
    r"|inside)(?:\s+and\s+around)?\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|area|district"
    r"|enclave|zone)\b|(?-i:[A-Z]))|there\b)",
    re.IGNORECASE,
)
_KIND = {
    "killed": r"killed|dead|died|drowned|perished",
    "other": r"injured|wounded|missing|went missing|hurt|affected|kidnapped|abducted|captured",
    "trapped": r"stranded|trapped|stuck|buried under (?:the )?(?:rubble|debris)|cut off",
    "fled": r"homeless|displaced|evacuated|without shelter",
}
_KIND_RE = {k: compiled(rf"\b(?:{v})\b") for k, v in _KIND.items()}
_ANY_KIND = "|".join(_KIND.values())
STATE_WORD_RE = compiled(rf"\b(?:{_ANY_KIND})\b")  # "4,300 homeless and 11 dead": its own state
TWO_KINDS_RE = compiled(  # "left homeless or stranded", "dead, missing or buried under rubble"
    rf"\b(?:{_ANY_KIND})(?:,\s+(?:{_ANY_KIND}))*,?\s+(?:or|and/or)\s+"
    rf"(?:(?:had|have|has|were|was)\s+)?(?:been\s+|gone\s+)?(?:{_ANY_KIND})\b"  # "or had gone"
)


def two_kinds(after: str) -> bool:
    """The figure counts two kinds at once ("killed or missing", "homeless or stranded"): CODING
    gives it no metric."""
    found = TWO_KINDS_RE.search(after[:90])
    return bool(found) and sum(bool(r.search(found.group())) for r in _KIND_RE.values()) > 1


NUMBERING_RE = compiled(rf"\b(?:numbering|numbered|(?:a|in)\s+force\s+of)\s+{HEDGE_WORDS}$")
OTHERS_RE = compiled(r"^\s+others?\b")  # "eight airstrikes ..., while three others hit X"
ARRIVALS_RE = compiled(  # "Arrivals in Uganda have surpassed 24,000": the subject is a flow (M1)
    rf"\b(?:arrivals|departures|evacuations|evacuees|displacements)\b[^.;,]{{0,60}}?"
    rf"\b(?:(?:have|has|had)\s+)?(?:surpassed|reached|topped|exceeded|passed|crossed|(?:risen|rose"
    rf"|climbed|grown|jumped)\s+to|stood at|stands at|totall?ed|numbered|was|were|is)\s+"
    rf"{HEDGE_WORDS}$"
)  # "The figure of new arrivals from Myanmar was 10,000"
FLED_SUBJECT_RE = compiled(  # "refugees fleeing the battles ... have surpassed 150,000" (M1)
    rf"\b(?:refugees|people|civilians|residents|families|idps)\s+(?:fleeing|who\s+(?:have\s+|had\s+)?"
    rf"fled)\b[^.;]{{0,90}}?\b(?:(?:have|has|had)\s+)?(?:surpassed|reached|topped|exceeded|passed"
    rf"|crossed|(?:risen|rose|climbed|grown|jumped)\s+to|totall?ed|numbered)\s+{HEDGE_WORDS}$"
)
FROM_SUBJECT_RE = compiled(  # "refugees from western Mosul reached 125,000 since February" (M1)
    rf"\b(?:refugees|idps|displaced)\s+from\b[^.;]{{0,60}}?\b(?:(?:have|has|had)\s+)?(?:surpassed"
    rf"|reached|topped|exceeded|passed|(?:risen|rose|climbed|grown|jumped)\s+to)\s+{HEDGE_WORDS}$"
)
LEFT_PLACE_RE = compiled(  # "152,857 people left western Mosul": the number's own verb (M1)
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?left\s+(?:(?:[a-z]+ern|the)\s+)?[A-Z]"
)
FAMILIES_RE = compiled(  # fighters with their families, moved out together: people (M3)
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:fighters|rebels|militants|insurgents|gunmen|combatants|soldiers|troops)\s+"
    r"(?:and|with|along with)\s+(?:their|the)\s+famil"
)
_WORD_RE = compiled(r"[a-z]+")


def numbered_group(before: str, head: str, nouns: dict) -> str | None:
    """The class of the armed group a "numbering about 30" counts: the last fighters or military
    noun its sentence names before it (CODING M7)."""
    if not NUMBERING_RE.search(before.lower()):
        return None
    classes = [nouns.get(w) for w in _WORD_RE.findall(head[-200:].lower())]
    armed = [c for c in classes if c in ARMED]
    return armed[-1] if armed else None


REACHED_AID_RE = compiled(  # "157,000 people reached, funding permitting": reached by aid
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been|be|being)\s+)?reached\s*(?:[,.;)]|$|with\b)"
)
FAMINE_BEFORE_RE = compiled(r"\b(?:famine|starvation|drought)\b[^.;]*$")  # named in the sentence
DIED_RE = compiled(r"^\s*(?:[a-z-]+\s+){0,2}?(?:died|perished|deaths)\b")  # not "were killed"
STATES_LIST_RE = compiled(  # "hundreds of injured, lost and traumatised children" then a verb
    r"^\s*(?:of\s+)?(?P<states>(?:[a-z-]+,\s+){1,3}(?:[a-z-]+\s+)?(?:and|or)\s+[a-z-]+)\s+"
    r"(?:children|people|civilians|women|men|persons|refugees|migrants)\b"
)


TOLL_RISEN_RE = compiled(  # "The death toll from floods and landslides ... has risen to 334";
    # "... reached 257, according to the UN, and the number could potentially increase to 500"
    r"\b(?:death\s+)?toll\b(?:[^.;]|\.\d){0,180}?\b(?:(?:has|had|have)\s+)?(?:(?:risen|rose|climbed"
    r"|reached|jumped|increased|surged|soared|mounted|stood|stands|hit|topped|passed|exceeded"
    r"|surpassed|neared|nears|approached|approaches)|(?:could|may|might|will|would|to)\s+(?:\w+ly\s+)?(?:rise|climb|reach|increase"
    rf"|exceed|surpass|top|pass|hit))(?:\s+to)?\s+{HEDGE_WORDS}$"
)
HEARSAY_RE = compiled(r"\b(?:reportedly|allegedly|apparently|reported(?:ly)?\s+to\s+have)\s+(?=\w)")
FLEEING_DIED_RE = compiled(  # "400 migrants fleeing Libya are feared to have drowned": the dead
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:fleeing|escaping|who\s+(?:had\s+)?fled|trying\s+to\s+(?:reach"
    r"|cross|flee))\s+[^,.;]{0,60}?(?=\b(?:(?:are|were|was|have|has|had)\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?:drowned|died|perished|killed|dead)\b)"
)
POPULATION_RE = compiled(  # "Concepcion, a city with more than 200,000 people": who live there
    r"\b(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,3}?(?:city|town|village|country|nation|island|enclave"
    r"|territory|district|province|community|capital)\s+(?:of|with|(?:that\s+is\s+)?home"
    rf"\s+to)\s+{HEDGE_WORDS}$"
)
PREWAR_RE = compiled(  # a place's people given as background, not who is still there (M8)
    r"^\s*(?:inhabitants\b|(?:residents|people)\s+(?:[a-z]+\s+){0,3}?before\s+the\s+(?:war"
    r"|offensive|conflict|fighting|invasion|siege)\b)"
)
RESIDENTS_RE = compiled(  # ... people, nothing done to them: "with 200,000 people."
    r"\s*(?:(?:people|persons|inhabitants|residents|souls)\s*)?(?:[.,;)]|$|liv(?:e|es|ing)\b)"
)
OF_THE_DEAD_RE = compiled(  # "Of the deaths, 17,388 were reported in Kashmir", "Among the
    # dead there were three children", "Among the victims of such attacks were 10": the dead
    r"(?:^|[.;:]\s*|\bbut\s+)(?:of|among)\s+(?:the|those|these)\s+(?:[a-z-]+\s+)?(?:deaths|dead"
    r"|killed|victims|fatalities|bodies)(?:\s+of(?:\s+[a-z-]+){1,3}?)?\s*,?\s+"
    rf"(?:there\s+)?(?:(?:were|was|are)\s+)?{HEDGE_WORDS}$"
)
_RESCUED_FROM_FLOOD_RE = compiled(  # brought out of flooded land: an evacuation, not a rescue
    r"\b(?:rescued|evacuated)\s+from\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:flood|floods|flooding"
    r"|floodwaters?|flooded\s+(?:areas|villages|homes|districts|zones))\b"
)
OUT_OF_TRAP_RE = compiled(  # "civilians trapped in the zone have been rescued": brought out (M3)
    r"^\s*(?:[a-z-]+\s+)?(?:trapped|stranded|besieged|stuck)\b[^.;]{0,60}?\b(?:have|has|had|were"
    r"|was)\s+(?:been\s+)?(?:rescued|evacuated|brought out|taken out|extracted)\b"
)
BROUGHT_OUT_BEFORE_RE = compiled(  # "able to rescue 9 trapped civilians", not "hoping to rescue"
    r"\b(?:rescued|evacuated|extracted|freed|pulled\s+out|(?:able|managed)\s+to\s+(?:rescue"
    rf"|evacuate|extract|free|pull\s+out))\s+{HEDGE_WORDS}(?:[a-z-]+\s+){{0,2}}$"
)
BEEN_RECEIVED_RE = compiled(  # "22,000 people have been received at Za'atri": arrivals
    r"\s+(?:[a-z-]+\s+){0,2}(?:(?:have|has|had)\s+(?:now\s+)?been|were|was)\s+received\s+(?:at|in"
    r"|into|by)\b"  # "2,442 refugees were received in Uganda"
)
_RESCUED_BY_RE = compiled(r"\b(?:rescued|saved|plucked|airlifted|winched)\s+(?:[a-z-]+\s+){0,2}$")
_WERE_RESCUED_RE = compiled(r"^[^.;]{0,40}?\b(?:were|was|have been|had been|been)\s+rescued\b")
_NO_FLIGHT_RESCUE_RE = compiled(  # rescued from captors, the sea or rubble: no flight (M3)
    r"\b(?:hostages?|captiv\w*|kidnap\w*|abduct\w*|held by|sea|boat|vessel|capsiz\w*|sinking"
    r"|shipwreck|coast\s*guard|migrants|survivors|rubble|debris|collaps\w*|buildings?)\b"
)
_FLOOD_RESCUE_RE = compiled(  # "from rooftops", "as floodwaters rose", "caught in the crossfire"
    r"\b(?:roof\s*tops?|roofs|trees|to\s+safety|flood\w*|rivers?|stranded|marooned|cyclone"
    r"|hurricane|storm|inundat\w*|rains?|rainfall|landslides?|civilians|residents|students"
    r"|crossfire|fighting|clashes|besieged|siege|battle\w*|war\s+zone|attackers|gunmen|safer"
    r"|helicopters?|monsoon|torrential|districts|by\s+air|airlift\w*)\b"
)  # or a fight: "518 students have been rescued" from gunmen


def rescued_from_flood(event: str | None, low_before: str, low_after: str) -> bool:
    """People brought out of a flood or a fight, an evacuation (M3): "3 million have been rescued
    from the flooding", "the army rescued 300 civilians caught in the crossfire"; rubble, the sea
    and captors name no flight."""
    if event == "other" and _RESCUED_FROM_FLOOD_RE.search(low_after[:80]):
        return True
    rescued = event in (None, "other") and _RESCUED_BY_RE.search(low_before[-40:])
    if event == "other" and _WERE_RESCUED_RE.match(low_after):
        rescued = True
    around = f"{low_before[-120:]} {low_after[:120]}"
    return bool(
        rescued and _FLOOD_RESCUE_RE.search(around) and not _NO_FLIGHT_RESCUE_RE.search(around)
    )


SAFER_RE = compiled(  # "relocated to safer areas": moved out of danger, an evacuation (M3)
    r"\bto\s+(?:safer|safe|secure|higher)\s+(?:areas?|places?|ground|locations?|zones?|parts)\b"
    r"|\bto\s+safety\b"  # "transferred to safety"
)

KILLED_THEM_RE = compiled(  # "seized six men and slaughtered them": what was done to them last
    r"\s*(?:[a-z-]+\s+){0,3}?(?:[a-z-]+)?(?:\s+and|,)\s+(?:later\s+|then\s+)?"
    r"(?:killed|executed|slaughtered|murdered|shot dead|shot|beheaded)\s+(?:them|all of them)\b"
)
# "crossed back into Kyrgyzstan", "from the camps to their homes": a return, not a flight (M3)
RETURN_RE = compiled(  # not "In return," nor "in return for"
    r"(?<!\bin )\breturn(?:ing|ees?|ed|s)?\b(?!\s+for\b)|\bdeport(?:ed|ation|ations)?\b"
    r"|\b(?:crossed|came|went|moved|streamed|flowed|poured|flooded|flocked|headed|walked|trekked"
    r"|escorted|sent|brought|taken|bused|bussed|flown|ferried)\s+back\b|\bfrom\s+(?:[\w()'’-]+\s+){0,5}camps\b[^.;]{0,80}\bto\s+their\s+homes?\b"
)
WENT_HOME_RE = compiled(r"\b(?:gone|went)\s+back\s+(?:home|to\s+(?:their|his|her)\s+homes?)\b")
_REGISTERED_RE = compiled(rf"\bregistered\s+(?!a total of\b){HEDGE_WORDS}$")
_OVER_A_PERIOD_RE = compiled(
    r"\b(?:so far in|this year|alone|since|to date|in the (?:past|last))\b"
)
_REGISTERED_WHO_RE = compiled(r"^\s*(?:[\w-]+\s+)?(?:refugees|asylum[- ]seekers|people|arrivals)\b")


def registered_over_a_period(before: str, after: str) -> bool:
    """ "registered 100,000 asylum-seekers so far in 2015", "on Sunday alone it registered 3,000
    refugees": arrivals counted over a period (M1), not "registered a total of" (a stock)."""
    return bool(
        _REGISTERED_RE.search(before)
        and _REGISTERED_WHO_RE.match(after)
        and _OVER_A_PERIOD_RE.search(f"{before[-90:]} {after[:50]}")
    )


ATTACKERS_RE = compiled(  # armed men who did it: "300 gunmen attacked the village and killed 20"
    r"\s*(?:[a-z-]+\s+){1,3}?(?:have\s+|had\s+|reportedly\s+)?(?:attacked|stormed|raided|ambushed"
    r"|overran|invaded|opened\s+fire|killed\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d|dozens"
    r"|scores|hundreds|several))"
)
