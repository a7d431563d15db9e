"""Candidate claims read out of a report's text, so analysts review figures instead of typing them."""

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from figures.numbers import Number, find_numbers

MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PHRASE = (
    rf"{_WEEKDAY}|yesterday|today|last night|(?:earlier |late )?(?:last|this) (?:week|month)"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?|(?<=in ){_MONTH}(?:\s+\d{{4}})?"
)
DAY_RE = re.compile(rf"\b(?:on\s+)?(?P<phrase>{_DAY_PHRASE})\b")
SAY = r"(?:said|says|say|told|tells|reported|reports|estimated|estimates|estimate|announced|" \
    r"stated|warned|added|noted|confirmed|counted|recorded|documented|believes|believed|thinks)"
_LEADS = set("about some nearly around roughly over up an the almost between only just another all "
             "and approximately fewer more less upwards at as no another".split())
PRONOUNS = {"it", "its", "they", "their", "which", "who", "he", "she", "his", "her", "the group"}

# What follows a number says what was counted: noun -> (class, unit).
_NOUN_CLASSES = {
    "residents": "residents inhabitants",
    "people": "people persons person civilians civilian individuals men "
    "women refugees idps migrants villagers patients displaced survivors workers staff "
    "volunteers journalists doctors nurses teachers students detainees prisoners protesters "
    "passengers",
    "children": "children child minors boys girls kids infants babies",
    "household": "households household",
    "family": "families family",
    "fighters": "fighters militants extremists jihadists insurgents gunmen combatants rebels "
    "militiamen",
    "military": "soldiers troops personnel servicemen marines advisers advisors forces",
    "strike": "strikes airstrikes raids sorties bombings",
    "truck": "trucks lorries",
    "tonne": "tonnes tons",
    "thing": "houses homes buildings schools hospitals shelters tents villages incidents attacks "
    "cases kits rations meals doses vehicles tanks mines bombs shells rockets",
}
NOUNS = {word: cls for cls, words in _NOUN_CLASSES.items() for word in words.split()}
UNITS = {"people": "person", "residents": "person", "children": "person", "fighters": "person", "military": "person",
         "household": "household", "family": "family", "strike": "strike", "truck": "truck",
         "tonne": "tonne"}
METRIC_UNITS = {"airstrikes": "strike"}
_STOP = set("in at on to from by for with into near inside across within under during after "
            "before since as than was were is are be been being have has had may might will "
            "would could should can remain remained said that who which while and or but".split())

# Events that happen to what was counted, nearest one wins; `other` means "not in vocabulary".
_EVENTS = [
    ("killed", r"killed|dead|died|deaths?|death toll|lost their lives|perished|fatalities|slain"
     r"|bodies|executed|drowned"),
    ("other", r"wounded|injured|hurt|casualties|injuries|missing|detained|arrested|abducted"
     r"|infected|received|receiving|vaccinated|treated|evacuated|returned|arrived|surrendered"
     r"|captured|defected"),
    ("fled", r"fled|flee|fleeing|escaped|have left|had left|left their|left the"
     r"|(?:were|was|been|be|being|newly|recently) displaced|displaced by|forced (?:to flee|from)"
     r"|uprooted|crossed (?:into|over|the border|the front)"),
    ("trapped", r"trapped|besieged|stuck|encircled|under siege|unable to leave|cut off"
     r"|(?:as )?human shields|(?:held )?hostages?"),
]
_EVENT_RE = [(name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _EVENTS]
_OBJECT_VERBS = [  # a verb just before the number takes it as its object
    ("killed", r"(?:killed|killing|kills|kill|claimed the lives of|bodies of|(?:death toll|number "
     r"of (?:people |civilians )?(?:killed|dead))\b.*"
     r"|toll (?:rose|stood|reached|climbed|was)\b.*)"),
    ("displaced", r"number of (?:internally )?(?:displaced|idps)\b.*"),
    ("other", r"(?:wounded|wounding|injuring|injured|reached|reaching|assisted|helped|fed|"
     r"vaccinated|treated|registered|delivered|distributed|provided|evacuated|evacuating)"),
    ("fled", r"(?:(?:has|have|had|which|that) displaced|displacing|uprooting|uprooted|forcing"
     r"|forced)"),
    ("trapped", r"(?:encircled|encircling|besieging|besieged|trapping|surrounded|holding)"),
    ("remaining", r"(?:population of|home to|inhabited by|population (?:is|was|of about))"),
]
_OBJECT_RE = [(n, re.compile(rf"\b{p}\s+(?:\S+\s+){{0,2}}$")) for n, p in _OBJECT_VERBS]
_REMAIN_RE = re.compile(r"\b(?:remain|remained|remaining|remains|living|live|lived|lives|still"
                        r"|stay|stayed|staying|reside|residing|sheltering|left (?:behind|in))\b")
_WHOLE_RE = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|most|many|majority|percent|%)"
                       r"\s+of\s+(?:the|its|their)\s+$")
