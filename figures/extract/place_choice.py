"""Where a figure is: the place its sentence names, else its paragraph's, else the article's."""

import re
from bisect import bisect_left
from functools import lru_cache

from figures.extract.demonyms import country_of
from figures.extract.metric_frames import HEDGE_WORDS
from figures.extract.numbers import Mention
from figures.extract.place import Place
from figures.extract.place_before import (
    anaphor,
    last_country,
    last_of_kind,
    main_country,
    own_anaphor,
)
from figures.extract.place_capital import capital_city
from figures.extract.place_chain import container, specific, spoken_at
from figures.extract.place_counted import CROSSINGS, counts_its_own
from figures.extract.place_destined import (
    arrivals_at,
    destined,
    one_of_several,
    others_destination,
    own_place,
    went_to,
    whence_then_where,
)
from figures.extract.place_frame import framed, may_frame
from figures.extract.place_list import list_holder
from figures.extract.place_memo import answers, text_memo
from figures.extract.place_name import WORST_HIT
from figures.extract.place_recent import landmark, recent_place, war_count
from figures.extract.place_speaker import speaker_base, speaker_tail
from figures.extract.skim import compiled
from figures.extract.words import WORDS

_WORDS = WORDS["place"]
_PART_RE = compiled(  # "displaced mostly in Lower Shabelle": where most are, the figure is wider
    r"\b(?:mostly|mainly|largely|primarily|predominantly|chiefly|most\s+of\s+them)\s+"
    r"(?:in|from|to|into)\s+(?:the\s+)?$"  # "fled Goma, most of them to Rwanda": Goma (P2)
)
_BOUND_RE = compiled(  # "on their way to North America": where they mean to go, not are
    r"\b(?:way|journey|route|trek|bound|headed|heading)\s+(?:north\s+|south\s+)?"
    r"(?:to|for|towards?)\s+$"
)
_CROSSING_RE = compiled(rf"\s{CROSSINGS}$")
_ORIGIN_RE = compiled(  # "refugees from South Sudan", "arrived from their villages in Rakhine"
    r"\bfrom\s+(?:(?:the|their|its|other|all|several)\s+)*(?:parts?\s+of\s+)?(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){1,2}(?:in|of)\s+(?:the\s+)?)?$"
)
_FLEEING_RE = compiled(  # "camps in Chad for 240,000 fleeing the war in Darfur": whence, not where
    r"\b(?:fleeing|fled|escaping|escaped|uprooted\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:violence|war|conflict|fighting|unrest|insecurity|clashes|attacks|persecution|rioting)\s+"
    r"(?:in|of)\s+(?:(?:the|their)\s+)?(?:neighbou?ring\s+)?(?:[a-z-]+\s+[A-Z][\w-]*['’]s\s+)?$"
)
_ORIGIN_CHAIN_RE = compiled(r"\s*,\s*(?:in\s+)?(?:the\s+)?|\s+in\s+(?:the\s+)?")
# "fled to neighbouring countries": several places not named, so none the figure can take (P2)
_ELSEWHERE_RE = compiled(r"(?:neighbou?ring|nearby|surrounding)\s+(?:countries|states)$")
_UPROOTED_FROM_RE = compiled(
    r"\b(?:refugees|migrants|asylum[- ]seekers|returnees)\s+from\s+(?:the\s+)?$"
)
_LIST_RE = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_DEMONYM_PEOPLE_RE = compiled(  # "900,000 Lebanese residents", "550,000 Somalis", "of Israelis"
    r"\b(?P<demonym>(?:(?:South|North)\s+)?[A-Z][a-z]{3,})\s+(?:residents|civilians|citizens|people"
    r"|refugees|families"
    r"|nationals|villagers|children|migrants|officials|authorities|army|government|police"
    r"|soldiers|troops|forces)\b|\b(?P<plural>(?:(?:South|North)\s+)?[A-Z][a-z]{3,}(?:ians|ans|is))\b"
    r"(?![ \t]+[A-Z])"
)
_OTHER_CLAUSE_RE = compiled(  # ", including eight in Selangor", ", eight of them in X": a part's
    r"[;]|,\s*while\b|\bwhile\b(?!\s+(?:[a-z-]+\s+){0,2}?\d)"  # not "11 died while 19 were
    r"|,\s*(?:with|as|and|but|after|before|when|where|which|who|including|among)\b"  # missing in"
    r"|,\s*(?:[\w,]+\s+){1,2}of\s+(?:them|whom)\b"
    r"|\bfollowed\s+by\b|\bcompared\s+(?:with|to)\b"  # a ranking's next: "(1,293), followed by"
)
_BESIDE_RE = compiled(  # a place right before its count: "Sindh has reported 678, KPK 306"
    r"(?:\s+\([A-Z]{2,6}\))?[\s(:]*"  # "Khyber Pakhtunkhwa (KPK) 303"
    r"|\s*(?:--|[—–])\s*(?:around|about|some|nearly|over|more than)?\s*"
    r"|\s+(?:has\s+|had\s+)?(?:already\s+|now\s+)?(?:reported|recorded|registered"
    r"|received|welcomed|(?:taken|took)\s+in|saw|harbou?red)\s+"  # "Tanzania has received
    # 70,187", "Kathmandu saw 1,202"
    rf"|(?:,\s*which)?\s+(?:has\s+|had\s+)?(?:already\s+|still\s+|now\s+|currently\s+)?"
    r"(?:hosts|hosted)\s+"
    rf"{HEDGE_WORDS}"  # "Jordan, which already hosts more than 600,000", "Dadaab still hosts some"
    rf"|\s+{WORST_HIT}"
    r"(?:\s+[a-z]+)?,?\s+with\s+(?:around|about|some|nearly|over|more than|at least)?\s*"
    r"|\s+with\s+"  # "Sindh with 22, Balochistan with 5"; not "Mogadishu with some 40,000"
)  # "Gampaha is the worst affected, with 197,144"


