"""Whether a reporting verb's words are a statement at all: "since Israel declared war" is an
act, "The new estimate" a noun, "for fear of" a cause, "could not confirm" a denial."""

from figures.extract.numbers import COUNT_WORDS
from figures.extract.said_on import TOLL_OBJECT
from figures.extract.skim import compiled

_NOT_A_STATEMENT_RE = compiled(  # "since Israel declared war": an act, not a statement
    r"\s+(?:war|victory|independence|(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:state|emergency|ceasefire"
    r"|truce|curfew))\b"
)
_END_RE = compiled(r"\s*(?:[.,;)]|$)")
_SET_TOLL_RE = compiled(TOLL_OBJECT)
_TOLL_BEFORE_RE = compiled(r"\b(?:toll|casualty|population|damage)\s+$")
_OPENING_NOUN_RE = compiled(  # "The new estimate", "Early estimates put it at": the noun
    r"\s*(?:(?:The|A|An)\s+(?:[a-z-]+\s+){1,2}|(?:Early|Initial|Preliminary|Latest|Official"
    r"|Unofficial|New|Other|Some)\s+)"
)
_NOUN_BEFORE_RE = compiled(  # a determiner or adjective: "the stricken states", "a new estimate"
    r"(?i)\b(?:the|a|an|these|those|its|their|his|her|our|this|that|new|previous|latest|official"
    r"|initial|earlier|current|preliminary|stricken|affected|other|several|both|all|many|member"
    r"|neighbou?ring|southern|northern|eastern|western|federal|conservative|rough|best)\s+$"
)


_STATES_AFTER_RE = compiled(r"\s+(?:of|since|and|in|where|across|along|bordering|hit)\s")
_PAIR_BEFORE_RE = compiled(r"\band\s+(?:[A-Z][\w-]*\s+){1,3}$")  # "Jonglei and Upper Nile states"
_AS_VERBED_RE = compiled(r"\s*(?i:as)\s+")
_REPORTING_SPAN_RE = compiled(r"\s+(?:period|cycle|date|week|month|round|timeframe)\b")
_ADDING_RE = compiled(r",\s*adding|adding\s+that\b")
_PLURAL_NOUN_RE = compiled(r"\b(?:amid|of|despite|following|about|from|their|its|our|any)\s+$")
_REPORTS_NOUN_RE = compiled(
    r"\b(?:received|receiving|fresh|new|latest|initial|preliminary|unconfirmed|conflicting"
    r"|recent|further|several|many|these|those|such|scrutini[sz]ed|examined|reviewed|analy[sz]ed"
    r"|studied|gathered|collected|compiled|cited|citing|verified|checked)\s+$"
)


_GAVE_COUNT_RE = compiled(  # "gave a toll of", "gave the figure", "gave no breakdown"
    r"\s+(?:[\w’'\"“”-]+\s+){0,4}?[\"“]?(?:toll|figures?|numbers?|estimates?|count|tally"
    r"|breakdown|details|update|statement|briefing|account|casualty)"
)


