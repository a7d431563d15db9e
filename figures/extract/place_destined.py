"""Where people were moved to ("an exodus of 160,000 to neighbouring Bangladesh", "taken to
the Gaza Strip") is the place of that movement only: a death or an injury counted near it
happened where the event was, not where those who left arrived; an arrivals count is counted
there, not where they left (CODING.md P1, P2)."""

import re
from functools import lru_cache

from figures.extract.place_name import Place
from figures.extract.skim import compiled

_MOVED_TO_RE = compiled(  # a verb or noun of movement, then the destination's preposition
    r"\b(?:fled|flee|flees|fleeing|exodus|influx|taken|crossed|crossing|arrived|arriving"
    r"|evacuated|relocated|transferred|deported|driven|forced|sought|seeking|seek|escaped"
    r"|took|abducted|kidnapped)\b"
    r"[^.;:!?]{0,60}?\b(?:to|into|towards?|(?:refuge|shelter|sanctuary|asylum)\s+in)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$"
)
LEFT_FOR = (  # "left the city for", "fled Kidal for Gao"
    r"\b(?:left|leave|leaving|departed|departing|fled|flee|fleeing)\s+[^.;,]{1,40}?\s+for"
)
LEFT_FOR_RE = compiled(  # "leave the city for Zaporizhzhya": where they went
    rf"{LEFT_FOR}\s+(?:the\s+)?"
    r"(?=[A-Z])(?!(?:[A-Z][a-z]+day|[A-Z][a-z]+ber|January|February|March|April|May|June|July"
    r"|August)\b)"
)
_COUNT_RE = compiled(
    r"\d|\b(?:dozens|scores|hundreds|thousands|millions|several|tens)\b", re.IGNORECASE
)


def destined(text: str, place: Place) -> bool:
    """The place is where people moved to: "fled to Chad", "an exodus of 160,000 to Bangladesh"."""
    return _moved_to(text[max(0, place.start - 90) : place.start])


@lru_cache(maxsize=4096)  # each place is asked about again for every figure near it
def _moved_to(words: str) -> bool:
    return bool(_MOVED_TO_RE.search(words))


def others_destination(text: str, start: int, place: Place) -> bool:
    """The place after a figure is another count's destination: "killed 400 people and
    triggered an exodus of 160,000 to Bangladesh" (400 were not killed in Bangladesh)."""
    return destined(text, place) and bool(_COUNT_RE.search(text, start, place.start))


_ARRIVAL_RE = compiled(r"\b(?:arriv(?:ed|ing|als?)|influx|new\s+arrivals)\b")
_LEFT_RE = compiled(  # "fled from Myanmar's army", "fleeing violence in neighbouring Myanmar"
    r"\b(?:from|fled|fleeing|flee|flees|left|leaving|escaped|escaping)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:in|of)\s+)?(?:the\s+)?(?:neighbou?ring\s+)?$"
)


def arrivals_at(text: str, start: int, end: int, places: list[Place]) -> Place | None:
    """An arrivals count with no place in its clause ("3,000 had arrived in the past three
    days") is counted where they arrived: the last place named before that is not the one they
    left ("refugees in Bangladesh told how they fled from Myanmar's army", P2)."""
    if not places or not _ARRIVAL_RE.search(text, start, min(len(text), end + 30)):
        return None
    for place in reversed(places[-4:]):
        if not _LEFT_RE.search(text, max(0, place.start - 50), place.start):
            return place if place is not places[-1] else None
    return None


_OWN_PLACE_RE = compiled(  # "24,000 crossed into X", "a further 2,200 in Chad": the figure's own
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|into|to|at)\s+(?:the\s+)?"
)


def own_place(text: str, end: int, after: list[Place]) -> Place | None:
    """The place a moved figure's own words put it in, right after it ("nearly 4,400 arrived in
    Cameroon, a further 2,200 in Chad"): not a destination the next figure names."""
    if after and _OWN_PLACE_RE.fullmatch(text, end, after[0].start):
        return after[0]
    return None


