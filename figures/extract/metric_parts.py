"""How a figure restates, or counts a part of, the figure before it ("including five children",
"29 of them", "among the victims were"): it counts what that figure counted."""

import re

from figures.extract.metric_cues import PART_OF_RE
from figures.extract.metric_frames import ARMED
from figures.extract.metric_frames import HEDGE_WORDS as _HEDGE_WORDS
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_WORDS = WORDS["metric"]

RESTATED_RE = compiled(  # "put the figure at 300,000", "that number stood at": the last figure's
    rf"\b(?:figures?|numbers?|estimate|count|tally|total)\s+(?:[a-z]+\s+){{0,3}}?"
    rf"(?:(?:at|to|is|was|of|from|with)\s+|(?=at\s+least\s+)){_HEDGE_WORDS}$"  # "the figure
    # climbed from", "put the number at least 70", "the numbers fell to"
)

FAMILIES_AS_PEOPLE = (  # "42,998 families or 212,668 persons": the same people, counted twice
    r"\b(?:families|households)\s*,?\s+(?:or|of|totall?ing|equivalent\s+to|corresponding\s+to)\s+"
)
INHERIT_RE = compiled(  # "including five children"; "30 killed -- seven Rohingyas, seven Hindus";
    # "147,000 refugees in neighbouring countries (55,221 in Mauritania, 52,875 in Niger"
    rf"(?:(?:\b(?i:{alternation(_WORDS['inherit'])})|,|:)\s+|(?:--|—|–|\()\s*){_HEDGE_WORDS}$"
    rf"|{FAMILIES_AS_PEOPLE}{_HEDGE_WORDS}$"  # "displaced 42,998 families or 212,668 persons"
    rf"|^\s*(?:(?:on|last|this|the previous|in)\s+[\w.]+(?:\s+\d\d?)?,?\s+)?(?:and\s+)?to\s+"
    rf"{_HEDGE_WORDS}$"  # "from 170,000 to", "111,481 on Jan. 23 to 150,000"
    rf"|{RESTATED_RE.pattern}"
)

OF_THEM_RE = compiled(  # "29 of them", "19 were children": a part of the figure before
    r"\s+(?:of (?:them|whom|those|the\s+victims)\b"
    r"|(?:were|are)\s+(?:children|women|girls|boys|minors|infants"
    r"|babies|civilians|men|students|foreigners|foreign nationals)\b"
    r"|(?:[a-z-]+\s+){0,4}?(?:were|are)\s+among\s+the\s+(?:victims|dead)\b|(?:remaining\s+)?victims\b)"
)  # "Five children under 10 were among the victims", "the three remaining victims"

VICTIMS_OF_RE = compiled(  # "Four of the victims were fishermen, living in X": dead, not living
    r"\s+of\s+the\s+victims\b"
)

AMONG_RE = compiled(  # "Among them were three children", "Of these, 69 were in Wajima": a part
    rf"^\s*(?:among|of)\s+(?:them|(?:these|those)(?:\s+[\d,]+)?|the\s+(?:dead|victims))"  # of the
    # last figure's count: "Of these 190, 72 were"
    rf"(?:\s*,\s*|\s+(?:were|are|was|is)\s+){_HEDGE_WORDS}$"
    r"|^\s*(?:the\s+)?(?:breakdown|distribution)\b[^.;:\d]{0,30}:[^;:]*$",  # "The distribution is
    # as follow: Lombok Utara 137.182 persons, Lombok Barat": the list's items are its parts
    re.IGNORECASE,
)

ALONG_RE = compiled(  # "killed 55 herdsmen, along with 17 attackers and three troops": killed too
    rf"(?:\balong\s+with|\bas\s+well\s+as|\balongside|\band)\s+{_HEDGE_WORDS}$"
)
_LISTED_RE = compiled(rf"^[^,;]{{0,30}},\s+{_HEDGE_WORDS}$")  # "9,862 civilians, 3,470 soldiers"
_LIST_ITEM_RE = compiled(r"\s*[\w-]+(?:\s+[\w-]+)?\s*(?:[,.;]|and\b|$)")  # "army deserters,"


def among_dead(metric: str | None, before: str, gap: str, after: str) -> bool:
    """Armed men counted by their noun among the dead just listed: "killed 55 herdsmen, along
    with 17 attackers and three troops", "comprised 9,862 civilians, 3,470 soldiers and 783
    army deserters" (M7)."""
    return metric in ARMED.values() and bool(
        PART_OF_RE.search(before)
        or ALONG_RE.search(gap)
        or (_LISTED_RE.search(gap) and _LIST_ITEM_RE.match(after))
    )


def part_metric(metric, event, last, after: str, after_other: bool):
    """The metric of a part named against what came before: "129 of whom remain in Gaza" after
    an abduction are still hostages (none of ours); "Four of the victims were fishermen, living
    in X" are the last figure's dead, whatever they were doing."""
    if after_other and OF_THEM_RE.match(after) and event in (None, "remaining"):
        return None
    if last and last[0] and VICTIMS_OF_RE.match(after):
        return last[0]
    return metric