def not_a_statement(sentence: str, verb: str, start: int, end: int) -> bool:
    """ "since Israel declared war": an act; "in West Bengal and Odisha states.", "in the
    stricken states to", "The new estimate": the noun."""
    if _AS_VERBED_RE.fullmatch(sentence, 0, start):
        return True  # "As indicated earlier on, ...": the writer's aside, no speaker
    if verb == "described" and _AS_VERBED_RE.match(sentence, end):
        return True  # "Armed men described as jihadists raided": who they are, no statement
    if verb.endswith("s") and _PLURAL_NOUN_RE.search(sentence, max(0, start - 12), start):
        return True  # "amid reports of heavy bombardment", "due to lack of documents": nouns
    if verb == "reporting" and _REPORTING_SPAN_RE.match(sentence, end):
        return True  # "during the reporting period": a span of time, no one reporting
    if verb == "adding" and not _ADDING_RE.search(sentence, max(0, start - 3), end + 6):
        return True  # "Winter conditions adding to hardships": no one adds words
    if verb in ("reports", "report") and _REPORTS_NOUN_RE.search(
        sentence, max(0, start - 30), start
    ):
        return not sentence.startswith(" that", end)  # "received fresh reports on": the
        # noun; "UNHCR received reports that": what UNHCR learned
    if verb == "called" and sentence.startswith((" in ", " off ", " up "), end):
        return True  # "figures called in by officials", "called off the search": no words
    if verb == "set":  # "set fire to", "set up camps": acts; "set the toll at 2,011": a statement
        return not _SET_TOLL_RE.match(sentence, end)
    body = verb == "estimates" and _BODY_BEFORE_RE.search(sentence, max(0, start - 30), start)
    if (
        verb.startswith("estimate")
        and not body  # "The agency estimates that": the agency's statement
        and (
            _OPENING_NOUN_RE.fullmatch(sentence, 0, start)
            or _TOLL_BEFORE_RE.search(sentence, 0, start)
        )
    ):
        return True  # "The new estimate, far above ...", "its death toll estimates": the noun
    if verb == "states":  # "the stricken states", "the Indian states of Tamil Nadu": the noun
        return bool(
            _NOUN_BEFORE_RE.search(sentence[max(0, start - 30) : start])
            or _END_RE.match(sentence, end)
            or _STATES_AFTER_RE.match(sentence, end)  # "the Indian states of", "states since"
            or _PAIR_BEFORE_RE.search(sentence, max(0, start - 50), start)  # "Unity and Jonglei"
        )
    if verb in ("project", "projects") and _PROJECTS_NOUN_RE.match(sentence, end):
        return True  # "humanitarian projects implemented by", "projects in Darfur": the noun
    if verb == "accused" and sentence.startswith(" of ", end):
        return True  # "elderly residents accused of witchcraft": what they were charged with
    if verb in ("gave", "give", "gives") and not _GAVE_COUNT_RE.match(sentence, end):
        return True  # "a deal gave thousands of civilians safe passage": an act, not a count
    if verb in ("confirm", "verify") and not _ABLE_BEFORE_RE.search(sentence, 0, start):
        return True  # "could not confirm", "to confirm the toll": only "was able to confirm"
    if verb in ("confirm", "verify") and _END_RE.match(sentence, end):
        return True  # "the incidents the UN has been able to verify, ...": no count of its own
    if (
        verb.endswith("ed")
        and _DATA_NOUN_AFTER_RE.match(sentence, end)
        and _ADJECTIVE_LEAD_RE.search(sentence, max(0, start - 8), start)
    ):
        return True  # "While verified information is scarce": an adjective, no one verifies
    if verb.startswith(("present", "unveil")) and not _PRESENTED_DOCUMENT_RE.match(sentence, end):
        return True  # "presented to the public four insurgents": people shown, not figures given
    if verb in ("fear", "fears") and _FEARED_THING_RE.match(sentence, end):
        return True  # "civilians fear fleeing", "Jordan fears a new influx": afraid, no words
    if verb in ("fear", "fears") and _FEAR_NOUN_BEFORE_RE.search(
        sentence, max(0, start - 8), start
    ):
        return True  # "fled for fear of new attacks", "closed since April out of fear that"
    if verb == "told" and _ALL_TOLD_RE.search(sentence, max(0, start - 5), start):
        return True  # "All told, militia fighters killed at least 66": in all, no one told
    if verb == "called" and _NAMED_PLACE_BEFORE_RE.search(sentence, max(0, start - 30), start):
        return True  # "in an area called Gawaya": its name, no one called
    if verb == "found" and _FOUND_PLACE_RE.match(sentence, end):
        return True  # "some have found refuge with relatives": where they went, not a finding
    return verb == "declared" and bool(_NOT_A_STATEMENT_RE.match(sentence, end))


