"""What a figure counts and what happened to it ("civilians ... trapped") -> a metric (3.4)."""

import re

from figures.extract.words import WORDS, alternation

_WORDS = WORDS["metric"]
NOUNS = {word: cls for cls, words in _WORDS["nouns"].items() for word in words}
UNITS = _WORDS["units"]
PEOPLE = {"people", "residents", "children", "household", "family", "refugees"}
_STOP = set(_WORDS["stop"])
_EVENT_WORDS = {
    cue for cues in _WORDS["events"].values() if isinstance(cues, list) for cue in cues
} - set(NOUNS)
NOUN_LIKE = re.compile(rf"\s+(?!(?:{alternation(_WORDS['stop'])})\b)[a-z]{{3,}}")
_HEDGE_WORDS = (
    r"(?:(?:at least|more than|up to|as many as|an estimated|some|about|around|nearly|almost"
    r"|over|the|another|a further|an additional|a total of|approximately|roughly|just|under"
    r"|close to|well|only|fewer than|less than|no fewer than|no more than|upwards of|in excess of)"
    r"\s+){0,3}"
)


class _Objects:
    """A verb right before the number that takes it as its object (hedges between), else a
    phrase anywhere earlier in its clause; two searches for all events, so reading is linear."""

    def __init__(self, verbs: dict):
        events = [(name, v) for name, v in verbs.items() if isinstance(v, dict)]
        self.order = [name for name, _ in events]
        near = "|".join(
            rf"(?P<{name}>\b(?:{alternation(v['near'])}))" for name, v in events if v["near"]
        )
        self.near = re.compile(rf"(?:{near})\s+{_HEDGE_WORDS}$")
        earlier = "|".join(
            rf"(?P<{name}>\b(?:{alternation(v['earlier'])})\b)"
            for name, v in events
            if v["earlier"]
        )
        self.earlier = re.compile(earlier)

    def event(self, before: str) -> str | None:
        """The event a verb or phrase before the number names, in the vocabulary's order."""
        near = self.near.search(before[-70:])
        if near:
            return near.lastgroup
        found = {m.lastgroup for m in self.earlier.finditer(before)}
        return next((name for name in self.order if name in found), None)


