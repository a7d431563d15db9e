"""Sentences and clauses: the words read around a figure stop where its sentence or clause does."""

import re
from functools import lru_cache

from figures.extract.dates import WEEKDAY
from figures.extract.numbers import Mention, find_numbers
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_DOMAIN = (  # "News.Az reports", "Civil.Ge": an outlet's name, not "report.On September 30"
    r"(?!(?:On|In|At|It|He|We|As|By|If|An|To|So|No|Of|Or|Up|My|Do|Go|Us)\b)[A-Z][a-z]\b"
)
_CUT_RE = compiled(
    r"[.!?]+[\"”’')\]]*(?=\s+[\"“(‘']?[A-Z0-9]|[\"“‘][A-Z])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])(?!"
    + _DOMAIN
    + r")"
    r"|\n(?=\s*(?:[\"“‘(\-•*–—]|[A-Z0-9]))|(?<=[.!?:\"”])\n|\n\s*\n"
    r"|(?<=\))\.-(?=\s+[A-Z])"  # "Miami, Jan 27 (EFE).- The US Coast Guard": a dateline
)
_ABBREVIATION_RE = compiled(
    rf"(?:\b[A-Z]\.){{2,}}$|\b(?:{alternation(WORDS['source']['titles'])}|St|No|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|vs|Ltd|Inc|Co)\.$"
)
_INITIAL_RE = compiled(  # "IOM spokesman Joel A. Millman": a middle initial, not a full stop;
    r"\b(?!(?:Area|Zone|Sector|Block|Camp|Phase|Plan|Grade|Category|Type|Class|Group|Annex"
    r"|Section|Article|Site|Team|Vitamin|Hepatitis|Level|Gate|Building|Unit|Ward)\b)"  # not
    r"[A-Z][a-z]+\s+[A-Z]\.$"  # "in Area C. The"
)
_CLOCK_RE = compiled(r"\b[ap]\.m\.$")
_CLOCK_GOES_ON_RE = compiled(  # "2 p.m. Tuesday", "9 a.m. local time": the same sentence
    rf"\s+(?:{WEEKDAY}|local\b|GMT\b|UTC\b|EST\b|EDT\b|ET\b)"
)
_CARD_RE = compiled(r"(?:^|\n)[ \t]*\d[\d ,.]*[ \t]*$")  # a line that is only a figure
_BULLETS = "•·▪●◦"  # "  • On August 8 the governor said": a bullet is no word of its line
LONGEST = 600  # characters: a longer "sentence" (a list, a run-on) is read in clause-sized pieces
_APPOSITIVE_RE = compiled(
    r",\s*(?:among them|including|of whom|among whom|mostly|most of them|many of them)\b"
    r"(?:[^,.;]|(?<=\d)[,.](?=\d{3}))*,"  # "including 2,704 children,": a number's comma
    r"|\s+[—–]\s*(?:most|many|some|all|among|including|mostly)\b[^—–.;]*[—–]"
    r"|\s-\s+(?:most|many|some|all|among|including|mostly)\b[^—–.;-]*\s-\s"  # " - many of them -"
    r"|\s+\((?:or\s+|about\s+|some\s+|over\s+)?[^()]{0,60}\)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a photo caption ("Photo Credit: ... Getty Images") is a span of its own."""
    cuts = {0, len(text)}
    for match in _CUT_RE.finditer(text):
        head = text[max(0, match.start() - 12) : match.start() + 1]
        line = text[max(0, match.start() - 30) : match.start()]
        if match.group() == "\n" and _CARD_RE.search(line):
            continue  # "64 997\nHouses destroyed": a figure on its line, its label on the next
        if _CLOCK_RE.search(head) and _CLOCK_GOES_ON_RE.match(text, match.end()):
            continue  # "as of 2 p.m. Tuesday, 91 were in Suzu": the time of day goes on
        if not _ABBREVIATION_RE.search(head) and not _INITIAL_RE.search(head):
            cuts.add(match.end())
    caption = (
        r"\b(?:Photo|Image|Picture)\s*(?:[Cc]redit)?\s*:[^\n\"“]*?"
        r"(?:Getty Images|AFP|Reuters|AP|EPA)\b(?:\s+via\s+Getty Images)?"
    )
    for match in re.finditer(caption, text):
        cuts.update(match.span())
    spans, edges = [], sorted(cuts)
    for start, end in zip(edges, edges[1:], strict=False):
        for piece_start, piece_end in _pieces(text, start, end):
            chunk = text[piece_start:piece_end]
            words = chunk.lstrip().lstrip(_BULLETS).strip()
            if words:
                lead = piece_start + chunk.index(words)
                spans.append((lead, lead + len(words)))
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most LONGEST characters, at a clause break or a space."""
    pieces = []
    while end - start > LONGEST:
        window = text[start : start + LONGEST]
        breaks = [m.end() for m in re.finditer(r"[;:,]\s|\s", window)]
        clause_breaks = [b for b in breaks if window[b - 2 : b - 1] in (";", ":", ",")]
        cut = (clause_breaks or breaks or [LONGEST])[-1]
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def clause(
    text: str, span: tuple[int, int], mention: Mention, prev_end: int, next_start: int
) -> tuple[str, str]:
    """The words of the number's clause before and after it, stopping at other numbers."""
    head = text[max(span[0], prev_end) : mention.start]
    return _clause_words(head, text[mention.end : span[1]], next_start - mention.end)


@lru_cache(maxsize=4096)  # a text that repeats itself has the same clauses again
def _clause_words(head: str, rest: str, reach: int) -> tuple[str, str]:
    """HEAD from its last clause break on; REST (the sentence after the number) up to its
    clause's end, read no further than REACH characters (the next number) but past an
    appositive ("including 2,704 children,") that ends before it."""
    cut = max((m.end() for m in re.finditer(r"[;:,(—]| and | but | while ", head)), default=0)
    tail = rest
    appositive = _APPOSITIVE_RE.search(tail)
    if appositive and appositive.start() <= reach and re.search(r"[\"”’)],$", appositive.group()):
        tail = tail[: appositive.start()]  # 'killed "20 people, including 19 Syrians", the
        # ministry said': the quote, and the clause, end with the appositive
    elif appositive and appositive.start() <= reach:
        tail = tail[: appositive.start()] + " " + tail[appositive.end() :]  # skip ", among them"
        following = find_numbers(tail)
        tail = tail[: following[0].start] if following else tail
    else:
        tail = rest[: max(0, reach)]
    stop = re.search(
        r"[;:(—]|, (?:and|but|while|including|with|whereas)\b| but | while "
        r"|[\"”],|,[\"”]\s|,\s+(?:said|says|according to)\b"
        r"|,\s+(?:(?:some|many|most|all|several|none|one|each)\s+of\s+)?which\b",  # ", some of
        # which had been built after a storm killed": the shelters', not the figure's clause
        tail,
    )
    return head[cut:], tail[: stop.start() if stop else len(tail)]


def paragraph_numbers(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The paragraph number of each sentence: a line break starts a new paragraph."""
    numbers, current, previous_end = [], 0, 0
    for start, end in spans:
        if "\n" in text[previous_end:start]:
            current += 1
        numbers.append(current)
        previous_end = end
    return numbers