_PRESENTED_DOCUMENT_RE = compiled(  # "presents the appalling figures", "unveiled its annual report"
    r"\s+(?:the|its|their|his|her|a|an|new|these|latest)\s+(?:[\w-]+\s+){0,3}?(?:figures|report"
    r"|data|results|findings|toll|count|tally|numbers|statistics|estimates?|assessment|survey"
    r"|study|review|analysis|bulletin)\b"
)
_FEARED_THING_RE = compiled(r"\s+(?:[a-z]+ing\b|an?\s)")  # a gerund or a thing, not a clause
_FEAR_NOUN_BEFORE_RE = compiled(r"\b(?:for|of|in)\s+$")  # "out of fear that": a cause
_ALL_TOLD_RE = compiled(r"(?:^|[^\w\s])\s*(?i:all)\s+$")
_NAMED_PLACE_BEFORE_RE = compiled(  # "an area called", "a village called": a name given
    r"\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:area|place|village|town|city|district|camp|region"
    r"|neighbou?rhood|locality|site|group|militia|movement|operation|river|valley|settlement)\s+$"
)
_PROJECTS_NOUN_RE = compiled(  # what follows works, not words: a participle, a preposition
    r"\s*(?:[,.;)]|(?:[a-z]+ed|run|in|for|of|across|under|with|worth|including|aimed|and)\b)"
)
ABLE_TO = r"(?:able\s+to|could|can|managed\s+to)"  # "was able to confirm", "could verify"
_ABLE_BEFORE_RE = compiled(rf"(?<!\bun)\b{ABLE_TO}\s+(?:independently\s+)?$")
_BODY_BEFORE_RE = compiled(
    r"\b(?:agency|ministry|office|organi[sz]ation|group|army|government|mission|committee"
    r"|monitor|observatory|authority|authorities|charity|council|commission|department"
    r"|community)\s+$"
)
_DATA_NOUN_AFTER_RE = compiled(
    r"\s+(?:information|reports?|figures|data|cases|numbers|accounts|deaths|casualties)\b"
)
_ADJECTIVE_LEAD_RE = compiled(
    r"(?:^|\b(?:[Ww]hile|[Tt]he|[Aa]n?|of|with|[Nn]o|any|some|more|by|on|in|[Tt]hese)\s+)$"
)
_FOUND_PLACE_RE = compiled(
    r"\s+(?:(?:a|their|temporary)\s+)?(?:refuge|shelter|safety|sanctuary|asylum|homes?|work"
    r"|jobs?|themselves)\b"
)


_PARTICIPLES = set("confirmed reported believed feared estimated recorded found repeated".split())
_PARTICIPLES |= {"expected", "thought", "alleged", "registered", "documented", "verified"}
_TO_BE_RE = compiled(r"\s+to\s+(?:be|have)\b")
_ING_NOUN_BEFORE_RE = compiled(r"\b(?:little|no|without|any|advance|early|prior|much)\s+$")
_TALLY_END_RE = compiled(r"\b(?:toll|tally|figures?|count|total|number)\s+$")
_ARTICLE_END_RE = compiled(  # "four alleged insurgents", "the reported deaths": an adjective
    r"\b(?:the|an?|its|their|these|those|this|that|of|among|all|any|every|each|other|several"
    rf"|first|last|latest|previous|initial|preliminary|\d(?:[\d,]*\d)?|{COUNT_WORDS})\s+$"
)
_STATE_RE = compiled(  # "people confirmed killed"; "the youngest confirmed death": an adjective
    r"\s+(?:to\s+(?:be|have)\s+)?(?:dead|killed|missing|injured|wounded|alive|so far|displaced)\b"
    r"|\s+(?:deaths?|cases?|infections?|fatalit(?:y|ies)|casualt(?:y|ies)|killings?|victims?"
    r"|recoveries|dead)\b"
)
_CLAIMED_LIVES_RE = compiled(
    r"\s+(?:(?:the\s+)?lives|(?:(?:at least|more than|over|nearly|about|some|up to)\s+)?\d)"
)


def a_modifier(sentence: str, verb: str, end: int, head: str) -> bool:
    """The verb's word names no statement: a toll ("floods claimed 116 lives"), a participle as
    an adjective ("people confirmed killed", "the estimated number"), a gerund as a noun ("with
    little warning")."""
    if verb.startswith("claim") and _CLAIMED_LIVES_RE.match(sentence, end):
        return True  # "floods claimed at least 116 lives": a toll, not a statement
    if (
        verb in _PARTICIPLES
        and (
            _STATE_RE.match(sentence, end)  # "people confirmed killed": a state
            or _TO_BE_RE.match(sentence, end)  # "a boat believed to be carrying"
            or _ARTICLE_END_RE.search(head[-8:])  # "raises the estimated number"
            or _TALLY_END_RE.search(head[-12:])  # "The last death toll reported on Monday was"
        )
    ):
        return True
    return verb.endswith("ing") and bool(_ING_NOUN_BEFORE_RE.search(head[-14:]))
