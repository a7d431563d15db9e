"""Candidate claims read out of a report's text, so analysts review figures, not type them."""

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from figures.numbers import (
    MONTH,
    WEEKDAY,
    Mention,
    find_numbers,
    is_figure,
    pair_ranges,
    quantifier,
)

MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_DAY_PHRASE = (
    rf"{WEEKDAY}|yesterday|today|last night|(?:earlier |late )?(?:last|this) (?:week|month)"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+\d{{4}})?|(?<=in ){MONTH}(?:\s+\d{{4}})?"
)
DAY_RE = re.compile(rf"\b(?:on\s+)?(?P<phrase>{_DAY_PHRASE})\b")

# What follows a number says what was counted: noun -> class; a class -> unit.
_NOUN_CLASSES = {
    "residents": "residents inhabitants",
    "people": "people persons person civilians civilian individuals men women refugees idps "
    "migrants villagers patients displaced survivors workers staff volunteers journalists "
    "doctors nurses teachers students detainees prisoners protesters passengers",
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
UNITS = {
    "household": "household",
    "family": "family",
    "strike": "strike",
    "truck": "truck",
    "tonne": "tonne",
} | dict.fromkeys(("people", "residents", "children", "fighters", "military"), "person")
_STOP = set(
    "in at on to from by for with into near inside across within under during after "
    "before since as than was were is are be been being have has had may might will "
    "would could should can remain remained said that who which while and or but".split()
)
_NOUN_LIKE = re.compile(rf"\s+(?!(?:{'|'.join(_STOP)})\b)[a-z]{{3,}}")

# What happened to what was counted. After the number the nearest cue wins; `other` is an event
# outside the vocabulary (wounded, detained), so no metric is guessed for it.
_EVENTS = [
    (
        "killed",
        r"killed|dead|died|deaths?|death toll|lost their lives|perished|fatalities|slain"
        r"|bodies|executed|drowned",
    ),
    (
        "other",
        r"wounded|injured|hurt|casualties|injuries|missing|detained|arrested|abducted"
        r"|infected|received|receiving|vaccinated|treated|evacuated|returned|arrived|surrendered"
        r"|captured|defected",
    ),
    (
        "fled",
        r"fled|flee|fleeing|escaped|have left|had left|left their|left the"
        r"|(?:were|was|been|be|being|newly|recently) displaced|displaced by|forced (?:to flee|from)"
        r"|uprooted|crossed (?:into|over|the border|the front)",
    ),
    (
        "trapped",
        r"trapped|besieged|stuck|encircled|under siege|unable to leave|cut off"
        r"|(?:as )?human shields|(?:held )?hostages?",
    ),
]
_EVENT_RE = [(name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _EVENTS]
_OBJECT_VERBS = [  # a verb just before the number takes it as its object: "killed dozens"
    (
        "killed",
        r"(?:killed|killing|kills|kill|claimed the lives of|bodies of|(?:death toll|number "
        r"of (?:people |civilians )?(?:killed|dead))\b.*"
        r"|toll (?:rose|stood|reached|climbed|was)\b.*)",
    ),
    ("displaced", r"number of (?:internally )?(?:displaced|idps)\b.*"),
    (
        "other",
        r"(?:wounded|wounding|injuring|injured|reached|reaching|assisted|helped|fed"
        r"|vaccinated|treated|registered|delivered|distributed|provided|evacuated|evacuating)",
    ),
    (
        "fled",
        r"(?:(?:has|have|had|which|that) displaced|displacing|uprooting|uprooted|forcing"
        r"|forced)",
    ),
    ("trapped", r"(?:encircled|encircling|besieging|besieged|trapping|surrounded|holding)"),
    ("remaining", r"(?:population of|home to|inhabited by|population (?:is|was|of about))"),
]
_OBJECT_RE = [(n, re.compile(rf"\b{p}\s+(?:\S+\s+){{0,2}}$")) for n, p in _OBJECT_VERBS]
_REMAIN_RE = re.compile(
    r"\b(?:remain|remained|remaining|remains|living|live|lived|lives|still"
    r"|stay|stayed|staying|reside|residing|sheltering|left (?:behind|in)"
    r"|(?:be|are|were|is) left)\b"
)
_WHOLE_RE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|most|many|majority|percent|%)"
    r"\s+of\s+(?:the|its|their)\s+$"
)
_INHERIT_RE = re.compile(
    r"\b(?:including|among them|of whom|among whom|up from|down from"
    r"|compared with|against)\s+$"
)
_OF_THEM_RE = re.compile(r"\s+of (?:them|whom|those)\b")
_APPOSITIVE_RE = re.compile(r",\s*(?:among them|including|of whom|among whom|mostly)\b[^,.;]*,")

