"""Whether a number counts what reports record (people, strikes), or is a rate, a place count."""

import re
from functools import lru_cache

from figures.extract.dates import MONTH, WEEKDAY
from figures.extract.metric_cues import NOUN_LIKE, NOUNS
from figures.extract.metric_event import event_of
from figures.extract.metric_frames import NUMBERING_RE
from figures.extract.metric_shared import DASH_RE
from figures.extract.numbers import Mention
from figures.extract.skim import compiled

_RATE_RE = compiled(
    r"(?:\b(?:each|every|per)|(?<!\bin )(?<!\bwithin )(?<!\bover )(?<!\bfor )(?<!\bafter )\ba)"
    r"\s+(?:day|week|month|hour|night|year)\b|\bdaily\b|\bweekly\b"
    r"|\bper\s+(?:square|sq|km|kilomet|capita|cent)|\bper\s+\d|\bhourly\b"
)
_LOCATIVE_RE = compiled(
    r"\b(?:in|across|at|throughout|within|into|inside|among)\s+(?:the\s+|all\s+|some\s+)?"
    r"(?:[\d,]+\s+of\s+(?:the\s+)?)?$"
)
_CAPITAL_NOUN_RE = compiled(rf"\s+(?!(?:{MONTH}|{WEEKDAY})\b)[A-Z][a-z]{{2,}}")
_WHO_RE = compiled(r"\s+(?:who|whom)\b|\s+(?:of\s+(?:them|whom|those|these))\b")
_VERB_RE = compiled(  # ") are sheltering": a number restated in brackets, "half of them (N)"
    r"\)?\s+(?:others?\s+|more\s+|people\s+)?(?:have|has|had|were|was|are|remain|remained|will|would"
    r"|could|may|might|did|got|began|continue|continued|still|now)\b"
)
_COORDINATE_RE = compiled(
    r"(?:\band|,|;|\bwhile|\bwith|\bincluding|\bplus|\bversus|\bcompared with|\bagainst|\bbut"
    r"|\bwhereas|\bthan|(?<=\s)[-–—])\s+(?:(?:a further|another|an additional|more than|over"
    r"|nearly|almost|about|around|some|at least|up to|just under|just over|approximately"
    r"|roughly|only|a total of|the|likely|possibly|perhaps|even)\s+)*$",
)
_TALLIED_GAP_RE = compiled(  # "received 12,400 Somalis, Ethiopia 5,100 and Uganda 2,000": a
    # place, then its count, after the count before it
    r"(?:\s+[a-z][\w'’-]*|\s+[A-Z][a-z]+(?:is|ns|ese|s))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+"
)
_BULLET_RE = compiled(r"(?:^|\n)[ \t]*[-–•*][ \t]*$")
_IN_PLACE_RE = compiled(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*[.;,]?\s*$")
_POPULATION_RE = compiled(  # "a population of about 1.5 million", "a region with 23 million"
    r"(?:\bpopulation\s+of|\b(?:country|region|province|state|nation)\s+with)\s+(?:(?:about|some"
    r"|around|roughly|nearly|over|more than|an estimated|approximately|almost|just over)\s+)?$"
)
_HEDGES = (
    r"(?:(?:about|some|around|roughly|nearly|over|more than|an estimated|approximately|almost"
    r"|just over|just under|close to|well over|at least)\s+)?"
)
_HOME_RE = compiled(  # "a nation of some 38 million", "the city had over one million residents"
    rf"(?:\b(?:capital|nation|country|metropolis)\s+of"
    rf"|\b(?:city|town|capital|country|nation|region)\s+(?:had|has))\s+{_HEDGES}$"
)
_DISPLACED_RE = compiled(  # "the country had 800,000 internally displaced people": not its people
    r"\s*(?:[a-z-]+\s+)?(?:internally\s+)?(?:displaced|refugees|idps|evacuees|homeless)\b"
)
_OWNER_RE = compiled(  # "Tigray's nearly 6 million people": the place's whole population
    rf"(?<![\w’'])(?!(?:It|That|What|There|Here|He|She|Who|Let)['’])[A-Z][\w-]+['’]s\s+{_HEDGES}$"
)
_SPEAKERS_RE = compiled(  # "Two aid workers and several camp residents said": who spoke
    r"\s+(?:(?!(?:was|were|is|are|have|has|had|been|being)\b)[A-Za-z’'-]+\s+){0,6}?"
    r"(?:said|say|says|told|tell|added|recounted)\b"
)
_INTERVIEWED_RE = compiled(  # "spoke with 22 former camp residents": who was heard
    rf"\b(?:(?:spoke|spoken|speaking|talked|talking)\s+(?:with|to)|interview(?:ed|ing)"
    rf"|surveyed)\s+{_HEDGES}$"
)
_MORE_ROOM = r"(?:another|an\s+additional|a\s+further|up\s+to)\s+"  # "a further 4,000"
_CAPACITY_RE = compiled(
    rf"\b(?:(?:capacity\s+(?:for|of|to\s+\w+)|capable\s+of\s+\w+ing|(?:intended|designed|built"
    rf"|able|expanded|enough|sufficient|meant|planned|ready|prepared)\s+to\s+(?:accommodate|house"
    rf"|host|hold"
    rf"|shelter|receive|take)|(?:can|could|will|would)\s+(?:still\s+|now\s+|only\s+)?"
    rf"(?:accommodate|house|host|hold|shelter|take\s+in))\s+(?:{_MORE_ROOM})?"
    rf"|to\s+accommodate\s+{_MORE_ROOM}){_HEDGES}$"  # not a bare "to accommodate 500 people"
)
_AID_RE = compiled(
    rf"\b(?:provid|offer|deliver|distribut|donat|supplied|supply|supplies|pledg|dispatch|sen[dt])"
    rf"\w*\s+{_HEDGES}$"
)
_TRUCKS_MOVE_RE = compiled(  # "150 trucks of aid reached Madaya", not "a convoy of 15 trucks"
    r"\b(?:carry\w*|enter(?:ed|ing|s)?|reach(?:ed|ing)?|arriv\w+|cross(?:ed|ing)|deliver\w*|brought"
    r"|of aid|with aid|loaded|laden)\b"
)
_MAGNITUDE_RE = compiled(
    r"[\s-]*(?:magnitude|earthquake|quake|temblor|tremblor|tremor|aftershock|richter)\b"
)
_KEEP_ONE = {"was", "were", "is", "has", "had", "more", "other", "remains", "remained", "died"}
_DAMAGE_RE = compiled(  # things counted for what was done to them: "hundreds of burned buildings"
    r"\b(?:destroyed|damaged|burn(?:ed|t)|razed|looted|flattened|collapsed|demolished|gutted"
    r"|torched|bombed|shelled|washed away|set ablaze|set on fire)\b"
)
_COUNT_CUE_RE = compiled(
    r"\b(?:number|numbers|toll|total|figure|tally|estimate|estimated|count|fatalities|deaths"
    r"|strength|casualties|killed|dead|refugees|displaced|fled|people|civilians|residents|idps|victims"
    r"|bodies|arrivals)\b",
    re.IGNORECASE,
)
_CLAUSE_END_RE = compiled(
    r"\s*(?:(?:or more|or so|and counting|in total|so far|altogether|to date|overall|now|today"
    r"|yet|already|alone)\b)?\s*(?:[.,;:)\"”’—–-]|$|\b(?:on|by|as of|since|in|at|from|after"
    r"|according|said|says|during|this|last|until)\b)"
)


def verdict(
    mention: Mention,
    around: tuple[str, str, str],
    noun: str | None,
    event: str | None,
    gap: str,
    previous: bool,
) -> str | None:
    """The verdict on a figure's words and its number's kind, value and vague word (not where
    it stands): read once per distinct words in a text that repeats itself."""
    shape = Mention(0, 0, mention.value, vague=mention.vague, kind=mention.kind)
    return _verdict(shape, around, noun, event, gap, previous)


@lru_cache(maxsize=4096)
def _verdict(
    mention: Mention,
    around: tuple[str, str, str],
    noun: str | None,
    event: str | None,
    gap: str,
    previous: bool,
) -> str | None:
    """ "figure", "ellipsis" (it counts what the figure before it counted: "32 killed in X and
    25 in Y"), or None when the number is not a figure we record."""
    before, after, head = around
    low_after = after.lower()
    own_words = DASH_RE.split(low_after.split(";", 1)[0], 1)[0]  # not "IDPs – a daily increase"
    if noun == "munition" or event == "protest" or _RATE_RE.search(own_words[:50]):
        return None  # "125 rockets", "thousands held a protest", "100 children each day"
    if noun == "thing" and re.search(r"\b\d+\s+of\s+(?:the\s+)?$", head):
        return None  # "12 of the 18 governorates": the whole they are part of
    if noun in ("thing", "area") and _LOCATIVE_RE.search(head.lower()):
        return None  # "in 18 governorates", "across 44 European countries"
    if noun == "area" or (
        noun in ("thing", "case")
        and mention.kind in ("words", "vague")
        and not _DAMAGE_RE.search(f"{before} {after}".lower())
    ):
        return None  # "two dams", "seven roads": things counted in words are description
    if noun in (None, "people", "residents") and _POPULATION_RE.search(head[-90:].lower()):
        return (
            None  # "Mandalay, which has a population of about 1.5 million": not a figure we record
        )
    if _not_counted(mention, (before, after, head), noun, event):
        return None
    if noun or event:
        return "figure"
    if previous and (_COORDINATE_RE.search(gap.lower()) or _TALLIED_GAP_RE.fullmatch(gap)):
        return "ellipsis"
    if _BULLET_RE.search(head) and _IN_PLACE_RE.match(after):
        return "ellipsis"  # "- 15 in Tubas", a list item after "- 38 killed in Jenin"
    if mention.kind == "digits" and NOUN_LIKE.match(after):
        return "figure"
    if _CAPITAL_NOUN_RE.match(after) or _WHO_RE.match(after) or _VERB_RE.match(after):
        return "figure"  # "7.6 million Yemenis", "10.3 million who require", "17,000 have"
    if _CLAUSE_END_RE.match(after) and _COUNT_CUE_RE.search(head[-160:]):
        return "figure"  # "the toll could be as high as 12,000."
    if NUMBERING_RE.search(before.lower()):
        return "figure"  # "a group of gunmen, numbering about 40,": a count of them
    return None


def _counts_people(token: str) -> bool:
    """The word after a number names something we count: "one child", "several volunteers"."""
    return token in NOUNS or f"{token}s" in NOUNS


def _not_counted(mention: Mention, around: tuple[str, str, str], noun, event) -> bool:
    """A number that describes rather than counts: a population, the people who spoke or were
    heard, "one" and "several" as pronouns or with things ("One struck", "several times")."""
    before, after, head = around
    if noun == "truck" and not _TRUCKS_MOVE_RE.search(f"{before} {after}".lower()):
        return True  # trucks count aid on the move; "a convoy made up of 15 trucks" describes
    if mention.kind == "digits" and mention.value and mention.value % 1 and mention.value < 10:
        if _MAGNITUDE_RE.match(after.lower()):
            return True  # "a magnitude 5.6 earthquake"
    if noun in (None, "people", "residents") and not _WHO_RE.match(after):
        if _HOME_RE.search(head[-60:].lower()) and not _DISPLACED_RE.match(after.lower()):
            return True  # "A nation of some 38 million people, Poland is receiving refugees"
        if event in (None, "remaining") and _OWNER_RE.search(head[-60:]):
            return True
    speakers = _SPEAKERS_RE.match(after) if not re.match(r"\s+of\b", after) else None
    if speakers and event_of(before, speakers.group(), head) is None:
        return True  # what they said happened is not what the number counts
    if event is None and _INTERVIEWED_RE.search(head[-60:]):
        return True
    if noun in (None, "people", "refugees") and _CAPACITY_RE.search(head[-70:].lower()):
        return True  # "a camp capable of hosting 10,000 refugees": room for them, not a count
    if noun == "thing" and _AID_RE.search(head[-40:].lower()):
        return True  # "provided 6,000 body bags": supplies given, not an outcome
    word = re.match(r"\s+([a-z]+)", after)
    token = word.group(1) if word else ""
    if mention.kind == "words" and mention.value == 1 and not _counts_people(token):
        if re.search(r"\b(?:same|this|that|which|another|each|every)\s+$", before.lower()):
            return True  # "possibly the same one", "this one was hit": a pronoun
    if mention.kind == "words" and mention.value == 1 and token:
        verb = re.fullmatch(r"[a-z]+ed|struck|hit|fell|came|went|took|got", token)
        if verb and event_of("", f" {token}") is None:
            return True  # "One struck an area outside Saraqeb": a pronoun
        if noun == "family" and re.search(r"\b(?:from|of)\s+$", before):
            return True  # "17 people from one family"
    if mention.kind == "vague" and mention.vague == "several":
        if re.search(r"\bone\s+of\s+$", before) or (
            token and token != "of" and not (_counts_people(token) or token in _KEEP_ONE or event)
        ):
            return True  # "one of several volunteers", "several times", "several communes"
    return False
