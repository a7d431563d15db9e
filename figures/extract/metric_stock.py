"""Cues that a displacement figure counts people present in a place, a stock (CODING M2)."""

import re

from figures.extract.metric_cues import HOSTS_RE, SINCE_SOON_RE
from figures.extract.skim import compiled

HOSTED_TOTAL_RE = compiled(  # "the total number of refugees in Sudan ... to 417,000" (M2)
    r"\b(?:number|total)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:refugees|idps|(?:internally\s+)?displaced"
    r"\s+(?:people|persons)|who\s+(?:have\s+|had\s+)?sought\s+(?:shelter|refuge|safety))"
    r"\s+in\s+(?:(?-i:[A-Z])|the\s+country\b)[^.;]*$"  # "in the country": where they are
    r"|\b(?:refugee|displaced|idp)\s+population\s+(?:of|in)\s+(?-i:[A-Z])[^.;]*$"  # "the refugee
    # population of Bidibidi Settlement stands at"
    r"|\b(?:camp|site|settlement|registered)\s+population\s+(?:[a-z]+\s+){0,3}?"  # "bringing the
    r"(?:to|at|of|is)\s+$",  # camp population to", "the registered population there stood at"
    re.IGNORECASE,
)
AMONG_DISPLACED_RE = compiled(  # "Among these displaced persons, at least 195,764 are in X"
    r"\bamong\s+(?:these|those|the|them)\s+(?:[a-z-]+\s+){0,2}?(?:(?:internally\s+)?displaced"
    r"(?:\s+(?:people|persons))?|idps|refugees)\b[^.;]*$",
    re.IGNORECASE,
)
PRESENT_RE = compiled(  # "... are in the West Department", "residing in 85 sites"
    r"^\s*(?:are|were|remain|remained|live|living|reside|residing|stay|staying|sheltering)\s+"
    r"(?:still\s+|now\s+|currently\s+)?(?:in|at|inside|within|across)\b"
)
CIVILIANS_IN_RE = compiled(  # "the situation for about 800,000 civilians in the city of El Fasher"
    r"^\s*(?:[a-z-]+\s+)?civilians\s+(?:still\s+)?(?:in|inside)\s+(?:the\s+(?:besieged\s+)?"
    r"(?:city|town)\b|(?-i:[A-Z]))"
)
NEW_ARRIVALS_RE = compiled(  # "167 new arrivals", "3,800 new IDPs", "continue to arrive": came (M1)
    r"^\s*(?:[a-z-]+\s+)?(?:new(?:ly)?[\s-]+(?:arrivals|arrived|idps|internally\s+displaced"
    r"|asylum[\s-]seekers)\b"
    r"|(?:[a-z-]+\s+){0,3}?(?:continue|continued|continues)\s+to\s+(?:arrive|pour|stream|flow)\b)"
    r"(?![^.;]{0,60}\b(?:(?:taking|taken|sought|seeking)\s+(?:shelter|refuge)|sheltering|staying"
    r"|living)\b)"  # not "new arrivals are taking shelter in": there now (M2)
)
MIGRANTS_RE = compiled(  # people on the move, not "2,000 migrants are held in Libya"
    r"^\s*(?:of\s+(?:the|these|those)\s+)?(?:[a-z-]+\s+)?migrants\b"
    r"(?!\s+(?:(?:who|that)\s+)?(?:are|live|living|reside|residing|held|detained|work|working)\b)"
)
MIGRANTS_THERE_RE = compiled(  # migrants a country holds now (M2), not their crossing
    r"^\s*(?:[a-z-]+\s+)?migrants\s+(?:(?:who|that)\s+)?(?:are|live|living|reside|residing)\s+"
    r"(?:now\s+|still\s+|currently\s+)?in\b"
)
_HOLDS = r"(?:houses|housed|accommodates|accommodated|shelters|sheltered)"  # a place holds them
HOSTING_NOW_RE = compiled(  # "Grand South, which already welcomed 116,000 displaced people"
    r"\b(?:already|currently|now)\s+(?:welcomed|welcomes|received|receives|hosts|hosted|hosting"
    rf"|{_HOLDS})\s+(?:[a-z]+\s+){{0,3}}$"
)
HARBOURS_RE = compiled(  # "Sudan harboured 11,000 Ethiopian refugees", "protecting 15,000 refugees"
    r"\b(?:harbou?r(?:s|ed|ing)|protect(?:s|ed|ing)|packed\s+with|(?:host|home)\s+to"
    r"|caring\s+for|(?:taking|takes|took)\s+care\s+of|looking\s+after)\s+"
    r"(?:[a-z]+\s+){0,3}$"  # "Jordan, already host to more than 650,000 Syrian refugees"
)
SHELTERS_RE = compiled(  # "The Sports Stadium camp alone shelters 434 families": held there (M2)
    rf"(?:{HOSTS_RE.pattern}|\b(?:buildings?|schools?|stadium)\b)[^.;]{{0,40}}?\b{_HOLDS}\s+"
    r"(?!for\b)(?:[a-z]+\s+){0,2}$"  # not "the building of temporary shelters for 1,500 households"
)
AID_FOR_RE = compiled(  # "prepositioning aid for tens of thousands of Darfur refugees in Chad"
    r"\b(?:aid|assistance|help|relief|food|supplies|support|services)\s+(?:to|for)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
NOT_BACK_RE = compiled(  # still away from home: a stock, not a return (CODING M2)
    r"\s+(?:(?:are|is|were|was|have|has|had|remain|remains|remained|still|now)\s+){0,3}"
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?(?:able\s+to\s+return|returned)|unable\s+to\s+return"
    r"|yet\s+to\s+return|(?:cannot|can't|could\s+not|couldn't)\s+(?:yet\s+)?return)"
    r"(?=\s+(?:home\b|to\s+(?:their|his|her)\s+(?:homes?|houses|villages|towns|areas"
    r"|communities)\b|to\s+(?:the\s+)?[A-Z]))"  # home, not to school or from sea
)

STAYING_RE = compiled(  # "refugees from Chin State are currently sheltering in Mizoram" (M2)
    r"^[^.;]{0,50}?\b(?:(?:are|remain)\s+|(?<=refugees )|(?<=idps )"  # "refugees staying in"
    r"|(?<=refugees )(?:who|that)\s+(?:have|had)\s+been\s+)"  # "refugees who have been living"
    r"(?:currently\s+|now\s+|still\s+)?(?:(?P<lives>living|residing|(?<=refugees )live)"
    r"|sheltering|staying|housed|hosted|sheltered|seeking\s+(?:refuge|shelter|safety|protection))\b"
)
REGISTERED_NOW_RE = compiled(  # "5,600 refugees have been registered": on the rolls now (M2)
    r"^\s*(?:[\w-]+\s+){0,2}?refugees\s+"
    r"(?:from\s+(?:[\w’'-]+\s+){1,3}?(?=(?:have|has|had|are)\s))?"  # "refugees from South Sudan
    # have been registered"
    r"(?:(?:have|has|had)\s+(?:already\s+)?been\s+|are\s+)?"
    r"registered\b(?!\s+(?:(?:so\s+far\s+)?(?:since|this|in\s+\d)|arriving|on\s+arrival)\b)"
)
FLED_AND_STAYED_RE = compiled(  # "160,000 Chechens who fled the fighting remain in Ingushetia"
    r"^[^.;]{0,40}?\b(?:who|that)\s+(?:have\s+|had\s+)?(?:fled|been\s+displaced|were\s+displaced)"
    r"\b[^.;]{0,80}?\s(?:remain|still\s+live|now\s+live|are\s+(?:still\s+|now\s+)?(?:living|staying"
    r"|sheltering))\s+(?:in|at)\b"
)
THERE_NOW_RE = compiled(  # refugees or the homeless there now, as the words after them say (M2)
    r"^\s*(?:[\w-]+\s+){0,3}?(?:are|remain|remained|were)\s+(?:now\s+|still\s+)?refugees\b"
    # "200,000 Nigerians are now refugees in Niger", "300,000 Sierra Leoneans were refugees"
    r"|^\s*(?:[\w-]+\s+){0,3}?(?:refugees|idps)\s+(?:now|currently|still)\s+in\b"  # "the 18,000
    # refugees now in Kenya"
    r"|^\s*(?:[\w-]+\s+)?refugees\s+from\s+(?:[\w’'-]+\s+){1,3}?(?:are|remain)\s+(?:now\s+|still\s+)?"
    r"in\b"  # "37,000 refugees from Blue Nile State are in Ethiopia"
    r"|^\s+(?:[a-z-]+\s+){0,2}(?:are|remain|were)\s+(?:now\s+|still\s+)?"  # "30,000 people are
    r"(?:(?:believed|thought|estimated|said)\s+to\s+be\s+)?(?:homeless"  # believed to be homeless"
    r"|without\s+shelter(?!\s+(?:or|and)\s))\b"  # are homeless": now, not "left homeless"
    r"|^\s+(?:[\w-]+\s+){0,3}?(?:remains?|remained|are\s+still|were\s+still)\s+evacuated\b"
    r"|^\s+(?:[a-z-]+\s+){0,2}(?:have|has|had)\s+been\s+homeless\b"  # "have been homeless for"
    r"|^\s+(?:[a-z-]+\s+)?(?:are|remain)\s+(?:still\s+)?left\s+displaced\b"  # "are left displaced"
    r"|^\s*(?:[a-z-]+\s+)?(?:(?:are|were|remain|remained)\s+(?:still\s+|now\s+|currently\s+)?)?"
    r"(?:(?:living|staying|sheltering)\s+)?(?:in|inside)\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+)?"
    r"(?:shelters|evacuation\s+cent(?:re|er)s)\b"
    r"(?![^.;]{0,40}\b(?:killed|died|dead)\b)"  # "82,021 people in 435 shelters", "900 people are
    # still in temporary shelters"; not "60 people in shelters ... who were killed"
    r"|^[^.;]{0,40}?\b(?:remain(?:s|ed)?|are\s+still|were\s+still|(?:are|were)\s+(?:still\s+)?"
    r"(?:living|sleeping)|(?:have|had)\s+to\s+(?:live|sleep))\s+(?:in\s+the\s+open|outdoors"
    r"|in\s+exile|in\s+evacuation\b|in\s+makeshift|in\s+tents|on\s+the\s+streets?)"  # "have to
    # live in the open", "remain in evacuation from their homes": without a home now
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:already\s+in\s+exile|(?:are|were)\s+(?:now\s+|still\s+"
    r"|currently\s+)?(?:in\s+exile|scattered)\b)"  # "the 4 million Iraqis already in exile",
    # "1.8 million Iraqi refugees are currently scattered around the region": away now
)  # "35,000 residents of Baracoa remain evacuated": away now, not "were evacuated"


_WHO_FLED_RE = compiled(r"\s*(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:have\s+|had\s+)?fled\b")


def hosted_now(low_before: str, low_after: str, displaced: bool) -> bool:
    """Displaced people a place holds now: "which already welcomed 116,000 displaced people",
    "30,000 people are homeless",
    "40,000 refugees are currently sheltering in Mizoram", "a school where hundreds of families
    are seeking refuge" (M2)."""
    if HOSTING_NOW_RE.search(low_before) and not SINCE_SOON_RE.match(low_after):
        return True  # not "already received 3,500 refugees since September": arrivals (M1)
    if THERE_NOW_RE.match(low_after) or FLED_AND_STAYED_RE.match(low_after):
        return True  # "are now refugees in Niger", "who fled the fighting remain in Ingushetia"
    fled = displaced or _WHO_FLED_RE.match(low_after)  # "213,000 Sudanese who have fled Darfur"
    if (fled and HARBOURS_RE.search(low_before)) or SHELTERS_RE.search(low_before):
        return True
    staying = STAYING_RE.match(low_after)
    if not staying or staying.group("lives"):
        return bool(staying and displaced)  # "where 300,000 people are living in famine"
    return displaced or low_before.endswith("where ")


ARE_IN_TOWN_RE = compiled(  # "78,000 people are in Hawija", "are believed to be in the city" (M8)
    r"^\s+(?:[A-Za-z-]+\s+){0,2}are\s+(?:still\s+|now\s+)?(?:(?:believed|thought|estimated|said)\s+"
    r"to\s+be\s+)?(?:still\s+|now\s+)?(?:in|inside)\s+(?:the\s+city\s+of\s+[A-Z]|the\s+(?:city|town"
    r"|enclave)\b|(?:[a-z]+ern\s+)?[A-Z])"
)
