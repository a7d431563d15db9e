"""People not yet gone from a place at war or in danger: still there (CODING.md M8), however
the sentence says it ("are in need of evacuation", "planned to evacuate", "are hiding in")."""

from figures.extract.skim import compiled

_NEED_EVACUATION_RE = compiled(  # "thousands of people are in need of evacuation", "1,600 more
    # are planned to be evacuated today"
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:(?:are|is|were|was|remain)\s+)?(?:still\s+)?(?:in need of"
    r"|awaiting|waiting for|(?:waiting|need|planned|due|scheduled)\s+to\s+be|needing)\s+"
    r"(?:an?\s+|urgent\s+)?evacuat"
)
_URGED_RE = compiled(  # "urged the 350,000 remaining residents to evacuate"
    r"\b(?:urged?|urging|called\s+on|calling\s+on|asked|asking|ordered|ordering|told|telling)\s+"
    r"(?:[\w’'-]+\s+){0,6}?$"
)
_TO_LEAVE_RE = compiled(r"^\s*(?:[\w-]+\s+){0,3}?to\s+(?:evacuate|leave)\b")
_MEANT_TO_GO_RE = compiled(  # "planned to evacuate around 1,600", "a convoy trying to evacuate"
    r"\b(?:plan(?:s|ned)?|ready|preparing|trying|attempt(?:s|ed|ing)?|aim(?:s|ed|ing)?|hop(?:e|es"
    r"|ed|ing)|seek(?:s|ing)?|intend(?:s|ed)?|corridor)\s+to\s+(?:start\s+|begin\s+)?evacuat\w*\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_REMAIN_ALONE_RE = compiled(  # "but about 18,000 remain.", "hundreds still remained"
    r"\s*(?:still\s+|now\s+|only\s+)?remain(?:s|ed)?(?:\s+(?:there|behind|inside))?\s*(?:[.,;:]|$)"
)
_HIDING_INSIDE_RE = compiled(  # "500 civilians are hiding in the plant": not trapped by anyone
    # named; people hiding in the bush have fled
    r"[^.;]{0,50}?\b(?:are|were|is|was|remain|still)?\s*hiding\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:plant|tunnels?|basements?|bunkers?|shelters?|building|factory|theat(?:re|er)|cellars?)\b"
)


def still_there(low_before: str, low_after: str) -> bool:
    """The words around a figure (lowercased) say its people have not yet left: they need or
    await evacuation, one is planned or tried for them, they were urged to leave, they remain,
    or they hide inside a building."""
    if _NEED_EVACUATION_RE.match(low_after) or _REMAIN_ALONE_RE.match(low_after):
        return True
    if _HIDING_INSIDE_RE.match(low_after) or _MEANT_TO_GO_RE.search(low_before[-70:]):
        return True
    return bool(_TO_LEAVE_RE.match(low_after) and _URGED_RE.search(low_before[-60:]))
