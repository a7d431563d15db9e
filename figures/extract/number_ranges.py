"""Two numbers that make one range: "between 3,000 and 5,000", "3,000-5,000", "two or three"."""

from figures.extract.numbers import Mention, Number, tidy
from figures.extract.skim import compiled


def pair_ranges(text: str, numbers: list[Number]) -> list[Mention]:
    """Figures as mentions: "between 3,000 and 5,000", "3,000-5,000", "two or three" pair up."""
    result: list[Mention] = []
    i = 0
    while i < len(numbers):
        a, b = numbers[i], numbers[i + 1] if i + 1 < len(numbers) else None
        if b is not None and a.kind != "vague" and b.kind != "vague":
            low, high = _range(text, a, b)
            if low is not None and low < high:
                result.append(Mention(a.start, b.end, low=low, high=high, kind=a.kind))
                i += 2
                continue
        result.append(Mention(a.start, a.end, a.value, vague=a.vague, kind=a.kind))
        i += 1
    return result


_DASH_RE = compiled(r"\s*(?:-|–|—|to)\s*")
_FROM_RE = compiled(r"\bfrom\s+$")
_SPAN_FROM_RE = compiled(r"\b(?:rang(?:e|ed|es|ing)|var(?:y|ied|ies|ying)|anywhere)\s+from\s+$")
_AND_RE = compiled(r"\s+and\s+|\s+or\s+")
_BETWEEN_RE = compiled(r"\bbetween\s+(?:some\s+)?$")
_UP_TO_RE = compiled(
    r",?\s+(?:and|but|to|or)\s+(?:possibly\s+|perhaps\s+|maybe\s+|even\s+)?(?:as many as"
    r"|up to|as high as|no more than|at most)\s+"
)
_AT_LEAST_RE = compiled(r"\b(?:at least|more than|over|no fewer than|a minimum of)\s+$")
_SCALE_RE = compiled(r"(million|billion|thousand|hundred|mn|bn|m|k)$")
_SCALE_FACTORS = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "billion": 1e9, "bn": 1e9}
_OWN_SCALE_RE = compiled(r"(?:million|billion|thousand|hundred|mn|bn|m|k)$")


def _range(text: str, a: Number, b: Number) -> tuple[float | None, float]:
    """(low, high) when the two numbers make a range, low scaled like high ("2 and 3 million"):
    "3,000-5,000", "between 800 and 2,000", "ranged from 10,000 to 40,000", "two or three",
    "at least six and as many as 11"."""
    gap, before = text[a.end : b.start], text[max(0, a.start - 20) : a.start].lower()
    dash = _DASH_RE.fullmatch(gap) and (not _FROM_RE.search(before) or _SPAN_FROM_RE.search(before))
    joined = _AND_RE.fullmatch(gap)
    between = joined and (gap.strip() == "or" or _BETWEEN_RE.search(before))
    bounds = _UP_TO_RE.fullmatch(gap) and _AT_LEAST_RE.search(before)
    if not (dash or between or bounds):
        return None, 0
    low, high = a.value or 0, b.value or 0
    scale = _SCALE_RE.search(text[b.start : b.end].lower())
    own_scale = _OWN_SCALE_RE.search(text[a.start : a.end])
    if scale and not own_scale:
        factor = _SCALE_FACTORS.get(scale.group(1), 1e6)  # million, mn, m
        if low < 1000 and low * factor <= high:
            low *= factor
    if gap.strip() == "or" and not _BETWEEN_RE.search(before) and high > 3 * low > 0:
        return None, 0  # "climbed to 117,528 or 550,805 persons": families, then people
    return tidy(low), tidy(high)
