"""A place inside the description of who speaks ("Burkina Faso's government spokesman said",
"the head of the ICRC in Syria, Marianne Gasser, said") is the speaker's, not the figure's."""

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
    """A speaker's description leads into the place ("the head of the ICRC in"); with
    speaker_tail, the place is the speaker's. "Turkey’s disaster agency said" is not such a
    place: a national body's toll is its country's."""
    base = _BASE_RE.search(text[max(0, place.start - 90) : place.start])
    return bool(base) and bool(_POSTED_RE.search(base.group()))


_POSTED_RE = compiled(  # a person's post, or a UN agency's country office: theirs, not the place's
    rf"(?i)\b(?:{alternation(WORDS['source']['roles'])})\b"
    r"|(?-i:\bU\.?N\b|\bUNHCR\b|\bUNICEF\b|\bIOM\b|\bWFP\b|\bOCHA\b|\bWHO\b)|refugee agency"
)


def speaker_tail(text: str, place: Place, end: int) -> bool:
    """From the place to the speaker's verb, before END: ", Marianne Gasser, said"."""
    return bool(_TAIL_RE.match(text, place.end, end))