# Who said it. Originators are named in many ways (DESIGN 3.5); the most specific pattern first.
SAY = (
    r"(?:said|says|say|told|tells|reported|reports|estimated|estimates|estimate|announced"
    r"|stated|warned|added|noted|confirmed|counted|recorded|documented|believes|believed|thinks)"
)
SOURCE_ALIASES = [
    (
        r"\bOCHA\b|(?:United Nations|UN|U\.N\.)(?:'s)? (?:humanitarian|aid|relief)"
        r"(?: coordination)? (?:office|agency|affairs office|chief)|Office for the Coordination",
        "UN OCHA",
    ),
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
CLAIM_FIELDS = (  # the POST /claims fields, in the order a reader expects them
    "metric location source quantifier value low high vague unit stated_on as_of since quote "
    "reported_in"
).split()
MONITORS = {"Syrian Observatory for Human Rights", "Airwars", "ACLED"}
PRONOUNS = {"it", "its", "they", "their", "which", "who", "he", "she", "his", "her"}
_ROLES = (
    r"spokes(?:man|woman|person)|coordinator|officials?|director|chief|head|representative"
    r"|commander|minister|officer|envoy|adviser|analyst|researcher|sources?"
)
_GENERIC_RE = re.compile(
    r"(?:the|a|an|state|local|aid|health|rights|officials|residents|activists"
    r"|witnesses|sources|police|rescuers|medics|doctors|monitors|authorities"
    r"|security|humanitarian)\b"
)

# Where: capitalized names after a preposition (a tiny gazetteer built from the article).
_PLACE_WORD = r"(?:(?:al|el|ez|ad|ar|as|az|ash|an|ed|es)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_PLACE_RE = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}")
_LOCATIVE = re.compile(
    rf"\b(?:in|at|inside|near|across|around|within|throughout|(?:city|town"
    rf"|village|district|province|governorate|camp|capital|region) of)\s+"
    rf"(?:the\s+)?(?={_PLACE_WORD})"
)
_ANY_PREP = re.compile(rf"\b(?:in|of|at)\s+(?:the\s+)?(?={_PLACE_WORD})")
_NOT_PLACES = (
    set(MONTH_NAMES)
    | {d.title() for d in WEEKDAYS}
    | set(
        "The A An This That These It Its He She They We I Islamic State United Nations Pentagon "
        "Government Kurdish Arab Syrian Russian Iranian Reuters".split()
    )
)
_COUNTRY_ACRONYMS = {"US", "USA", "UK", "DRC", "CAR", "UAE"}


