"""Days as reports write them ("on Tuesday", "last week", "June 6"), turned into ISO dates."""

import re
from datetime import date, timedelta

from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

MONTH_NAMES = WORDS["dates"]["months"]
_DAYS_BACK = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}  # "two days earlier"
_TIMES = ("night", "morning", "afternoon", "evening")
WEEKDAYS = [day.lower() for day in WORDS["dates"]["weekdays"]]
MONTH = rf"(?:{alternation(MONTH_NAMES + WORDS['dates']['month_abbreviations'])})\.?"
WEEKDAY = rf"(?:{alternation(WORDS['dates']['weekdays'])})"
DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+\d{{4}})?)"
)
_TIME_OF_DAY = rf"(?:{'|'.join(_TIMES)})"
MONTH_DAY = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})"  # "November 14", "14 November"
DAY_PHRASE = (
    rf"(?:(?:this\s+)?{WEEKDAY}(?:\s+{_TIME_OF_DAY})?|yesterday|today|tonight),?\s+\(?(?:the\s+)?"
    rf"{DATE}"  # "Monday 12 March", "Tuesday (14 January 2025)", "yesterday, April 16",
    # "Monday night, December 25": the date says which day
    rf"|(?:last\s+|this\s+)?{WEEKDAY}(?:\s+(?:of\s+)?last\s+week)?"  # "Wednesday of last week"
    r"|yesterday|today|last night|this (?:morning|afternoon|evening)|tonight"
    r"|(?:early|earlier|later) in the day"  # "said early in the day": that day
    r"|(?:earlier |late )?(?:last|this) (?:week|month)"
    rf"|(?:{'|'.join(_DAYS_BACK)}|\d) days? (?:earlier|ago)|the previous (?:day|night)"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+\d{{4}})?|(?<=in ){MONTH}(?:\s+\d{{4}})?"
)
DAY_RE = compiled(rf"\b(?:on\s+)?(?P<phrase>{DAY_PHRASE})\b")


def relative_date(phrase: str, published_on: str | None) -> str | None:
    """An ISO date or period for "Tuesday", "yesterday", "last week", "June 6", "in May";
    PUBLISHED_ON may be a year alone (WRITTEN_YEAR), which dates only a month and day."""
    words = re.sub(r"[,.(]", "", phrase.lower()).split()
    try:
        pub = date.fromisoformat(published_on or "")
    except ValueError:  # no publication day: only a day written with its year can be read
        if re.fullmatch(r"\d{4}", published_on or "") and re.search(rf"\b{MONTH}", phrase):
            return relative_date(f"{phrase} {published_on}", None)  # "on January 19": that year
        if not re.search(r"\b\d{4}\b", phrase):
            return None
        pub = date.max
    if len(words) > 1 and words[0] == "this" and words[1] in WEEKDAYS:
        words = words[1:]  # "announced this Tuesday": that weekday, on or before publication
    if not words:
        return None
    if words[-1] in ("ago", "earlier") or words[-2:-1] == ["previous"]:  # "a day earlier"
        count = words[0]  # "the previous day", "the previous night": one
        back = int(count) if count.isdigit() else _DAYS_BACK.get(count, 1)
        return (pub - timedelta(days=back)).isoformat()
    if words[0] in WEEKDAYS and words[-2:] == ["last", "week"]:  # "Wednesday of last week"
        monday = pub - timedelta(days=pub.weekday() + 7)
        return (monday + timedelta(days=WEEKDAYS.index(words[0]))).isoformat()
    if words[0] == "last" and len(words) > 1 and words[1] in WEEKDAYS:  # strictly before
        back = (pub.weekday() - WEEKDAYS.index(words[1])) % 7 or 7
        return (pub - timedelta(days=back)).isoformat()
    if words[0] in (*WEEKDAYS, "yesterday", "today", "tonight") and any(
        w[:1].isdigit() for w in words[1:]
    ):  # "Monday 12 March", "yesterday, April 16", "Monday night, December 25": that date
        return relative_date(" ".join(w for w in words[1:] if w not in _TIMES), published_on)
    if words[0] in WEEKDAYS:  # the last such day on or before publication
        return (pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(words[0])) % 7)).isoformat()
    if (
        words[0] in ("yesterday", "today", "tonight")
        or words[-2:] == ["the", "day"]
        or words[-1] in ("night", "morning", "afternoon", "evening")
    ):
        return (pub - timedelta(days=words[0] in ("yesterday", "last"))).isoformat()
    if words[-1] == "week":
        monday = pub - timedelta(days=pub.weekday())
        if "last" in words:
            return f"{monday - timedelta(days=7)}/{monday - timedelta(days=1)}"
        return f"{monday}/{pub}"
    if words[-1] == "month":
        first = pub.replace(day=1)
        return f"{first - timedelta(days=1):%Y-%m}" if "last" in words else f"{first:%Y-%m}"
    month = next(
        (i + 1 for i, name in enumerate(MONTH_NAMES) for w in words if w[:3] == name[:3].lower()),
        None,
    )
    digits = [int(d) for w in words if (d := re.sub(r"\D", "", w))]
    year, day = (
        next((n for n in digits if n > 31), None),
        next((n for n in digits if n <= 31), None),
    )
    if month is None:
        return None
    if day is None:
        back = year is None and month > pub.month
        return f"{(year or pub.year) - back:04d}-{month:02d}"
    try:
        when = date(year or pub.year, month, day)
    except ValueError:
        return None
    return (when.replace(year=pub.year - 1) if year is None and when > pub else when).isoformat()