def choose_place(
    places: list[Place],
    starts: list[int],
    spans: tuple[tuple[int, int], tuple[int, int]],
    mention: Mention,
    moved: bool,
    text: str,
    sentences: list[tuple[int, int]],
) -> Place | None:
    """The sentence's place nearest after the figure (a destination for people who fled), else
    the nearest before it; a sentence naming none ("the city") takes its paragraph's."""
    sentence, paragraph = spans
    memo = text_memo(places, text)
    if city := capital_city(text, sentence, mention):
        return city  # "displaced from Haiti's capital": the capital the text names elsewhere
    named = _sentence_places(memo, places, starts, sentence, text)
    after = [p for p in named if p.start >= mention.end]
    before = [p for p in named if p.end <= mention.start]
    before = _kept_before(memo, before, mention, text) if before else before
    if before and _BESIDE_RE.fullmatch(text, before[-1].end, mention.start):
        return before[-1]  # "Tobruk (1,320 individuals)", "in Juba -- around 25,000"
    own = None if before and not container(before[-1]) else True
    if own and (own := own_anaphor(places, starts, sentence, mention, text)):
        return own  # "145,000 civilians have fled the city": the city named before
    after = _kept_after(memo, after, mention, moved, text) if after else after
    crossing = next((p for p in after if _CROSSING_RE.search(p.name)), None)
    if crossing and not _other_clause(text[mention.end : crossing.start]):
        return crossing  # "arrived in Albania through the Morini crossing": the narrowest
    if moved and (own := own_place(text, mention.end, after)):
        return specific(own, named, text)  # "a further 2,200 in Chad": not "arrived in Cameroon"
    if moved and (after or before):  # people who fled: where they went, else where they fled
        ahead = [*after, *reversed(before)]  # from
        went = answers(memo, went_to, ahead, text)
        for place in ahead:
            if went[id(place)]:
                return specific(place, named, text)
    lead = text[max(0, after[0].start - 30) : after[0].start] if after else ""
    listed = before and _ORIGIN_RE.search(text[max(0, before[-1].start - 30) : before[-1].start])
    fled = (
        before and after and _FLEEING_RE.search(text, max(0, after[0].start - 60), after[0].start)
    )
    origin = _ORIGIN_RE.search(lead) or fled  # "from South Sudan", "fleeing the war in Darfur"
    if before and origin and not listed:  # "three from X, four from Y": Y
        while len(after) > 1 and _ORIGIN_CHAIN_RE.fullmatch(text, after[0].end, after[1].start):
            after = after[1:]  # "from New Fangak, Jonglei State": all of it is where they left
        after = after[1:]  # "hosts 600,000 refugees from South Sudan", "from other parts of"
    elif after and (
        _UPROOTED_FROM_RE.search(lead) or whence_then_where(text, after)
    ):  # "The camp hosts 17,000 refugees from the
        while len(after) > 1 and _LIST_RE.fullmatch(text, after[0].end, after[1].start):
            after = after[1:]  # Democratic Republic of the Congo": where they are, not whence
        after = after[1:]
    own_count = after and counts_its_own(text, after[0].start)  # "and Kigeme home to 19,000"
    if after and not own_count and not _other_clause(text[mention.end : after[0].start]):
        if _narrower_before(before, after[0], mention, moved, text):
            return before[-1]  # "an airstrike on the village of Zardana killed 40 in Idlib"
        return list_holder(places, after[0], text, starts) or specific(after[0], named, text)
    if moved and (arrived := arrivals_at(text, mention.start, mention.end, before)):
        return arrived  # "refugees in Bangladesh fled Myanmar's army ... 3,000 had arrived"
    if before:
        return list_holder(places, before[-1], text, starts) or specific(
            before[-1], named, text, backwards=True
        )
    if not places and (people := _demonym_place(text, *sentence)):
        return people  # a text naming no place: "550,000 Somalis have left their homes"
    first, cut = bisect_left(starts, paragraph[0]), bisect_left(starts, sentence[0])
    earlier = places[first : max(first, cut)]  # by bisect: a long text's figures stay linear
    while earlier and earlier[-1].end > sentence[0]:
        earlier.pop()  # a name the sentence's start cuts
    while not moved and earlier and destined(text, earlier[-1]):
        earlier.pop()  # "150 were taken to the Gaza Strip. 3,300 were injured": not there
    pointer = anaphor(text, *sentence)
    if pointer and re.search(r"\b(?:country|nation)$", pointer.group()):
        country = memo[("resolved", paragraph)] = last_country(text, pointer.start())
        return country  # "across the country": the last named, for the paragraph's next figures
    if pointer:  # "the city": the last place of its kind named before
        span = (first, first + len(earlier)) if earlier else (0, cut)
        earlier = earlier or places[:cut]
        kind = re.search(r"\b(?:city|town|village|camp|enclave|capital|strip)\b", pointer.group())
        if kind and earlier:
            return last_of_kind(places, span, kind.group(), text)
    if war_count(text, *sentence):  # "The war has killed 20,000": the country's, not the town's
        country = memo[("resolved", paragraph)] = main_country(text, sentence[0])
        return country
    if len(earlier) > 1 and re.fullmatch(r"\s+and\s+", text[earlier[-2].end : earlier[-1].start]):
        return earlier[-2]  # "the towns of Fouah and Kefraya": the first of the two
    if moved and (arrived := arrivals_at(text, mention.start, mention.end, earlier)):
        return arrived
    if earlier:  # "raided Myauk-Inn village in northern Taze. One woman was killed": Myauk-Inn
        last = next((p for p in earlier[:-4:-1] if not landmark(text, p)), earlier[-1])
        held = list_holder(places, last, text, starts)  # "across Kayin, Magway and Sagaing"
        return held or specific(last, places, text, backwards=True)  # not "near the coast"
    if resolved := memo.get(("resolved", paragraph)):
        return resolved  # "died in the country. About 2,000 homes were damaged": the country
    if recent := recent_place(places, starts, sentences, sentence, text, moved):
        return recent  # the attack's town, named in a sentence before this paragraph
    return None  # P1: a place named only after the figure is not its place