@dataclass(frozen=True)
class Attribution:
    """Who said it (resolved to a source name), on which day, at which offset of the text."""

    pos: int
    source: str | None
    day: str | None = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a photo caption ("Photo Credit: ... Getty Images") is a span of its own."""
    cuts = {0, len(text)}
    for match in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“(‘']?[A-Z0-9])|\n", text):
        head = text[max(0, match.start() - 12) : match.start() + 1]
        if not re.search(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Capt)\.$", head):
            cuts.add(match.end())
    caption = (
        r"\b(?:Photo|Image|Picture)\s*(?:[Cc]redit)?\s*:[^\n\"“]*?"
        r"(?:Getty Images|AFP|Reuters|AP|EPA)\b(?:\s+via\s+Getty Images)?"
    )
    for match in re.finditer(caption, text):
        cuts.update(match.span())
    spans, edges = [], sorted(cuts)
    for start, end in zip(edges, edges[1:], strict=False):
        chunk = text[start:end]
        if chunk.strip():
            lead = start + len(chunk) - len(chunk.lstrip())
            spans.append((lead, lead + len(chunk.strip())))
    return spans


def relative_date(phrase: str, published_on: str | None) -> str | None:
    """An ISO date or period for "Tuesday", "yesterday", "last week", "June 6", "in May"."""
    try:
        pub = date.fromisoformat(published_on or "")
    except ValueError:
        return None
    words = phrase.lower().replace(",", "").replace(".", "").split()
    if not words:
        return None
    if words[0] in WEEKDAYS:  # the last such day on or before publication
        return (pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(words[0])) % 7)).isoformat()
    if words[0] in ("yesterday", "today") or words[-1] == "night":
        return (pub - timedelta(days=words[0] != "today")).isoformat()
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


def _clause(
    text: str, span: tuple[int, int], mention: Mention, prev_end: int, next_start: int
) -> tuple[str, str]:
    """The words of the number's clause before and after it, stopping at other numbers."""
    head = text[max(span[0], prev_end) : mention.start]
    cut = max((m.end() for m in re.finditer(r"[;:,(—]| and | but | while ", head)), default=0)
    tail = text[mention.end : span[1]]
    appositive = _APPOSITIVE_RE.search(tail)
    if appositive and mention.end + appositive.start() <= next_start:
        tail = tail[: appositive.start()] + " " + tail[appositive.end() :]  # skip ", among them"
        following = find_numbers(tail)
        tail = tail[: following[0].start] if following else tail
    else:
        tail = text[mention.end : min(span[1], next_start)]
    stop = re.search(
        r"[;:(—]|, (?:and|but|while|including|with|whereas)\b| but | while "
        r"|[\"”],|,\s+(?:said|says|according to)\b",
        tail,
    )
    return head[cut:], tail[: stop.start() if stop else len(tail)]


def _noun(after: str) -> str | None:
    """The class of the counted noun just after the number ("dozens of Syrian soldiers")."""
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]*", after)[:6]:
        if token.isupper() and len(token) > 1:
            continue  # IS militants, US troops
        token = token.lower()
        if token in NOUNS or token.split("-")[-1] in NOUNS:
            return NOUNS.get(token) or NOUNS[token.split("-")[-1]]
        if token in _STOP:
            return None
    return None


def _noun_before(before: str) -> str | None:
    """The counted noun named before the number: "the number of refugees has passed 1 million"."""
    match = re.search(r"\bnumber of ((?:\w+\s+){0,2})", before)
    return _noun(" " + match.group(1)) if match else None


def _event(before: str, after: str) -> str | None:
    """What happened to what was counted: a verb taking the number, else the nearest cue after."""
    low_before, low_after = before.lower(), after.lower()
    if _WHOLE_RE.search(low_before):
        return None  # "two-thirds of the 20,000 residents have fled": the 20,000 did not all flee
    event = next((name for name, pattern in _OBJECT_RE if pattern.search(low_before)), None)
    if event is None:
        hits = [
            (m.start(), name) for name, pattern in _EVENT_RE if (m := pattern.search(low_after))
        ]
        event = min(hits)[1] if hits else None
    return event