_FULL_DATE_RE = compiled(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?)"
    r"\s+((?:19|20)\d\d)\b"
)


def written_year(text: str) -> str | None:
    """The year of the latest full date a text writes ("8 January 2023"): when no publication
    day is given, the year its month-and-day dates ("said on January 19") fall in."""
    years = [match.group(1) for match in _FULL_DATE_RE.finditer(text)]
    return max(years) if years else None


_DATELINE_DAY_RE = compiled(  # "Santiago, Feb 28 (IANS/EFE) The toll ...": the day it was filed
    rf"\s*[A-Z][\w .'’-]{{1,40}},\s+(?P<phrase>{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})\b"
)


def filed_on(text: str, published_on: str | None) -> str | None:
    """The day a dateline says a report was filed, when it falls one to three days after
    PUBLISHED_ON (a feed's date in another time zone): the day its weekdays count back from."""
    dateline = _DATELINE_DAY_RE.match(text)
    if not dateline or not published_on:
        return None
    day = relative_date(f"{dateline.group('phrase')} {published_on[:4]}", published_on)
    ahead = (date.fromisoformat(day) - date.fromisoformat(published_on)).days if day else 0
    return day if 1 <= ahead <= 3 else None


_COUNTS = {word: n for n, word in enumerate(WORDS["numbers"]["ones"])} | {"a": 1, "an": 1}
_MARKS_SINCE_RE = compiled(  # "Today marks exactly four weeks since the protests started on
    rf"\b[Tt]oday\s+marks\s+(?:exactly\s+|just\s+)?(?P<count>\d{{1,3}}|[a-z]+)\s+"  # Tuesday 18th
    r"(?P<unit>day|week|month|year)s?\s+since\b[^.;]{0,100}?"  # June, 2024": 16 July 2024
    rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)


def marked_today(text: str) -> str | None:
    """The day a text's "today" is, when it counts it from a dated event: "Today marks exactly
    four weeks since the protests started on Tuesday 18th June, 2024" is 16 July 2024."""
    marked = _MARKS_SINCE_RE.search(text)
    if not marked:
        return None
    word, since = marked.group("count"), relative_date(marked.group("day"), None)
    count = int(word) if word.isdigit() else _COUNTS.get(word)
    if count is None or since is None:
        return None
    then, unit = date.fromisoformat(since), marked.group("unit")
    if unit in ("day", "week"):
        return (then + timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    months = then.month - 1 + count * (12 if unit == "year" else 1)
    try:
        return then.replace(year=then.year + months // 12, month=months % 12 + 1).isoformat()
    except ValueError:  # "one month since 31 January": no 31 February
        return None