_WIDE_END_RE = compiled(r"\b(?:province|state|region|governorate|oblast|prefecture|country)$")
_CLAUSE_CUT_RE = compiled(r"[.;:,\d]|\b(?:and|while|said|says|told)\b")  # not one clause


def _narrower_before(before: list[Place], wide: Place, mention: Mention, moved: bool, text: str):
    """A village or town of the figure's own clause named before it, when the place after it
    is the province or country holding it (P1: the most specific place)."""
    if moved or not before or not (_WIDE_END_RE.search(wide.name.lower()) or country_of(wide.core)):
        return False
    narrow = before[-1]
    if mention.start - narrow.end >= 80 or container(narrow):
        return False
    return not _CLAUSE_CUT_RE.search(text, narrow.end, mention.start)


def _kept_before(memo: dict, before: list[Place], mention: Mention, text: str) -> list[Place]:
    """The places before the figure that may be its place: not where a speaker spoke, not a
    landmark ("40 km from Dori") unless all are, not the speaker's own."""
    said = answers(memo, spoken_at, before, text)
    before = [p for p in before if not said[id(p)]]
    marks = answers(memo, landmark, before, text)
    before = [p for p in before if not marks[id(p)]] or before
    told = [p for p in before if speaker_tail(text, p, mention.start)]  # the cheaper test first
    based = answers(memo, speaker_base, told, text)
    return [p for p in before if not (p in told and based[id(p)])]


def _kept_after(memo: dict, after: list[Place], mention: Mention, moved: bool, text: str):
    """The places after the figure that may be its place: not where they were bound nor a
    speaker spoke, not a frame's, not another count's destination, not one of several."""
    refused = answers(memo, _not_after, after, text)
    after = [p for p in after if not refused[id(p)]]
    if may_frame(text, mention.end):
        after = [p for p in after if not framed(text, mention.end, p.start)]
    if not moved:  # "killed 400 and drove 160,000 to Bangladesh": not killed in Bangladesh
        went = answers(memo, destined, after, text)
        return [p for p in after if not (went[id(p)] and others_destination(text, mention.end, p))]
    several = answers(memo, one_of_several, after, text)  # "evacuated to Zhytomyr and
    return [p for p in after if not several[id(p)]]  # Zakarpattia", "to safe regions of" (P2)