_INHERIT_RE = re.compile(r"\b(?:including|among them|of whom|among whom|up from|down from"
                         r"|compared with|against)\s+$")
_APPOSITIVE_RE = re.compile(r",\s*(?:among them|including|of whom|among whom|mostly)\b[^,.;]*,")

_HEDGES = {
    "approximately": "an estimated|the estimated|estimated|estimated at|about|around|some|roughly"
    "|nearly|almost|approximately|approx.|close to|circa|an approximate|more or less|~"
    "|estimates that|estimated that|estimate that",
    "at_most": "up to|as many as|no more than|not more than|fewer than|less than|at most"
    "|a maximum of|just under|under|below",
    "at_least": "at least|more than|over|upwards of|in excess of|no fewer than|no less than"
    "|not less than|a minimum of|just over|above|exceeding|exceeded|well over|passed|surpassed"
    "|topped",
}
HEDGES = sorted(((p, q) for q, ps in _HEDGES.items() for p in ps.split("|")),
                key=lambda pair: -len(pair[0]))
_SUFFIX_HEDGES = [(re.compile(r"^\s*(?:or|and) (?:more|over|above)\b|^(?:-plus|\+)"), "at_least"),
                  (re.compile(r"^\s*or (?:fewer|less)\b"), "at_most"),
                  (re.compile(r"^\s*or so\b"), "approximately")]

# Originators named in many ways (DESIGN 3.5); the most specific pattern first.
SOURCE_ALIASES = [
    (r"\bOCHA\b|(?:United Nations|UN|U\.N\.)(?:'s)? (?:humanitarian|aid|relief)"
     r"(?: coordination)? (?:office|agency|affairs office|chief)|Office for the Coordination",
     "UN OCHA"),
    (r"\bUNHCR\b|(?:United Nations|UN|U\.N\.) (?:refugee agency|High Commissioner)", "UNHCR"),
    (r"\bUNICEF\b|(?:United Nations|UN|U\.N\.) children'?s (?:agency|fund)", "UNICEF"),
    (r"\bWFP\b|World Food Programme", "WFP"),
    (r"\bIOM\b|International Organization for Migration|UN migration agency", "IOM"),
    (r"\bWHO\b|World Health Organi[sz]ation", "WHO"),
    (r"\bICRC\b|Red Cross", "ICRC"),
    (r"\bMSF\b|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res", "MSF"),
    (r"\bSOHR\b|Syrian Observatory|\bthe Observatory\b", "Syrian Observatory for Human Rights"),
    (r"\bACLED\b|Armed Conflict Location", "ACLED"),
    (r"\bAirwars\b", "Airwars"),
    (r"\bPentagon\b|(?:US|U\.S\.) Department of Defen[cs]e", "Pentagon"),
    (r"\bstate (?:media|television|TV|news agency)\b|\bSANA\b", "state media"),
    (r"\bSDF\b|Syrian Democratic Forces", "SDF"),
    (r"\bHuman Rights Watch\b|\bHRW\b", "Human Rights Watch"),
    (r"\bAmnesty\b", "Amnesty International"),
    (r"(?:US|U\.S\.)-led coalition|\bthe coalition\b", "US-led coalition"),
    (r"\b(?:United Nations|UN|U\.N\.)\b", "UN"),
]
MONITORS = {"Syrian Observatory for Human Rights", "Airwars", "ACLED"}
_ROLES = r"spokes(?:man|woman|person)|coordinator|officials?|director|chief|head|representative" \
    r"|commander|minister|officer|envoy|adviser|analyst|researcher|source|sources"