def _metric(noun: str | None, event: str | None, after: str) -> str | None:
    """What is counted and what happened to it, mapped to the built-in vocabulary (3.4)."""
    people = noun in (None, "people", "residents", "household", "family")
    if noun == "strike":
        return "airstrikes"
    if event in ("killed", "fled", "other", "remaining", "displaced"):
        return {
            "killed": "killed",
            "fled": "fled",
            "displaced": "displaced_in_population",
            "remaining": "civilians_remaining" if people else None,
        }.get(event)
    if event == "trapped":
        return {"children": "children_trapped", "fighters": "fighters"}.get(
            noun or "", "civilians_trapped"
        )
    if noun in ("fighters", "military", "residents"):
        return {"fighters": "fighters", "military": "military_personnel"}.get(
            noun, "civilians_remaining"
        )
    if re.search(r"\b(?:displaced|idps)\b", after.lower()[:40]):
        return "displaced_in_population"
    if _REMAIN_RE.search(after.lower()) and people and noun:
        return "civilians_remaining"
    return None


def places(text: str) -> Counter:
    """Capitalized names after in/of/at, counted over the article."""
    names = (_place_at(text, match.end()) for match in _ANY_PREP.finditer(text))
    return Counter(name for name in names if name)


def _place_at(text: str, pos: int) -> str | None:
    match = _PLACE_RE.match(text, pos)
    if not match or re.match(r"\s+\d", text[match.end() :]):
        return None  # Camp 5 is a label, not a place
    words = re.sub(r"['’]s$", "", match.group()).split()
    while words and (words[-1] in _NOT_PLACES or words[-1].isupper() and len(words[-1]) > 1):
        words.pop()
    if (
        not words
        or words[0] in _NOT_PLACES
        or (words[0].isupper() and words[0] not in _COUNTRY_ACRONYMS)
    ):
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
    if not subject or subject.split()[0].lower() in PRONOUNS:
        return previous
    for pattern, name in SOURCE_ALIASES:
        if re.search(pattern, subject):
            return name
    if re.search(r"\bmonitor\b", subject, re.IGNORECASE):
        return next((s for s in reversed(history) if s in MONITORS), "the monitor")
    role = re.search(rf"\b(?:{_ROLES})\b", subject)
    if role:  # "SDF spokesman Talal Sello" speaks for the SDF
        org = re.sub(
            r"^(?:the|a|an)\s+|\b(?:regional|emergency|senior|local|chief|top|deputy)\b",
            "",
            subject[: role.start()],
            flags=re.IGNORECASE,
        ).strip(" ,")
        subject = org or subject[role.end() :].strip(" ,") or subject
    if _GENERIC_RE.match(subject.lower()) and not re.match(r"(?:[Tt]he|[Aa]n?)\s+[A-Z]", subject):
        return subject.lower()
    return subject[4:] if re.match(r"[Tt]he\s+[A-Z]", subject) else subject


def _valid_subject(subject: str) -> bool:
    return (
        0 < len(subject.split()) <= 8
        and subject.lower() not in ("an", "a", "the")
        and not (
            re.search(
                r"\d|\b(?:were|was|are|is)\b|\b(?:be|been|have|has|had|an?|estimated|not)$", subject
            )
        )
    )


def _day_near(sentence: str, start: int, end: int) -> str | None:
    """A day stated with the attribution: "said on Tuesday", "said Thursday", "on Tuesday said"."""
    after = re.match(rf"\s*(?:on\s+)?(?P<phrase>{_DAY_PHRASE})\b", sentence[end:])
    if after:
        return after.group("phrase")
    before = re.search(rf"(?:on\s+)?({WEEKDAY}|yesterday)\s*$", sentence[:start])
    return before.group(1) if before else None


