"""A figure placed in "the capital" ("fled their homes in Haiti's capital") is in the capital
city the text names elsewhere ("the capital, Mogadishu", "Bangui, the capital"), else the named
country's capital where the text names that city ("Libya's capital" and "Tripoli"), else the
dateline's city (CODING.md P1: the place's name must be written in the passage)."""

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from figures.extract.demonyms import country_of
from figures.extract.numbers import Mention
from figures.extract.place import Place
from figures.extract.place_recent import landmark
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_CAPITALS = WORDS["place"]["capitals"]
_COUNTRY = alternation(list(_CAPITALS))
_CAPITAL_RE = compiled(  # "the capital", "Haiti’s capital", "the Thai capital"; not "the capital
    # Juba"; "the capital of East Timor": the country's capital
    rf"\b(?:the|the\s+country['’]s|(?P<owner>{_COUNTRY})['’]s|[A-Z][\w-]+['’]s)\s+"
    r"(?:(?P<adjective>[A-Z][a-z]+)\s+)?capital\b(?!\s*(?:city\s+)?(?:of\s+)?,?\s*[A-Z])"
    rf"|\bthe\s+capital\s+(?:city\s+)?of\s+(?P<of>{_COUNTRY})(?![\w-])"
)
_OWN_CLAUSE_RE = compiled(  # no clause between ("443 died and 2,110 were wounded in Libya's
    r"(?:[^,;]|(?<=\d),(?=\d{3}))*|\s*,\s*"  # capital": a number's comma), or "In the Thai
)  # capital, 45"
_NAMED_RE = compiled(  # "the capital, Mogadishu", "capital city of Bangui", "Bangui, the capital"
    rf"\bcapital(?:\s+city)?(?:\s+of)?,?\s+(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME}),\s+(?:the|its)\s+(?:[\w-]+\s+)?capital\b"
)
_DATELINE_RE = compiled(r"\s*(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*),\s+[A-Z][a-z]+")


def capital_city(text: str, sentence: tuple[int, int], mention: Mention) -> Place | None:
    """The capital city, when the figure's clause puts the figure in "the capital"."""
    if text.find("capital", *sentence) < 0:
        return None  # what _CAPITAL_RE reads is in the sentence: the word must be
    after = _CAPITAL_RE.search(text, mention.end, min(sentence[1], mention.end + 80))
    before = list(_CAPITAL_RE.finditer(text, max(sentence[0], mention.start - 60), mention.start))
    near = [
        m for m in [after, *before[-1:]] if m and _OWN_CLAUSE_RE.fullmatch(_gap(text, m, mention))
    ]
    if not near or landmark(text, Place("capital", *near[0].span())):
        return None  # "the besieged area east of the Syrian capital": the area, not the capital
    named = _named_before(text, near[0].start(), sentence[1])
    if named:
        group = "after" if named.group("after") else "before"
        name = named.group(group)  # "the capital of Libya" earlier: Tripoli
        return Place(_CAPITALS.get(name, name), *named.span(group))
    city = _CAPITALS.get(_country(near[0]))
    written = city and re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", _unaccented(text), re.I)
    if written:  # "Libya's capital": Tripoli, when the text names it ("Bogotá" too)
        name = text[written.start() : written.end()]
        return Place(city if name.isupper() else name, *written.span())  # not a dateline's caps
    dateline = _DATELINE_RE.match(text)
    if dateline:
        return Place(dateline.group("city").title(), *dateline.span("city"))
    return None


_RESUME = 1000  # characters before the figure where the scan for a named capital resumes


def _named_before(text: str, limit: int, end: int) -> re.Match | None:
    """The last capital named ("the capital, Mogadishu") starting before LIMIT, the text read to
    END: as a scan from the text's start finds it, resumed _RESUME characters before LIMIT (or
    at the start of the whole text's match across that point), so that a long text's figures
    stay linear."""
    found, starts = _named_in(text)
    resume = max(0, limit - _RESUME)
    at = bisect_left(starts, resume)  # the whole text's matches before it stand
    if at and found[at - 1].end() > resume:
        at -= 1
        resume = starts[at]
    last = found[at - 1] if at else None
    for match in _NAMED_RE.finditer(text, resume, end):
        if match.start() >= limit:
            break
        last = match
    return last


@lru_cache(maxsize=8)
def _named_in(text: str) -> tuple[list[re.Match], list[int]]:
    """Every capital the whole text names, and where each starts: scanned once per text."""
    found = list(_NAMED_RE.finditer(text))
    return found, [m.start() for m in found]


def _country(capital: re.Match) -> str | None:
    """The country whose capital is meant: "Libya's", "the Thai", "of East Timor"."""
    adjective = capital.group("adjective")
    return capital.group("owner") or capital.group("of") or (adjective and country_of(adjective))


@lru_cache(maxsize=8)
def _unaccented(text: str) -> str:
    """The text with each letter's accent dropped, same length, so a match's offsets hold in the
    text ("Bogotá" reads as GeoNames' "Bogota"); names.fold transliterates and may not."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text)


def _gap(text: str, match: re.Match, mention: Mention) -> str:
    """The words between the figure and "the capital"."""
    if match.start() >= mention.end:
        return text[mention.end : match.start()]
    return text[match.end() : mention.start]
