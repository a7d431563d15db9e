"""A figure's attribution among its sentence's: the one before it in its sentence (else after it,
or the originator an outlet cites)."""

import re
from dataclasses import replace

from figures.extract.attribution_names import WIRE_RE, outlet
from figures.extract.attribution_places import place_like
from figures.extract.attribution_roles import unnamed_inside
from figures.extract.attribution_scope import of_whom_else, only_found
from figures.extract.dates import DAY_RE, MONTH
from figures.extract.numbers import Mention
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_COUNT_RE = compiled(  # a count, not a share: "(52%)" leaves the clause the speaker's
    r"(?<![\d.,])\d[\d.,]*+(?!\s*(?:%|per\s?cent|percent))"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?"
    r"|millions?|scores)\b"
)
_OWN_CLAUSE_RE = compiled(
    r"\s+(?:\w+\s+){0,3}?(?:said|says|told|announced|added)\s+(?:on\s+)?(?:\w+\s+){0,2}?that\s+"
    r"(?:he|she|they|it|we|I)\s"
)
_CLOSING_RE = compiled(r"(?i)according to|citing|quoting|as per")
_BY_FRAME_RE = compiled(r"(?i)(?:reported|recorded|counted|documented|compiled|announced)\s+by")
_ATTRIBUTING_RE = compiled(r"(?i)attributing\b")  # the sentence's figures, all of them
_SUBORDINATE_RE = compiled(r"\b(?:as|when|after|while|because|since|until|before)\s+$")
_ORG_WORD_RE = compiled(rf"\b(?:{alternation(WORDS['source']['org_words'])})\b")


def _originator_after(attrs: list, mention: Mention, text: str):
    """The first speaker after the figure in its clause who is no outlet, nor a frame."""
    return next(
        (
            a
            for a in attrs
            if a.pos > mention.end
            and not outlet(a)
            and not a.frame
            and not NEW_CLAUSE_RE.search(text, mention.end, a.pos)
        ),
        None,
    )


def _relayed_day(last, attrs: list, mention: Mention, text: str, end: int):
    """LAST, dated by the outlet that closes the sentence relaying it on a day it names, when LAST
    gives none: "the army said 43 were killed, the Saudi Press Agency reported on Tuesday"."""
    relay = attrs[-1]
    if last.day or not relay.day or relay.pos < mention.end or relay.frame or not outlet(relay):
        return last
    return replace(last, day=relay.day) if DAY_RE.search(text, relay.end, end) else last


_COLON_SAID_RE = compiled(r"\s+(?:reports|reported|says|said|writes|wrote)\s*:")
NEW_CLAUSE_RE = compiled(r";|,\s*(?:while|whereas)\s")  # a clause with its own speaker


