"""Figures as reports write them ("160,000", "forty thousand", "dozens"), not dates or money."""

import re
from dataclasses import dataclass

from figures.extract.dates import MONTH, MONTH_NAMES, WEEKDAY
from figures.extract.skim import compiled
from figures.extract.words import WORDS, patterns

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

# Capitalized words that may stand right before a figure; any other makes it a label (Camp 5).
_LEADS = set(_WORDS["leads"])
_NOT_FIGURE_AFTER_RE = compiled("|".join(patterns("not_a_figure.txt")))
_LABELS = "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in _WORDS["labels"])
_NOT_FIGURE_BEFORE_RE = compiled(  # read on the last 24 characters before the number
    rf"[A-Za-z]-$|\b{MONTH}\s+(?:the\s+)?(?:\d{{1,2}}\s*(?:-|–|and|to)\s*)?$"
    r"|(?:[$€£]|US\$|USD|EUR|GBP)\s*$"
    rf"|\b(?:No\.?|{_LABELS}|#)\s*$"
    rf"|\b(?:{WEEKDAY})\s*\(\s*$"  # "this Saturday (4)": the day of the month
)
_RANGE_END_RE = compiled(r"\d\s*(?:-|–|and|to)\s*$")
_MONTH_ENDS_RE = compiled(  # a sentence ending in a month written whole: "Sept. 17" is a date
    rf"\b(?:{'|'.join(MONTH_NAMES)})\.\s+$"
)
_ALTERNATIVE_RE = compiled(  # "three or four days", "50-70 kms": the unit after both
    r"\s+(?:or|to)\s+(?:[a-z]+|\d+)(?=[\s-])|\s*[-–]\s*\d+(?=\s)"
)
_DIAL_RE = compiled(r"(?:\+|\btel\.?|\bphone|\bcall|\bfax)[\s:]*[\d\s().-]*$", re.IGNORECASE)


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
        return tidy(round(float(digits.replace(",", "")) * scale, 6))  # 4.14 million: 4140000
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


