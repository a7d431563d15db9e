"""The cue words and patterns that say what a figure counts and what happened to it (3.4)."""

import re

from figures.extract.metric_frames import HEDGE_WORDS as _HEDGE_WORDS
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_WORDS = WORDS["metric"]
NOUNS = {word: cls for cls, words in _WORDS["nouns"].items() for word in words}
UNITS = _WORDS["units"]
PEOPLE = {"people", "residents", "children", "household", "family", "refugees"}
STOP = set(_WORDS["stop"])
_MORE_EVENTS = {  # cues of this module's own, beside the shared vocabulary of words.json
    "killed": "passed away|fell in battle|fell in combat|lives lost|lives were lost"
    "|lives have been lost|executions|presumed dead"
    "|feared dead|believed dead|presumed to have died|could die|may die|might die"
    "|embraced martyrdom|succumbing|succumb to|among those killed|among the dead".split("|"),
    "fled": "crossing the|crossing into|are crossing|were crossing|passed through|pass through"
    "|passing through|making the crossing|made the crossing|escape|cross into|cross the border"
    "|try to cross|running for|ran for their lives|began running|started running"
    "|evacuate|evacuees|have come out|came out|come out of|will leave|would leave|heading for"
    "|heading to|headed for|heading toward|heading towards|moving toward|moving towards"
    "|transferred|taken to safety|brought to safety|moved to safety|shuttled out|bussed out"
    "|bused out|made the trek|made the dangerous trek|made the perilous trek|made the long trek"
    "|managed to get out|been crossing|crossing from|streamed through|streaming through"
    "|taken flight|take flight|taking flight|on the run".split("|"),  # a siege's way out (M3)
    "sheltered": "massed on|massed along|massed at|located along|given shelter".split("|"),  # (M2)
    "trapped": "were trying to get out|are trying to get out|were trying to leave"
    "|are trying to leave|still trying to leave|still trying to get out|marooned|unable to flee"
    "|unable to escape|cannot leave|could not leave"  # M4
    "|prevented from leaving|held hostage by|still trying to cross".split("|")  # held in their
    # city by its fighters; stuck at a border
    + [  # "hundreds are buried under the debris": alive under it, trapped (M4)
        f"buried {where} {the}{what}"
        for where in ("under", "beneath", "in")
        for the in ("", "the ")
        for what in ("rubble", "debris", "wreckage")
    ],
    "other": ["suffer", "suffers", "suffering", "suffered"],  # "two million suffer from hunger"
}
_NOT_EVENTS = {"other": {"held hostage"}}  # "held hostage by IS in Raqqa": trapped (M4)
EVENTS = {
    name: [c for c in cues if c not in _NOT_EVENTS.get(name, ())] + _MORE_EVENTS.get(name, [])
    if isinstance(cues, list)
    else cues
    for name, cues in _WORDS["events"].items()
}
EVENT_WORDS = {c for cues in EVENTS.values() if isinstance(cues, list) for c in cues} - set(NOUNS)
NOUN_LIKE = compiled(rf"\s+(?!(?:{alternation(_WORDS['stop'])})\b)[a-z]{{3,}}")


class _Objects:
    """A verb right before the number that takes it as its object (hedges between), else a
    phrase anywhere earlier in its clause; two searches for all events, so reading is linear."""

    def __init__(self, verbs: dict):
        events = [(name, v) for name, v in verbs.items() if isinstance(v, dict)]
        self.order = [name for name, _ in events]
        near = "|".join(
            rf"(?P<{name}>\b(?:{alternation(v['near'])}))" for name, v in events if v["near"]
        )
        self.near = compiled(  # a range; "killed a family of four"; '"summarily executed" 13'
            rf"(?:{near})[\"”’']?\s+(?:(?:an?|the|his|her|their)\s+family\s+of\s+"
            r"|the\s+(?:last|final)\s+)?"  # "killing the last 300 fighters"
            rf"{_HEDGE_WORDS}"
            r"(?:between\s+|from\s+)?$"
        )
        earlier = "|".join(
            rf"(?P<{name}>\b(?:{alternation(v['earlier'])})\b)"
            for name, v in events
            if v["earlier"]
        )
        self.earlier = compiled(earlier)

    def _near(self, before: str) -> re.Match | None:
        """A verb right before the number that takes it as its object ("killing 20")."""
        return self.near.search(before[-70:])

    def near_to(self, before: str) -> bool:
        return self._near(before) is not None

    def event(self, before: str) -> str | None:
        """The event a verb or phrase before the number names, in the vocabulary's order."""
        if near := self._near(before):
            return near.lastgroup
        found = {m.lastgroup for m in self.earlier.finditer(before)}
        return next((name for name in self.order if name in found), None)