_EVENT_RE = re.compile(
    "|".join(
        rf"(?P<{name}>\b(?:{alternation(cues)})\b)"
        for name, cues in _WORDS["events"].items()
        if isinstance(cues, list)
    )
)
_OBJECTS = _Objects(_WORDS["object_verbs"])
_REMAIN_RE = re.compile(  # "remain in the city", "160,000 people remained.", not "remain hungry"
    rf"\b(?:{alternation(_WORDS['remaining'])})(?:\s*(?:[.,;:)\"”]|$)|\s+(?:(?:still|now|there"
    r"|behind|out of)\b|(?:in|inside|at|within|on|under)\s+(?!(?:famine|poverty|need|fear"
    r"|hunger|dire|conditions|extreme|acute|desperate|limbo|danger|captivity)\b)))"
)
_STOCK_RE = re.compile(
    rf"\b(?:{alternation(_WORDS['displacement']['stock'])})\b"
    r"|\b(?:living|sheltering|staying|reside|residing|are|are now|remain|moved|taken|relocated)"
    r"\s+(?:in|at|into|to)\s+(?:\S+\s+){0,6}(?:shelters?|camps?|sites?|schools?|tents|facilities"
    r"|centres|centers|bases|churches|mosques)\b|\bnumber of displaced\b(?!.*\bfled\b)"
)
_MOVED_RE = re.compile(rf"\b(?:{alternation(_WORDS['displacement']['moved'])})\b")
_RELATIVE_RE = re.compile(  # a relative clause before the main verb: its event is not the figure's
    r"\b(?:who|that|which)\s+(?:were|was|had|have|has)\b[^,.;]{0,80}?"
    r"(?=\b(?:were|was|have|has|had|are|is)\s+(?:been\s+|later\s+|then\s+)?\w+ed\b)"
)
_MAIN_VERB_RE = re.compile(r"\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:\w+ly\s+)?(\w+)")
_PART_RE = re.compile(
    r",?\s+(?:roughly\s+|about\s+|nearly\s+|almost\s+)?(?:half|most|many|some|two-thirds"
    r"|a third|a quarter|the majority|all|none)\s+of\s+(?:them|whom)\b(?:[^,]*,|.*)"
)
_FLED_WORD_RE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|crossed|evacuated|forced to|arrived|arriving|reached"
    r"|have left|had left|left (?:their|the|such))\b"
)
_NONVIOLENT_RE = re.compile(  # "died of nonviolent causes", "cholera deaths": not killed
    r"\b(?:cholera|diseases?|hepatitis|measles|malaria|nonviolent|non-violent|natural causes"
    r"|accident|covid(?:-19)?)\b"
)
_DISPLACED_NOUN_RE = re.compile(
    r"\s*(?:newly\s+)?(?:internally\s+)?displaced\s+(?:people|persons|families|civilians"
    r"|individuals|idps|residents)\b"
)
_HAVING_RE = re.compile(r",\s*(?:having|after)\s+(?:\w+\s+){0,2}?(?:fled|fleeing|escaped)\b.*")
_FLED_ONLY_RE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|escaping|forced to flee|have left|left (?:their|the|such))\b"
)
_RETURN_RE = re.compile(r"\breturn(?:ing|ees?|ed|s)?\b|\bdeport(?:ed|ation|ations)?\b")
_HURT_RE = re.compile(  # one space only: "85 killed and (700) injured" has a number between
    r"\b(?:killed|dead|deaths)(?:, (?:injured|wounded))?[ \n](?:and|or) (?:injured|wounded|missing"
    r"|went missing)|\b(?:injured|wounded) (?:and|or) (?:killed|dead)\b"
)
_WHOLE_RE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|most|many|majority|percent|%)"
    r"\s+of\s+(?:the|its|their)\s+$"
)
RESTATED_RE = re.compile(  # "put the figure at 300,000", "that number stood at": the last figure's
    rf"\b(?:figure|number|estimate|count|tally|total)\s+(?:[a-z]+\s+){{0,3}}?(?:at|to|is|was|of)\s+"
    rf"{_HEDGE_WORDS}$"
)
INHERIT_RE = re.compile(  # "including five children"; "30 killed -- seven Rohingyas, seven Hindus"
    rf"(?:\b(?:{alternation(_WORDS['inherit'])})|,|--|—|–|:)\s+{_HEDGE_WORDS}$"
    rf"|^\s*(?:(?:last|this|the previous|in)\s+[a-z]+\s+)?to\s+{_HEDGE_WORDS}$"  # "from 170,000 to"
    rf"|{RESTATED_RE.pattern}"
)
OF_THEM_RE = re.compile(r"\s+of (?:them|whom|those)\b")
_RECEIVED_RE = re.compile(  # "we received 3,000 people", "the arrival of 10,607 more civilians"
    rf"\b(?:received|receiving|receives|accepted|welcomed|(?:take|taken|taking|took) in"
    rf"|(?:arrivals?|influx|inflow) of)\s+"
    rf"{_HEDGE_WORDS}(?:more\s+)?$"
)
_HURT_NOUN_RE = re.compile(  # "received 19 martyrs", "91 wounded": the dead and hurt, not arrivals
    r"\s*(?:[a-z-]+\s+)?(?:wounded|injured|casualties|patients|sick|cases|dead|bodies|martyrs"
    r"|corpses|victims)\b"
)
_OWN_DEATH_RE = re.compile(r"\s*(?:[a-z-]+\s+)?(?:bodies|corpses|dead|deaths|fatalities)\b")
_TOLL_NOUN_RE = re.compile(  # "the number of those killed ... had surpassed 1,200"
    r"\b(?:number|total|count|tally) of (?:[a-z-]+ ){0,2}(?:(?P<killed>killed|dead|deaths"
    r"|fatalities)|(?P<displaced>displaced|idps)|(?P<fled>displacements))\b"
)
_OUT_RE = re.compile(  # "were brought out", "were bused out": evacuated
    r"^[^.;]{0,40}?\b(?:were|was|have been|had been|being)\s+(?:brought|taken|bus+ed|driven)"
    r"\s+out\b"
)
_BURIED_RE = re.compile(  # "300 victims were buried", not "buried under the rubble"
    r"^[^.;]{0,30}?\b(?:were|was|have been|had been|been)\s+buried\b(?!\s+(?:under|beneath|alive"
    r"|in\s+(?:the\s+)?(?:rubble|debris)))"
)
_HURT_STATE_RE = re.compile(  # "four others are in critical condition", "10 of the wounded"
    r"^\s+(?:of\s+(?:the|those)\s+(?:wounded|injured)\b|(?:[a-z-]+\s+){0,3}?(?:are|were|is|was"
    r"|remain|remained)\s+(?:still\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition"
    r"|under treatment|receiving treatment|being treated|hospitali[sz]ed"
    r"|in hospital\b(?!\s+morgue))\b)"
)
_HURT_COUNT_RE = re.compile(  # "the number of injured was 2,421": the nearest count named
    r"\b(?:number|total|count|tally) of (?:[a-z-]+ ){0,2}(?:injured|wounded|injuries|missing)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_RELOCATED_RE = re.compile(  # aid agencies moving people between camps: not their flight
    r"\b(?:relocat(?:ed|ing|es|e)|(?:were|was|been|being)\s+moved|transferred)\b"
)
_CAME_RE = re.compile(  # "6,500 people came", "10,000 Rohingyas have come to the camp": arrivals
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?(?:come|came)\b"
    r"(?!\s+(?:under|to power|forward|back|home|out|from behind|close|into (?:force|effect)))"
)
_STILL_THERE_RE = re.compile(  # "evacuation of hundreds of civilians remaining there"
    r"\s*(?:[a-z-]+\s+){0,2}?(?:(?P<remaining>remaining|still)\s+(?:there|in|inside|behind)"
    r"|(?P<trapped>still trapped|trapped))\b"
)