def choose(attrs: list, mention: Mention, text: str, end: int) -> object | None:
    """The attribution before the number in its sentence, else the next one in its clause; an
    originator ("citing X") right after a speaker stands for both."""
    attrs = [a for a in attrs if not (a.start == mention.start < a.end)]  # "according to 28
    # survivors": the 28 are counted by whoever else speaks, not by themselves
    before = [a for a in attrs if a.pos < mention.start]
    if before and _SUBORDINATE_RE.search(text[max(0, before[-1].start - 12) : before[-1].start]):
        main = _closing(attrs, mention, text, end)
        before = [] if main and not before[-1].frame else before  # "as the authorities
        # reported 37 deaths, ..., the NDMA said": the main clause's speaker
    wires = [a for a in before if WIRE_RE.fullmatch(a.source)]
    if wires and len(wires) < len(before):  # "X has said ..., AFP reports": X
        before = [a for a in before if a not in wires]
    if before and all(map(outlet, before)) and _COLON_SAID_RE.match(text, before[-1].end):
        told = _originator_after(attrs, mention, text)
        if told:  # "The Associated Press reports: militants killed 500 ..., an official said
            return told  # Monday": the official, whom the wire quotes (S1)
    if before:
        last = before[-1]
        new_clause = last.frame and NEW_CLAUSE_RE.search(text, last.end, mention.start)
        own = _closing(attrs, mention, text, end) if new_clause else []  # "according to X"
        if own and own[-1] is attrs[-1] and not outlet(own[-1]):  # ends its scope at "while"
            return own[-1]  # "90 killed, according to the UN, while 65 died in X, officials said"
        heard = last.frame and _HEARSAY_RE.fullmatch(last.source)  # '"... according to
        named = [a for a in _closing(attrs, mention, text, end) if not a.frame] if heard else []
        if named and re.match(r"[A-Z]", named[-1].source):  # survivors, had 140 aboard," Di
            return named[-1]  # Giacomo said': the speaker who passes on what survivors said
        closing = _closing(attrs, mention, text, end) if only_found(text, last) else []
        if closing and closing[-1] is attrs[-1] and not closing[-1].frame:
            return closing[-1]  # "Rescuers found 13 bodies Friday, said X": X says what they found
        if last.frame and outlet(last) and len(before) > 1 and not before[-2].frame:
            if not outlet(before[-2]) and not re.search(
                r"\d|[.;]", text[before[-2].pos : last.pos]
            ):
                return before[-2]  # "Dobbs said according to reports, 300 died": Dobbs
        if len(before) > 1 and unnamed_inside(before[-2], last, text):
            return before[-2]  # "Marini said ... and that survivors indicated 400": Marini
        cited = [
            a
            for a in before[:-1]
            if a.frame
            and not outlet(a)
            and not re.search(r"\d", text[a.pos : last.pos])
            and not NEW_CLAUSE_RE.search(text, a.end, last.pos)  # "..., according to X, while
        ]  # activists reported two": the activists; "According to media reports, X said": X
        # "Citing the IOM, Dujarric reported that": the IOM; "citing unidentified sources, he
        # said": he, as no one named stands behind his words (CODING.md S1)
        if cited and not last.frame and not _UNNAMED_RE.fullmatch(cited[-1].source):
            return replace(cited[-1], day=cited[-1].day or last.day)
        framed = [a for a in before[:-1] if a.frame and not outlet(a)]
        if framed and not last.frame and place_like(last.source):
            window = text[max(0, last.start - 5000) : last.start]  # a surname named before
            if not re.search(rf"[A-Z][\w’'-]+\s+{re.escape(last.source)}\b", window):
                return framed[-1]  # "According to the NDMA's report, ... Sindh has reported 638"
        origin = next((a for a in attrs if a.frame and a.pos > mention.end), None)
        if origin and outlet(last) and not last.frame and not outlet(origin):
            return replace(origin, day=origin.day or last.day)  # "Anadolu reported that ...,
        if origin and _ATTRIBUTING_RE.match(text, origin.pos) and not outlet(origin):
            return replace(origin, day=origin.day or last.day)  # "X stated N, attributing
        closing = origin and origin.pos - mention.end < 80 and not outlet(origin)  # according
        closing = closing and _CLOSING_RE.match(text, origin.pos)  # to data from AFAD": AFAD
        by = origin and _BY_FRAME_RE.match(text, origin.pos) and origin.pos - mention.end < 40
        if by and not re.search(r"[,;]|\d", text[mention.end : origin.pos]):
            return origin  # "400 had died, up from 250 reported by the ministry": the ministry's
        if closing and not re.search(r"[,;]|\d", text[mention.end : origin.pos]):
            # "X wrote that as many as 1,457 people had died according to the Nepalese army":
            return replace(origin, day=origin.day or last.day)  # the army
        return _relayed_day(last, attrs, mention, text, end)
    later = [
        a
        for a in attrs
        if a.pos > mention.start
        and (
            not re.search(r";|, (?:and|but|while)\b", text[mention.end : a.pos])
            or (
                a is attrs[-1]
                and not _count_in(text, a.pos, end)
                and not _OWN_CLAUSE_RE.match(text, a.end)  # ", and the Pope said Wednesday that
            )  # he would visit": his words are that clause, not the toll before it
        )
    ]
    later = [a for a in later if not of_whom_else(text, mention, a)]
    main = [a for a in later if not _SUBORDINATE_RE.search(text[max(0, a.start - 12) : a.start])]
    after = (main or later or [None])[0]  # "... since Myanmar announced a build-up, community
    # leaders said": the leaders, not what the subordinate clause announced
    cited = next(
        (
            a
            for a in attrs
            if a.frame
            and after
            and 0 < a.pos - after.pos < 40
            and (not outlet(a) or outlet(after))
            and (_named_origin(a) or outlet(after))
            and not _PASSED_ON_RE.search(text, after.pos, a.start)  # "X stressed, as reported by
        ),  # the news agency Unian": X's words, the agency passing them on
        None,
    )  # "X said, according to local media": the outlet passes X's words on; "reported AFP,
    # citing China's state media": the state media
    return replace(cited, day=cited.day or after.day) if cited else after