EVENT_RE = compiled(
    "|".join(
        rf"(?P<{name}>\b(?:{alternation(cues)})\b)"
        for name, cues in EVENTS.items()
        if isinstance(cues, list)
    )
)
_MORE_NEAR = {  # "has affected some 26 million people", "the dead included at least 15 children"
    "other": ["affected", "affecting", "supported", "supporting", "benefiting", "benefited"]
    + ["arrest", "arrested", "arresting", "detain", "detaining", "capture", "capturing"],
    "killed": ["dead included", "dead include", "victims included", "victims include", "buried"]
    + ["beheaded", "beheading", "murdering", "murders of", "beheading of"],
    "fled": "departure of|departures of|flight of|drove|driving|drives|driven".split("|"),
}
_MORE_NEAR["other"] += "shelters for|shelter for|tents for|aid for|assistance for".split("|")
_MORE_NEAR["other"] += "injury of|injuries of|wounding of|injuring|wounding".split("|")
OBJECTS = _Objects(
    {
        name: {**verbs, "near": verbs["near"] + _MORE_NEAR.get(name, [])}
        if isinstance(verbs, dict)
        else verbs
        for name, verbs in _WORDS["object_verbs"].items()
    }
)
REMAIN_RE = compiled(  # "remain in the city", "160,000 people remained.", not "remain hungry"
    rf"\b(?:{alternation(_WORDS['remaining'])})(?:\s*(?:[.,;:)\"”]|$)|\s+(?:(?:still|now|there"
    r"|behind|out of)\b|(?:in|inside|at|within|on|under)\s+(?!(?:famine|poverty|need|fear"
    r"|hunger|dire|conditions|extreme|acute|desperate|limbo|danger|captivity)\b)))"
)
_FLOW_NOT_STOCK = set(  # what made people homeless or moved them is a flow (CODING M1, M3)
    "left displaced|being displaced|displaced within|displaced inside|displaced due to|homeless"
    "|made homeless|without shelter|lost their homes|lost homes|lost their houses"
    "|sought shelter".split("|")
)
_STOCK = [cue for cue in _WORDS["displacement"]["stock"] if cue not in _FLOW_NOT_STOCK]
HAD_SHELTERED_RE = compiled(  # "where 4,000 IDPs had found refuge": there by then, a stock (M2)
    r"^[^.;]{0,50}?\bhad\s+(?:already\s+|since\s+|earlier\s+)?(?:sought|found|taken)\s+"
    r"(?:refuge|shelter|safety)\b"
)
STOCK_RE = compiled(
    rf"\b(?:{alternation(_STOCK)})\b"
    r"|\b(?:living|(?<!to )lived?|sheltering|(?:now|currently|still)\s+shelter|staying"
    r"|(?<!to )stays?|reside|residing|are|are now|remain(?:ed|s)?|served|lodged|sheltered"
    r"|currently|now|registered"  # "23,000 people have been registered at the Doro camp"
    r"|seeking\s+(?:refuge|protection|shelter|safety))"  # "seeking refuge at the stadium"
    r"\s+(?:in|at|into|to|inside|within|outside)\s+(?:\S+\s+){0,6}(?:shelters?|camps?|sites?"
    r"|schools?|tents|tent\s+(?:cities|towns)|facilities|installations|premises|cent(?:re|er)s?"
    r"|bases?|churches|mosques"
    r"|colleges?"
    r"|monaster(?:y|ies)|pagodas?|temples?|sanatori(?:um|ums|a)|hostels?|dormitor(?:y|ies)"
    r"|(?:un|unmiss|monusco|minusca|mission|peacekeeping|church)\s+compounds?"
    r"|settlements|(?<!the )(?<!this )(?<!that )settlement|stadium|ecs)\b"  # "remain in the
    # settlement": their town; "staying in the Pagiarinya settlement": a refugee settlement
    r"|\b(?:inside|outside)\s+(?:\d+\s+)?(?:ecs|evacuation\s+cent(?:er|re)s)\b"  # "Inside ECs: 540"
    r"|\bnumber of displaced\b(?!.*\bfled\b)"
)
MOVED_RE = compiled(rf"\b(?:{alternation(_WORDS['displacement']['moved'])})\b")
RELATIVE_RE = compiled(  # a relative clause before the main verb: its event is not the figure's
    r"\b(?:who|that|which)\s+(?:were|was|had|have|has)\b[^,.;]{0,80}?"
    r"(?=\b(?:were|was|have|has|had|are|is)\s+(?:been\s+|later\s+|then\s+)?\w+ed\b)"
)
MAIN_VERB_RE = compiled(r"\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:\w+ly\s+)?(\w+)")
PART_RE = compiled(
    r",?\s+(?:roughly\s+|about\s+|nearly\s+|almost\s+)?(?:half|most|many|some|two-thirds"
    r"|a third|a quarter|the majority|none)\s+of\s+(?:them|whom)\b(?:[^,]*,|.*)"
)
FLED_WORD_RE = compiled(
    r"\b(?:fled|flee|fleeing|escaped|crossed|cross into|crossing into|evacuated|forced to|arrived"
    r"|arriving|reached|drove|(?:has|have|had) uprooted|uprooting|pushed|pushing"
    r"|driving|driven|departure|sought (?:shelter|refuge|safety)"
    r"|have left|had left|left (?:their|the|such))\b"
)
DISEASES = (  # the diseases of outbreaks: their deaths are not killings (M5)
    r"cholera|hepatitis|measles|malaria|covid(?:-19)?|diphtheria|dengue|ebola|typhoid"
    r"|tuberculosis|meningitis|yellow fever|mpox|lassa fever"
)
NONVIOLENT_RE = compiled(  # "died of nonviolent causes", "cholera deaths": not killed (M5)
    rf"\b(?:{DISEASES}|pneumonia|diarrh(?:o)?ea|influenza|polio|diseases?|nonviolent"
    r"|non-violent|natural causes)\b"
    r"|\b(?:died|dying|deaths?|toll|killed|perished|dead)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:of|from|by|due to|in|as\s+(?:a|the)\s+result\s+of|because\s+of)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?:famine|starvation|hunger|malnutrition"
    r"|outbreak(?!\s+of\s+(?:violence|fighting|clashes|hostilities|war|unrest|conflict))"
    r"|epidemic)\b|\b(?:famine|starvation|hunger|malnutrition)[- ](?:related\s+)?deaths\b"
    r"|\b(?:famine|starvation|hunger)\b(?!-)[^.;,]{0,50}?\b(?:killed|claimed)\s"  # "The 2011 famine
)  # killed 260,000"; "killed in an outbreak of violence" were killed
DISPLACED_NOUN_RE = compiled(
    r"\s*(?:of\s+)?(?:newly\s+)?(?:internally\s+)?displaced\s+(?:people|persons|families|civilians"
    r"|individuals|idps|residents)\b"
)
HAVING_RE = compiled(r",\s*(?:having|after)\s+(?:\w+\s+){0,2}?(?:fled|fleeing|escaped)\b.*")
FLED_ONLY_RE = compiled(
    r"\b(?:fled|flee|fleeing|escaped|escaping|forced to flee|have left|left (?:their|the|such))\b"
)
HURT_RE = compiled(  # one space only: "85 killed and (700) injured" has a number between
    r"\b(?:killed|dead|deaths|died|martyrs)(?:, (?:injured|wounded))?,?[ \n](?:and|or) (?:injured"
    r"|wounded|maimed|mutilated|missing|went missing|gone missing)"
    r"|\b(?:injured|wounded|maimed) (?:and|or) (?:killed|dead)\b"
)
WHOLE_RE = compiled(
    r"\b(?:half|thirds?|quarters?|fifths?|most|many|majority|percent|%)"
    r"\s+of\s+(?:the|its|their)\s+$"
)
RECEIVED_RE = compiled(  # "we received 3,000 people", "the arrival of 10,607 more civilians"
    rf"\b(?:received|receiving|receives|accepted|welcomed|(?:take|taken|taking|took) in"
    rf"|(?:arrivals?|influx|inflow) of)\s+"
    rf"{_HEDGE_WORDS}(?:more\s+)?$"
)
HURT_NOUN_RE = compiled(  # "received 19 martyrs", "91 wounded", "58 people for treatment", "96
    r"\s*(?:[a-z-]+\s+){0,2}?(?:wounded|injured|injuries|casualties|patients|sick|cases|dead|bodies"
    r"|martyrs|corpses|victims)\b|\s*(?:[a-z-]+\s+)?(?:people|persons)\s+(?:who\s+were\s+(?:injured"
    r"|wounded|hurt)|for\s+(?:medical\s+)?treatment|with\s+(?:[a-z-]+\s+)?(?:wounds|injuries))\b"
)  # people with gunshot wounds": the dead and hurt, not arrivals
OWN_DEATH_RE = compiled(  # "most of the 1,600 deaths", "the majority of the 622 civilians who died"
    r"\s*(?:[a-z-]+\s+)?(?:bodies|corpses|dead|deaths|fatalities|killings)\b"
    r"|\s*(?:[a-z-]+\s+){0,2}(?:who|that)\s+(?:had\s+|have\s+)?(?:died|were\s+killed|perished"
    r"|lost\s+their\s+lives|were\s+(?:shot|beaten|burned|burnt|hacked|stabbed)\s+"
    r"(?:dead|to\s+death))\b"
)  # "most of the 200 villagers who lost their lives were women"
TOLL_NOUN_RE = compiled(  # "the number of those killed ... had surpassed 1,200"
    r"\b(?:number|total|count|tally|breakdown) of (?:[a-z-]+ ){0,2}(?:(?P<killed>killed|dead"
    r"|deaths|fatalities|martyred|martyrs)|(?P<displaced>displaced|idps)|(?P<fled>displacements)"
    r"|(?P<other>injured|wounded|injuries))\b"  # "the number of people injured ... reached N"
)
OUT_RE = compiled(  # "were brought out", "were bused out": evacuated
    r"^[^.;]{0,40}?\b(?:were|was|have been|had been|being)\s+(?:brought|taken|bus+ed|driven)"
    r"\s+out\b"
)
BURIED_RE = compiled(  # "300 victims were buried", not "buried under the rubble"
    r"^[^.;]{0,30}?\b(?:were|was|have been|had been|been)\s+buried\b(?!\s+(?:under|beneath|alive"
    r"|in\s+(?:the\s+)?(?:rubble|debris)))"
)
FEARED = r"(?:feared|presumed|believed)"  # "missing and feared dead": counted among the dead (M5)
HURT_STATE_RE = compiled(  # "four others are in critical condition", "10 of the wounded"
    r"^\s+(?:of\s+(?:the|those)\s+(?:wounded|injured)\b|(?:[a-z-]+\s+){0,3}?(?:are|were|is|was"
    r"|remain|remained)\s+(?:still\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable)\s+"
    r"(?:medical\s+)?conditions?"
    r"|under treatment|receiving treatment|being treated|hospitali[sz]ed"
    r"|in hospital\b(?!\s+morgue)|(?:missing|unaccounted\s+for)\b"  # "23 are still missing" (M5),
    rf"(?![\s,]+(?:and\s+)?(?:are\s+|were\s+)?{FEARED}))\b)"  # not "feared dead"
)
HURT_COUNT_RE = compiled(  # "the number of injured was 2,421": the nearest count named
    r"\b(?:number|total|count|tally) of (?:[a-z-]+ ){0,2}(?:injured|wounded|injuries|missing"
    r"|unaccounted)\b[^.;:\d]{0,25}(?:\d[\d,.]*\s+to\s+)?$"  # "from 51 to 1,079"
)
SHELTERED_RE = compiled(  # "have been moved into shelters": brought out of danger (M3)
    r"\bmoved\s+(?:in)?to\s+(?:[a-z-]+\s+){0,3}?(?:shelters?|evacuation cent(?:re|er)s|safety"
    r"|(?:relief|emergency|evacuation)\s+camps)\b"
    r"|^\s*(?:[a-z-]+\s+)?(?:were|was|have been|had been)\s+(?:placed|settled)\s+in(?:to)?\s+"
    r"(?:\S+\s+){0,3}?(?:camps?|shelters?)\b"  # "1,500 civilians were placed in X camp"
    r"|\brelocated\s+from\b"  # "civilians have been relocated from Nineveh to camps"
    r"|^\s*(?:[a-z-]+\s+){0,2}(?:from\s+(?:[\w-]+\s+){1,4})?(?:in)?to\s+(?:[\d,]+\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s|(?:relief|emergency)\s+camps)\b"
)
RELOCATED_RE = compiled(  # people moved by an agency: people moved on are a flow (M3); staff
    # and patients moved for their work or care count no flight unless forced or to safety
    r"\b(?:relocat(?:ed|ing|es|e)|(?:were|was|been|being)\s+(?:moved|placed|settled)"
    r"|(?:have|has|had)\s+moved)\b"  # "authorities have moved 9,500 people into relief camps"
)
CAME_RE = compiled(  # "6,500 people came", "10,000 Rohingyas have come to the camp": arrivals;
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?(?:come|came"  # "219 Rohingya landed
    r"|(?P<landed>landed|disembarked))\b"  # at", "hundreds have landed": from the sea
    r"(?!\s+(?:under|to power|forward|back|home|out|from behind|close|into (?:force|effect)))"
)
STILL_THERE_RE = compiled(  # "evacuation of hundreds of civilians remaining there"
    r"\s*(?:[a-z-]+\s+){0,2}?(?:(?P<remaining>remaining|still)\s+(?:there|in|inside|behind)"
    r"|(?P<trapped>still trapped|trapped))\b"
)
ALREADY_RE = compiled(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:already|still|currently|remain|remained|remains)\s+"
    r"(?:internally\s+)?displaced\b"
)
HOSTS_RE = compiled(r"\b(?:shelters?|camps?|sites?|settlements|centres|centers)\b")
LIVES_TAKEN_RE = compiled(  # "has cost more than 3,000 lives", "claimed 40 lives"
    rf"\b(?:cost|costs|costing|claimed|claims|claiming|took|taken|taking|loss of)\s+{_HEDGE_WORDS}$"
)
LIVES_RE = compiled(r"\s+(?:[a-z-]+\s+)?lives\b")
CLAUSE_END_RE = compiled(  # a number ending its clause, maybe with its noun: "is 40,689 people,"
    r"\s*(?P<counted>(?:people|persons|individuals)\b\s*)?(?:[.,;:)\"”’—–]|$)"
)
GOING_HOME_RE = compiled(  # people who left a host country to go home are returning, not fleeing
    r"\bto (?:return|go back|go home)\b|\breturn(?:ed|ing)? (?:home|to their)\b"
    r"|\bto their homes in\b"
)
SINCE_RE = compiled(r"[^.;]{0,70}\bsince\b")  # counted since a start: a flow, not a stock
SINCE_SOON_RE = compiled(r"[^.;,]{0,40}\bsince\b")  # "since" in the figure's own clause
BACKGROUND_RE = compiled(  # "Gaza, home to 2 million people": the place's population (M8)
    rf"(?<!still )(?<!now )\b(?:home to|inhabited by|population (?:is|was))\s+{_HEDGE_WORDS}$"
)
UNHOUSED_RE = compiled(  # "left 20,000 homeless", "49,000 lost their roofs": a flow (M1)
    r"\b(?:left|leaving|leaves|leave|made|rendered)\s+(?:[#a-z-]+\s+){0,4}?(?:homeless"
    r"|(?<!currently )(?<!still )(?<!now )displaced"  # "leaving 600,000 currently displaced"
    r"|without\s+(?:a\s+|any\s+)?(?:shelter|homes?|roofs?))\b"
    r"|\blost\s+(?:their|its|his|her|the)\s+(?:homes?|houses?|roofs?|shelters?|dwellings)\b"
    r"|\b(?:have|has|had)\s+sought\s+shelter\b|\bsought\s+shelter\s+and\b"
)
THERE_ARE_RE = compiled(  # "there are over 7 million refugees": people present, a stock (M2)
    rf"(?:\bthere\s+(?:are|were|is|was)\s+(?:also\s+)?(?:now\s+|still\s+|currently\s+)?"
    r"|\bnow\s+at\s+)"
    rf"{_HEDGE_WORDS}$"
)
PARTITIVE_RE = compiled(  # "many of the tens of thousands of survivors": a set named before
    rf"\b(?:many|some|most|all|half|few|none|each|one|thousands|hundreds) of (?:the|those|these)\s+"
    rf"{_HEDGE_WORDS}$"
)
PERIOD_RE = compiled(  # counted over a period: a flow (M1)
    r"\b(?:since|over the (?:past|last)|in the (?:past|last)|(?<!beginning of )(?<!start of )"
    r"(?:this|last|past) (?:year|month|week)"
    r"|in recent (?:days|weeks|months))\b"
)
PART_OF_RE = compiled(  # "including 80,000 displaced from ...": a part of the figure before
    rf"\b(?:including|which\s+includ(?:e|es|ed)|among them|among whom|of whom|of which)"
    rf"\s+{_HEDGE_WORDS}$"
)
LEFT_STATE_RE = compiled(r"\b(?:been|were|was|are|is|be|being)\s+left\s+")  # "left marooned"
OUT_VERB_RE = compiled(r"\b(?:evacuat(?:ed|es?|ing|ions?)|rescued)\b")
MISSING_DEAD_RE = compiled(r"\bmissing,?\s+(?:and\s+)?(?:presumed|feared)\s+(?:dead|drowned)")
SURVIVORS_RE = compiled(r"\s*(?:[a-z-]+\s+)?survivors\b")  # counted alive: no metric
OF_N_RE = compiled(  # "a militia of 3,000 men" its members (M7), "a town of 80,000" none (M8)
    r"\b(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:(?P<fighters>militia|rebel group|gang)"
    r"|(?P<military>army|force|brigade|battalion)|(?P<place>city|town|village|country|nation|island"
    rf"|enclave|territory|district|province|region|community))\s+of\s+{_HEDGE_WORDS}$"
    rf"|(?<!displaced )\b(?P<population>population)\s+of\s+{_HEDGE_WORDS}$"
)
HOSTED_RE = compiled(  # "home to another 116,000 people who fled": displaced people hosted
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:(?:who|that)\s+(?:have\s+|had\s+)?(?:fled|been displaced"
    r"|were displaced)|(?:displaced|idps|refugees)\b)"
)
REGISTERED_RE = compiled(  # "registered 28,278 refugees in Tissi": refugees hosted there (M2)
    r"(?<!been )\bregistered\s+(?:by\s+[\w-]+\s+)?(?:in|at|as)\b"
    r"|\bregistered\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?#\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:in|at|from)\b"  # "registered some 21,291 refugees in Nigeria"
    r"|\bregistered\s+(?:as\s+refugees|for\s+(?:temporary|international|protection|asylum|residence))\b"
)
CROWDED_INTO_RE = compiled(  # "have crammed into Rafah": arrived there, a flow (M1)
    r"\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:packed|crammed|crowded|poured|streamed|flocked)\s+into\b"
)
ASIDE_RE = compiled(  # a source or a subordinate clause names no event of the figure's
    r",?\s+according to\b.*|\b(?:amid|amidst|because|although|though|whereas|despite)\b.*"
    r"|\bas\s+(?:the|a|an|more|many|further)\s.*"
)
ARMED_RE = compiled(  # "personnel" are soldiers only among armed forces
    r"\b(?:military|army|armed|security|defen[cs]e|troops|soldiers|navy|air force|police|forces)\b"
)