_LETTER_RE = compiled(r"[^\W\d_]")
_VAGUE_MONEY_RE = compiled(  # "millions of dollars", "several dozen kilometres": no count of people
    r"\s+(?:of\s+)?(?:dollars|euros|pounds|years|miles|kilomet|km\b|kms\b|met(?:er|re)s|yards)",
    re.I,
)
_YEAR_RE = compiled(r"(?:19|20)\d\d")
_YEARS_FROM_RE = compiled(r"\b(?:19|20)\d\d[-–/]$")  # "2013-" before the years' end
_PARENT_OF_RE = compiled(r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of\s+$")
_YEAR_PEOPLE_RE = compiled(r"\s+(?:\w+\s+)?(?:people|civilians|children|families)")
_DAY_OF_MONTH_RE = compiled(
    rf"(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}})*\s*(?:(?:,|and|or|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s*)?"
    rf"(?:of\s+)?{MONTH}(?!\w)"
)  # "4 June", "8, 10 and 22 December"
_PHONE_RE = compiled(r"\d[\s.-]\d{2,4}[\s.-]\d{2,4}$")
_ONE_OF_RE = compiled(
    r"\s*(?:of (?:the|them|those|whom|which|his|her|their|its|our|my|these)|another)\b"
)
_AGE_RE = compiled(
    r"\b(?:aged?|ages|ages? of|aged between|aged from)\s+$|\bas\s+(?:young|old)\s+as\s+$"
    r"|\b(?:aged?|ages)\b[^.]{0,12}\b(?:and|to)\s+$|\b(?:aged?|ages)\s+\d+(?:\s*,\s*\d+)*\s*,\s*$"
    r"|\b(?:aged|children|boys|girls|kids|babies|minors|infants)\s+(?:under|over|below|above"
    r"|younger than|older than|up to)(?: the age of)?\s+$|\bunder the age of\s+$"  # "aged under 5"
)
_KIN_AGES_RE = compiled(  # "Two brothers, two and nine, died": their ages, set off by commas
    r"\b(?:brothers|sisters|sons|daughters|siblings|twins|boys|girls|children|grandchildren)"
    r"\s*,\s*(?:\w+\s+(?:and|to)\s+)?$"
)
_NAMED_AGE_RE = compiled(r"(?<![.!?])\s[A-Z][a-z]+\s+[A-Z][a-z’'-]+,\s*$")  # "Mohammad Shoaib, 29,"
_COMPARED_RE = compiled(
    r"\s+(?:more|fewer|less|higher|lower|greater)\s+than\b|\s+times\b|-(?:pronged|fold|strong"
    r"|member|man|person|bed|storey|story|point|page|year|month|week|day|hour|minute|mile|km)\b"
    r"|\s+consecutive\b|\s+straight\s+(?:days|weeks|months|years|nights)",
    re.IGNORECASE,
)
_RATIO_FIRST_RE = compiled(  # the first term of "1 in 5 children", "4 out of 10 hospitals"
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten)\b",
    re.IGNORECASE,
)
_RATIO_RE = compiled(  # the second term of "1 in 5 children", "4 out of 10 hospitals"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?$"
    r"|\bout\s+of\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


_LONG_DIGITS_RE = compiled(r"0?\d{9,}")
_DIAL_WORD_RE = compiled(r"\+|tel|phone|call|fax", re.IGNORECASE)
_AGES_LISTED_RE = compiled(r"(?:\s+(?:and|to)\s+\w+)?\s*,")
_DIGIT_END_RE = compiled(r"\d[\s.-]*$")


def is_figure(text: str, number: Number) -> bool:
    """False for dates, years, percentages, ages, durations, money, phones, labels and names."""
    before, after = (
        text[max(0, number.start - 30) : number.start],
        text[number.end : number.end + 30],
    )
    if not _LETTER_RE.search(after) and not _LETTER_RE.search(before):
        return False  # a number among numbers: nothing says what it counts (a table, a list)
    if number.kind == "vague":
        return not _VAGUE_MONEY_RE.match(after)
    surface = text[number.start : number.end]
    if _LONG_DIGITS_RE.fullmatch(surface):
        return False  # "9656938689": a phone number or an identifier, never a count so written
    if _YEAR_RE.fullmatch(surface) and not _YEAR_PEOPLE_RE.match(after):
        return False  # a year standing alone
    if _YEARS_FROM_RE.search(before) and len(surface) == 2 and surface.isdigit():
        return False  # "a civil war from 2013-18": the years' end
    if _PARENT_OF_RE.search(before):
        return False  # "a pregnant mother of four": who she is, not a count of the crisis
    if _DAY_OF_MONTH_RE.match(after):
        return False
    opens = number.kind == "words" and surface[:1].isupper() and before.rstrip().endswith(".")
    opens = opens or bool(_MONTH_ENDS_RE.search(before))  # "on 11 March. 17 people were killed"
    alternative = _ALTERNATIVE_RE.match(after)  # "three or four days": the unit after both
    dated = not opens and _NOT_FIGURE_BEFORE_RE.search(before[-24:])
    if dated and _RANGE_END_RE.search(dated.group()) and (number.value or 0) > 31:
        dated = None  # "from 111,481 on Jan. 23 to 150,000": a count, not "Jan. 23 to 25"
    if (
        _NOT_FIGURE_AFTER_RE.match(after[alternative.end() if alternative else 0 :].lower())
        or dated
    ):
        return False  # "June 10"; not "since 7 October. Two have been injured"
    if _DIAL_WORD_RE.search(before) and _DIAL_RE.search(before):
        return False  # a phone number
    if _RATIO_RE.search(before[-24:]):
        return False  # "one in three people": a share, not a count
    ratio = _RATIO_FIRST_RE.match(after)  # not "25,000 in two Juba bases": a part is smaller
    if ratio and (number.value or 0) < (parse_number(ratio.group("whole")) or 0):
        return False
    if _AGE_RE.search(before[-28:].lower()) or _COMPARED_RE.match(after):
        return False  # "children under 5", "aged 5 to 12"; "100,000 more than", "three-pronged"
    if _NAMED_AGE_RE.search(before) and after.startswith(",") and (number.value or 0) < 110:
        return False  # "said Mohammad Shoaib, 29, who": a person's age
    if _KIN_AGES_RE.search(before) and _AGES_LISTED_RE.match(after):
        return False  # "Two brothers, two and nine, died"
    if _DIGIT_END_RE.search(before) and _PHONE_RE.search(before[-12:] + surface):
        return False  # the tail of a phone number (not "1 200 000" or "1.200.000" alone)
    if number.kind == "words" and surface.lower() == "one" and _ONE_OF_RE.match(after):
        return False  # "one of the hospitals", "one another"; not "Four of them died"
    return bool(_COUNTED_AFTER_RE.match(after)) or not _is_label(text, number.start)


_TOLD_RE = compiled(r"\b(?:told|tells|tell|telling)$")


COUNTED_NOUNS = (  # what a tally's numbers count: "Lombok Utara 374 fatalities, Lombok Barat 37"
    r"(?:fatalities|deaths|dead|persons|people|families|individuals|households|IDPs|refugees"
    r"|casualties|victims)\b"
)
_COUNTED_AFTER_RE = compiled(  # a count after a place name, no label; "the Protection Cluster
    rf"\s+(?:{COUNTED_NOUNS}|(?:killed|injured|wounded|displaced)\b)"  # 17 killed": a count
)


_LISTED_RE = compiled(  # a count then a separator: the next name opens the list's next item
    r"(?<![\w.,])\d[\d,.]*(?:\s+[A-Za-z]+)?\s*(?:\([^()]{0,20}\)\s*)?(?:[,;](?:\s*and)?|\s+and)\s*$"
)  # "12,400 Somalis, Ethiopia 5,100 and Uganda 2,000"
_NAME_RUN_RE = compiled(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")  # its first words: "Khyber-"


_WORD_BEFORE_RE = compiled(r"([A-Z][a-z]+)\s+$")
_DAY_WORD_RE = compiled(rf"{MONTH}|{WEEKDAY}")


def _is_label(text: str, start: int) -> bool:
    """A capitalized word right before the number, not opening a sentence: Channel 4, Camp 5."""
    match = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    if not match or match.group(1).lower() in _LEADS:
        return False
    if _DAY_WORD_RE.fullmatch(match.group(1)):
        return False
    cut = start - len(match.group(0))
    prefix = text[max(0, cut - 80) : cut].rstrip()  # its last 40 characters: never the whole
    if len(prefix) < 40 and cut > 80:  # text before it (quadratic); a long blank run: all
        prefix = text[:cut].rstrip()
    if _TOLD_RE.search(prefix[-12:]):
        return False  # "told Reuters 13 people were killed": the outlet told, then the count
    name = _NAME_RUN_RE.search(prefix[-40:])  # "; Khyber-Pakhtunkhwa 97": the whole name
    if _LISTED_RE.search(prefix[-40:][: name.start() if name else None]):  # a list of counts:
        return False  # "Sindh has reported 678, KPK 306", not "Kurdistan24 and Channel 4"
    return bool(prefix) and prefix[-1] not in '.!?"“\n'


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
