"""Words a figure shares with its neighbours: a verb past a dash aside, a coordinated predicate."""

from figures.extract.metric_cues import PEOPLE
from figures.extract.metric_frames import ARMED, HEDGE_WORDS, STATE_WORD_RE
from figures.extract.metric_parts import FAMILIES_AS_PEOPLE
from figures.extract.numbers import Mention, find_numbers
from figures.extract.skim import compiled

DASH_RE = compiled(r"\s*(?:—|--)\s*|\s+–\s+")  # a dash that opens or closes an aside
_ARMED = tuple(ARMED.values())  # metrics read from a noun of armed men
_STOP_RE = compiled(r"[;:(—]|, (?:and|but|while|including|with|whereas)\b| but | while |[\"”],")


_COMMA_ASIDE_RE = compiled(  # "Twelve civilians, members of two families, died": a noun's aside
    r"\s*[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2},\s+(?P<aside>[^,;.:\"“”]{0,60}?(?:\d|\bof\s+(?:two|three"
    r"|four|five|several)\b)(?:[^,;.:\"“”]|(?<=\d)[,.](?=\d)){0,40}),\s+"  # "up to 150,000 people,"
)
_VERB_RE = compiled(r"\b(?:were|was|are|is|have|has|had|said|says)\b")
_PART_ASIDE_RE = compiled(r"\s*(?:including|among\s+(?:them|whom)|of\s+whom)\b")  # a part's aside


def past_aside(text: str, span: tuple[int, int], mention: Mention) -> str | None:
    """The figure's words with a dash or comma aside left out, its verb being past it: in
    "107,294 people — representing over 24,000 families — were displaced" both numbers were
    displaced; "Twelve civilians, members of two families, died Monday": the twelve died."""
    aside = _COMMA_ASIDE_RE.match(text, mention.end, span[1])
    if aside and not _VERB_RE.search(aside.group("aside")):
        rest = _predicate(text[aside.end() : min(span[1], aside.end() + 300)])  # its verb is near
        return f"{text[mention.end : aside.start('aside')]} {rest}"
    dashes = list(DASH_RE.finditer(text, span[0], span[1]))
    opened = [d for d in dashes if d.end() <= mention.start]
    inside = len(opened) % 2 == 1
    if inside and _PART_ASIDE_RE.match(text, opened[-1].end(), mention.start):
        return None  # "killed 13 — including two women — and wounded": the toll's part
    later = [d for d in dashes if d.start() >= mention.end]
    if len(later) < 2 - inside or (not inside and later[0].start() - mention.end > 40):
        return None
    close = later[0] if inside else later[1]
    if close.start() - later[0].end() > 120:
        return None
    return f"{text[mention.end : later[0].start()]} {_predicate(text[close.end() : span[1]])}"


def _predicate(rest: str) -> str:
    """The words past an aside up to where its clause stops or the next figure starts."""
    rest = rest[: (stop.start() if (stop := _STOP_RE.search(rest)) else len(rest))]
    return rest[: (found[0].start if (found := find_numbers(rest)) else len(rest))]


_COORDINATED_RE = compiled(  # "16 children and 11 women were among the dead"; "N families -- M"
    r"(?:\s+(?:[A-Za-z-]+\s+){0,2}?[a-z-]+\s*(?:,?\s+(?:and|or|totall?ing|numbering|comprising)|,|\s/|\s--?|\s?[—–])\s+"
    r"|\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s*,?\s+including\s+)"  # "756 Palestinians including"
    r"(?:(?:at least|more than|some|about|nearly|around|over|another|close to)\s+)?"
)


_HURT_OUT_RE = compiled(  # "40 wounded people were evacuated": a medical evacuation (M3)
    r"^\s*(?:[a-z-]+\s+)?(?:wounded|injured|sick)\b[^.;]{0,40}?\b(?:were|was|have been|had been"
    r"|being)\s+(?:evacuated|brought out|taken out|bus+ed out)\b"
)


