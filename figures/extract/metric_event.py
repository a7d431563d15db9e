"""What happened to what a figure counts ("were killed", "remain trapped"): the event its
words say, read before the metric (3.4)."""

import re
from functools import lru_cache

from figures.extract import metric_cues as cue
from figures.extract import metric_frames as frame
from figures.extract.metric_flow import CARED_FOR
from figures.extract.metric_remaining import still_there
from figures.extract.metric_settled import settled_event
from figures.extract.metric_stock import AID_FOR_RE

_HURT_PEOPLE_RE = re.compile(
    r"(?:wounded|injured)\s+(?:people|persons|civilians|soldiers|children)\b"
)
_PART_DOING_RE = re.compile(
    r",\s+(?:who|which)\b.*|\s+who\s+(?:were|was)\s+(?:trying|attempting|fleeing)\b.*"
)
_DEAD_RE = re.compile(r"\s+(?:[a-z]+-related\s+)?(?:dead|deaths|fatalities|bodies)\b")
_LOST_RE = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:reported\s+)?lost\b")  # lives
_AND_RE = re.compile(r"\band\b")
_NEED_RE = re.compile(r"(?:at\s+risk|in\s+(?:need|danger)|facing)\b")  # "trapped ... are at risk"
_OWN_HURT_RE = re.compile(  # "2,104 people were wounded": hurt, whatever toll came before
    r"\s*(?:[a-z-]+\s+){0,2}?(?:were|are|was|have\s+been|had\s+been)\s+(?:wounded|injured|hurt)\b"
    r"|\s*injuries\b"  # "2,060 deaths with 900 injuries"
)
_BURIED_ALIVE_RE = re.compile(r"\bburied\s+(?:[a-z,-]+\s+){0,3}#\s*(?:[a-z-]+\s+){0,2}alive\b")
_HELD_INSIDE_RE = re.compile(  # "300 hostages (are still) inside the mosque"
    r"\s+(?:[a-z-]+\s+){0,2}?hostages\s+(?:(?:were|are|remain|remained)\s+)?(?:still\s+)?"
    r"(?:inside|held\s+(?:in|inside|at))\b"
)
_CLAUSE_CUT_RE = re.compile(  # the toll's number ends its clause: "neared 200 on Tuesday as ..."
    r"[^,;]*?(?:[,;]|\b(?:as|while|when|but)\s)"
)
_STILL_IN_NEED_RE = re.compile(r"\bstill\s+in\s+(?=need\b|urgent\s+need\b)")
_AFFECTED_AREAS_RE = re.compile(  # "staying at shelters in affected areas": where, not what befell
    r"\b(?:in|across|of)\s+(?:the\s+)?(?:(?:worst|most|hardest)[\s-])?affected\s+(?:areas|districts"
    r"|regions|provinces|prefectures|municipalities|communities|zones|villages|towns)\b"
)
_AMONG_HURT_RE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these)\s+(?:injur(?:ed|ies|y)|wounded|hurt)\s*,?\s+"
    r"(?:there\s+)?(?:(?:were|was|are)\s+)?(?:[a-z]+\s+)?$"
)
_MISSING_PEOPLE_RE = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?missing\s+(?:people|persons|migrants|residents|villagers|fishermen"
    rf"|children|others|civilians)\b(?![^.;]{{0,40}}\b{cue.FEARED}\b)"
)
_FOUND_ALIVE_RE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:found|recovered)\s+alive\b"
)
_BARE_DISPLACED_RE = re.compile(  # "80,000 displaced arrived in Dohuk": the noun left out
    r"\s*(?:internally\s+)?displaced\s+(?:(?:have|has|had)\s+)?(?:arrived|crossed|poured|streamed"
    r"|flocked)\b"
)
_LEFT_BY_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:left|deserted)\s+by\s+$"
)
_THERE_STILL_RE = re.compile(
    r"\bthere\s+(?:are|were|is|remain)\s+still\s+(?:some\s+|about\s+|around\s+)?$"
)
_PEOPLE_IN_RE = re.compile(
    r"\s*(?:civilians|people|residents|inhabitants)\s+(?:[a-z-]+\s+){0,4}?(?:in|inside)\b"
)
_STILL_THERE_RE = re.compile(  # "only 2,300 people are left", "1,000 civilians have yet to
    # leave the city", "200 people were waiting to evacuate": still there (M8)
    r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:are|were|is|was)\s+(?:still\s+)?left\b(?!\s+(?:homeless"
    r"|without|with|dead|stranded|injured|wounded|displaced|destitute|behind\s+with))"
    r"|(?:have|has|had|are|were)\s+(?:yet|still)\s+to\s+(?:leave|flee|be\s+evacuated|evacuate"
    r"|get\s+out)\b|(?:have\s+|had\s+)?(?:refused|refuse|refusing|declined)\s+to\s+(?:leave|flee"
    r"|evacuate|be\s+evacuated)\b"  # "200 residents refused to leave": they stayed
    r"|(?:are|were|is|was)\s+(?:still\s+)?(?:waiting|awaiting|hoping)\s+(?:to\s+"
    r"(?:leave|flee|evacuate|be\s+evacuated|get\s+out)|evacuation)\b"
    r"|(?:who|that)\s+(?:still\s+)?remain(?:s|ed)?\b(?!\s+(?:[a-z]+ly\s+)?(?:displaced|missing"
    r"|unaccounted|trapped|besieged|stranded|stuck|captive|hostage|injured|wounded|hospitali[sz]ed"
    r"|in\s+(?:need|hospital|critical|custody|detention|captivity)|under|at\s+risk)\b))"
)  # "the estimated 160,000 who remain face shortages": those still there (M8)
_LEAVING_ONLY_RE = re.compile(  # "have left Kosovo, leaving only about 40,000": those still there
    r"\bleaving\s+(?:only|just|behind)\s+(?:(?:about|some|around|an\s+estimated|roughly)\s+)?$"
)
_DEAD_LISTED_RE = re.compile(  # "The dead include a father, mother and two of their children"
    r"(?i)\b(?:dead|victims)\s+(?:also\s+)?(?:include|included|were)\s+[\"“]?"
    r"(?:(?:(?:a|an|his|her|their|the)\s+)?[\w-]+\s*(?:,|\band\b)\s*){0,5}"
    r"(?:(?:a|an|his|her|their|the)\s+)?(?:(?!another\b|other\b|further\b)[\w-]+\s+)?$"
)
_REGISTERED_END_RE = re.compile(r"\bregister(?:ed|ing|s)?\s+(?:[a-z]+\s+){0,3}$")
_AMONG_END_RE = re.compile(r"\bamong\s+(?:the\s+|some\s+)?(?:estimated\s+)?$")
_OWN_TRAPPED_RE = re.compile(  # "the toll may rise as there are hundreds of people trapped"
    r"\s*(?:[a-z-]+\s+){0,2}?(?:(?:are|were|remain|still|reportedly|believed)\s+){0,2}trapped\b"
)
_HURT_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:were\s+)?(?:injured|wounded|hurt)\b")