def _subjects(sentence: str) -> list[tuple[int, str, str | None]]:
    """(offset, subject words, day phrase) for each "X said", "said X", "according to X"."""
    raw = [
        (m.start(), m.group(1), None)
        for m in re.finditer(
            r"\baccording to\s+([^,.;]+?)(?=,|\.|;|\s+which\b|\s+who\b|$)", sentence
        )
    ]
    for match in re.finditer(rf"\b{SAY}\b", sentence):
        head = sentence[: match.start()]
        piece = re.split(r"[,;:\"“”(]|\bthat\b|\band\b|\bbut\b|\bwhile\b", head)[-1]
        subject = re.sub(
            rf"\s*(?:on\s+)?(?:{WEEKDAY}|yesterday|today|also|later|earlier"
            r"|previously|has|have|had)\s*$",
            "",
            piece,
        ).strip()
        day = _day_near(sentence, match.start(), match.end())
        if re.fullmatch(r"(?:which|who|it|they|he|she)", subject, re.IGNORECASE):
            raw.append((match.start(), subject, day))
        elif _valid_subject(subject) and (subject[0].isupper() or _GENERIC_RE.match(subject)):
            if subject.split()[0].lower() not in ("we", "i", "our", "my"):  # quoted speaker
                raw.append((match.start(), subject, day))
        if re.search(r"[,\"”]\s*$", head) and not day:  # '"...", said MSF's Puk Leenders'
            tail = re.match(r"\s+([A-Z][^,.;\"]*)", sentence[match.end() :])
            if tail and not DAY_RE.match(tail.group(1)):
                when = re.search(rf"\s+(?:on\s+)?({_DAY_PHRASE})\s*$", tail.group(1))
                words = tail.group(1)[: when.start()] if when else tail.group(1)
                if _valid_subject(words):
                    raw.append((match.start(), words, when.group(1) if when else None))
    return sorted(raw, key=lambda item: item[0])


def attributions(
    sentence: str,
    offset: int,
    last: Attribution | None,
    history: list[str],
    published_on: str | None,
) -> list[Attribution]:
    """Every attribution in a sentence, in order, pronouns resolved to the source before."""
    found: list[Attribution] = []
    for pos, subject, day in _subjects(sentence):
        previous = found[-1] if found else last
        source = normalize_source(subject, previous.source if previous else None, history)
        resolved = relative_date(day, published_on) if day else None
        if resolved is None and previous and subject.split()[0].lower() in PRONOUNS:
            resolved = previous.day  # "which said Thursday it believed": Thursday carries
        found.append(Attribution(offset + pos, source, resolved))
        if source:
            history.append(source)
    return found


def _choose(attrs: list[Attribution], mention: Mention, text: str) -> Attribution | None:
    """The attribution before the number in its sentence, else the next one in its clause."""
    before = [a for a in attrs if a.pos < mention.start]
    if before:
        return before[-1]
    return next(
        (a for a in attrs if not re.search(r";|, (?:and|but|while)\b", text[mention.end : a.pos])),
        None,
    )


def _event_date(before: str, after: str, published_on: str | None) -> str | None:
    """A day the clause itself names ("killed on Tuesday"), not the day it was said or `since`."""
    for part in (after, before):
        for match in DAY_RE.finditer(part):
            lead = part[max(0, match.start() - 14) : match.start()]
            if re.search(rf"\b(?:{SAY}|since)\s+$", lead) or re.match(
                rf"\s+{SAY}\b", part[match.end() :]
            ):
                continue
            return relative_date(match.group("phrase"), published_on)
    return None


