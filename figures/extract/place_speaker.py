"""A place inside the description of who speaks ("Burkina Faso's government spokesman said",
"the head of the ICRC in Syria, Marianne Gasser, said") is the speaker's, not the figure's."""

from figures.extract.attribution_names import agency
from figures.extract.place import Place
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_SAID = r"(?:said|says|told|added|stated|announced|reported|confirmed|noted|revealed)"
_TAIL_RE = compiled(  # from the place to its speech verb: ", Marianne Gasser, said"
    r"(?:[\w()’'-]+\s+){0,6}?(?:,\s*(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s*)?,?\s*"
    rf"(?:also\s+)?(?:has\s+|had\s+)?{_SAID}\b"
)
_WHO = alternation(WORDS["source"]["roles"] + WORDS["source"]["org_words"])
_BASE_RE = compiled(  # "the head of the ICRC in", "Police in the provincial capital city of"; not
    # "the mayor of" (whose place it is), "staff at the hospital" (where they count), nor past
    # the speech ("told AFP that the hospital in")
    rf"\b(?:{_WHO})\b(?:(?!\b(?:that|{_SAID})\b)[^,.;:\"“”]){{0,70}}?\b(?:in|for)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$"
)


def speaker_base(text: str, place: Place) -> bool:
    """A speaker's description leads into the place ("the head of the ICRC in", "UNHCR in"):
    a person's post or a UN agency's country office; with speaker_tail, the place is the
    speaker's. Not "Turkey’s disaster agency said" (a national body's toll is its country's) nor
    "the Ministry of Health in Gaza said" (a body in a place speaks for it, CODING.md P1)."""
    base = _BASE_RE.search(text[max(0, place.start - 90) : place.start])
    if not base:
        return False
    words = base.group()
    return bool(_POSTED_RE.search(words) or agency(words) or _UN_RE.search(words))


_POSTED_RE = compiled(rf"(?i)\b(?:{alternation(WORDS['source']['roles'])})\b")
_UN_RE = compiled(r"\bU\.?N\b|United Nations")


def speaker_tail(text: str, place: Place, end: int) -> bool:
    """From the place to the speaker's verb, before END: ", Marianne Gasser, said"."""
    return bool(_TAIL_RE.match(text, place.end, end))
