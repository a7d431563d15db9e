"""The extraction pipeline: each figure of a report read into a candidate claim for review."""

import re
from bisect import bisect_left
from functools import lru_cache

from figures.extract.article import article_place_at, article_place_of, country_dateline
from figures.extract.attribution import Attributor
from figures.extract.count_days import given_day, moved_day, reported_day, said_again_day
from figures.extract.dates import DAY_RE, MONTH, filed_on, relative_date, written_year
from figures.extract.gate import verdict
from figures.extract.hedges import quantifier
from figures.extract.metric import metric_for
from figures.extract.metric_aside import (
    COMPARED_RE,
    PAREN_LIST_RE,
    PREVIOUS_RE,
    aside_event,
    from_to,
    own_predicate,
    past_alternative,
    past_list,
    restate,
)
from figures.extract.metric_cues import PART_OF_RE, PEOPLE, UNITS
from figures.extract.metric_epidemic import disease_deaths, epidemic_report
from figures.extract.metric_event import event_of
from figures.extract.metric_frames import INCLUDES_RE, OTHERS_RE, POPULATION_RE
from figures.extract.metric_nouns import counted_noun, counted_noun_before
from figures.extract.metric_parts import (
    AMONG_RE,
    INHERIT_RE,
    OF_THEM_RE,
    RESTATED_RE,
    among_dead,
    part_metric,
)
from figures.extract.metric_shared import DASH_RE, past_aside, past_count, share_predicate
from figures.extract.metric_stock import NOT_BACK_RE
from figures.extract.not_figures import is_figure
from figures.extract.number_ranges import pair_ranges
from figures.extract.numbers import Mention, find_numbers
from figures.extract.place import Place, find_places
from figures.extract.place_before import main_place
from figures.extract.place_chain import specific, spoken_at
from figures.extract.place_choice import choose_place
from figures.extract.sentences import clause, split_sentences
from figures.extract.source import SAY, Attribution
from figures.extract.unwrap import unwrap

_NAMED_RE = re.compile(r"[A-Z]")  # a place with a name, not only an area's words
_SINCE_DAY_RE = re.compile(  # "since 7 October", "since the March 3"
    rf"\bsince\s+(?:the\s+)?(\d{{1,2}}\s+{MONTH}|{MONTH}(?:\s+\d{{1,2}})?)"
)
CLAIM_FIELDS = (  # the POST /claims fields, in the order a reader expects them
    "metric location source quantifier value low high vague unit stated_on as_of since quote "
    "reported_in"
).split()


@lru_cache(maxsize=4096)  # the same clause words, the same day
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
    text = unwrap(text)  # a line wrapped at a fixed width is read as one with its sentence
    published_on = filed_on(text, published_on) or published_on  # "Santiago, Feb 28": that day
    published_on = published_on or written_year(text)  # undated: "on January 19" of its year
    places = find_places(text)
    place_starts = [p.start for p in places]
    article_place = _article_place(text, places)
    numbers = [n for n in find_numbers(text) if is_figure(text, n)]
    starts = [n.start for n in numbers]
    candidates: list[dict] = []
    epidemic = epidemic_report(text)
    spans = split_sentences(text)
    who = Attributor(text, spans, published_on)
    paragraphs = _paragraph_spans(spans, who.paragraph_of)
    carried: tuple[str | None, str | None] | None = None  # the last figure's (metric, noun)
    seen: dict[float, str] = {}  # each value's metric, as first read
    for index, span in enumerate(spans):
        sentence = text[span[0] : span[1]]
        first = bisect_left(starts, span[0])
        mentions = pair_ranges(text, numbers[first : bisect_left(starts, span[1], first)])
        rows, now_carried = _read_sentence(text, span, mentions, carried)
        if len(rows) < len(mentions):  # a refused number no longer cuts its neighbours' clauses
            again = _read_sentence(text, span, [row[0] for row in rows], carried)
            aside = len(again[0]) < len(rows) and DASH_RE.search(sentence)  # "100 children
            rows, now_carried = (rows, now_carried) if aside else again  # – 2 a day – died"
        carried = now_carried
        share_predicate(text, rows)
        restate(rows, seen, text)
        for mention, before, after, head, noun, _, metric in rows:
            if metric == "killed" and epidemic and disease_deaths(sentence):
                metric = None  # "764 deaths occurred during the reporting period" (M5)
            place = choose_place(
                places,
                place_starts,
                (span, paragraphs[index]),
                mention,
                metric == "fled",
                text,
                spans,
            ) or article_place_at(article_place, mention.start)
            claim = {
                "metric": metric,
                "location": place.core if place else None,
                "quantifier": quantifier(mention, before, after, head),
                "quote": sentence,
                "unit": UNITS.get(noun or "")
                or ("strike" if metric == "airstrikes" else "person" if metric else None),
                "reported_in": document or None,
            }
            candidates.append(
                _candidate(
                    claim,
                    mention,
                    (who.for_mention(index, mention), place),
                    (before, after),
                    published_on,
                    publisher,
                    text,
                )
            )
    return candidates


