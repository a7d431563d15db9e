"""Who said a figure: "X said", "said X", "according to X", quotes, pronouns to the right source."""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from figures.extract import no_speaker
from figures.extract import source_frames as frames
from figures.extract.attribution_acts import acts, documented
from figures.extract.attribution_clauses import read_subject
from figures.extract.attribution_links import continued_day, definite_role, organisation_pointed
from figures.extract.attribution_names import WIRE_RE, AgencyIndex, own_agency
from figures.extract.attribution_places import place_share
from figures.extract.dates import DAY_PHRASE, DAY_RE, WEEKDAY, relative_date
from figures.extract.pointers import (
    body_named_before,
    issuer,
    issuer_day,
    named_before,
    named_just_before,
    resolve,
)
from figures.extract.said_on import (
    ASIDE_DAY_RE,
    DATE_ASIDE_RE,
    DAY_WORD,
    LEAD_DAY_RE,
    OCCASION_DAY_RE,
    OPENING_DAY_RE,
    PUBLISHED_RE,
    after_day,
    clause_day,
    object_day,
    relative_day,
)
from figures.extract.skim import compiled
from figures.extract.source_tail import dash_tag, inverted
from figures.extract.speaker_named import named_after, org_apposed, self_named
from figures.extract.speakers import Speaker, mentioned_people, speaker
from figures.extract.statements import a_modifier, not_a_statement
from figures.extract.subject_documents import document_only
from figures.extract.subjects import TRIM_RE, source_like
from figures.extract.words import WORDS, alternation
from figures.names import known_source

_WORDS = WORDS["source"]
_VERBS = sorted(_WORDS["reporting_verbs"] + frames.MORE_VERBS, key=len, reverse=True)
SAY = rf"(?:{alternation(_VERBS)})"
_SAY_RE = compiled(rf"(?<!-)\b{SAY}\b")  # not "so-called", "self-reported"
_FRAME_RE = compiled(
    rf"\b(?:{alternation(_WORDS['frames'] + frames.MORE_FRAMES)})\s+(?P<x>[^,.;:\"“”()]+?)"
    r"(?=\s*(?:[,.;:\"“”()]|$|\s+(?:(?-i:which|who|that)|on|as of|as saying|in a|in its|said|says"
    r"|say|show|shows|showed|indicate|indicates|indicated|suggest|suggests)\b))",
    re.IGNORECASE,
)
_DATA_TAIL_RE = compiled(
    r"(?:['’]s)?\s+(?:(?:latest|weekly|daily|monthly|annual|new|own|preliminary|initial|provisional"
    rf"|final|official|{WEEKDAY}|{WEEKDAY}['’]s)\s+)*(?:data|figures|report|reports"
    r"|estimates?|assessment|statement|count|tally|numbers|statistics|records|update|portal)$",
    re.IGNORECASE,
)
_DAY_OWNED_RE = compiled(rf"({WEEKDAY}|yesterday|today)['’]s\s+(?=[A-Z])", re.IGNORECASE)
_ACRONYM_AFTER_RE = compiled(r"\s*\(([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})\)")
_ABBREVIATION_DOT_RE = compiled(
    r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z]|\s+[A-Z][a-z]|['’]s\b)"
    + "|(?:"  # "Rizal Gov. Casimiro Ynares III": a title's dot ends no name
    + "|".join(rf"(?<=\b{t})" for t in _WORDS["titles"])
    + r")\.(?=\s+[A-Z])"
    + r"|(?<=\w)\.(?=(?:com|net|org|ro|ua|ru|uk|in|pk|ng|info)\b)"  # "as reported by News.ro"
)
_HEADLINE_SOURCE_RE = compiled(  # "UN: At least 3,000", "Idlib Province, the Syrian Observatory
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+(?:the\s+)?)?"  # for human Rights: ..."
    r"(?P<x>[A-Z][\w.’'-]*(?:\s+(?:for\s+|of\s+)?[A-Za-z][\w.’'-]*){0,5}):\s"
)
_FRAME_DAY_RE = compiled(
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?({DAY_WORD})(?:\s+(?:morning|afternoon|evening|night))?$"
)
_RELEASED_END_RE = compiled(r"(?<=\w)\s+(?:released|published|issued|compiled|provided)$")
_BY_RE = compiled(  # "announced late Saturday by the prime minister's office": passive
    rf"(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:{DAY_PHRASE}))?"
    r"\s+by\b(?!\s+(?:(?:tele|satellite\s+)?phone|e-?mail|video|text|radio)\b)"
)
_TOLD_RE = compiled(r"told|tells|informed|briefed")
_DAY_BEFORE_VERB_RE = compiled(rf",\s+(?:on\s+)?({DAY_PHRASE})\s+$")
_PASSIVE_RE = compiled(
    r"\b(?:is|are|was|were|been|be|being|can|could|would|will|may|might|should|must|to|not"
    r"|cannot)\s+(?:\w+ly\s+)?$"
)


