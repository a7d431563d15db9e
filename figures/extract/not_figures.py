"""Numbers that count nothing of a crisis (dates, years, ages, durations, distances, money,
phone numbers, labels and names), told apart from counts by the words around them."""

import re

from figures.extract.dates import MONTH, MONTH_NAMES, WEEKDAY
from figures.extract.numbers import Number, parse_number
from figures.extract.skim import compiled
from figures.extract.words import WORDS, patterns

_WORDS = WORDS["numbers"]
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
_LABEL_END_RE = compiled(rf"\b(?:{_LABELS})\s*$")
_THOUSANDS_RE = compiled(r"\d{1,3}(?:,\d{3})+")  # no label is so written
_RANGE_END_RE = compiled(r"\d\s*(?:-|–|and|to)\s*$")
_NUMBER_VERB_RE = compiled(  # "estimated to number 30,000", "Of this number 161,000": no label
    r"\b(?:to|may|might|could|would|will|now|still|this|that|these|those|they)\s+number\s*$",
    re.IGNORECASE,
)
_MONTH_ENDS_RE = compiled(  # a sentence ending in a month written whole: "Sept. 17" is a date
    rf"\b(?:{'|'.join(MONTH_NAMES)})\.\s+$"
)
_ALTERNATIVE_RE = compiled(  # "three or four days", "50-70 kms": the unit after both
    r"\s+(?:or|to)\s+(?:[a-z]+|\d+)(?=[\s-])|\s*[-–]\s*\d+(?=\s)"
)
_DIAL_RE = compiled(r"(?:\+|\btel\.?|\bphone|\bcall|\bfax)[\s:]*[\d\s().-]*$", re.IGNORECASE)


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
    counted = _THOUSANDS_RE.fullmatch(surface) and _LABEL_END_RE.search(before)
    if dated and (_NUMBER_VERB_RE.search(before) or counted):
        dated = None  # "to number 30,000", "In one week 80,000 displaced": counts, no labels
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