_MORGUES = r"morgues?|mortuar(?:y|ies)|forensic"  # where the dead are taken
_TAKEN_AWAY_RE = re.compile(  # people taken elsewhere, not the hurt or dead taken for care
    rf"\s+(?!(?:[a-z-]+\s+){{0,2}}?(?:hurt|bodies|hostages|survivors|{CARED_FOR})\b)"
    r"(?:[a-z-]+\s+){0,3}?(?:have\s+|has\s+|had\s+)?(?:already\s+)?"
    r"(?:been\s+|were\s+|was\s+)?(?:taken|transported|transferred|bused|bussed|ferried|trucked)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:to|into)\s+(?!(?:\S+\s+){0,3}?(?:hospitals?|clinics?|medical"
    rf"|health|jails?|prisons?|detention|police|custody|courts?|facility|account|{_MORGUES})\b)"
)
_REST_OF_RE = re.compile(r"\bthe\s+remaining\s+$")
_REST_DEAD_RE = re.compile(r"\s*(?:remaining\s+)?(?:victims|dead|bodies|fatalities)\b")
_KILLED_WITH_RE = re.compile(  # "killing herself and five other people": the verb's object too
    r"\b(?:killed|killing|kills)\s+(?:[a-z'’-]+\s+){1,4}?(?:and|including|as\s+well\s+as"
    r"|along\s+with)\s+(?:(?:at\s+least|another|some|about|around)\s+)?$"
)