_ALREADY_RE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:already|still|currently|remain|remained|remains)\s+"
    r"(?:internally\s+)?displaced\b"
)
_HOSTS_RE = re.compile(r"\b(?:shelters?|camps?|sites?|settlements|centres|centers)\b")


def counted_noun(after: str) -> str | None:
    """The class of the counted noun just after the number ("dozens of Syrian soldiers")."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*", after)[:7]
    for index, token in enumerate(tokens[:6]):
        if token.isupper() and len(token) > 1:
            continue  # IS militants, US troops
        token = token.lower()
        if token in NOUNS or token.split("-")[-1] in NOUNS:
            head = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if NOUNS.get(head) in ("thing", "area") and after.find(tokens[index + 1]) > 0:
                return NOUNS[head]  # "two existing refugee camps": camps, not refugees
            return NOUNS.get(token) or NOUNS[token.split("-")[-1]]
        if token in _STOP or (index and token in _EVENT_WORDS):
            return None  # "700 worshippers perished when mosques crumbled": not the mosques
    return None


def counted_noun_before(before: str) -> str | None:
    """The counted noun named before the number: "the number of refugees has passed 1 million"."""
    matches = re.findall(r"\b(?:number|total|toll) of ((?:[A-Za-z-]+\s+){0,3})", before)
    return counted_noun(" " + matches[-1]) if matches else None


def event_of(before: str, after: str, head: str = "") -> str | None:
    """What happened to what was counted: a verb taking the number, else the nearest cue after;
    for a number that ends its clause, the cue before it in its sentence ("the toll ... 300")."""
    low_before, low_after = before.lower(), _PART_RE.sub(" ", after.lower())
    low_after = _RELATIVE_RE.sub(
        " ", low_after, count=1
    )  # "four who were taken hostage were killed"
    low_after = _HAVING_RE.sub(" ", low_after)  # "reside in camps, having fled Myanmar"
    if _WHOLE_RE.search(low_before):
        return None  # "two-thirds of the 20,000 residents have fled": the 20,000 did not all flee
    if _HURT_RE.search(low_after[:60]) or _HURT_RE.search(low_before[-40:]):
        return "other"  # "killed or injured dozens", "dead and injured"
    if _HURT_STATE_RE.match(low_after) or _HURT_COUNT_RE.search(low_before[-80:]):
        return "other"  # the hurt: "four others are in critical condition"
    found = _OBJECTS.event(low_before)
    if (
        found is None
        and _RECEIVED_RE.search(low_before[-70:])
        and not _HURT_NOUN_RE.match(low_after)
    ):
        found = "fled"  # people received where they arrived
    if found is None and _CAME_RE.match(low_after):
        found = "fled"  # "6,500 people came", "have come to the camp": the number's own verb
    if found is None:
        hits = [m.lastgroup for m in _EVENT_RE.finditer(low_after)]
        found = hits[0] if hits else None
        main = _MAIN_VERB_RE.search(low_after)  # "civilians trapped in X have been rescued"
        verb = _EVENT_RE.match(low_after, main.start(1)) if main else None
        if not (found == "killed" and _OWN_DEATH_RE.match(low_after)):  # "200 bodies arrived"
            relative = (  # "100 missing people who were stuck": still missing
                found == "other"
                and main
                and re.search(r"\b(?:who|that|which)\s+$", low_after[: main.start()])
            )
            found = verb.lastgroup if verb and main.start() > 0 and not relative else found
        trapped = re.search(r"\b(?:besieged|trapped|encircled|under siege)\b", low_after[:60])
        if found == "remaining" and "trapped" in hits and trapped:
            found = "trapped"  # "remain in the besieged districts"
        if found == "displaced" and "fled" in hits and _DISPLACED_NOUN_RE.match(low_after):
            found = "fled"  # "70,000 displaced people arrived in Bule": what they did
    if found == "fled" and (still := _STILL_THERE_RE.match(low_after)):
        found = still.lastgroup  # "the evacuation of hundreds of civilians remaining there"
    if found is None and (_OUT_RE.match(low_after) or _BURIED_RE.match(low_after)):
        found = "fled" if _OUT_RE.match(low_after) else "killed"
    if found is None and (toll := _TOLL_NOUN_RE.search(f"{head[-200:]} {before}".lower())):
        found = toll.lastgroup  # what the number counts was named before it
    if found is None and head and re.match(r"\s*(?:[.,;:)\"”’—–]|$)", low_after):
        low_head = head[-160:].lower()
        found = _OBJECTS.event(low_head)
        hits = list(_EVENT_RE.finditer(low_head))
        found = found or (hits[-1].lastgroup if hits else None)
    return found


def metric_for(
    noun: str | None, event: str | None, before: str, after: str, head: str = ""
) -> str | None:
    """What is counted and what happened to it, mapped to the built-in vocabulary (3.4); HEAD,
    the sentence before the number, says what deaths were of ("cases of Hepatitis E ...,
    including three fatalities")."""
    if noun == "strike":
        return "airstrikes"
    if noun in ("thing", "area", "truck", "tonne", "munition") or event in ("other", "protest"):
        return None
    around = f"{before} {after}".lower()
    if event in (None, "fled") and _RELOCATED_RE.search(f"{before[-40:]} {after[:50]}".lower()):
        if not re.search(r"\bforc", around) and not _STOCK_RE.search(around):
            if not re.search(r"\b(?:into|across)\s+[A-Z]", after[:80]):  # across a border: fled
                return (
                    None  # "relocating some 300 refugees", "75,000 refugees were moved from Adre"
                )
    if event == "killed":
        return None if _NONVIOLENT_RE.search(f"{head[-100:]} {after}".lower()) else "killed"
    if event == "trapped":
        return {"children": "children_trapped", "fighters": "fighters"}.get(
            noun or "", "civilians_trapped"
        )
    people = noun in (None, *PEOPLE)
    if event == "sheltered":
        return "displaced_in_population" if people else None
    returning = _RETURN_RE.search(f"{head[-80:]} {after}".lower())
    if event == "fled" and returning and not _FLED_ONLY_RE.search(around):
        return None  # "1.2 million returning Afghans", "could be deported"
    if noun in ("fighters", "military") and event in (None, "remaining"):
        return {"fighters": "fighters", "military": "military_personnel"}[noun]
    if noun in ("fighters", "military") and event in ("fled", "displaced"):
        return "military_personnel" if noun == "military" else None  # "troops moved into"
    if people and _ALREADY_RE.match(after.lower()):
        return "displaced_in_population"  # "the 700,000 people already displaced"
    if event == "remaining" and (
        noun == "refugees" or (people and _HOSTS_RE.search(head[-150:].lower()))
    ):
        return "displaced_in_population"  # camps "home to 34,000 refugees", shelters "inhabited by"
    if event == "fled" and _FLED_WORD_RE.search(around):
        return "fled"
    if event in ("fled", "displaced") or (event in (None, "remaining") and noun == "refugees"):
        return _displacement(event, around)
    if people and event in (None, "remaining") and _STOCK_RE.search(around):
        return "displaced_in_population"
    if event == "remaining":
        return "civilians_remaining" if people else None
    if noun in ("fighters", "military"):
        return {"fighters": "fighters", "military": "military_personnel"}[noun]
    if people and (noun == "residents" or (noun and _REMAIN_RE.search(after.lower()))):
        return "civilians_remaining"
    return None


def _displacement(event: str | None, around: str) -> str:
    """Fled (a flow) or displaced_in_population (a stock), from the words around the figure."""
    if re.search(
        r"\bbring(?:ing|s)?\s+the\s+total\b|\bnumber of (?:internally )?displaced\b[^.;]{0,40}"
        r"\bsheltering\b",
        around,
    ):
        return "displaced_in_population"  # "bringing the total in the east to nearly 5 million"
    if re.search(
        r"\bnewly\b|\b(?:increased|rose|risen|grew|jumped)\s+by\b|\bnew\s+displacements?\b"
        r"|\b(?:this|last|past)\s+(?:year|month|week)\b|\byear alone\b"
        r"|\bin recent (?:days|weeks)\b",
        around,
    ):
        return "fled"  # "17,500 newly internally displaced people", "has increased by 80,000"
    if _STOCK_RE.search(around):
        return "displaced_in_population"
    if event == "displaced" and not _MOVED_RE.search(around):
        return "displaced_in_population"  # "thousands displaced", "42,000 internally displaced"
    return "fled"
