"""Numbers as reports write them ("160,000", "2.5 million", "forty thousand", "dozens"), found
with their offsets, so extraction can quote the exact surface it read."""

import re
from dataclasses import dataclass

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {word: i for i, word in enumerate(_SMALL)} | {
    word: 20 + 10 * i for i, word in enumerate(_TENS)
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000} | SCALES

# Vague amounts, longest first; each phrase maps to a word of the design's vague table (3.2).
VAGUE_PHRASES = {
    "tens of thousands": "tens of thousands",
    "hundreds of thousands": "hundreds of thousands",
    "several hundred thousand": "hundreds of thousands",
    "several thousand": "thousands",
    "a few thousand": "thousands",
    "many thousands": "thousands",
    "several hundred": "hundreds",
    "a few hundred": "hundreds",
    "several dozen": "dozens",
    "a few dozen": "dozens",
    "several million": "millions",
    "tens of": "tens",
    "scores of": "scores",
    "dozens": "dozens",
    "hundreds": "hundreds",
    "thousands": "thousands",
    "millions": "millions",
    "several": "several",
}

_WORD = "|".join([*WORD_VALUES, *SCALES, "dozen", "half", "a", "an", "and"])
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE_SUFFIX = r"(?:\s*(?:million|billion|thousand|hundred)\b|(?:mn|bn|m|k)\b)"
_VAGUE = "|".join(p.replace(" ", r"\s+") for p in VAGUE_PHRASES)
NUMBER_RE = re.compile(
    rf"(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<digits>(?<![\w.,/:$€£+#]){_DIGITS}{_SCALE_SUFFIX}?(?![\w]|[.,:/]\d))"
    rf"|(?P<words>\b(?:{_WORD})(?:[\s-]+(?:{_WORD}))*\b)",
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


def parse_number(text: str) -> float | None:
    """The value of "160,000", "2.5 million", "1.2m", "forty thousand", "a dozen"; else None."""
    text = text.strip().lower().replace("\u2019", "'")
    match = re.fullmatch(rf"({_DIGITS})\s*([a-z]*)", text)
    if match:
        scale = SUFFIXES.get(match.group(2), 1 if not match.group(2) else None)
        return None if scale is None else _tidy(float(match.group(1).replace(",", "")) * scale)
    return parse_words(text)


def parse_words(text: str) -> float | None:
    """Number words to a value: "one hundred and twenty", "half a million", "two dozen"."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
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
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            factor = SCALES[word]
            current = current + 0.5 if half and current >= 1 else current
            total += (current or 1) * factor
            current, half = 0.0, False
    if half and current:
        current = current * 0.5 if current == 1 and total == 0 else current + 0.5
    return _tidy(total + current)


def find_numbers(text: str) -> list[Number]:
    """Every number-like mention, left to right; callers decide which ones are figures."""
    found = []
    for match in NUMBER_RE.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "vague":
            phrase = re.sub(r"\s+", " ", match.group().lower())
            label = VAGUE_PHRASES[phrase]
            found.append(Number(start, end, None, "vague", label))
            continue
        surface = match.group()
        if kind == "words":
            start, end, surface = _trim_words(text, start, end)
            if surface is None:
                continue
        value = parse_number(surface)
        if value is not None:
            found.append(Number(start, end, value, kind))
    return found


def _trim_words(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Drop leading and trailing glue words ("and", a lone "a") that are not the number."""
    tokens = list(re.finditer(r"[A-Za-z]+", text[start:end]))
    while tokens and tokens[-1].group().lower() in ("and", "a", "an", "half"):
        tokens.pop()
    while tokens and tokens[0].group().lower() == "and":
        tokens.pop(0)
    if not tokens:
        return start, end, None
    new_start, new_end = start + tokens[0].start(), start + tokens[-1].end()
    return new_start, new_end, text[new_start:new_end]


def _tidy(value: float) -> float | int:
    """Whole numbers as int so JSON shows 160000, not 160000.0."""
    return int(value) if float(value).is_integer() else value