def extract_candidates(
    text: str,
    published_on: str | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> list[dict]:
    """Candidate claims in the POST /claims shape, with where each was read and how sure we are."""
    document = {
        k: v
        for k, v in {
            "title": title,
            "url": url,
            "publisher": publisher,
            "published_on": published_on,
        }.items()
        if v
    }
    gazetteer = places(text)
    main_place = gazetteer.most_common(1)[0][0] if gazetteer else None
    numbers = [n for n in find_numbers(text) if is_figure(text, n)]
    candidates: list[dict] = []
    last: Attribution | None = None
    history: list[str] = []
    previous_metric = None
    for span in split_sentences(text):
        sentence = text[span[0] : span[1]]
        attrs = attributions(sentence, span[0], last, history, published_on)
        last = attrs[-1] if attrs else last
        mentions = pair_ranges(text, [n for n in numbers if span[0] <= n.start < span[1]])
        for i, mention in enumerate(mentions):
            prev_end = mentions[i - 1].end if i else span[0]
            next_start = mentions[i + 1].start if i + 1 < len(mentions) else span[1]
            before, after = _clause(text, span, mention, prev_end, next_start)
            noun, event = _noun(after) or _noun_before(before), _event(before, after)
            metric = _metric(noun, event, after)
            if (
                metric is None
                and event is None
                and (
                    _INHERIT_RE.search(text[max(span[0], prev_end) : mention.start])
                    or _OF_THEM_RE.match(after)
                )
            ):
                metric = previous_metric  # "18 killed, including five children"
            previous_metric = metric
            if (
                metric is None
                and noun is None
                and event is None
                and (mention.kind != "digits" or not _NOUN_LIKE.match(after))
            ):
                continue  # "several fronts", "one of", a bare number: not a figure we record
            claim = {
                "metric": metric,
                "location": _location(text, span, mention, main_place),
                "quantifier": quantifier(mention, before, after),
                "quote": sentence,
                "unit": UNITS.get(noun or "")
                or ("strike" if metric == "airstrikes" else "person" if metric else None),
                "reported_in": document or None,
            }
            candidates.append(
                _candidate(
                    claim,
                    mention,
                    _choose(attrs, mention, text),
                    before,
                    after,
                    published_on,
                    publisher,
                )
            )
    return candidates


def _candidate(
    claim: dict,
    mention: Mention,
    attr: Attribution | None,
    before: str,
    after: str,
    published_on: str | None,
    publisher: str | None,
) -> dict:
    """The claim with its numbers, source and dates; the reading's metadata beside it."""
    claim["source"] = attr.source if attr else None
    said = attr.day if attr else None
    claim["stated_on"] = said if said and len(said) == 10 else None
    claim["as_of"] = _event_date(before, after, published_on) or said or published_on
    since = re.search(
        rf"\bsince\s+(?:the\s+)?(\d{{1,2}}\s+{MONTH}|{MONTH}(?:\s+\d{{1,2}})?)", f"{before} {after}"
    )
    if since and (day := relative_date(since.group(1), published_on)) and len(day) == 10:
        claim["since"] = day
    if claim["quantifier"] == "range":
        claim |= {"low": mention.low, "high": mention.high}
    elif claim["quantifier"] == "vague":
        claim["vague"] = mention.vague
    else:
        claim["value"] = mention.value
    missing = [f for f in ("metric", "location", "source") if not claim[f]]
    confidence = (
        0.35
        + 0.25 * bool(claim["metric"])
        + 0.15 * bool(claim["source"])
        + 0.1 * bool(claim["location"])
        + 0.1 * (claim["unit"] is not None)
        + 0.05 * (mention.kind == "digits")
    )
    result = {
        "claim": {k: claim[k] for k in CLAIM_FIELDS if claim.get(k) is not None},
        "sentence": claim["quote"],
        "start": mention.start,
        "end": mention.end,
        "confidence": round(min(confidence, 1.0), 2),
        "missing": missing,
    }
    if "source" in missing and publisher:
        result["suggested"] = {"source": publisher, "confidence": 0.2}
    return result


def main(argv: list[str] | None = None) -> int:
    """python -m figures.extract FILE [--published-on D] [--url U] [--title T] [--publisher P]"""
    parser = argparse.ArgumentParser(description="Print candidate claims found in a report.")
    parser.add_argument("file")
    for option in ("--published-on", "--url", "--title", "--publisher"):
        parser.add_argument(option)
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as handle:
        text = handle.read()
    found = extract_candidates(text, args.published_on, args.url, args.title, args.publisher)
    json.dump(found, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