def _read_sentence(
    text: str, span: tuple[int, int], mentions: list[Mention], carried: tuple | None
) -> tuple[list[list], tuple | None]:
    """Each figure of a sentence as a row (mention, before, after, head, noun, event, metric),
    numbers that count nothing left out; and the (metric, noun) carried to the next sentence."""
    prior = None  # the sentence's last figure so far
    rows: list[list] = []
    for i, mention in enumerate(mentions):
        prev_end = mentions[i - 1].end if i else span[0]
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else span[1]
        before, after = clause(text, span, mention, prev_end, next_start)
        after = NOT_BACK_RE.sub(" remain displaced,", past_count(text, after, mentions, i))  # (M2)
        head = text[max(span[0], mention.start - 250) : mention.start]
        gap = text[prev_end : mention.start] if i else ""
        noun = counted_noun(after) or counted_noun_before(head)
        event = event_of(before, after, head)
        if event is None and (wider := past_aside(text, span, mention)):
            event = event_of(before, wider, head)
            after = wider if event else after
        if event is None and (wider := past_list(text, mention.end, span[1])):
            event = event_of(before, wider, head)
            after = wider if event else after
        shared = noun is None and past_alternative(text, mention, mentions[i + 1 : i + 2], span[1])
        if shared:  # "Dozens, if not hundreds, of people were killed"
            after, noun, event = shared, counted_noun(shared), event_of(before, shared, head)
        aside = None if own_predicate(after) else aside_event(head, noun in (None, *PEOPLE))
        if event is None and aside:
            event, after = aside[0], f"{after} {aside[1]}"  # its words, then the aside's
        kind = verdict(mention, (before, after, head), noun, event, gap, prior is not None)
        if kind is None:
            continue
        metric = metric_for(noun, event, before, after, head)
        listed = prior and PAREN_LIST_RE.match(gap)  # "Tobruk (1,320) and Benghazi (730)"
        joined = INHERIT_RE.search(gap) or listed or COMPARED_RE.search(gap)  # "compared to"
        inherits = (prior and (kind == "ellipsis" or joined)) or (
            carried
            and (
                kind == "ellipsis"  # "- 15 in Tubas" after "- 38 killed in Jenin"
                or OF_THEM_RE.match(after)
                or RESTATED_RE.search(before)
                or any(AMONG_RE.search(words) for words in (before, head))  # "Of these, 69 were"
                or INCLUDES_RE.search(before)  # "This includes nearly 40,000 people from X"
            )
        )
        bracketed = listed and after.lstrip().startswith(")")  # "followed by Taroudant (452), ..."
        own = event is not None and not bracketed  # a verb past the bracket is not its own
        inherits = inherits and not POPULATION_RE.search(before.lower())  # who live there
        if inherits and not own and (metric is None or bracketed) and noun in (None, *PEOPLE):
            metric, noun = (prior or carried)[0], noun or (prior or carried)[1]
            if (metric, noun) == ("civilians_trapped", "children"):
                metric = "children_trapped"  # "trapped ..., including some 400 children" (M4)
        elif prior and prior[0] and rows and from_to(rows[-1][1], gap):
            metric = prior[0]  # "down from a high of 17,000 last week to 7,000": one quantity
        last = prior or carried
        if last and last[1] in ("strike", "thing") and OTHERS_RE.match(after):
            metric, noun = last  # "eight airstrikes hit X, while three others hit Y"
        if (
            event is None
            and prior
            and prior[0] == "killed"
            and among_dead(metric, before, gap, after)
        ):
            metric = "killed"  # "the bodies of three hostages, including two soldiers" (M7)
        if noun == "refugees" and event is None and metric == "fled" and rows:  # "had a million
            if prior and prior[0] == "displaced_in_population" and INHERIT_RE.search(gap):
                metric = prior[0]  # internally displaced people and 200,000 refugees"
        if metric == "fled" and prior and prior[0] == "displaced_in_population":
            if PART_OF_RE.search(before):
                metric = prior[0]  # "stood at 4.1 million, of which 1.8 million were displaced"
        last = prior or carried
        metric = part_metric(metric, event, last, after, bool(rows) and rows[-1][5] == "other")
        if last and last[0] and noun in (None, *PEOPLE) and PREVIOUS_RE.search(before):
            metric = last[0]  # "more than double a previous estimate ... of 950,000" (M6)
        prior = carried = (metric, noun)  # "18 killed, including five children"
        rows.append([mention, before, after, head, noun, event, metric])
    return rows, carried