_PLACE_WORD = r"(?:(?:al|el|ez|ad|ar|as|az|ash|an|ed|es)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_PLACE_RE = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}")
_LOCATIVE = re.compile(rf"\b(?:in|at|inside|near|across|around|within|throughout|(?:city|town|"
                       rf"village|district|province|governorate|camp|capital|region) of)\s+"
                       rf"(?:the\s+)?(?={_PLACE_WORD})")
_NOUN_LIKE = re.compile(rf"\s+(?!(?:{'|'.join(_STOP)})\b)[a-z]{{3,}}")
_ANY_PREP = re.compile(rf"\b(?:in|of|at)\s+(?:the\s+)?(?={_PLACE_WORD})")
_NOT_PLACES = set(MONTH_NAMES) | {d.title() for d in WEEKDAYS} | set(
    "The A An This That These It Its He She They We I Islamic State United Nations Pentagon "
    "November SDF IS ISIS ISIL UN AFP Reuters AP MSF OCHA UNHCR UNICEF WFP Government "
    "Kurdish Arab Syrian Russian Iranian".split())


@dataclass
class Mention:
    """One figure in the text: a number, a range of two, or a vague amount."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: str | None = None
    kind: str = "digits"


@dataclass
class Attribution:
    """Who said it (already resolved to a source name) and on which day, at a text offset."""

    pos: int
    source: str | None
    day: str | None = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; photo captions ("Photo Credit: ... Getty Images") are their own span."""
    cuts = {0, len(text)}
    for match in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“(‘']?[A-Z0-9])|\n", text):
        head = text[: match.start() + 1]
        if not re.search(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Capt)\.$", head):
            cuts.add(match.end())
    caption = r"\b(?:Photo|Image|Picture)\s*(?:[Cc]redit)?\s*:[^\n\"“]*?" \
        r"(?:Getty Images|AFP|Reuters|AP|EPA)\b"
    for match in re.finditer(caption, text):
        cuts.update(match.span())
    spans, edges = [], sorted(cuts)
    for start, end in zip(edges, edges[1:], strict=False):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = start + len(chunk) - len(chunk.lstrip())
            spans.append((lead, lead + len(stripped)))
    return spans


def relative_date(phrase: str, published_on: str | None) -> str | None:
    """An ISO date or period for "Tuesday", "yesterday", "last week", "June 6", "in May"."""
    if not published_on:
        return None
    pub = date.fromisoformat(published_on)
    words = phrase.lower().replace(",", "").replace(".", "").split()
    if words[0] in WEEKDAYS:
        return (pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(words[0])) % 7)).isoformat()
    if phrase.lower() in ("yesterday", "last night"):
        return (pub - timedelta(days=1)).isoformat()
    if phrase.lower() == "today":
        return pub.isoformat()
    if words[-1] == "week":
        monday = pub - timedelta(days=pub.weekday())
        if "last" in words:
            return f"{monday - timedelta(days=7)}/{monday - timedelta(days=1)}"
        return f"{monday}/{pub}"
    if words[-1] == "month":
        first = pub.replace(day=1)
        return (first - timedelta(days=1)).strftime("%Y-%m") if "last" in words else f"{first:%Y-%m}"
    month = next((i + 1 for i, m in enumerate(MONTH_NAMES)
                  for w in words if w[:3] == m.lower()[:3] and not w.isdigit()), None)
    numbers = [int(re.sub(r"\D", "", w)) for w in words if re.sub(r"\D", "", w)]
    year = next((n for n in numbers if n > 31), None)
    day = next((n for n in numbers if n <= 31), None)
    if month is None:
        return None
    guess_year = year or pub.year
    if day is None:
        if year is None and (guess_year, month) > (pub.year, pub.month):
            guess_year -= 1
        return f"{guess_year:04d}-{month:02d}"
    try:
        when = date(guess_year, month, day)
    except ValueError:
        return None
    if year is None and when > pub:
        when = when.replace(year=pub.year - 1)
    return when.isoformat()


