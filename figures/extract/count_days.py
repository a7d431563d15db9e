"""The day a count was given when no speaker dates it: "N deaths were reported on Monday", "the
death toll rose to 3,085 on Thursday", "41,000 given on January 16 by an aide"."""

import re

from figures.extract.dates import DAY_PHRASE
from figures.extract.said_on import DAY_WORD, ON_DAY
from figures.extract.skim import compiled

_REPORTED_ON_RE = compiled(  # "5,000 deaths had been reported early Tuesday": reported that day
    r"^[^.;,]{0,40}?\b(?:had|have|has)?\s*(?:been|were|was)\s+(?:officially\s+)?(?:reported"
    r"|confirmed|recorded|registered)\s+(?:(?:dead|killed|missing|injured|wounded|displaced)\s+)?"
    rf"{ON_DAY}\b",  # "reported missing on Sunday"
    re.IGNORECASE,
)


def reported_day(after: str) -> str | None:
    """The day a figure no one is named for was reported: "N deaths were reported on Monday"."""
    found = _REPORTED_ON_RE.match(after)
    return found.group("phrase") if found else None


_TOLL_MOVED = (  # "the death toll rose", "the number of casualties reached": a count moved
    r"\b(?:toll|number|tally|figure|count|total)\b(?:[^.;:\"“”]|\.\d){0,100}?\b(?:rose|risen|climbed"
    r"|reached|neared|surged|jumped|increased|grew|stood|hit|passed|topped|soared|mounted)\b"
)
_MOVED_ON_DAY_RE = compiled(  # "rose Thursday to": the day between the move and the figure
    rf"{_TOLL_MOVED}\s+(?:late\s+|early\s+)?(?:on\s+)?(?P<phrase>{DAY_PHRASE}),?\s+(?:to|at)\s+$"
)
_MOVED_RE = compiled(rf"{_TOLL_MOVED}[^.;:\"“”]{{0,60}}$")
_MOVED_TO_DAY_RE = compiled(  # "rose to 3,085 on Thursday", "reached 2,329 deaths and 9,042
    r"^(?:\s+(?!(?:after|when|as|since|in|from|while|but|because|following|during)\b)"  # on
    r"[\w,’'-]+){0,4}?\s+(?:late\s+|early\s+)?"  # Sunday": a moved toll ending its clause
    rf"(?:on\s+(?P<phrase>{DAY_PHRASE})|(?P<word>{DAY_WORD}))\s*(?:[,.;]|$|(?:as|after|while)\s)",
    re.IGNORECASE,
)


def moved_day(text: str, start: int, end: int) -> str | None:
    """The day a toll moved, when its clause says so: "the death toll rose to 3,085 on
    Thursday", "rose Thursday to 3,085" were stated that day (not "rose to 40 after a bomb
    exploded on Sunday", the event's day)."""
    before = re.split(r"[.;]\s", text[max(0, start - 200) : start])[-1]
    if not _MOVED_RE.search(before):
        return None  # no toll moved in the clause: most figures stop here
    if found := _MOVED_ON_DAY_RE.search(before):
        return found.group("phrase")
    found = _MOVED_TO_DAY_RE.match(text[end : end + 120])
    return (found.group("phrase") or found.group("word")) if found else None


_GIVEN_ON_RE = compiled(  # "the previous figure of 41,000 given on January 16 by an aide"
    r"^\s*(?:given|provided|released|announced|issued|put\s+out)\s+(?:earlier\s+)?"
    rf"{ON_DAY}\b",
    re.IGNORECASE,
)


def given_day(after: str) -> str | None:
    """The day a figure was given, when the words right after it say so: "8,500 provided
    earlier Monday night by local authorities" was stated that Monday, whoever relays it now."""
    found = _GIVEN_ON_RE.match(after)
    return found.group("phrase") if found else None


_SAID_AGAIN_RE = compiled(  # "Officials said Friday that 500 had been detained but on Saturday
    r"\b(?:but|and)\s+(?:then\s+|later\s+)?(?:(?:late|early)\s+)?(?:on\s+)?"  # reported that
    rf"(?P<phrase>{DAY_WORD})\s+(?:said|reported|announced|put|raised|revised|updated)\b"  # the
    r"[^.;!?]*$",  # number had reached 4,000": the same speaker's later statement, that day
    re.IGNORECASE,
)


def said_again_day(text: str, said_end: int, start: int) -> str | None:
    """The day its speaker stated the figure again, later in the sentence than the first verb."""
    found = _SAID_AGAIN_RE.search(text, said_end, start) if 0 < start - said_end < 200 else None
    return found.group("phrase") if found else None