_PASSED_ON_RE = compiled(r"\bas\s+(?:reported|quoted|cited|carried)\s+by\s+(?:the\s+)?$")
_UNNAMED_RE = compiled(r"(?i)(?:the\s+)?(?:unidentified\s+|unnamed\s+|anonymous\s+)?sources?")
_HEARSAY_RE = compiled(
    r"(?i)(?:the\s+)?(?:survivors|witnesses|residents|locals|relatives|villagers)"
)


def _closing(attrs: list, mention: Mention, text: str, end: int) -> list:
    """The speakers after the number whose own words end the sentence: no count after them."""
    return [
        a
        for a in attrs
        if a.pos > mention.start and a.start > mention.end and not _count_in(text, a.pos, end)
    ]


_DATED_COUNT_RE = compiled(rf"(?:{MONTH}\s+)?(?:{_COUNT_RE.pattern})(?:\s+{MONTH})?")
_DATE_NUMBER_RE = compiled(rf"{MONTH}\s+\d{{1,2}}[.,]?$|\d{{1,2}}\s+{MONTH}$")


def _count_in(text: str, start: int, end: int) -> bool:
    """A count between START and END; a date's day is none ("told the mission on September 27")."""
    found = _DATED_COUNT_RE.finditer(text, start, end)
    return any(not _DATE_NUMBER_RE.match(match.group()) for match in found)


def _named_origin(attr) -> bool:
    """ "citing the Libyan Red Crescent" or "citing local health facilities": a body or person
    by name, or an institution; not "quoting survivors", "citing unidentified sources"."""
    if re.search(r"\b[A-Z]", attr.source):
        return True
    hearsay = _HEARSAY_RE.fullmatch(attr.source) or _UNNAMED_RE.fullmatch(attr.source)
    return not hearsay and bool(_INSTITUTION_RE.search(attr.source))


_INSTITUTION_RE = compiled(
    r"\b(?:facilities|hospitals?|clinics?|authorit(?:y|ies)|ministry|officials|agency|agencies"
    r"|records|registers|morgues?|centres?|centers?)$"
)


def cites_other_body(text: str, frame, speaker) -> bool:
    """'"Based on reports by the DILG, nine died," officer Ana Posadas said': she cites a body;
    not "according to a preliminary toll", nor a body's own official citing it."""
    own = text[max(frame.end, speaker.start - 150) : speaker.end]
    return bool(re.search(r"[A-Z]", frame.source or "")) and not _ORG_WORD_RE.search(own)


_STANCE_RE = compiled(
    r"\s+(?:(?:is|are)\s+(?:deeply\s+|extremely\s+|gravely\s+)?(?:concerned|alarmed|appalled"
    r"|outraged|saddened|shocked)|deplores|condemns|mourns|calls\s+for)\b"
)


def stance_in_quote(text: str, found, speaker) -> bool:
    """'"The ICRC is appalled that at least 18 persons ... lost their lives," said Dominik
    Stillhart': a body's stance in a named person's quotation is that person's statement."""
    return (
        not found.person
        and speaker.person
        and not speaker.frame
        and bool(_STANCE_RE.match(text, found.end))
    )