def _is_distractor(text: str, number: Number) -> bool:
    """Dates, years, ordinals, percentages, ages, durations, money, phones, labels, names."""
    before, after = text[max(0, number.start - 30): number.start], text[number.end: number.end + 30]
    low_after = after.lower()
    if number.kind == "vague":
        return bool(re.match(r"\s+of\s+(?:dollars|euros|pounds|years|miles|kilomet)", low_after))
    surface = text[number.start: number.end]
    if re.search(r"[A-Za-z]-$", before) or re.match(r"-?[A-Za-z]*\d", after):
        return True  # COVID-19, F-16, Kurdistan24
    if (re.fullmatch(r"(?:19|20)\d\d", surface) and 1900 <= (number.value or 0) <= 2100
            and not re.match(r"\s+(?:\w+\s+)?(?:people|civilians|children|families)", low_after)):
        return True
    if re.search(rf"\b{_MONTH}\s+(?:the\s+)?$", before) or re.match(
            rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?!\w)", after):
        return True
    if re.match(r"\s*(?:%|per\s*cent|percent|pc\b|percentage)", low_after):
        return True
    if re.search(r"\b(?:aged?|ages|aged between|age of|under|over|below|and|to)\s+$",
                 before.lower()) and re.search(
            r"\b(?:aged?|ages|age of|children|boys|girls|kids)\b[^.]{0,12}$", before.lower()):
        return True
    if re.match(r"[\s-]*(?:(?:years?|months?|weeks?|days?)[\s-]+old|years? of age)", low_after):
        return True
    if re.match(r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?"
                r"|centuries|nights?|am\b|pm\b|a\.m\.|p\.m\.|gmt|utc|hrs?\b|o'clock|km\b|kilomet"
                r"|miles?\b|met(?:er|re)s?\b|m\b|sq\b|square|kg\b|kilograms?|°|degrees?)",
                low_after):
        return True
    if re.search(r"(?:[$€£]|US\$|USD|EUR|GBP)\s*$", before) or re.match(
            r"\s*(?:(?:million|billion)\s+)?(?:dollars|euros|pounds|usd|eur|gbp|francs"
            r"|riyals?|liras?|yen|rupees|shekels)\b", low_after):
        return True
    if re.search(r"(?:\+|\btel\.?|\bphone|\bcall|\bfax)[\s:]*[\d\s().-]*$", before.lower()) or \
            re.search(r"\d[\s.-]\d{2,4}[\s.-]\d{2,4}$", before + surface) or \
            re.match(r"[\s.-]\d{2,4}[\s.-]\d{2,4}\b", after):
        return True
    label = re.search(r"(?:^|[^.!?\"“]\s)([A-Z][a-z]+)\s+$", before)
    if label and label.group(1).lower() not in _LEADS and label.group(1) not in MONTH_NAMES:
        return True  # Channel 4, Camp 5, Resolution 2254
    if number.kind == "words" and re.match(r"\s*(?:of (?:the|them|those|whom|which)|another)\b",
                                           low_after):
        return True
    return bool(re.search(
        r"\b(?:No\.?|[Nn]umber|[Rr]esolution|[Aa]rticle|[Cc]hapter|[Rr]oute|[Hh]ighway|[Rr]oad"
        r"|[Ss]ector|[Pp]hase|[Bb]lock|[Zz]one|[Ll]evel|[Gg]rade|[Cc]ategory|[Pp]age|[Ss]ection"
        r"|[Ff]light|[Vv]ersion|[Ss]eason|[Ww]eek|[Dd]ay|#)\s*$", before))


