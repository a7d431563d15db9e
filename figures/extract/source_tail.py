"""The speaker after its verb ("..., said a U.N. spokesman, Kris Janowski") or tagged on after
a dash ("... in Donetsk - governor"): who it is, and when."""

import re

from figures.extract import source_frames as frames
from figures.extract.dates import DAY_PHRASE, DAY_RE
from figures.extract.numbers import NUMBER_RE
from figures.extract.said_on import OCCASION, ON_DAY, after_day
from figures.extract.skim import compiled
from figures.extract.speaker_names import ROLE_RE
from figures.extract.subjects import valid
from figures.extract.words import WORDS, alternation

BODY_KINDS = r"agency|organi[sz]ation|group|charity|watchdog"  # a body named by its kind
_TITLES = alternation(WORDS["source"]["titles"])
_KINDS = r"(?:officials|authorities|police|sources|residents|witnesses|activists|medics|rescuers)"
_ROLES = alternation(WORDS["source"]["roles"])
_TAIL_RE = compiled(
    rf"\s+((?:(?:{_TITLES})\.\s+)*"
    rf"(?:[A-Z]|the\s|a\s|an\s|(?:[a-z]+\s+){{0,3}}(?:{_ROLES}"
    rf"|{BODY_KINDS}|monitor)\s|(?:[a-z]+\s+){{0,2}}{_KINDS}\b)"  # "said rights group B’Tselem",
    # "said local authorities"
    rf"(?:\b(?:{_TITLES})\.|[^,.;\"”])*"  # "Lt. Gen. X"
    r"(?:,\s*[A-Z]{3,}(?=,|\.|\s))?)"
)
_DAY_END_RE = compiled(
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?({DAY_PHRASE})(?:\s+(?:in|at|via|during)\s+(?:an?\s+|its"
    rf"\s+|the\s+)?(?:[\w-]+\s+)?{OCCASION}s?)?\s*$"
)
_DASH = r"\s[-–—]\s"  # a spaced dash: it tags a speaker on, or opens or closes an aside
_TAGGED_RE = compiled(rf"{_DASH}\s*(?:says\s+)?(?P<x>(?:[A-Za-z][\w.’'-]*\s*){{1,4}})$")
_DASH_RE = compiled(_DASH)
_WHEN_TAG_RE = compiled(  # a time, or a clause going on after a dash aside ("— and wounded 9")
    r"(?i)^(?:every|each|per|all|this|last|over|and|or|but|then|while|to|from|in|into|at)\b"
    r"|\b(?:day|week|month|year)s?\b"
)
_PERSON_OF_RE = compiled(
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]"
)
_APPOSITION = (  # ", a spokesman", ", the director of X", ", director of operations for the ICRC"
    rf",\s+(?:(?:a|an|the)\s|(?=(?:[a-z-]+\s+){{0,2}}(?:{_ROLES})\b))"
    r"[^,\"“”]{1,120}"
)
_APPOSED_AFTER_RE = compiled(rf"{_APPOSITION},")  # "said X, a spokesman, on"
_APPOSED_DAY_RE = compiled(  # "said X, the director of Falluja's hospital on Thursday."
    rf"{_APPOSITION}?\s{ON_DAY}\s*(?:[.;]|$)"
)
_NAME_AFTER_RE = compiled(  # "said a U.N. spokesman, Kris Janowski,": the one the role names
    r",\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=\s*(?:[,.;]|$))"
)


_OBJECT_VERBS = {  # verbs whose words after them are their object, not an inverted speaker
    "confirmed", "announced", "recorded", "documented", "counted", "registered", "condemned",
    "urged", "called", "released", "published", "identified", "found", "verified", "revised",
    "raised", "lowered", "gave", "put", "updated", "tallied", "expressed", "witnessed", "saw",
    "highlighted", "described", "declared", "estimated", "revealed", "puts", "gives", "sets",
    "showing", "shows", "showed",
}  # fmt: skip
_SPEAKER_WORDS_RE = compiled(
    rf"(?i)\b(?:{_ROLES}|officials?|sources?|ministry|agency|army|military|police|government"
    r"|authorities|office|mission|group|organi[sz]ation|spokes\w+)\b"
)


def inverted_speaker(verb: str, words: str) -> bool:
    """ "said the official" inverts; "confirmed the attack" has an object: a speaker after such
    a verb must be named (capitalized) or be one by its role."""
    if verb not in _OBJECT_VERBS:
        return True
    rest = re.sub(r"^(?:the|a|an)\s+", "", words.strip())
    return rest[:1].isupper() or bool(_SPEAKER_WORDS_RE.search(rest))


def inverted(sentence: str, masked: str, said: re.Match, day: str | None) -> tuple | None:
    """(offset, speaker, speaker offset, day phrase, frame, organisation) for a speaker named
    after its verb; MASKED is the sentence with abbreviation dots hidden ("a U.N. spokesman")."""
    tail = _TAIL_RE.match(masked[said.end() : said.end() + 200])
    told = tail and sentence[said.end() + tail.start(1) : said.end() + tail.end(1)]
    if not tail or DAY_RE.match(told):
        return None
    when = _DAY_END_RE.search(told)  # "announced the ministry late Sunday in statement"
    words = told[: when.start()] if when else told
    cut = frames.TAIL_CUT_RE.search(words) if words[:1].islower() else None
    cut = cut or frames.TAIL_ADJUNCT_RE.search(words)  # "OCHA in its bimonthly bulletin"
    words = words[: cut.start()] if cut else words  # "spokesperson X at a briefing"
    person_of = _PERSON_OF_RE.match(words)
    if person_of and not valid(words):  # "Tamer Ramadan of the International ..."
        words = person_of.group(1)
    if not (valid(words) and inverted_speaker(said.group(), words)):
        return None
    at = said.end() + tail.start(1)
    named = ROLE_RE.search(words) and _NAME_AFTER_RE.match(sentence, said.end() + tail.end(1))
    if named and (re.match(r"(?i)(?:a|an|the)\s", words) or not ROLE_RE.match(words)):  # "a U.N.
        # spokesman, Kris Janowski", "Sirte municipal member, Fawzi Abu Zaid": the one named
        words, at = named.group(1), named.start(1)
    apposed = _APPOSED_AFTER_RE.match(sentence, at + len(words))
    later = after_day(sentence, at + len(words)) if not apposed else None
    if apposed:  # "X, a spokesman, on Tuesday", "..., at a press conference on Tuesday"
        later = after_day(sentence, apposed.end())
    closing = None if later else _APPOSED_DAY_RE.match(sentence, at + len(words))
    later = (
        closing.group("phrase") if closing else later
    )  # "X, the hospital's director on Thursday."
    return (said.start(), words, at, when.group(1) if when else day or later, False, None)


def dash_tag(sentence: str) -> re.Match | None:
    """The speaker a dash tags on at the end ("Two killed in Donetsk - governor"), if it is one:
    no time, and no clause going on after the dash that closes an aside."""
    tagged = _TAGGED_RE.search(sentence)
    if not tagged or _WHEN_TAG_RE.search(tagged.group("x")):
        return None
    if not NUMBER_RE.search(sentence, 0, tagged.start()):
        return None  # "Key figures - UKRAINE": a heading, nothing counted for a speaker to own
    return tagged if len(_DASH_RE.findall(sentence, 0, tagged.start())) % 2 == 0 else None