def _hurt_brought_out(row: list) -> bool:
    """The figure counts hurt people evacuated, and so no metric of its own (CODING M3)."""
    return row[6] is None and bool(_HURT_OUT_RE.match(row[2].lower()))


_FAMILIES_AS_PEOPLE_RE = compiled(rf"\s*{FAMILIES_AS_PEOPLE}{HEDGE_WORDS}")
_PEOPLE_OF_FAMILIES_RE = compiled(rf"\s+(?:[A-Za-z-]+\s+)?(?:from|in)\s+{HEDGE_WORDS}")
_FAMILIES_RE = compiled(r"\s*(?:families|households)\b")
_AMONG_RE = compiled(rf"\s+(?:[a-z-]+\s+){{0,3}}(?:were|are|was|is)\s+among\s+{HEDGE_WORDS}")


def share_predicate(text: str, rows: list[list]) -> None:
    """A figure coordinated with the next one shares its predicate: in "16 children and 11 women
    were among the dead" the 16 were killed too. Rows: mention, before, after, head, noun, event,
    metric."""
    for row, following in zip(reversed(rows[:-1]), reversed(rows[1:]), strict=True):
        mention, noun, event, metric = row[0], row[4], row[5], row[6]
        among = _AMONG_RE.fullmatch(text, mention.end, min(following[0].start, mention.end + 60))
        if among and following[6] and not event:  # "45 soldiers were among the 120 dead"
            row[6] = following[6]
            continue
        if not event and not metric and noun in (None, *PEOPLE) and _hurt_brought_out(following):
            gap = following[0].start - mention.end
            if gap < 60 and _COORDINATED_RE.fullmatch(text, mention.end, following[0].start):
                row[6] = "fled"  # "3,000 civilians and 40 wounded were evacuated": the well (M3)
            continue
        if event or not following[6]:
            continue
        if not metric and _FAMILIES_AS_PEOPLE_RE.fullmatch(text, mention.end, following[0].start):
            row[6] = following[6]  # "32,390 families of 59,860 individuals who were in centers"
            continue
        if (
            not metric
            and _PEOPLE_OF_FAMILIES_RE.fullmatch(text, mention.end, following[0].start)
            and _FAMILIES_RE.match(following[2])
        ):
            row[6] = following[6]  # "30,000 Muslims from over 7,000 households are taking refuge"
            continue
        if not following[5] and following[6] in _ARMED and noun not in (None, *ARMED):
            continue  # "9,862 civilians, 3,470 soldiers": soldiers by their noun, not civilians
        if metric and not following[5]:  # both read from their nouns: each keeps its own
            continue  # (a noun's metric yields to an event: "12 soldiers and 5 ... were killed")
        if not metric and noun not in (None, *PEOPLE):
            continue
        gap = following[0].start - mention.end
        if STATE_WORD_RE.search(text, mention.end, following[0].start):
            continue  # "4,300 reported homeless and 11 confirmed dead": not dead
        if gap < 60 and _COORDINATED_RE.fullmatch(text, mention.end, following[0].start):
            row[6], row[4], row[5] = following[6], noun or following[4], following[5]


_INTO_RE = compiled(r"\b(?:in|inside|at|into|across)\s+(?:some\s+|about\s+|over\s+)?$")
_SITES_RE = compiled(  # "staying inside 1,782 evacuation centres": where they are, counted too
    r"\s+(?:[a-z-]+\s+){0,2}(?:evacuation\s+)?(?:cent(?:er|re)s|shelters|camps|sites|schools|bases|compounds)\b"
)


def past_count(text: str, after: str, mentions: list[Mention], i: int) -> str:
    """AFTER, read on past the next number when it counts the places they are in: "persons are
    staying inside 1,782 evacuation centers" is a stock, though a number stands in its clause."""
    if i + 1 >= len(mentions) or not _INTO_RE.search(after):
        return after
    sites = _SITES_RE.match(text, mentions[i + 1].end)
    return f"{after}{text[mentions[i + 1].start : sites.end()]}" if sites else after