def _mentions(text: str, numbers: list[Number]) -> list[Mention]:
    """Pair "between 3,000 and 5,000", "3,000-5,000", "two or three" into ranges."""
    result: list[Mention] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        if b is not None and a.kind != "vague" and b.kind != "vague":
            gap = text[a.end: b.start]
            before = text[max(0, a.start - 20): a.start].lower()
            is_range = (re.fullmatch(r"\s*(?:-|–|—|to)\s*", gap) and not re.search(
                r"\bfrom\s+$", before)) or (re.fullmatch(r"\s+and\s+", gap) and re.search(
                    r"\bbetween\s+(?:some\s+|about\s+)?$", before)) or re.fullmatch(r"\s+or\s+", gap)
            low, high = a.value or 0, b.value or 0
            scale = re.search(r"(million|billion|thousand|mn|bn|m|k)$", text[b.start: b.end])
            if scale and not re.search(r"(?:million|billion|thousand|hundred|mn|bn|m|k)$",
                                       text[a.start: a.end].lower()):
                factor = {"thousand": 1e3, "k": 1e3, "billion": 1e9, "bn": 1e9}.get(
                    scale.group(1), 1e6)
                if low * factor <= high and low < 1000:
                    low = low * factor
            if is_range and low < high:
                result.append(Mention(a.start, b.end, low=_int(low), high=_int(high), kind=a.kind))
                i += 2
                continue
        result.append(Mention(a.start, a.end, a.value, vague=a.vague, kind=a.kind))
        i += 1
    return result


def _int(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _quantifier(mention: Mention, before: str, after: str) -> str:
    """The hedge words around the number decide its quantifier (DESIGN 3.2)."""
    if mention.vague:
        return "vague"
    if mention.low is not None:
        return "range"
    head = re.sub(r"[\"“”'‘’(]+\s*$", "", before.lower()).rstrip() + " "
    for phrase, quantifier in HEDGES:
        if re.search(rf"(?:^|[\s\"“(]){re.escape(phrase)}\s+$", head):
            return quantifier
    for pattern, quantifier in _SUFFIX_HEDGES:
        if pattern.match(after.lower()):
            return quantifier
    return "exact"


def _noun(after: str) -> str | None:
    """The class of the counted noun just after the number ("dozens of Syrian soldiers")."""
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]*", after)[:6]:
        if token.isupper() and len(token) > 1:
            continue  # IS militants, US troops
        token = token.lower()
        if token in NOUNS:
            return NOUNS[token]
        if token.split("-")[-1] in NOUNS:
            return NOUNS[token.split("-")[-1]]
        if token in _STOP:
            return None
    return None


def _event(before: str, after: str) -> str | None:
    """What happened to what was counted: a verb taking the number, else the nearest cue after."""
    low_before, low_after = before.lower(), after.lower()
    if _WHOLE_RE.search(low_before):
        return None  # "two-thirds of the 20,000 residents have fled": 20,000 did not all flee
    event = next((name for name, pattern in _OBJECT_RE if pattern.search(low_before)), None)
    if event is None:
        hits = [(m.start(), name) for name, pattern in _EVENT_RE
                if (m := pattern.search(low_after))]
        event = min(hits)[1] if hits else None
    return event


def _noun_before(before: str) -> str | None:
    """The counted noun named before the number: "the number of refugees ... passed 1 million"."""
    match = re.search(r"\bnumber of ((?:\w+\s+){0,2})", before)
    return _noun(" " + match.group(1)) if match else None


