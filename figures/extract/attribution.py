"""The source of each figure over a whole text: its sentence, its quotation, then its paragraph."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property

from figures.extract import attribution_choice as choice
from figures.extract.attribution_forward import cataphora, forward, relayed_days
from figures.extract.attribution_kin import kin_day, kin_of_later, longer_name_day
from figures.extract.attribution_links import coreferent
from figures.extract.attribution_names import (
    AgencyIndex,
    as_voice,
    first_person_voice,
    named_voice,
    outlet,
    producer_voice,
    release_voice,
    said_last,
)
from figures.extract.attribution_quotes import (
    QUOTE_REACH,
    quote_spans,
    quote_speaker,
    unsigned_quotes,
)
from figures.extract.attribution_spelling import day_keys, full_names, respelt
from figures.extract.attribution_voice import (
    briefing_days,
    declared_today,
    for_body,
    not_carried,
    single_voice,
    we_statements,
)
from figures.extract.dates import relative_date
from figures.extract.numbers import COUNT_START, Mention
from figures.extract.sentences import paragraph_numbers
from figures.extract.skim import compiled
from figures.extract.source import Attribution, attributions
from figures.extract.source_notes import SourceNotes
from figures.names import source_key

_DIGIT_RE = compiled(COUNT_START)  # a count in digits or in words: "three people lost their lives"
_THAT_RE = compiled(r"\bthat\b")
_SAID_RIGHT_BEFORE_RE = compiled(  # "X said the UNHCR registered": the UNHCR, in X's words
    r",?\s*(?:said|says|stated|announced|added|noted|explained|told\s+[\w\s]{1,30}?)\s+"
)
_TODAY_RE = compiled(r"\b(?:as of )?today\b", re.IGNORECASE)


class Attributor:
    """Reads every sentence's attributions once, in order, so pronouns resolve to what came
    before; then answers, for a figure, who said it and on which day."""

    def __init__(self, text: str, spans: list[tuple[int, int]], published_on: str | None):
        self.text, self.spans = text, spans
        self.starts = [start for start, _ in spans]
        self.declared = declared_today(text, published_on)  # "As of today, 18th March, 2023"
        self.today = relative_date("today", published_on) or self.declared
        self.today_in: dict[int, bool] = {}
        history: list = []
        agencies = AgencyIndex(text)
        self.by_sentence = [
            attributions(text[a:b], a, history, published_on, agencies, text) for a, b in spans
        ]
        forward(self.by_sentence)
        coreferent(self.by_sentence, text)
        cataphora(self.by_sentence, text)
        respelt(self.by_sentence)  # "Eugene Vamalwa said ... Vamalva said": one person
        self.full = full_names(self.by_sentence)
        relayed_days(self.by_sentence, text, spans, published_on)  # "ARY News reported Monday"
        everything = [attr for attrs in self.by_sentence for attr in attrs]
        self.quotes = quote_spans(text)
        self.quote_starts = [a for a, _ in self.quotes]
        said_at = [a.pos for a in everything]
        self.speakers = [  # only the attributions near a quotation can be its speaker's
            quote_speaker(
                span,
                text,
                everything[
                    bisect_left(said_at, span[0] - 60) : bisect_right(
                        said_at, span[1] + QUOTE_REACH
                    )
                ],
            )
            for span in self.quotes
        ]
        unsigned_quotes(text, self.quotes, self.speakers, everything)
        self.paragraph_of = paragraph_numbers(text, spans)
        self._lead_found: dict[int, Attribution | None] = {}  # _carried's, per paragraph
        self.notes = SourceNotes(text)
        produced = producer_voice(text)  # a report's paragraphs are its own, not wire copy's
        if produced:  # "what was said by UNHCR spokesperson X ...": X, its voice, says it too
            for attrs in self.by_sentence:
                attrs[:] = [as_voice(a, produced) for a in attrs]
            everything = [attr for attrs in self.by_sentence for attr in attrs]
        we = produced or first_person_voice(text, self.quotes) or release_voice(text)
        we = we or named_voice(text)
        self.we = Attribution(we[1], we[0], None, we[1], we[2]) if we else None
        for index, pos, day in we_statements(text, self.starts, self.quotes, we, published_on):
            said = Attribution(pos, we[0], day, we[1], we[2])  # "we said ... today": the voice
            self.by_sentence[index] = sorted([*self.by_sentence[index], said], key=_at)
            everything = sorted([*everything, said], key=_at)
        self._neighbours(carry_over=produced is None)
        self.voice = single_voice(everything)
        self.dated = [a for a in everything if kin_of_later(a) and a.day and len(a.day) == 10]
        self.dated_positions = [a.pos for a in self.dated]
        self.days = {  # each source's day, and where it was first stated ("UNHCR fears ...":
            key: (day, 0) for key, day in briefing_days(text, self.declared).items()
        }  # the note's day)
        for attr in everything:  # one statement per source and text: its day, once stated
            own, org = (
                day_keys(attr, text, stating=True),
                [source_key(attr.org)] if attr.org else [],
            )
            day = attr.day if attr.day and len(attr.day) == 10 else None
            if not day and attr.person:  # a spokesman speaks on the day his agency did
                day = next((self.days[k][0] for k in org if k in self.days), None)
            if not day:  # "the UN said Thursday ... UN OCHA reported", its spokesperson named next
                day = kin_day(attr, text, self.dated, self.dated_positions)
            for key in own + org if day else ():
                self.days.setdefault(key, (day, attr.pos))  # a spokesman's day is his agency's

    def for_mention(self, index: int, mention: Mention) -> Attribution | None:
        """Its sentence's attribution, else its quotation's speaker, else the paragraph's."""
        found = choice.choose(self.by_sentence[index], mention, self.text, self.spans[index][1])
        quoted = self._quoted(mention)
        if found is None and quoted:
            found = quoted[0]  # a quotation without a speaker is nobody's we can name
            if found is None:  # unless the text speaks as one body: a statement all in quotes
                return self._dated(self.voice or self.we or self._quoted_voice, index)
        if found is None and not quoted:
            note = self.notes.covering(mention.start)  # "Source: DSWD DROMIC" under a table
            found = Attribution(note[1], note[0], None, note[1], note[2]) if note else None
            found = found or self._carried(index)
            if found and not found.day and self.declared:  # a report that dates itself
                found = replace(found, day=self.declared)  # states its figures that day
            chain = self.chain[index]  # a paragraph goes on from one that went on
            voice = self.voice or self.we  # the text's one voice says what no one else does,
            if found is None and voice and not _same(chain, voice):  # on the day the report
                day = self.declared  # dates itself, else the day the voice stated before
                return replace(voice, day=day) if day else self._dated(voice, index)
            found = found or chain  # or a paragraph goes on from its dated words
            if found is None:
                return None
        found = self._dated(found, index)
        speaker = quoted[0] if quoted else None
        inside = quoted and self._quoted_at(found.pos) if found else None
        named = found and speaker and choice.cites_other_body(self.text, found, speaker)
        far = found and inside and speaker and not self._quoted_at(found.start)  # "we" named afar
        if found and (found.source == "I" or (far and speaker.person and not found.person)):
            found = speaker  # '"... as I mentioned, we verified 8 deaths"': the quotation's
            # speaker, else no one the text names; '"we counted 19 dead," he added': the mayor
        if found and speaker and inside and choice.stance_in_quote(self.text, found, speaker):
            found = speaker  # '"The ICRC is appalled that 18 ...," said Dominik Stillhart'
        if found and found.frame and speaker and inside and not speaker.frame and not named:
            found = speaker  # '"... 12 people died, according to a preliminary toll," said a
            # resident': the resident
        if found is speaker:  # the quotation's speaker, dated when they spoke before
            found = self._dated(found, index)
        if found and speaker and found.day == self.today and speaker.day != self.today:
            if speaker.day and len(speaker.day) == 10:  # '"... data released today shows",
                found = replace(found, day=speaker.day)  # the release said': its day
        return found

    def _dated(self, found: Attribution | None, index: int) -> Attribution | None:
        """FOUND with its day, when it states none itself and one is known (see _day_of)."""
        if found is None or found.day:
            return found
        day = self._day_of(found, index) or self._host_day(found)
        return replace(found, day=day) if day else found

    def _day_of(self, found: Attribution, index: int) -> str | None:
        """The day of an undated attribution: its source's (or agency's) dated statement, the
        body's dated longer name, "today" in its sentence, or its agency's for a spokesperson."""
        keys = day_keys(found, self.text) + ([source_key(found.org)] if found.org else [])
        said_in = bisect_right(self.starts, found.pos) - 1  # the sentence it was said in
        today = self.today and (self._says_today(index) or self._says_today(said_in))
        # or his agency's; not a day stated after it when its sentence says today: "This is what
        # he admitted today" stays today though "Smirnov admitted on Wednesday" comes later
        stated = [self.days[k] for k in keys if k in self.days]
        day = next((day for day, at in stated if not (today and at > found.pos)), None)
        day = day or longer_name_day(found, self.dated, self.dated_positions)
        if not day and today:
            day = self.today  # "between 07:00 and 22:00 today (17 May), there were"
        if not day:  # a spokesperson, minister or agency of the body dated before
            day = kin_day(found, self.text, self.dated, self.dated_positions)
        full = self.full.get(found.source.lower()) if not day and found.person else None
        if full and full.pos < found.pos:  # "Dujarric reported": as "spokesperson Stephane
            day = self._day_of(full, index)  # Dujarric" did, before
        return day

    def _host_day(self, found: Attribution) -> str | None:
        """The day of the statement that carries FOUND's words (D1): "Citing the IOM, Dujarric
        reported that ...", "he reported that UNICEF has reached ...", "Briefing correspondents
        on Monday, X said the UNHCR registered 160,000": the reporter's day."""
        said_in = bisect_right(self.starts, found.pos) - 1
        for host in self.by_sentence[said_in] if said_in >= 0 else ():
            if host.frame or outlet(host) or host.source == found.source:
                continue
            between = self.text[min(host.pos, found.pos) : max(host.pos, found.pos)]
            if choice.NEW_CLAUSE_RE.search(between):
                continue  # "..., according to X, while activists reported": not X's day
            carried = _THAT_RE.search(between) or _SAID_RIGHT_BEFORE_RE.fullmatch(
                self.text, host.end, found.start
            )
            if found.frame or (host.pos < found.pos and carried):
                day = host.day or self._day_of(host, said_in)
                if day:
                    return day
        return None

    @cached_property
    def _quoted_voice(self) -> Attribution | None:
        """The body that says "we" inside the text's quotations ('"UNICEF condemns ... We are
        saddened"'): the voice of its quotations no one signs (read once: it reads the text)."""
        we = first_person_voice(self.text, [])
        return Attribution(we[1], we[0], None, we[1], we[2]) if we else None

    def _says_today(self, index: int) -> bool:
        if index not in self.today_in:
            self.today_in[index] = bool(_TODAY_RE.search(self.text, *self.spans[index]))
        return self.today_in[index]

    def _quoted_at(self, pos: int) -> bool:
        at = bisect_right(self.quote_starts, pos) - 1
        return at >= 0 and self.quotes[at][0] < pos < self.quotes[at][1]

    def _quoted(self, mention: Mention) -> tuple[Attribution | None] | None:
        """(its speaker,) when the figure stands inside a quotation, else None."""
        at = bisect_right(self.quote_starts, mention.start) - 1
        if at >= 0 and self.quotes[at][0] < mention.start < self.quotes[at][1]:
            return (self.speakers[at],)
        return None

    def _carried(self, index: int) -> Attribution | None:
        """The paragraph's attribution before it, else after it: a paragraph names its source
        once; a figure alone in its paragraph is the outlet's own (the analyst's to attribute)."""
        after = self.after[index]  # not a lay group after it ("The first arrivals said")
        found = self.before[index] or (None if not_carried(after, self.starts) else after)
        if found is None and self.paragraph_of[index] <= 1:  # the lead, attributed just after it
            number = self.paragraph_of[index]
            if number not in self._lead_found:  # the same for every figure of the paragraph
                self._lead_found[number] = self._lead_attribution(number)
            found = self._lead_found[number]
        return found

    def _lead_attribution(self, number: int) -> Attribution | None:
        """The lead's last source for the paragraph after it; else the first source of the
        paragraph after paragraph NUMBER, or of the one after that when the one between names
        none and counts nothing (by bisect: the numbers only grow)."""
        lead = self.by_sentence[: bisect_left(self.paragraph_of, 1)] if number == 1 else []
        if any(lead):  # "... HRW said. \n\n ... of which 71 were ... \n\n said Dufka": HRW's
            return said_last([a for attrs in lead for a in attrs])
        for ahead in (1, 2):
            later = bisect_left(self.paragraph_of, number + ahead)
            if later == len(self.paragraph_of) or self.paragraph_of[later] != number + ahead:
                return None
            if self.by_sentence[later]:
                return for_body(self.voice, self.by_sentence[later][0])
            if _DIGIT_RE.search(self.text, self.starts[later], self._paragraph_end(later)):
                return None
        return None

    def _paragraph_end(self, at: int) -> int:
        return self.spans[bisect_right(self.paragraph_of, self.paragraph_of[at]) - 1][1]

    def _neighbours(self, carry_over: bool) -> None:
        """For each sentence, the paragraph's last attribution before it (or, with CARRY_OVER,
        the previous sentence's across a paragraph break) and its first after it: one pass
        each way."""
        count = len(self.by_sentence)
        self.before: list[Attribution | None] = [None] * count
        self.after: list[Attribution | None] = [None] * count
        self.chain: list[Attribution | None] = [None] * count  # over unattributed paragraphs
        running, said, counted = None, False, False  # the paragraph names a source, a number
        for i in range(count):
            if i and self.paragraph_of[i] != self.paragraph_of[i - 1]:
                last = self.by_sentence[i - 1]
                running = said_last(last) if last and carry_over else None
                went_on = counted and not said and carry_over  # went on from the one before
                self.chain[i] = self.before[i - 1] or self.chain[i - 1] if went_on else None
                said, counted = False, False
            elif i:
                self.chain[i] = self.chain[i - 1]
            said = said or bool(self.by_sentence[i])
            counted = counted or bool(_DIGIT_RE.search(self.text, *self.spans[i]))
            self.before[i] = running
            running = said_last(self.by_sentence[i]) if self.by_sentence[i] else running
        running = None
        for i in range(count - 1, -1, -1):
            if i + 1 < count and self.paragraph_of[i] != self.paragraph_of[i + 1]:
                running = None
            self.after[i] = running
            running = self.by_sentence[i][0] if self.by_sentence[i] else running


def _same(one: Attribution | None, other: Attribution) -> bool:
    return one is not None and source_key(one.source) == source_key(other.source)


def _at(attr: Attribution) -> int:
    return attr.pos
