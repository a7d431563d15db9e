"""Events a number's nearest words settle before any cue is read: a bracketed count of the dead,
the presumed dead, foreigners deported and prisoners who escaped (CODING M3, M5)."""

import re

_JAILBREAK_RE = re.compile(  # "200 prisoners escaped", "a prison break in which four escaped"
    r"^\s*(?:[a-z-]+\s+)?(?:prisoners|inmates|detainees|convicts)\s+(?:escaped|fled|broke\s+out)\b"
    r"|\b(?:prison|jail)\s*break\b[^.;]{0,60}$"
)
_ALIENS = r"(?:[a-z]+(?:ans|ese|is)|(?:[a-z]+\s+)?(?:nationals|citizens|immigrants|foreigners))"
_EXPELLED_ALIENS_RE = re.compile(  # "expelled thousands of Ethiopians", "Eritreans have been
    rf"\bexpel(?:led|ling|s)?\s+(?:[a-z-]+\s+){{0,2}}#\s*(?:of\s+)?(?:(?!ethnic\b)[a-z-]+\s+)?{_ALIENS}\b"
    rf"|#\s*(?:of\s+)?(?:[a-z-]+\s+)?{_ALIENS}\s+(?:have\s+been|had\s+been|were)\s+expelled\b"
)  # expelled from Ethiopia": sent back to their country, a deportation (M3), not "expelled
# 40,000 Palestinians from their homes", nor "850,000 ethnic Albanians from Kosovo"
_PRESUMED_DEAD_RE = re.compile(  # "still buried and presumed dead": the dead, not the trapped (M5)
    r"^[^.;]{0,40}?\b(?:and|but)\s+(?:are\s+|were\s+)?(?:presumed|feared|believed)\s+(?:to\s+be\s+)?dead\b"
)
_BRACKETED_DEAD_RE = re.compile(  # "the number of bodies buried (101,199)": the count it names
    r"\b(?:number|total|count|tally)\s+of\s+(?:[a-z-]+\s+){0,2}(?:bodies|dead|deaths|killed)"
    r"(?:\s+[a-z]+)?\s*\($"
)


def settled_event(low_before: str, low_after: str, head: str) -> str | None:
    """ "killed" or "other" when the words around the number settle it, else None."""
    if _BRACKETED_DEAD_RE.search(head[-60:].lower()):
        return "killed"  # not the displaced the sentence names after the bracket
    if _PRESUMED_DEAD_RE.match(low_after):
        return "killed"  # "10,000 others were still buried and presumed dead" (M5)
    expelled = _EXPELLED_ALIENS_RE.search(f"{low_before[-60:]}#{low_after[:60]}")
    if expelled and "homes" not in low_after[:80]:
        return "other"  # expelled to their own country: deported, no flight (M3)
    if _JAILBREAK_RE.search(low_after[:60]) or _JAILBREAK_RE.search(low_before[-80:]):
        return "other"  # escaped from prison: no flight from danger (M3)
    return None