def _first_cue(low_after: str) -> int:
    """Where the first event cue after the number starts."""
    hit = cue.EVENT_RE.search(low_after)
    return hit.start() if hit else len(low_after)


_AIDED_FLED_RE = re.compile(  # "thousands of Kunduz residents who have fled the city"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:fled|escaped|crossed)"
    r"|fleeing)\b"
)


_TO_THE_MORGUE_RE = re.compile(  # "the 60 victims transferred to the forensic department"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:taken|transferred"
    rf"|brought|moved|sent|transported)\s+to\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_MORGUES})\b"
)
_TRAPPED_PEOPLE_RE = re.compile(
    r"\s+(?:trapped|besieged)\s+(?:civilians|people|residents|families|inhabitants)\b"
)
_KEPT_FROM_RE = re.compile(  # "were preventing dozens of families": kept where they are (M4)
    r"\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|bar(?:s|red|ring)?)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
_FROM_LEAVING_RE = re.compile(r"[^.;]{0,50}?\bfrom\s+(?:fleeing|leaving|escaping)\b")
_UNDER_SIEGE_RE = re.compile(  # "are living under a government siege" (M4)
    r"[^.;]{0,40}?\b(under)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?siege\b"
)


_LIST_PART_RE = re.compile(r"\s*[a-z-]+\s*,\s*(?:and\s+)?")  # one part of a list: "40 men, "


@lru_cache(maxsize=4096)  # a figure's words recur in a text that repeats itself: read once
def event_of(before: str, after: str, head: str = "") -> str | None:
    """What happened to what was counted: a verb taking the number, else the nearest cue after;
    for a number that ends its clause, the cue before it in its sentence ("the toll ... 300")."""
    low_before, low_after = before.lower(), cue.PART_RE.sub(" ", after.lower())
    low_after = cue.RELATIVE_RE.sub(" ", low_after, count=1)  # "four who were taken hostage"
    low_after = cue.HAVING_RE.sub(" ", low_after)  # "reside in camps, having fled Myanmar"
    low_after = frame.HEARSAY_RE.sub("", low_after)  # "have reportedly moved": "have moved"
    low_after = frame.FLEEING_DIED_RE.sub(" ", low_after)  # "fleeing Libya drowned": drowned
    low_after = _STILL_IN_NEED_RE.sub("in need", low_after)  # "are still in need of aid": no stay
    low_after = _AFFECTED_AREAS_RE.sub(" ", low_after)  # "in affected areas": where they are
    low_after = cue.ASIDE_RE.sub(" ", low_after)  # "according to data released", "amid fears"
    if cue.PART_OF_RE.search(low_before):  # "including three children, who were fleeing": a part
        low_after = _PART_DOING_RE.sub(" ", low_after)  # "including 40 who were fleeing"
    if settled := settled_event(before, after, low_after, head):
        return settled  # the presumed dead, the deported, escaped prisoners
    if _LEFT_BY_RE.search(low_before[-40:]):
        return "fled"  # "The town was left by 18,300"
    if _STILL_THERE_RE.match(after.lower()) or _LEAVING_ONLY_RE.search(low_before[-40:]):
        return "remaining"
    if _THERE_STILL_RE.search(low_before[-30:]) and _PEOPLE_IN_RE.match(low_after):
        return "remaining"  # "there are still 50,000 civilians in parts of Eastern Ghouta" (M8)
    if _MISSING_PEOPLE_RE.match(low_after):
        return "other"  # "search for hundreds of missing people": the missing, not the toll (M5)
    if _FOUND_ALIVE_RE.match(low_after):
        return "other"  # "eight people were recovered alive": survivors, not the toll's bodies
    if _HELD_INSIDE_RE.match(low_after):
        return "trapped"  # hostages held where they are, as in a siege of a mosque (M4)
    if _KEPT_FROM_RE.search(low_before[-40:]) and _FROM_LEAVING_RE.match(low_after):
        return "trapped"  # "preventing dozens of families from fleeing": kept in (M4)
    siege = _UNDER_SIEGE_RE.match(low_after)
    if siege and _first_cue(low_after) >= siege.start(1):
        return "trapped"  # "42,000 people are living under a government siege" (M4)
    rest = _REST_DEAD_RE.match(low_after)
    if rest and ("remaining" in rest.group() or _REST_OF_RE.search(low_before[-20:])):
        return "killed"  # "Of the remaining 47 victims", "the three remaining victims": dead (M5)
    if _AMONG_HURT_RE.search((head or before)[-40:].lower()):
        return "other"  # "Among the injuries, 244 were children": the hurt, not the dead before
    dead = frame.OF_THE_DEAD_RE.search(head[-80:].lower()) or _DEAD_LISTED_RE.search(head[-80:])
    if dead and not _HURT_AFTER_RE.match(low_after):
        return "killed"  # "Of the deaths, 17,388 were ...", "Among the dead there were three" (M5)
    if frame.POPULATION_RE.search(low_before) and frame.RESIDENTS_RE.match(low_after):
        return "other"  # "Concepcion, a city with 200,000 people": who live there (M8)
    if cue.WHOLE_RE.search(low_before) and not cue.OWN_DEATH_RE.match(low_after):  # "most of
        # the 1,600 civilian deaths": the number counts deaths itself, not a whole some of whom died
        return None  # "two-thirds of the 20,000 residents have fled": the 20,000 did not all flee
    if cue.HURT_RE.search(low_after[:60]) or cue.HURT_RE.search(low_before[-40:]):
        return "other"  # "killed or injured dozens", "dead and injured"
    if frame.two_kinds(low_after):
        return "other"  # "left homeless or stranded": two kinds at once, no metric
    if frame.REACHED_AID_RE.match(low_after):
        return "other"  # reached with aid, not arrived
    if still_there(low_before, low_after):
        return "remaining"  # "are in need of evacuation", "plan to evacuate 1,600": there (M8)
    if cue.HURT_STATE_RE.match(low_after) or cue.HURT_COUNT_RE.search(
        (head or before)[-80:].lower()
    ):
        return "other"  # the hurt: "four others are in critical condition"
    if _TO_THE_MORGUE_RE.match(low_after):
        return "killed"  # "the 60 victims transferred to the forensic department": the dead
    found = cue.OBJECTS.event(low_before)
    if found and _AMONG_END_RE.search(low_before[-30:]):
        found = None  # "the toll was higher among the estimated 10,000 civilians still trapped"
    if found != "killed" and frame.carried(before, after):  # "a dinghy carrying 130 migrants":
        if frame.carried_away(before, after):  # on board, no metric unless it left; "killed 28
            return "fled"  # passengers on board": killed
        return None if _LIST_PART_RE.fullmatch(low_after) else "other"  # "carrying 40 men, 32
        # women and four children landed": the list's verb is the first part's too
    if found == "killed" and _OWN_HURT_RE.match(low_after):
        return "other"  # "The latest tally shows 2,104 people were wounded": its own verb
    if (
        found == "killed"
        and _OWN_TRAPPED_RE.match(low_after)
        and not cue.OBJECTS.near_to(low_before)
    ):
        return "trapped"  # "the death toll may rise as there are hundreds of people trapped"
    aided = AID_FOR_RE.search(low_before) or _REGISTERED_END_RE.search(low_before[-40:])
    if found == "other" and aided and _AIDED_FLED_RE.match(low_after):
        found = "fled"  # "support to thousands of people fleeing unrest": aided as they fled;
        # "had registered 11,000 people who fled the attack": counted as they arrived
    if found == "other" and aided and _TRAPPED_PEOPLE_RE.match(low_after):
        return "trapped"  # "aid to some 60,000 trapped civilians": aided where they are held
    if found == "remaining" and _REST_OF_RE.search(low_before[-20:]):  # "the remaining seven
        cues = [m.lastgroup for m in cue.EVENT_RE.finditer(low_after[:60])]  # were killed": the
        found = next((c for c in cues if c in ("killed", "trapped", "fled")), found)  # rest's fate
    if found == "killed" and _BURIED_ALIVE_RE.search(f"{low_before[-40:]}#{low_after[:30]}"):
        return "trapped"  # "the landslide buried more than 2,000 people alive" (M4)
    if found in (None, "other") and frame.KILLED_THEM_RE.match(low_after):
        return "killed"  # "abducted 20 villagers and later killed them"
    if found == "other" and _DEAD_RE.match(low_after):
        return "killed"  # "the hospital had registered 22 dead": the dead, whoever counted them
    if found is None and (
        frame.FLIGHT_FROM_RE.search(low_before)
        or frame.moved_to_safety(before, after)
        or frame.ARRIVALS_RE.search(low_before)
        or frame.FLED_SUBJECT_RE.search(low_before)
        or (frame.FROM_SUBJECT_RE.search(low_before) and cue.SINCE_RE.match(low_after))
    ):
        found = "fled"  # "an exodus from Mosul of 600,000", "got a million people to safety"
    if (
        found is None
        and (cue.RECEIVED_RE.search(low_before[-70:]) or frame.BEEN_RECEIVED_RE.match(low_after))
        and not cue.HURT_NOUN_RE.match(low_after)
    ):
        found = "fled"  # people received where they arrived
    lives = cue.LIVES_RE.match(low_after) if found is None else None
    if lives and (
        cue.LIVES_TAKEN_RE.search(low_before[-70:]) or _LOST_RE.match(low_after, lives.end())
    ):
        found = "killed"  # "the conflict has cost more than 3,000 lives", "246 lives were lost"
    came = cue.CAME_RE.match(low_after) if found is None else None
    lander = f"{(head or before)[-60:].lower()} {came.group()}" if came and came["landed"] else ""
    if came and not frame.MUNITION_RE.search(lander):
        found = "fled"  # "6,500 people came", "219 Rohingya landed at": the number's own verb;
        # not "rockets landed"
    if found is None and _TAKEN_AWAY_RE.match(low_after):
        found = "fled"  # "7,000 civilians were taken to reception centres": moved (M3)
    if found is None:
        listed = frame.STATES_LIST_RE.match(low_after)  # "injured, lost and traumatised children"
        skip = listed.end("states") if listed and "killed" not in listed.group("states") else 0
        cues = list(cue.EVENT_RE.finditer(low_after, skip))
        hits = [m.lastgroup for m in cues]
        found = hits[0] if hits else None
        if (
            found == "other"
            and "killed" in hits
            and _HURT_PEOPLE_RE.match(low_after, cues[0].start())
        ):
            found = "killed"  # "three severely wounded people passed away": they died
        main = cue.MAIN_VERB_RE.search(low_after)  # "civilians trapped in X have been rescued"
        verb = cue.EVENT_RE.match(low_after, main.start(1)) if main else None
        if not (found == "killed" and cue.OWN_DEATH_RE.match(low_after)):  # "200 bodies arrived"
            relative = (  # "100 missing people who were stuck": still missing
                found == "other"
                and main
                and re.search(r"\b(?:who|that|which)\s+$", low_after[: main.start()])
            )
            own = cues and main and _AND_RE.search(low_after, cues[0].end(), main.start())  # "14
            # drowned and scores were missing": the first cue's own clause
            own = own or (found == "remaining" and verb and verb.lastgroup == "other")  # at risk
            own = own or (found == "trapped" and main and _NEED_RE.match(low_after, main.start(1)))
            if verb and main.start() > 0 and not relative and not own:
                found = verb.lastgroup
        left = cue.LEFT_STATE_RE.search(low_after, 0, main.end() + 1 if main else 0)
        if left and (state := cue.EVENT_RE.match(low_after, left.end())):
            found = state.lastgroup  # "have been left marooned": the state they were left in
        trapped = re.search(r"\b(?:besieged|trapped|encircled|under siege)\b", low_after[:60])
        if found == "remaining" and "trapped" in hits and trapped:
            found = "trapped"  # "remain in the besieged districts"
        moved = cue.DISPLACED_NOUN_RE.match(low_after) or _BARE_DISPLACED_RE.match(low_after)
        if found == "displaced" and "fled" in hits and moved:
            found = "fled"  # "70,000 displaced people arrived in Bule": what they did
    if found in ("other", "trapped", "fled") and frame.OUT_OF_TRAP_RE.match(low_after):
        found = "fled"  # "1,626 trapped civilians had been rescued": brought out of the trap
    elif frame.BROUGHT_OUT_BEFORE_RE.search(low_before[-50:]) and (
        found in ("trapped", "fled")
        or (found == "other" and (held := cue.STILL_THERE_RE.match(low_after)) and held["trapped"])
    ):  # "the army rescued at least 9 more trapped civilians": out of the trap; "freed 3,000
        found = "fled"  # civilians trapped between the army and rebels", not hostages freed
    elif found == "fled" and (still := cue.STILL_THERE_RE.match(low_after)):
        found = still.lastgroup  # "the evacuation of hundreds of civilians remaining there"
    if found == "other" and cue.MISSING_DEAD_RE.search(low_after[:60]):
        found = "killed"  # "73 migrants are reported missing and presumed dead" (M5)
    if found is None and cue.SURVIVORS_RE.match(low_after):
        return "other"  # "only seven survivors found": counted alive
    if found is None and (cue.OUT_RE.match(low_after) or cue.BURIED_RE.match(low_after)):
        found = "fled" if cue.OUT_RE.match(low_after) else "killed"
    if found is None and (toll := cue.TOLL_NOUN_RE.search(f"{head[-200:]} {before}".lower())):
        found = toll.lastgroup  # what the number counts was named before it
        if found == "other" and not cue.TOLL_NOUN_RE.search(low_before):
            found = None  # the hurt counted in another clause: not this number
    if found != "killed" and frame.TOLL_RISEN_RE.search(head[-200:].lower()):
        if found is None or _CLAUSE_CUT_RE.match(low_after[: _first_cue(low_after)]):
            found = "killed"  # the toll before a clause cut: "toll from floods and landslides"
    if found is None and head and frame.BY_THE_RE.search(low_before):
        hits = list(cue.EVENT_RE.finditer(head[-160:].lower()))
        found = hits[-1].lastgroup if hits else None  # "streaming into Turkey by the thousands"
    if found is None and head and (ends := cue.CLAUSE_END_RE.match(low_after)):
        low_head = head[-160:].lower()
        found = cue.OBJECTS.event(low_head)
        hits = list(cue.EVENT_RE.finditer(low_head))
        found = found or (hits[-1].lastgroup if hits else None)
        if ends.group("counted") and found != "killed":
            found = None  # "the toll ... is 40,689 people,", not "reached 2.1 million people,"
    if found is None and _KILLED_WITH_RE.search(head[-80:].lower()):
        found = "killed"  # "killed my sister-in-law and two other people"
    return found
