"""What a figure counts and what happened to it ("civilians ... trapped") -> a metric (3.4)."""

import re
from functools import lru_cache

from figures.extract import metric_cues as cue
from figures.extract import metric_frames as frame
from figures.extract import metric_stock as stock
from figures.extract.metric_flow import (
    CARED_FOR,
    TOOK_REFUGE_RE,
    displaced_by_verb,
    displacement,
)

_LATER_CLAUSE_RE = re.compile(  # another clause's words; not "died as the result of the outbreak"
    r"\b(?:where|while|whereas|amid|as(?!\s+(?:a|the)\s+result\b))\b|;"
)
_CARED_FOR_RE = re.compile(  # people an agency moves for their care or work, not for safety
    rf"\s*(?:[a-z-]+\s+)?(?:staff|workers|employees|personnel|inmates|{CARED_FOR})\b"
)
_LIST_ITEM_RE = re.compile(  # "Cidade de Pemba (151,553 individuals), Metuge (": a place's count
    r"[A-Z][\w'’.-]*(?:\s+(?:de|da|del|al|el|[A-Z][\w'’.-]*)){0,3}\s*\((?=\s*[\d,.]+\s*[a-z]*\s*\)|$)"
)
_CAME_RE = re.compile(
    r"\b(?:come|came|coming|arrived|moved|integrated|relocated)\s+(?:from|to|in)\b"
)
_GANG_MEMBERS_RE = re.compile(  # the members an armed group counts (M7)
    r"\b(?:gang|militia|armed group|rebel group)\b,?\s+(?:which\s+)?(?:has|had|have)\s+"
    r"(?:[a-z]+\s+)?#\s+members\b"  # "The gang has around 200 members"
    r"|#\s+members\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:gang|militia)\b",
    re.IGNORECASE,
)
_DISPLACED_NOUN_RE = re.compile(r"\s*(?:idps|internally displaced|displaced (?:people|persons))\b")
_AMONG_DISPLACED_RE = re.compile(  # "Among the displaced are 126 children": a part of a stock (M2)
    r"\bamong\s+the\s+(?:internally\s+)?(?:displaced|refugees|idps|evacuees)(?:\s+(?:people|persons))?"
    r"\s*(?:,\s*|\s+(?:are|were|include|included)\s+)(?:some\s+|about\s+|at\s+least\s+)?$"
)
_AFFECTED_RE = re.compile(  # "flood-affected families": an adjective, not the figure's event
    r"\s*(?:[a-z]+[\s-])?affected\s+(?:people|persons|families|individuals|households)\b"
)
_LEFT_CAMP_RE = re.compile(  # "families have left the camp", "departed from camps east of Mosul"
    r"\s*(?:[a-z()-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?(?:left|departed)\s+(?:from\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w-]*,?\s+|and\s+){0,5}(?:IDP\s+|displacement\s+)?camps?\b"
)
_CAMP_HAS_RE = re.compile(  # a camp's residents are the displaced it hosts
    r"\bcamps?\b[^.;,]{0,30}\b(?:has|had|have|houses|housed|hosts|hosted|with)\s+(?:[a-z]+\s+){0,3}$"
)
_RAIDS_RE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}raids\b", re.IGNORECASE)
_FROM_THE_AIR_RE = re.compile(  # what makes a raid an air strike
    r"\b(?:air|aerial|drones?|jets?|(?:war)?planes|aircraft|helicopters?|bomb\w*|missiles?)\b",
    re.IGNORECASE,
)
_HOMELESS_RE = re.compile(r"\s*(?:[a-z-]+\s+)?homeless\b")  # the number's own state
_IN_TOWN_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:in|inside)\s+(?:the\s+(?:city\s+of\s+)?)?[A-Z]")


