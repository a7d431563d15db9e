"""A figure placed in "the capital" ("fled their homes in Haiti's capital") is in the capital
city the text names elsewhere: "the capital, Mogadishu", "Bangui, the capital", a dateline."""

import re

from figures.extract.numbers import Mention
from figures.extract.place import Place
from figures.extract.skim import compiled

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_CAPITAL_RE = compiled(  # "the capital", "Haiti’s capital"; not "the capital Juba"
    r"\b(?:the|(?:the\s+country|[A-Z][\w-]+)['’]s)\s+(?:[A-Z][a-z]+\s+)?capital\b(?!\s*(?:city\s+)?(?:of\s+)?,?\s*[A-Z])"
)
_NAMED_RE = compiled(  # "the capital, Mogadishu", "capital city of Bangui", "Bangui, the capital"
    rf"\bcapital(?:\s+city)?(?:\s+of)?,?\s+(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME}),\s+(?:the|its)\s+(?:[\w-]+\s+)?capital\b"
)
_DATELINE_RE = compiled(r"\s*(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*),\s+[A-Z][a-z]+")


def capital_city(text: str, sentence: tuple[int, int], mention: Mention) -> Place | None:
    """The capital city, when the figure's clause puts the figure in "the capital"."""
    after = _CAPITAL_RE.search(text, mention.end, min(sentence[1], mention.end + 80))
    before = list(_CAPITAL_RE.finditer(text, max(sentence[0], mention.start - 60), mention.start))
    near = [
        m for m in [after, *before[-1:]] if m and not re.search(r"[,;]", _gap(text, m, mention))
    ]
    if not near:
        return None
    named = [m for m in _NAMED_RE.finditer(text, 0, sentence[1]) if m.start() < near[0].start()]
    if named:
        group = "after" if named[-1].group("after") else "before"
        return Place(named[-1].group(group), *named[-1].span(group))
    dateline = _DATELINE_RE.match(text)
    if dateline:
        return Place(dateline.group("city").title(), *dateline.span("city"))
    return None


def _gap(text: str, match: re.Match, mention: Mention) -> str:
    """The words between the figure and "the capital"."""
    if match.start() >= mention.end:
        return text[mention.end : match.start()]
    return text[match.end() : mention.start]