def _candidate(
    claim: dict,
    mention: Mention,
    why: tuple[Attribution | None, Place | None],
    around: tuple[str, str],
    published_on: str | None,
    publisher: str | None,
    text: str,
) -> dict:
    """The claim with its numbers, source and dates; the reading's metadata beside it."""
    attr, place = why
    before, after = around
    claim["source"] = attr.source if attr else None
    given = given_day(after)  # "the previous figure of 41,000 given on January 16 by an aide"
    said = relative_date(given, published_on) if given else attr.day if attr else None
    if attr and (again := said_again_day(text, attr.end, mention.start)):
        said = relative_date(again, published_on) or said  # "but on Saturday reported that"
    if not said:  # "N deaths were reported on Monday", "the toll rose to N on Thursday"
        reported = reported_day(after) or moved_day(text, mention.start, mention.end)
        said = reported and relative_date(reported, published_on)
    claim["stated_on"] = said if said and len(said) == 10 else None
    published_day = published_on if len(published_on or "") == 10 else None  # not a year alone
    claim["as_of"] = _event_date(before, after, published_on) or said or published_day
    since = _SINCE_DAY_RE.search(f"{before} {after}")
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
        "evidence": {
            "source": _span(text, attr.start, attr.end) if attr and attr.source else None,
            "place": _span(text, place.start, place.end) if place else None,
        },
    }
    if "source" in missing and publisher:
        result["suggested"] = {"source": publisher, "confidence": 0.2}
    return result


def _span(text: str, start: int, end: int) -> dict:
    """Where the evidence stands in the text: its words and their offsets."""
    return {"text": text[start:end], "start": start, "end": end}


def _article_place(text: str, places: list[Place]) -> tuple[Place | None, Place | None]:
    """Where a figure is when its sentence and paragraph name no place: the place the article
    names most when it names it three times or more, else the first its body names."""
    places = [p for p in places if not spoken_at(text, p)]  # "told reporters in Geneva"
    places = [p for p in places if _NAMED_RE.search(p.name)]  # not "neighbouring countries"
    most = main_place(places)
    if most and sum(p.name == most.name for p in places) >= 3:
        return most, None
    first = article_place_of(text, places)
    first = specific(first, places, text) if first in places else first  # "Yemen's city of Taez"
    return first, country_dateline(text)


def _paragraph_spans(spans: list[tuple[int, int]], paragraph_of: list[int]) -> list[tuple]:
    """For each sentence, the span of its paragraph."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for (start, end), number in zip(spans, paragraph_of, strict=True):
        first.setdefault(number, start)
        last[number] = end
    return [(first[n], last[n]) for n in paragraph_of]
