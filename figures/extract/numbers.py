"""Figures as reports write them ("160,000", "forty thousand", "dozens") and what they are worth."""

import re
from dataclasses import dataclass

from figures.extract.skim import compiled
from figures.extract.words import WORDS

_WORDS = WORDS["numbers"]
WORD_VALUES = {word: i for i, word in enumerate(_WORDS["ones"])} | {
    word: 20 + 10 * i for i, word in enumerate(_WORDS["tens"])
}
SCALES = _WORDS["scales"]
_COUNT_WORDS = [w for w, v in WORD_VALUES.items() if v >= 2] + [
    "dozens",
    "hundreds",
    "thousands",
    "millions",
]
COUNT_WORDS = "|".join(_COUNT_WORDS)  # "three", "hundreds": words that count
COUNT_START = rf"\d|\b(?i:{COUNT_WORDS})\b"  # where a count begins: "12", "three", "hundreds"
SUFFIXES = _WORDS["suffixes"] | SCALES
VAGUE_PHRASES = _WORDS["vague"]  # longest first; each maps to a word of the vague table (3.2)

_WORD = "|".join([*WORD_VALUES, *SCALES, "dozen", "half", "a", "an", "and"])
# "1,4 million" (a decimal comma before a scale word), "1,64,000" (lakh grouping), "160,000"
_DIGITS = (  # also thousands spaced or dotted: "200 000", "152.857" (not "1.067 million")
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d{1,3}(?:\.\d{3})+(?![\d.,])"
    r"(?!\s*(?:million|billion|thousand|lakhs?|crores?)\b)"
    r"|\d{1,3}(?:,\d{3})*,[ ]000(?!\d|[.,]\d)"  # "120, 000": a typesetter's space after the comma
    r"|(?:\d{1,3},\d{1,2}(?=\s*(?:million|billion)\b)|\d{1,2}(?:,\d\d)+,\d{3}"
    r"|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
)
_SCALE_SUFFIX = r"(?:\s*(?:million|billion|thousand|hundred|lakhs?|crores?|mn|bn)\b|(?:m|k)\b)"
_FRACTION = r"(?P<part>a|one|three)\s+quarters?\s+(?:of\s+)?(?:a\s+)?(?P<scale>million|billion)"
_FRACTION_RE = compiled(_FRACTION)
_VAGUE = "|".join(p.replace(" ", r"\s+") for p in VAGUE_PHRASES)
NUMBER_RE = compiled(
    rf"(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<digits>(?<![\w.,/:$€£+#]){_DIGITS}{_SCALE_SUFFIX}?(?![\w]|[.,:/]\d))"
    rf"|(?P<words>\b(?:(?:and\s+)?{_FRACTION}|(?:{_WORD})(?:[\s-]+(?:{_WORD}))*)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    """A number found in text: its span, value (None for a vague amount) and kind."""

    start: int
    end: int
    value: float | None
    kind: str  # digits, words or vague
    vague: str | None = None


@dataclass(frozen=True)
class Mention:
    """One figure: a number, a range of two numbers, or a vague amount."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: str | None = None
    kind: str = "digits"


_SCALED_RE = compiled(rf"({_DIGITS})\s*([a-z]*)")  # "2.5 million", "1.2m"
_DECIMAL_COMMA_RE = compiled(r"\d{1,3},\d{1,2}")  # "1,4 million"
_GROUPED_RE = compiled(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+")  # "200 000"


def parse_number(text: str) -> float | None:
    """The value of "160,000", "2.5 million", "1.2m", "forty thousand", "a dozen"; else None."""
    text = text.strip().lower()
    match = _SCALED_RE.fullmatch(text)
    if match:
        scale = SUFFIXES.get(match.group(2), 1 if not match.group(2) else None)
        digits = match.group(1)
        if _DECIMAL_COMMA_RE.fullmatch(digits) and scale and scale >= 1e6:
            digits = digits.replace(",", ".")  # a decimal comma: "1,4 million"
        if scale == 1 and _GROUPED_RE.fullmatch(digits):
            digits = re.sub(r"[ \u00a0\u202f.]", "", digits)  # "200 000", "152.857"
        if scale is None:
            return None
        digits = digits.replace(",", "").replace(" ", "")  # "160,000", "120, 000"
        return tidy(round(float(digits) * scale, 6))  # 4.14 million: 4140000
    return parse_words(text)


def parse_words(text: str) -> float | None:
    """Number words to a value: "one hundred and twenty", "half a million", "two dozen"."""
    if fraction := _FRACTION_RE.fullmatch(text.strip().lower()):  # "a quarter of a million"
        return tidy((0.75 if fraction["part"] == "three" else 0.25) * SCALES[fraction["scale"]])
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    for i in range(len(words) - 1):
        scaled = i + 2 < len(words) and words[i + 2] in (*SCALES, "dozen")
        if words[i] in ("a", "an") and words[i + 1] == "half" and scaled:
            words[i], words[i + 1] = "half", "a"  # "a half million" is "half a million"
    if not any(w in WORD_VALUES or w in SCALES or w == "dozen" for w in words):
        return None
    if words[0] in SCALES or words[0] == "dozen":  # "$5 million" must not leave "million"
        return None
    total, current, half = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in ("a", "an"):
            if i + 1 == len(words) or words[i + 1] not in (*SCALES, "dozen", "half"):
                return None
            current = current or (0.5 if half else 1)
        elif word == "half":
            half = True
        elif word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word in ("dozen", "hundred"):
            current, half = (current or 1) * (12 if word == "dozen" else 100), False
        else:
            current = current + 0.5 if half and current >= 1 else current
            total += (current or 1) * SCALES[word]
            current, half = 0.0, False
    return tidy(total + current + (0.5 if half and current >= 1 else 0))


def find_numbers(text: str) -> list[Number]:
    """Every number-like mention, left to right; `is_figure` decides which ones count."""
    found = []
    for match in NUMBER_RE.finditer(text):
        kind, (start, end) = match.lastgroup, match.span()
        if kind == "vague":
            label = VAGUE_PHRASES[re.sub(r"\s+", " ", match.group().lower())]
            found.append(Number(start, end, None, "vague", label))
            continue
        if kind == "words":
            start, end = _trim_words(text, start, end)
        value = parse_number(text[start:end]) if end > start else None
        if value is not None:
            found.append(Number(start, end, value, kind))
    return found


def _trim_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop glue words ("and", a trailing "a" or "half") that belong to no number."""
    tokens = list(re.finditer(r"[A-Za-z]+", text[start:end]))
    while tokens and tokens[-1].group().lower() in ("and", "a", "an", "half"):
        tokens.pop()
    while tokens and tokens[0].group().lower() == "and":
        tokens.pop(0)
    if not tokens:
        return start, start
    return start + tokens[0].start(), start + tokens[-1].end()


def tidy(value: float) -> float | int:
    """Whole numbers as int so JSON shows 160000, not 160000.0."""
    return int(value) if float(value).is_integer() else value
