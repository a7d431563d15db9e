"""The place of the event a sentence naming none talks about: the last sentence before it that
names one, read for the place its event happened, not a landmark, a speaker's base or a region."""

from bisect import bisect_left
from functools import lru_cache

from figures.extract.place import Place
from figures.extract.place_chain import container, specific, spoken_at, wide
from figures.extract.place_destined import destined
from figures.extract.place_list import list_holder
from figures.extract.place_name import PLACE_NOUNS, SIDE
from figures.extract.skim import compiled

CHAIN_REACH = 500  # characters before the last sentence naming a place that a chain may span
_WHOLE_RE = compiled(  # "since the war began", "across the country", "the national disaster
    # agency said": a figure over the whole country or war
    r"\b(?:[Tt]he|[Tt]his|a)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|crisis)\b"
    r"|\b(?:across|throughout|in)\s+the\s+country\b|\bnationwide\b|\b[Nn]ational\b"
)
_WAR_COUNT_RE = compiled(  # "the war has killed", "since the start of the conflict",
    # "nationwide": not "the deadliest attack of the conflict", "the country's capital"
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|violence)\s+"
    r"(?:(?:has|had|have)\s+(?:now\s+|also\s+)?)?(?:killed|displaced|uprooted|forced|left"
    r"|claimed|resulted|driven)\b"
    r"|\b[Ss]ince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|fighting|crisis|insurgency|violence)\b"
    r"|\b[Ss]ince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting)\s+(?:began|broke|erupted"
    r"|started)\b"
    r"|\b(?:war|conflict|insurgency)\s+(?:since\s+[\w\s]{1,20}?\s+)?(?:that|which)\s+(?:has|had)\s+"
    r"(?:now\s+|also\s+)?(?:killed|displaced|uprooted|left|claimed)\b"  # "a war that has killed"
    r"|\b(?i:across|throughout|in|inside|within)\s+the\s+country\b(?!['’])"
    r"|\b(?i:nation|country)wide\b"
    r"|\b(?:overall|national)\s+(?:death\s+)?toll\b"  # "set the overall death toll at 2,011"
    r"|\b(?:[Tt]he|[Ii]ts)\s+(?:official\s+)?(?:death|human)\s+toll\s+(?:(?:from|of)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){1,3}?)?(?:has\s+|had\s+)?(?:now\s+)?(?:risen|rose|climbed|jumped|reached"
    r"|stands|stood|continues\s+to\s+rise)\b"  # the whole toll, not the town named before
)
_LANDMARK_RE = compiled(  # "about 730 km east of the capital Bangui", "in Mina, near Mecca"
    r"(?:\b(?:km|kilomet(?:re|er)s|miles)\)?\s+(?:\w+\s+){0,2}?"
    rf"|\b{SIDE}\s+)"
    r"(?:of|from)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?(?:of\s+)?$"
    r"|,[^,.;]{0,20}?\b(?:near|outside|close\s+to|(?:not\s+far|inland)\s+from)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+)?$"
    r"|\bborders?\s+(?:with\s+)?(?:the\s+)?$"
    rf"|(?:\b(?:{PLACE_NOUNS})|[A-Z][\w'’-]+)\s+(?:near|close\s+to)\s+(?:the\s+)?$"  # "the
    # Draguignan area near the Mediterranean coast": the coast says where Draguignan lies
    r"|[A-Z][\w'’-]*\s+\((?:[^()]{0,60}?\b(?:of|in)\s+(?:the\s+)?)?$"  # "Cité Soleil
    # (extremely vulnerable neighborhood of Port au Prince)": the aside says where it lies
    r"|\b(?:epicent(?:re|er)|hypocent(?:re|er))\s+(?:(?:was|is|lay|lies)\s+)?(?:(?:about|some)\s+"
    r"[\d,]+\s+(?:km|kilomet(?:re|er)s|miles)\s+)?(?:in|off|near|under|beneath)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"  # "with its epicentre in Indonesia": where the quake began
)


def recent_place(
    places: list[Place],
    starts: list[int],
    sentences: list[tuple[int, int]],
    sentence: tuple[int, int],
    text: str,
    moved: bool = True,
) -> Place | None:
    """The event's place in the last of the text's SENTENCES before this one that names one;
    none for a figure over a whole war ("killed since the conflict began"): the article's."""
    before = sentence[0]
    if _whole(text, *sentence):
        return None
    cut = bisect_left(starts, before)
    at = cut - 1  # indices, not slices: a long text's figures each look back a little
    while at >= 0 and (spoken_at(text, places[at]) or not moved and destined(text, places[at])):
        at -= 1  # where a speaker spoke; where people fled to, for a figure of no flight
    if at < 0:
        return None
    last = places[at]
    here = bisect_left(sentences, (before, -1)) - 1
    while here >= 0 and sentences[here][0] > last.start:
        here -= 1
    opening = sentences[here][0] if here >= 0 else 0
    # The places from a little before that sentence: a chain ("Taftanaz, also in Idlib") is
    # read back from its narrow end through short gaps, never across a long stretch of text.
    since = bisect_left(starts, min(opening, last.start) - CHAIN_REACH)
    earlier = [
        p
        for p in places[since:cut]
        if not spoken_at(text, p) and (moved or not destined(text, p) or p is last)
    ]
    named = [p for p in earlier if p.start >= opening]
    events = [p for p in named if not landmark(text, p)] or named
    least = min(_breadth(p) for p in events)
    narrow = [p for p in events if _breadth(p) == least]
    held = list_holder(
        places, narrow[-1], text, starts
    )  # "hitting Garissa, Isiolo and Wajir": Kenya
    return held or specific(narrow[-1], earlier, text, backwards=True)


@lru_cache(maxsize=64)  # asked again for each figure of the sentence
def _whole(text: str, start: int, end: int) -> bool:
    return bool(_WHOLE_RE.search(text, start, end))


def _breadth(place: Place) -> int:
    """0 a town, 1 a district or province ("Bajaur district"), 2 a country or a compass part."""
    if not container(place):
        return 0
    return 2 if wide(place) else 1


def landmark(text: str, place: Place) -> bool:
    """A place named to say where another lies: "40 km from Dori", "near the border with Niger"."""
    words = text[max(0, place.start - 60) : place.start]
    border = _BORDER_RE.match(text[place.end : place.end + 8])
    named = place.name.endswith(" border") and not _TO_RE.search(words[-20:])
    return _landmark_before(words) or bool(border or named)


_BORDER_RE = compiled(r"\s+border\b")
_TO_RE = compiled(r"\b(?:to|towards?|into|at)\s+(?:the\s+)?$")  # "flock to the Turkey-Syria
# border": where they went; "near the Niger border" says where Kareto lies


@lru_cache(maxsize=4096)  # each place is asked about again for every figure near it
def _landmark_before(words: str) -> bool:
    return bool(_LANDMARK_RE.search(words))


@lru_cache(maxsize=64)  # asked again for each figure of the sentence
def war_count(text: str, start: int, end: int) -> bool:
    """The sentence counts over the whole war or country, not the event of the place named
    just before it ("The war has killed more than 20,000 people")."""
    return bool(_WAR_COUNT_RE.search(text, start, end))
