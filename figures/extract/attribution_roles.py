"""Two offices are two people: "a rescue service spokesman said" is not the adviser named next,
"a police official" not the coast guard's commander."""

import re

from figures.extract.skim import compiled

_OFFICE_RE = compiled(  # offices that are not a spokesperson's
    r"(?i)(?<![\w-])(?:adviser|advisor|director|minister|governor|mayor|president|co-?ordinator"
    r"|commissioner|envoy|ambassador|rapporteur|secretary-general|chairman|chairwoman|doctor"
    r"|surgeon|nurse|physician|researcher|analyst)(?![\w-])"
)
SPOKES_RE = compiled(r"(?i)spokes(?:man|woman|person)")  # a spokesperson, whatever the word
_SENTENCE_END_RE = compiled(r"[.!?]\s+(?=[A-Z\"“]|$)|\n")  # also "said. " at a cut's end


def other_office(written: str, text: str, start: int, end: int) -> bool:
    """Whether WRITTEN names a spokesperson ("a rescue service spokesman") and the person named
    at START:END of TEXT holds, as their own sentence writes it, another office."""
    if not SPOKES_RE.search(written):
        return False
    around = _own_words(text, start, end)
    return bool(_OFFICE_RE.search(around)) and not SPOKES_RE.search(around)


def _own_words(text: str, start: int, end: int) -> str:
    """The words of its own sentence either side of the name at START:END (80 characters)."""
    before = _SENTENCE_END_RE.split(text[max(0, start - 80) : start])[-1]
    after = _SENTENCE_END_RE.split(text[end : end + 80])[0]
    return f"{before} {after}"


_SERVICE_RE = compiled(  # the uniformed or public services an official may speak for
    r"(?i)(?<![\w-])(?P<service>police|army|military|navy|coast\s*guard|border\s+guard|fire"
    r"|civil\s+defen[cs]e|red\s+(?:cross|crescent)|hospital|health)(?![\w-])"
)


def other_service(written: str, text: str, start: int, end: int) -> bool:
    """Whether WRITTEN names one service ("a police official") and the person named at
    START:END of TEXT, as their own sentence writes it, another ("commander of the coast
    guard"): two people."""
    own = {_service(m) for m in _SERVICE_RE.finditer(written)}
    if not own:
        return False
    around = f"{_own_words(text, start, end)} {text[start:end]}"
    theirs = {_service(m) for m in _SERVICE_RE.finditer(around)}
    return bool(theirs) and not own & theirs


def _service(match) -> str:
    word = re.sub(r"\s+", "", match.group("service").lower())
    return {"hospital": "health", "army": "military"}.get(word, word)  # one service, two words


_THAT_RE = compiled(  # "X said that survivors indicated", "X said he and other villagers counted"
    r"\b(?:said|says|told|added|reported|stated)\b(?:[^.;\d]*\bthat\b|\s+(?:he|she|they)\s+and\b)"
)


def unnamed_inside(outer, inner, text: str) -> bool:
    """Whether INNER ("survivors indicated") speaks inside what a named OUTER said ("Marini said
    ... and that survivors indicated that 400 were aboard"): unnamed, it is OUTER's to state."""
    if inner.frame or outer.frame or re.search(r"[A-Z]", inner.source):
        return False
    if not re.match(r"[A-Z]", outer.source):
        return False
    return bool(_THAT_RE.search(text, outer.pos, inner.pos)) and not re.search(
        r"[.;\d]", text[outer.pos : inner.pos]
    )