@lru_cache(maxsize=4096)
def metric_for(
    noun: str | None, event: str | None, before: str, after: str, head: str = ""
) -> str | None:
    """What is counted and what happened to it, mapped to the built-in vocabulary (3.4); HEAD,
    the sentence before the number, says what deaths were of ("cases of Hepatitis E ...,
    including three fatalities")."""
    if noun == "strike":  # not "killed 35 civilians in five different raids" on foot
        on_foot = _RAIDS_RE.match(after) and not _FROM_THE_AIR_RE.search(f"{head} {before} {after}")
        return None if on_foot else "airstrikes"
    if noun is None and (armed := frame.numbered_group(before, head, cue.NOUNS)) in frame.ARMED:
        return frame.ARMED[armed]  # "A group of insurgents, numbering about 30" (M7)
    low_before, low_after = before.lower(), after.lower()
    refugees = noun == "refugees" or "refugees" in low_after[:80]
    if event in (None, "fled", "displaced") and stock.NEW_ARRIVALS_RE.match(low_after):
        return "fled"  # "there were 167 new arrivals", "3,800 new IDPs have been registered"
    if frame.registered_over_a_period(low_before, low_after):
        return "fled"  # "registered 100,000 asylum-seekers so far in 2015": arrivals (M1)
    if refugees and cue.REGISTERED_RE.search(f"{before[-30:]} # {low_after[:60]}".lower()):
        return "displaced_in_population"  # "registered 28,278 refugees in Tissi" (M2)
    if stock.REGISTERED_NOW_RE.match(low_after):
        return "displaced_in_population"  # "5,600 refugees have been registered" (M2)
    if refugees and event != "killed" and cue.THERE_ARE_RE.search(low_before):
        return "displaced_in_population"  # "there are now 787,000 Syrians who are ... refugees"
    if event is None and noun in (None, *cue.PEOPLE) and _AMONG_DISPLACED_RE.search(low_before):
        return "displaced_in_population"
    displaced = refugees or cue.DISPLACED_NOUN_RE.match(low_after)
    if noun in (None, *cue.PEOPLE) and stock.hosted_now(low_before, low_after, bool(displaced)):
        return "displaced_in_population"  # "which already welcomed 116,000 displaced people"
    if event == "other" and displaced and stock.AID_FOR_RE.search(low_before):
        return "displaced_in_population"  # aid for the refugees or displaced people there (M2)
    if frame.rescued_from_flood(event, low_before, low_after):
        return "fled"  # brought out of a flood: an evacuation (M3)
    if event == "other" and _AFFECTED_RE.match(low_after) and cue.STOCK_RE.search(low_after[:80]):
        return "displaced_in_population"  # "3.53 lakh affected persons had been lodged in camps"
    if noun in ("thing", "area", "truck", "tonne", "munition") or event in ("other", "protest"):
        return None
    if noun == "case" and not re.match(r"\s*(?:death|fatal\w*|killing)\s", low_after):
        return None  # "killed in 472 attacks", "1,300 cases of malnutrition"; not "death cases"
    if event != "killed" and re.match(r"\s*(?:[a-z-]+\s+)?returnees\b", low_after):
        return None  # "forced ... 180,000 Chadian returnees to flee": a return, not flight (M3)
    people = noun in (None, *cue.PEOPLE)
    if people and event in (None, "remaining") and (group := cue.OF_N_RE.search(low_before)):
        return frame.ARMED.get(group.lastgroup)  # "a militia of 3,000 men"; "a town of 80,000" (M8)
    if (
        people
        and event in (None, "remaining")
        and _GANG_MEMBERS_RE.search(f"{head[-60:]} # {after}")
    ):
        return "fighters"  # "the gang has around 200 members", "300 members of the X gang" (M7)
    if (
        noun == "military"
        and event is None
        and re.match(r"\s*(?:[a-z-]+\s+)?personnel\b", low_after)
    ):
        if not cue.ARMED_RE.search(f"{head[-150:]} {after[:60]}".lower()):
            return None  # "the disaster agency had 13,000 personnel working in the area"
    if (
        people
        and event in (None, "fled", "displaced")
        and (hosted := stock.HOSTED_TOTAL_RE.search(before))
    ):
        if cue.PERIOD_RE.search(hosted.group().lower()) or cue.SINCE_RE.match(low_after):
            return "fled"  # "... refugees in Sudan since December stands at", "... to N since" (M1)
        return "displaced_in_population"  # "the number of refugees in Sudan ... stands at" (M2)
    if event is None and stock.MIGRANTS_RE.match(low_after):
        return "fled"  # "46,415 migrants have been registered": people on the move, a flow (M1)
    if event is None and stock.MIGRANTS_THERE_RE.match(low_after):
        return "displaced_in_population"  # "1.7 million Venezuelan migrants who are in Colombia"
    if people and event is None and stock.CIVILIANS_IN_RE.match(after):
        return "civilians_remaining"  # civilians in a city at war (M8)
    if (
        people
        and event is None
        and stock.AMONG_DISPLACED_RE.search(head)
        and stock.PRESENT_RE.match(low_after)
    ):
        return "displaced_in_population"  # "Among these displaced persons, 195,764 are in X"
    if people and event is None and frame.PRESENT_NOW_RE.search(low_before):
        if cue.STOCK_RE.search(low_after[:60]):
            return "displaced_in_population"  # "there are now 12,000 Malians in the camp" (M2)
        if frame.IN_PLACE_RE.match(after) or frame.WHERE_THERE_RE.search(low_before):
            return "civilians_remaining"  # "there are currently 1,256 people in the city", "a
            # no-fire zone where the government says there are 70,000 people" (M8)
    if people and event in (None, "fled", "displaced", "remaining"):
        if found := displaced_by_verb(noun, event, before, after, head):
            return found
    around = f"{before} {after}".lower()
    if event in (None, "fled") and cue.RELOCATED_RE.search(f"{before[-40:]} {after[:50]}".lower()):
        if noun != "refugees" and cue.SHELTERED_RE.search(after[:80].lower()):
            return "fled"  # "90,000 Mozambicans have been moved into shelters" (M3)
        kept = cue.STOCK_RE.search(around) and noun != "refugees"  # refugees moved between camps
        safer = frame.SAFER_RE.search(after[:80].lower()) and noun != "refugees"
        if not re.search(r"\bforc", around) and not kept and not safer:
            if not re.search(r"\b(?:into|across)\s+[A-Z]", after[:80]):  # across a border: fled
                moved_on = refugees or (people and not _CARED_FOR_RE.match(low_after))
                return "fled" if moved_on else None  # "580 refugees were relocated to Tunaydbah",
                # "226,700 people had been relocated": moved on (M3); not "relocating 300 staff"
    if noun in frame.ARMED and frame.ATTACKERS_RE.match(low_after):  # "300 gunmen attacked the
        if cue.OBJECTS.event(low_before) != "killed":  # village and killed 20": attackers (M7),
            return frame.ARMED[noun]  # not "killed 40 rebels who attacked their positions"
    left = event is None and people and re.search(r"\b(?:leav\w*|left)\b", head[-80:].lower())
    if (event == "killed" or left) and _HOMELESS_RE.match(low_after):
        return "fled"  # "leaving 269 people dead and more than 150,000 homeless" (M1)
    if event == "killed":
        if frame.FAMINE_BEFORE_RE.search(head[-150:].lower()) and frame.DIED_RE.match(low_after):
            return None  # "to avoid famine and a repeat of 2011, when 250,000 people died" (M5)
        own = _LATER_CLAUSE_RE.split(after, maxsplit=1)[0]  # not "in Taiz, where dengue ..."
        return None if cue.NONVIOLENT_RE.search(f"{head[-100:]} {own}".lower()) else "killed"
    moved = cue.OUT_VERB_RE.search(around) or re.match(
        r"[^.;]{0,30}?\b(?:arriv|reached)", low_after
    )
    if event == "fled" and moved and cue.HURT_NOUN_RE.match(low_after):
        return None  # "40 wounded people were evacuated", "47 wounded have arrived" (M3)
    if event == "trapped" and cue.PART_OF_RE.search(before) and cue.OUT_VERB_RE.search(head[-150:]):
        return "fled"  # "3,146 were evacuated, including 479 trapped citizens"
    if event == "trapped":
        return {"children": "children_trapped", "fighters": "fighters"}.get(
            noun or "", "civilians_trapped"
        )
    if event == "sheltered" and people and noun != "refugees":
        crowded = cue.CROWDED_INTO_RE.search(low_after)
        if crowded and cue.FLED_ONLY_RE.search(low_after, 0, crowded.start()):
            return "fled"  # "people fleeing X have packed into evacuation centres": arrived (M1)
    if event == "sheltered" and people and TOOK_REFUGE_RE.match(low_after):
        return "fled"  # "1,400 Myanmar nationals took refuge in Mizoram": they came (M1)
    if event == "sheltered":
        return "displaced_in_population" if people else None
    returning = frame.RETURN_RE.search(f"{head[-80:]} {after}".lower())
    returning = returning and "forcibly" not in around  # "forcibly deported to Russia": fled
    going_home = cue.GOING_HOME_RE.search(after[:80].lower())  # "have left Tanzania to return home"
    back = frame.WENT_HOME_RE.search(after[:60].lower()) or frame.RETURN_RE.search(
        after[:60].lower()
    )
    displaced = noun == "refugees" or _DISPLACED_NOUN_RE.match(after.lower())  # "20,000 IDPs"
    if event is None and displaced and back:
        return None  # "1.2 million refugees have gone back to their homes", "were escorted
        # back": a return (M3)
    if event == "fled" and returning and (going_home or not cue.FLED_ONLY_RE.search(around)):
        return None  # "1.2 million returning Afghans", "could be deported"
    if event == "fled" and _LEFT_CAMP_RE.match(after) and not re.search(r"\bforc", around):
        return None  # "370 families left the Duhok camps": they go home from a camp (M3)
    if noun in frame.ARMED and event in (None, "remaining"):
        return frame.ARMED[noun]
    if noun in frame.ARMED and event in ("fled", "displaced"):
        if frame.FAMILIES_RE.match(low_after):
            return "fled"  # "the evacuation of 5,000 rebels and their families" (M3)
        return frame.ARMED[noun]  # "troops moved into", "275 militants evacuated the city" (M7)
    if people and cue.ALREADY_RE.match(low_after):
        return "displaced_in_population"  # "the 700,000 people already displaced"
    hosted = cue.HOSTED_RE.match(low_after)  # "home to another 116,000 people who fled" (M2)
    if event == "remaining" and (
        noun == "refugees" or (people and (cue.HOSTS_RE.search(head[-150:].lower()) or hosted))
    ):
        return "displaced_in_population"  # camps "home to 34,000 refugees", shelters "inhabited by"
    sheltered_by_then = cue.HAD_SHELTERED_RE.match(low_after)  # "had found refuge": there (M2)
    if event == "fled" and (
        (cue.FLED_WORD_RE.search(around) and not sheltered_by_then)
        or frame.LEFT_PLACE_RE.match(after)
        or frame.FLED_SUBJECT_RE.search(head.lower())
    ):
        return "fled"
    if event in ("fled", "displaced") or (event in (None, "remaining") and noun == "refugees"):
        return displacement(event, around, head or before, after)
    stocked = cue.STOCK_RE.search(f"{head[-30:].lower()} {around}")  # "Inside ECs: 540 families"
    if people and event in (None, "remaining") and stocked:
        return "displaced_in_population"
    if event == "remaining" and cue.BACKGROUND_RE.search(low_before):
        return None  # "Rafah, home to fewer than 300,000 people before the war" (M8)
    if event == "remaining":
        return "civilians_remaining" if people else None
    if (
        people
        and event is None
        and (
            (cue.THERE_ARE_RE.search(low_before) and _IN_TOWN_RE.match(after))
            or stock.ARE_IN_TOWN_RE.match(after)
        )
    ):
        return "civilians_remaining"  # "now there are approximately 120,000 citizens in Chernihiv"
    if noun in frame.ARMED:
        return frame.ARMED[noun]
    if noun == "residents" and event is None and _CAMP_HAS_RE.search(head[-80:].lower()):
        return "displaced_in_population"  # "the camp now has 1,357 residents" (M2)
    if noun == "residents" and frame.PREWAR_RE.match(low_after):
        return None  # "3,000 inhabitants", "17,000 residents before the war": background (M8)
    if people and (noun == "residents" or (noun and cue.REMAIN_RE.search(low_after))):
        return "civilians_remaining"
    items = list(_LIST_ITEM_RE.finditer(head)) if people and event is None and not before else []
    if items and items[-1].end() == len(head) and (lead := head[: items[0].start()]).strip():
        listed = metric_for(noun, None, lead, after, lead)  # what the list's lead says: "IDP
        # populations were in: Pemba (151,553 individuals), Metuge (119,317" are a stock
        return "fled" if listed and _CAME_RE.search(lead) else listed  # "IDPs come from": moved
    return None