def _metric(noun: str | None, event: str | None, after: str) -> str | None:
    """What is counted and what happened to it, mapped to the built-in vocabulary (3.4)."""
    people = noun in (None, "people", "residents", "household", "family")
    if noun == "strike":
        return "airstrikes"
    if event in ("killed", "fled", "other", "remaining", "displaced"):
        return {"killed": "killed", "fled": "fled", "displaced": "displaced_in_population",
                "remaining": "civilians_remaining" if people else None}.get(event)
    if event == "trapped":
        return {"children": "children_trapped", "fighters": "fighters"}.get(
            noun or "", "civilians_trapped")
    if noun in ("fighters", "military", "residents"):
        return {"fighters": "fighters", "military": "military_personnel"}.get(
            noun, "civilians_remaining")
    if re.search(r"\b(?:displaced|idps)\b", after.lower()[:40]):
        return "displaced_in_population"
    if _REMAIN_RE.search(after.lower()) and people and noun:
        return "civilians_remaining"
    return None


def _clause(text: str, span: tuple[int, int], mention: Mention, prev_end: int,
            next_start: int) -> tuple[str, str]:
    """The words of the number's clause before and after it, stopping at other numbers."""
    head = text[max(span[0], prev_end): mention.start]
    cut = max((m.end() for m in re.finditer(r"[;:,(—]| and | but | while ", head)), default=0)
    tail = text[mention.end: span[1]]
    appositive = _APPOSITIVE_RE.search(tail)
    if appositive and mention.end + appositive.start() <= next_start:
        tail = tail[: appositive.start()] + " " + tail[appositive.end():]
        following = find_numbers(tail)
        tail = tail[: following[0].start] if following else tail
    else:
        tail = text[mention.end: min(span[1], next_start)]
    stop = re.search(r"[;:(—]|, (?:and|but|while|including|with|whereas)\b| but | while ", tail)
    return head[cut:], tail[: stop.start() if stop else len(tail)]


def places(text: str) -> Counter:
    """Capitalized names after in/of/at, counted over the article (a tiny gazetteer)."""
    found: Counter = Counter()
    for match in _ANY_PREP.finditer(text):
        name = _place_at(text, match.end())
        if name:
            found[name] += 1
    return found


def _place_at(text: str, pos: int) -> str | None:
    match = _PLACE_RE.match(text, pos)
    if not match:
        return None
    words = [w for w in re.sub(r"['’]s$", "", match.group()).split()]
    while words and (words[-1] in _NOT_PLACES or words[-1].isupper() and len(words[-1]) > 1):
        words.pop()
    if not words or words[0] in _NOT_PLACES or (words[0].isupper() and words[0] not in (
            "US", "USA", "UK", "DRC", "CAR")):
        return None
    return " ".join(words)


def _location(text: str, span: tuple[int, int], mention: Mention, main: str | None) -> str | None:
    """The place named in the sentence (nearest after the number first), else the article's."""
    after, before = [], []
    for match in _LOCATIVE.finditer(text, span[0], span[1]):
        name = _place_at(text, match.end())
        if name:
            (after if match.start() >= mention.end else before).append(name)
    return after[0] if after else before[-1] if before else main


def normalize_source(subject: str, previous: str | None, history: list[str]) -> str | None:
    """The originator behind "Its regional spokesman David Swanson", "the monitor", "the UN"."""
    subject = re.sub(r"^(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+", "", subject.strip(" \"“”'"))
    first = subject.split()[0].lower() if subject.split() else ""
    if not subject or first in PRONOUNS or subject.lower() in PRONOUNS:
        return previous
    for pattern, name in SOURCE_ALIASES:
        if re.search(pattern, subject):
            return name
    if re.search(r"\bmonitor\b", subject, re.IGNORECASE):
        return next((s for s in reversed(history) if s in MONITORS), "the monitor")
    role = re.search(rf"\b(?:{_ROLES})\b", subject)
    if role:
        org = re.sub(r"^(?:the|a|an)\s+|\b(?:regional|emergency|senior|local|chief|top|deputy)\b",
                     "", subject[: role.start()], flags=re.IGNORECASE).strip(" ,")
        subject = org or subject[role.end():].strip(" ,") or subject
    if re.match(r"[Tt]he\s+[A-Z]", subject):
        return subject[4:]
    return subject[0].lower() + subject[1:] if subject.startswith("The ") else subject