@dataclass(frozen=True)
class Attribution:
    """Who said it (resolved to a source name), on which day, at which offset of the text."""

    pos: int
    source: str | None
    day: str | None = None
    start: int = 0  # the words that name the source, as the text writes them
    end: int = 0
    person: bool = False
    frame: bool = False  # "according to X", "citing X": the originator, not the speaker
    org: str | None = None  # the organisation a person speaks for, when the subject names it


def attributions(
    sentence: str,
    offset: int,
    history: list[tuple],  # (speaker, start, end, day) of each source named so far
    published_on: str | None,
    agencies: AgencyIndex | None = None,
    text: str = "",
) -> list[Attribution]:
    """Every attribution in a sentence, in order, pointers resolved to a source named before."""
    found: list[Attribution] = []
    told = len(history)  # what earlier sentences named: all of it stands before this one
    people, carried = mentioned_people(sentence), None  # carried: a document's end and day
    for name, at in people:
        history.append((Speaker(name, True), offset + at, offset + at + len(name), None))
    for pos, subject, at, day, frame, org in _subjects(sentence):
        named = speaker(subject)
        if org and named.person and not named.org:  # "Matthew Saltmarsh, UNHCR spokesperson,"
            named = replace(named, org=org)
        if agencies and named.name and not named.person:  # "the UN agency": which one
            named = replace(named, name=agencies.resolve(named.name, subject, offset + pos))
        if named.person and not named.org:  # "ministry spokesperson X": the ministry before
            apposed = org_apposed(sentence, at + len(subject))  # "X, head of the Observatory"
            named = replace(named, org=apposed or organisation_pointed(subject, history))
        start = offset + at + len(subject) - len(subject.lstrip())
        end = start + len(subject.strip())
        resolved = relative_date(day, published_on) if day else None
        earlier = definite_role(subject, history, text, start)
        if earlier:  # "The spokesman added": the spokesman named before
            named, start, end, resolved = earlier[0], earlier[1], earlier[2], resolved or earlier[3]
        resolved = resolved or continued_day(sentence, pos, offset + pos, history)
        acronym = _ACRONYM_AFTER_RE.match(sentence, end - offset)
        known = named.name and own_agency(named.name)  # "IOM Iraq's ... Matrix (DTM)": IOM
        if acronym and named.name and not named.person and not named.pointer and not known:
            named = Speaker(acronym.group(1))  # "the National Disaster Management Authority (NDMA)"
        if subject.strip() == "who" and not named_just_before(history[told:]):
            named = replace(named, pointer="any")  # "the official, who reported": his body's
        pointer = named.pointer
        if pointer:
            issued = issuer(named, history, text)  # '"...," the release said': whoever
            before = named_before(history, told, start, offset)  # "He said ... after PM Abiy
            voice = not any(a > at for _, a in people)  # no "he said, ..., X told AFP" after
            earlier = issued[0] if issued else resolve(named, before, voice)
            if earlier == Speaker(named.name):  # "the group said", no group named before
                body = body_named_before(named.name or "", text, offset + pos, agencies)
                earlier = Speaker(body or named.name)
            match = issued or next((h for h in reversed(history) if h[0] == earlier), None)
            if match:  # the evidence is where the name stands; "it said" keeps its day
                start, end, resolved = match[1], match[2], resolved or match[3]
            named = earlier
        resolved = resolved or (issuer_day(sentence, carried, at) if frame else None)
        carried = (at + len(subject), resolved) if pointer else None
        if named.org:
            history.append((Speaker(named.org), start, end, resolved))
        if named.name:
            found.append(
                Attribution(
                    offset + pos, named.name, resolved, start, end, named.person, frame, named.org
                )
            )
            if not WIRE_RE.fullmatch(named.name):  # "it added" is never "AFP"
                history.append((Speaker(named.name, named.person), start, end, resolved))
        elif (pointer in ("person", "org") or (resolved and pointer == "any")) and not history:
            # "According to him," opening; "..., they said on Sunday": its day kept
            found.append(Attribution(offset + pos, "", resolved, start, end, frame=frame))
    return found


