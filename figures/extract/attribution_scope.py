"""Which of a sentence's figures a speaker named after them speaks of: not those before a
relative clause that names its own speaker; those that others found, by the sentence's end."""

from figures.extract.numbers import Mention
from figures.extract.skim import compiled

_WHOM_RE = compiled(r"\bwhom\s+$")
_DIGIT_RE = compiled(r"\d")


def of_whom_else(text: str, mention: Mention, attr) -> bool:
    """ "abducted 250 people, 129 of whom Israel says remain": Israel speaks of the 129 only."""
    return bool(
        _WHOM_RE.search(text[max(0, attr.start - 8) : attr.start])
        and _DIGIT_RE.search(text, mention.end, attr.start)
    )


_FOUND_RE = compiled(
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:found|recovered|retrieved|discovered|pulled)\b"
)


def only_found(text: str, finder) -> bool:
    """The subject before the figure only found what it counts ("Rescuers found 13 bodies"):
    the speaker who closes the sentence states it."""
    return not finder.frame and bool(_FOUND_RE.match(text, finder.end))