def _valid_subject(subject: str) -> bool:
    words = subject.split()
    return 0 < len(words) <= 8 and not re.search(
        r"\d|\b(?:were|was|is|are|be|been|have|has|had|an?|estimated|not)$|\b(?:were|was|are|is)\b",
        subject) and subject.lower() not in ("an", "a", "the")


def _day_near(sentence: str, start: int, end: int) -> str | None:
    """A day stated with the attribution: "said on Tuesday", "said Thursday", "on Tuesday said"."""
    after = re.match(rf"\s*(?:on\s+)?(?P<phrase>{_DAY_PHRASE})\b", sentence[end:])
    if after:
        return after.group("phrase")
    before = re.search(rf"(?:on\s+)?({_WEEKDAY}|yesterday)\s*$", sentence[:start])
    return before.group(1) if before else None


def attributions(sentence: str, offset: int, last: Attribution | None, history: list[str],
                 published_on: str | None) -> list[Attribution]:
    """Every "X said", "said X", "according to X" in a sentence, pronouns resolved in order."""
    raw: list[tuple[int, str, str | None]] = []
    for match in re.finditer(rf"\baccording to\s+([^,.;]+?)(?=,|\.|;|\s+which\b|\s+who\b|$)",
                             sentence):
        raw.append((match.start(), match.group(1), None))
    for match in re.finditer(rf"\b{SAY}\b", sentence):
        head = sentence[: match.start()]
        pieces = re.split(r"[,;:\"“”(]|\bthat\b|\band\b|\bbut\b|\bwhile\b", head)
        subject = re.sub(rf"\s*(?:on\s+)?(?:{_WEEKDAY}|yesterday|today|also|later|earlier|"
                         r"previously|has|have|had)\s*$", "", pieces[-1]).strip()
        day = _day_near(sentence, match.start(), match.end())
        if re.fullmatch(r"(?:which|who|it|they|he|she)", subject, re.IGNORECASE):
            raw.append((match.start(), subject, day))
        elif _valid_subject(subject) and (subject[0].isupper() or re.match(
                r"(?:the|state|local|aid|officials|health|rights)\b", subject)):
            raw.append((match.start(), subject, day))
        if re.search(r"[,\"”]\s*$", head) and not day:
            tail = re.match(r"\s+([A-Z][^,.;\"]*)", sentence[match.end():])
            if tail and _valid_subject(tail.group(1)) and not DAY_RE.match(tail.group(1)):
                raw.append((match.start(), tail.group(1), None))
    found: list[Attribution] = []
    for pos, subject, day in sorted(raw, key=lambda item: item[0]):
        previous = found[-1] if found else last
        source = normalize_source(subject, previous.source if previous else None, history)
        resolved = relative_date(day, published_on) if day else None
        if resolved is None and previous and source == previous.source and subject.split()[0].lower() in PRONOUNS:
            resolved = previous.day
        found.append(Attribution(offset + pos, source, resolved))
        if source:
            history.append(source)
    return found


def _choose(attrs: list[Attribution], mention: Mention, text: str) -> Attribution | None:
    """The attribution before the number in its sentence, else the next one in the clause."""
    before = [a for a in attrs if a.pos < mention.start]
    if before:
        return before[-1]
    for attr in attrs:
        if not re.search(r"[;]|, (?:and|but|while)\b", text[mention.end: attr.pos]):
            return attr
    return None


def _event_date(before: str, after: str, published_on: str | None) -> str | None:
    for part in (after, before):
        for match in DAY_RE.finditer(part):
            around = part[max(0, match.start() - 12): match.end() + 12]
            if not re.search(rf"\b{SAY}\b", around):
                return relative_date(match.group("phrase"), published_on)
    return None