@lru_cache(maxsize=4096)  # a text says the same sentence again: its subjects are read once
def _subjects(sentence: str) -> tuple[tuple[int, str, int, str | None, bool, str | None], ...]:
    """(offset, subject, subject offset, day phrase, frame, organisation) per attribution."""
    raw = []
    masked = _ABBREVIATION_DOT_RE.sub("_", sentence)  # "the U.N. humanitarian office" is one
    for m in _FRAME_RE.finditer(masked):
        x, at = sentence[m.start("x") : m.end("x")], m.start("x")
        by = frames.HOLDER_RE.search(x)  # "by X", "figures from X": X
        cut_day = by and DAY_RE.search(x, 0, by.start())  # "data reported Sunday by the UN"
        x, at = (x[by.end() :], at + by.end()) if by else (x, at)
        x = frames.clause_cut(x)
        if re.search(r"['’]s$", x) and not _ACRONYM_AFTER_RE.match(sentence, at + len(x)):
            x = x[:-2]  # "the body's 6 a.m. update": the body; not "Authority’s (NDMA)"
        later = frames.released_later(masked, x, m.end("x"))
        if later:  # "figures released on Tuesday by the IOM": the IOM (and the day it did)
            cut_day = cut_day or DAY_RE.search(x)
            x, at = sentence[later.start("x") : later.end("x")], later.start("x")
        owned_by_day = _DAY_OWNED_RE.match(x)  # "yesterday's IOM report": the IOM, that day
        x, at = (x[owned_by_day.end() :], at + owned_by_day.end()) if owned_by_day else (x, at)
        tail_day = re.search(rf"\b({WEEKDAY})(?:['’]s)?\s+(?:\w+\s+)?\w+$", x)
        stripped = _DATA_TAIL_RE.sub("", x)
        owner = stripped.strip().lower() not in ("a", "an", "the", "")  # "a provisional report"
        if stripped != x and owner and re.search(r"[A-Z]|['’]s\b|^(?:an?|the)\s+\w+\s", x):
            x = re.sub(r"^(?:a|an)\s+(?=[A-Z])", "", stripped)  # "the ministry's Thursday
            # statement": the ministry, on Thursday; "a Moroccan Ministry of Interior statement"
        else:
            tail_day = None
        when = _FRAME_DAY_RE.search(x) or tail_day  # "according to the army Sunday evening"
        x = x[: when.start()] if when else x
        when = when or owned_by_day
        x = _RELEASED_END_RE.sub("", x)  # "government figures released (on Friday)": the figures
        if frames.quoting_outlet(sentence, m) or no_speaker.breakdown(m, x):
            continue  # "was quoted as saying by AP", "cited a lack", "the toll by province"
        if DAY_RE.match(x) or not x.strip() or not source_like(m.group(), x):
            continue  # "recorded by June 7", "based on the destroyed districts", "the latest data"
        if frames.not_a_source(m.group()[: m.start("x") - m.start()], x):
            continue  # "the first figures from Wenchuan": where they come from, not who
        day = when.group(1) if when else cut_day and cut_day.group("phrase")
        day = day or after_day(sentence, m.end())
        day = day or frames.released_as_of(sentence, m.start(), m.end())  # "by X as of 30 April"
        published = PUBLISHED_RE.search(sentence, m.end(), m.end() + 90)
        published = published or PUBLISHED_RE.search(sentence, m.start(), m.end())
        x, at = self_named(sentence, m.end("x"), x) or (x, at)  # "... who identified himself as"
        raw.append((m.start(), x, at, day or (published and published.group("phrase")), True, None))
    raw.extend(frames.passive_by(masked, sentence))  # "This was announced ... by X"
    headline = _HEADLINE_SOURCE_RE.match(sentence)  # "UN: At least 3,000 people killed"
    if headline and known_source(headline.group("x")):
        raw.append((0, headline.group("x"), 0, None, True, None))
    tagged = None if _SAY_RE.search(sentence) else dash_tag(sentence)
    if tagged:  # "Two killed by Russian shelling in Donetsk - governor"
        raw.append((tagged.start("x"), tagged.group("x"), tagged.start("x"), None, False, None))
    opening = OPENING_DAY_RE.match(sentence)
    opening_occasion = OCCASION_DAY_RE.match(sentence)
    framed = [(min(r[0], r[2]), r[2] + len(r[1])) for r in raw if r[4]]  # frame to its name
    for match in _SAY_RE.finditer(sentence):
        if any(a <= match.start() < b for a, b in framed):
            continue  # "According to media reports, 23 people": the frame's words
        window = max(0, match.start() - 200)  # a subject is never longer: linear in the text
        head = DATE_ASIDE_RE.sub(" ", sentence[window : match.start()])  # "on Saturday (Feb 26)"
        noun = match.group() == "report" and not frames.verb_report(sentence, *match.span())
        if noun:  # "an updated report", "the situation report": the noun
            continue
        if not_a_statement(sentence, match.group(), *match.span()):
            continue  # "since Israel declared war"; "in West Bengal and Odisha states."
        if a_modifier(sentence, match.group(), match.end(), head):
            continue  # "floods claimed 116 lives", "people confirmed killed": no speaker
        participle = match.group().endswith("ing") and sentence[: match.start()][-3:] != "as "
        if participle and any(r[0] < match.start() for r in raw):
            continue  # "IOM said it was concerned about ... around Goma adding": IOM's still
        by = _BY_RE.match(sentence, match.end()) and "quoted" not in match.group()
        able = match.group() in ("confirm", "verify")  # "was able to confirm": not passive, nor
        able = able or match.group().endswith("ing")  # "OHCHR is reporting that": progressive
        if by or (_PASSIVE_RE.search(head[-40:]) and not able):
            continue  # "documented by the Observatory", "are believed to": no speaker here
        day = after_day(sentence, match.end()) or object_day(sentence, match.group(), match.end())
        aside = ASIDE_DAY_RE.search(head[-90:])  # "The ministry, in a statement on Wednesday,"
        if aside:
            given = aside.group("phrase", "before", "released", "bare", "word")
            day = day or next(filter(None, given), None)
            head = head[: len(head) - len(head[-90:]) + aside.start()] + " "
        head, day = frames.before_quoted_by(head, day) if match.group() == "saying" else (head, day)
        issued = frames.issued_by(head)  # "A report issued Thursday by OCHA estimated": OCHA
        subject, at, org = (*issued[:2], None) if issued else read_subject(head, match.group())
        day, at = day or (issued and issued[2]), at + window
        share = sentence[match.end() : match.end() + 30]  # "Sindh has reported 678, KPK 306"
        unsaid = subject and (document_only(subject) or no_speaker.unsaid(match.group(), subject))
        if unsaid or (subject and place_share(subject, match.group(), share)):  # "The city saw"
            continue  # "Initial assessments indicate": the report's author states it
        if subject and head.rstrip().endswith(",") and named_after(sentence, *match.span()):
            subject = None  # "in Bor, a city that ..., said Toby Lanzer": Lanzer
        if subject:
            lead = LEAD_DAY_RE.search(sentence, at, match.start())  # "MSF on Wednesday called"
            if lead and not day and not relative_day(sentence, at, lead.start()):
                day = lead.group(lead.lastindex)
            subject = TRIM_RE.sub("", TRIM_RE.sub("", subject)).rstrip(" -–—")
            if opening and not day and not any(not r[4] for r in raw):
                day = opening.group("phrase")  # "On Thursday, the IOM reported that"
            if opening_occasion and not day:
                day = opening_occasion.group("phrase")  # "In a statement yesterday the WFP said"
            day = day or clause_day(sentence, at)  # "..., but Monday, the UN said"
            raw.append((match.start(), subject, at, day, False, org))
        elif _TOLD_RE.fullmatch(match.group()):
            continue  # '"...," Bassal, spokesman for ..., told AFP': AFP only listened
        elif (
            (before := _DAY_BEFORE_VERB_RE.search(sentence, 0, match.start()))  # ", today said X"
            or re.search(r"[,\"”'’]\s*$", head)
            or match.end() == len(sentence.rstrip(". "))
        ):
            if said := inverted(sentence, masked, match, day or (before and before.group(1))):
                raw.append(said)
    raw.extend(acts(sentence))  # "WFP has reached 618,000 people": its own count
    raw.extend(documented(sentence))  # "the casualties which SOHR managed to document"
    return tuple(sorted(raw, key=lambda item: item[0]))