_DESTINATION_RE = compiled(  # "fled into Chad", "have arrived in eastern Chad's Birak area"
    r"\b(?:into|to|towards?|reach(?:ed|ing)?|entered|entering"
    r"|(?:refuge|shelter|sanctuary|asylum)\s+in"  # "to seek refuge in Thailand"
    rf"|{LEFT_FOR}"  # "left the city for"
    r"|arriv(?:ed|ing|als?)\s+(?:[a-z]+day\s+|yesterday\s+|today\s+)?(?:in|at)(?:\s+the)?"
    r"(?:\s+(?:[a-z]+\s+)?[A-Z][\w-]+['’]s)?)\s+$"
)
_OTHER_DESTINATIONS_RE = compiled(r"\s+(?:and|or)\s+(?:other|neighbou?ring|nearby)\b")


def went_to(text: str, place: Place) -> bool:
    """Where people who fled went: "fled into Chad"; not one of several ("into Poland and other
    neighbouring countries": no single destination)."""
    if _OTHER_DESTINATIONS_RE.match(text, place.end):
        return False
    lead = text[max(0, place.start - 40) : place.start]
    return bool(
        re.search(r"[A-Z]", place.name)
        and _DESTINATION_RE.search(lead)
        and not _NOT_BOUND_RE.search(lead)
    )


_NOT_BOUND_RE = compiled(  # "resistance to Damascus", "access to Gaza": no one went there
    r"\b(?:resistance|access|threat|close|next|due|according|aid|support|loyal|linked|home"
    r"|similar|compared|opposition|allegiance|closer|adjacent|troops|forces|reinforcements"
    r"|soldiers|tanks)\s+to\s+(?:the\s+)?$"  # "sends more troops to northern Gaza": theirs
)


_SEVERAL_RE = compiled(  # "to safe regions of", "to Zhytomyr and": more than one place
    r"\b(?:to|into|towards?)\s+(?:[a-z-]+\s+){0,2}(?:regions|parts|areas|provinces|districts"
    r"|countries|states|towns|cities|villages)\s+of\s+(?:the\s+)?$"
)
_AND_NAMED_RE = compiled(r"\s+and\s+(?:the\s+)?[A-Z]")


def one_of_several(text: str, place: Place) -> bool:
    """The place is one of several destinations: "to safe regions of Ukraine", "evacuated to
    Zhytomyr and Zakarpattia Oblasts" (the second of two is read as the first's list)."""
    lead = text[max(0, place.start - 40) : place.start]
    if _SEVERAL_RE.search(lead):
        return True
    if _DESTINATION_RE.search(lead) and _AND_NAMED_RE.match(text, place.end):
        return True
    return bool(re.search(r"\b(?:to|into)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+$", lead))


_STAYING_IN_RE = compiled(  # "have taken shelter in", "are now sheltering at": where they stay
    r"\b(?:shelter(?:ing|ed)?|refuge|staying|living|housed|hosted|camped|are|remain)\s+(?:now\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$"
)
_AND_ELSEWHERE_RE = compiled(r"\s+and\s+(?:the\s+)?(?:[A-Z]|parts?\b|other\b|neighbou?ring\b)")
_PEOPLE_FROM_RE = compiled(  # "2,056 people from Manipur", "people from strife-torn Manipur"
    r"\b(?:people|persons|individuals|families|households|IDPs|civilians|residents)\s+from\s+"
    r"(?:[a-z]+-[a-z]+\s+)?(?:the\s+)?$"
)


def whence_then_where(text: str, after: list[Place]) -> bool:
    """The first place after a figure is whence its people came and the next is where they
    went or stay: "2,056 people from Manipur have entered Mizoram" (P2); not one of several
    ("in Mizoram and parts of southern Assam"), nor a list of origins ("N from X, M from Y")."""
    if len(after) < 2 or not _PEOPLE_FROM_RE.search(
        text, max(0, after[0].start - 50), after[0].start
    ):
        return False
    between = text[after[0].end : after[1].start]
    there = went_to(text, after[1]) or _STAYING_IN_RE.search(between)
    return (
        bool(there)
        and not re.search(r"\d", between)
        and not _AND_ELSEWHERE_RE.match(text, after[1].end)
    )