def extract_candidates(text: str, published_on: str | None = None, url: str | None = None,
                       title: str | None = None, publisher: str | None = None) -> list[dict]:
    """Candidate claims in the POST /claims shape, with where each was read and how sure we are."""
    reported_in = {k: v for k, v in {"title": title, "url": url, "publisher": publisher,
                                     "published_on": published_on}.items() if v}
    gazetteer = places(text)
    main = gazetteer.most_common(1)[0][0] if gazetteer else None
    numbers = [n for n in find_numbers(text) if not _is_distractor(text, n)]
    candidates: list[dict] = []
    last: Attribution | None = None
    history: list[str] = []
    for span in split_sentences(text):
        sentence = text[span[0]: span[1]]
        inside = [n for n in numbers if span[0] <= n.start and n.end <= span[1]]
        attrs = attributions(sentence, span[0], last, history, published_on)
        last = attrs[-1] if attrs else last
        mentions = _mentions(text, inside)
        previous_metric = None
        for i, mention in enumerate(mentions):
            prev_end = mentions[i - 1].end if i else span[0]
            next_start = mentions[i + 1].start if i + 1 < len(mentions) else span[1]
            before, after = _clause(text, span, mention, prev_end, next_start)
            noun, event = _noun(after) or _noun_before(before), _event(before, after)
            metric = _metric(noun, event, after)
            if metric is None and event is None and _INHERIT_RE.search(
                    text[max(span[0], prev_end): mention.start]):
                metric = previous_metric
            previous_metric = metric
            if metric is None and noun is None and event is None and (
                    mention.kind != "digits" or not _NOUN_LIKE.match(after)):
                continue
            attr = _choose(attrs, mention, text)
            candidates.append(_candidate(
                text, sentence, mention, metric, noun, before, after, attr,
                _location(text, span, mention, main), published_on, reported_in, publisher))
    return candidates


def _candidate(text, sentence, mention, metric, noun, before, after, attr, location,
               published_on, reported_in, publisher) -> dict:
    quantifier = _quantifier(mention, before, after)
    stated_on = attr.day if attr and attr.day and len(attr.day) == 10 else None
    as_of = _event_date(before, after, published_on) or (attr.day if attr else None) or published_on
    since = re.search(r"\bsince\s+(?:the\s+)?((?:early |late )?(?:" + _MONTH + r")[^,.;]*?"
                      r"|\d{1,2}\s+" + _MONTH + r")(?=[,.;]|$| \w+ )", after + " " + before)
    claim = {
        "metric": metric, "location": location, "source": attr.source if attr else None,
        "quantifier": quantifier, "unit": UNITS.get(noun or "") or METRIC_UNITS.get(
            metric or "", "person" if metric else None),
        "stated_on": stated_on, "as_of": as_of, "quote": sentence,
        "reported_in": reported_in or None,
    }
    if since and (day := relative_date(since.group(1).strip(), published_on)) and len(day) == 10:
        claim["since"] = day
    if quantifier == "range":
        claim |= {"low": mention.low, "high": mention.high}
    elif quantifier == "vague":
        claim["vague"] = mention.vague
    else:
        claim["value"] = mention.value
    missing = [f for f in ("metric", "location", "source") if not claim[f]]
    confidence = 0.35 + 0.25 * bool(metric) + 0.15 * bool(claim["source"]) \
        + 0.1 * bool(location) + 0.1 * bool(noun) + (0.05 if mention.kind == "digits" else 0)
    result = {"claim": {k: v for k, v in claim.items() if v is not None},
              "sentence": sentence, "start": mention.start, "end": mention.end,
              "confidence": round(min(confidence, 1.0), 2), "missing": missing}
    if "source" in missing and publisher:
        result["suggested"] = {"source": publisher, "confidence": 0.2}
    return result


def main(argv: list[str] | None = None) -> int:
    """python -m figures.extract FILE [--published-on D] [--url U] [--title T] [--publisher P]"""
    parser = argparse.ArgumentParser(description="Print candidate claims found in a report.")
    parser.add_argument("file")
    parser.add_argument("--published-on")
    parser.add_argument("--url")
    parser.add_argument("--title")
    parser.add_argument("--publisher")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as handle:
        text = handle.read()
    found = extract_candidates(text, args.published_on, args.url, args.title, args.publisher)
    json.dump(found, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