def _sentence_places(memo: dict, places, starts, sentence, text: str) -> list[Place]:
    """The places a sentence names that may be its figures' (not "neighbouring countries", not
    "mostly in X"): worked out once per sentence, however many figures it counts."""
    low = bisect_left(starts, sentence[0])
    high = bisect_left(starts, sentence[1], low)
    if low == high:
        return []  # a sentence naming no place: nothing to keep
    found = memo.get(key := ("sentence", sentence))
    if found is None:
        named = [p for p in places[low:high] if not _ELSEWHERE_RE.match(p.name)]  # the place
        found = memo[key] = [p for p in named if not _part(text, p)]  # left, or before
    return found


def _not_after(text: str, place: Place) -> bool:
    """A place after the figure that is not its place, whatever the figure: where they were
    bound, where a speaker spoke, where ", from" or "by" leads it in."""
    lead = text[max(0, place.start - 30) : place.start]
    return bool(
        _BOUND_RE.search(lead)
        or spoken_at(text, place)
        or _FROM_RE.search(text[max(0, place.start - 8) : place.start])
        or _BY_RE.search(text[max(0, place.start - 4) : place.start])
        or _SERIES_RE.search(text, max(0, place.start - 60), place.start)  # "in the latest"
        or (_CARE_RE.search(place.name) and _TAKEN_TO_RE.search(lead))  # "rushed to X Hospital"
        or (speaker_tail(text, place, place.end + 120) and speaker_base(text, place))
    )  # ", IOM spokesman in Italy Flavio Di Giacomo told AFP": where he is posted


_FROM_RE = compiled(r",\s*from\s+$")
_CARE_RE = compiled(r"(?i)\b(?:hospital|clinic|morgue|mortuary|medical\s+cent(?:re|er))$")
_TAKEN_TO_RE = compiled(r"\b(?:rushed|taken|admitted|airlifted|flown|brought|transferred)\s+to\s+")
_BY_RE = compiled(r"\bby\s+$")
_SERIES_RE = compiled(  # "..., in the latest killings in the troubled Sahel region": the series
    r",\s+in\s+the\s+latest\s+(?:[a-z-]+\s+){1,4}?(?:in|to\s+(?:hit|strike|rock))\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+)?$"
)


def _part(text: str, place: Place) -> bool:
    """ "displaced mostly in Lower Shabelle": the place holds most of the figure, not all; a
    list ("mainly in Lebanon, Iraq and Jordan") is where it is spread (P4), read as lists are."""
    lead = _PART_RE.search(text, max(0, place.start - 25), place.start)
    own = r",\s*[A-Z]|\s*\(\s*(?:[a-z]+\s+)?\d"  # a list, or its own count: "Syria (1.2 million)"
    return bool(lead) and not re.match(own, text[place.end : place.end + 20])


def _other_clause(between: str) -> bool:
    """Another clause starts between the figure and the place; "Ten soldiers, two fighters, and
    a civilian were killed ... in X": a list of what was counted is still the figure's clause,
    and so is a part set off by commas ("179 people, including 36 children, in Soro")."""
    between = _PART_ASIDE_RE.sub(",", between)
    for match in _OTHER_CLAUSE_RE.finditer(between):
        if match.group().endswith("who") and _PEOPLE_CLAUSE_RE.fullmatch(between, 0, match.start()):
            continue  # "893,000 people displaced this year, who live in camps in X": theirs
        if not (match.group().endswith("and") and not _VERB_RE.search(between, 0, match.start())):
            return True
    return False


_PART_ASIDE_RE = compiled(  # ", including 36 children,": a part of the count, set off
    r",\s*(?:including|among\s+them|mostly|mainly)\s+(?:\d+(?:[,.]\d+)*|[a-z-]+)"
    r"(?:\s+[a-z-]+){0,3},(?=\s+(?!(?:and|or|but)\b)\S)"  # not ", and another attack in Tyre"
)
_PEOPLE_CLAUSE_RE = compiled(  # the counted people's own words, no verb of their own
    r"\s*(?!(?:were|was|are|is|have|has|had|been|said|says)\b)[\w-]+(?:\s+"
    r"(?!(?:were|was|are|is|have|has|had|been|said|says)\b)[\w-]+){0,5}"
)
_VERB_RE = compiled(r"\b(?:were|was|are|is|have|has|had|been|said|says|\w+ed)\b")


@lru_cache(maxsize=64)  # asked again for each figure of the sentence
def _demonym_place(text: str, start: int, end: int) -> Place | None:
    """The country of the people a sentence counts by their demonym, when it names no place."""
    for match in _DEMONYM_PEOPLE_RE.finditer(text, start, end):
        word = match.group("demonym") or match.group("plural")
        word = word[:-1] if match.group("plural") and word.endswith("s") else word
        if country := country_of(word):
            return Place(country, *match.span("demonym" if match.group("demonym") else "plural"))
    return None
