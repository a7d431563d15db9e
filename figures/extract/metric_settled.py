"""Events a number's nearest words settle before any cue is read: a bracketed count of the dead,
the presumed dead, survivors, foreigners deported and prisoners who escaped (CODING M3, M5)."""

import re

from figures.extract.demonyms import DEMONYM_RE

_JAILBREAK_RE = re.compile(  # "200 prisoners escaped", "a prison break in which four escaped"
    r"^\s*(?:[a-z-]+\s+)?(?:prisoners|inmates|detainees|convicts)\s+(?:escaped|fled|broke\s+out)\b"
    r"|\b(?:prison|jail)\s*break\b[^.;]{0,60}$"
)
_FOREIGNERS = r"(?:[a-z]+\s+)?(?:nationals|citizens|immigrants|foreigners)"
_EXPELLED_RE = re.compile(r"\bexpel(?:led|ling|s)?\s+(?:[a-z-]+\s+){0,2}$")  # "expelled thousands
_EXPELLED_WHO_RE = re.compile(  # of Ethiopians", "Eritreans have been expelled from Ethiopia"
    rf"\s*(?:of\s+)?(?:(?!ethnic\b)[a-z-]+\s+)?(?P<who>[A-Z][a-z]+|{_FOREIGNERS})\b"
    r"(?P<were>\s+(?:have\s+been|had\s+been|were)\s+expelled\b)?"
)  # sent back to their country, a deportation (M3); not "expelled 40,000 Palestinians from
# their homes", "850,000 ethnic Albanians from Kosovo", nor "500 civilians from the town"


def _deported(before: str, after: str) -> bool:
    """Whether the number counts foreigners (a people's word, capitalised, or "nationals")
    expelled to their own country."""
    who = _EXPELLED_WHO_RE.match(after)
    if not who or "homes" in after[:80].lower():
        return False
    if not (who.group("were") or _EXPELLED_RE.search(before[-60:].lower())):
        return False
    word = who.group("who")
    return not word[0].isupper() or bool(DEMONYM_RE.search(word.removesuffix("s")))


_PRESUMED_DEAD_RE = re.compile(  # "still buried and presumed dead": the dead, not the trapped (M5)
    r"^[^.;]{0,40}?\b(?:and|but)\s+(?:are\s+|were\s+)?(?:presumed|feared|believed)\s+(?:to\s+be\s+)?dead\b"
)
_BRACKETED_DEAD_RE = re.compile(  # "the number of bodies buried (101,199)": the count it names
    r"\b(?:number|total|count|tally)\s+of\s+(?:[a-z-]+\s+){0,2}(?:bodies|dead|deaths|killed)"
    r"(?:\s+[a-z]+)?\s*\($"
)


# "Only 104 people survived", "155 migrants, most from Eritrea, survived": counted alive
_SURVIVED_RE = re.compile(r"^\s*(?:[a-z-]+(?:\s+[a-z-]+)?)?\s*(?:,[^,;.]{0,40},\s*)?survived\b")
_SURVIVORS_NUMBER_RE = re.compile(  # "the number of survivors at 104": counted alive
    r"\b(?:number|total|count)\s+of\s+(?:[a-z-]+\s+){0,2}?survivors\b[^.;,\d]{0,25}$"
)


def settled_event(before: str, after: str, low_after: str, head: str) -> str | None:
    """ "killed" or "other" when the words around the number settle it, else None; LOW_AFTER is
    AFTER as event_of reads it (lower case, asides out), AFTER keeps the capitals of a people."""
    low_before = before.lower()
    if _BRACKETED_DEAD_RE.search(head[-60:].lower()):
        return "killed"  # not the displaced the sentence names after the bracket
    if _PRESUMED_DEAD_RE.match(low_after):
        return "killed"  # "10,000 others were still buried and presumed dead" (M5)
    if _SURVIVED_RE.match(low_after) or _SURVIVORS_NUMBER_RE.search(low_before):
        return "other"  # counted alive, however near a toll (M5)
    if _deported(before, after):
        return "other"  # expelled to their own country: deported, no flight (M3)
    if _JAILBREAK_RE.search(low_after[:60]) or _JAILBREAK_RE.search(low_before[-80:]):
        return "other"  # escaped from prison: no flight from danger (M3)
    return None
