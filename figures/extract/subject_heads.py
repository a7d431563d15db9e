"""Words between a subject and its reporting verb that name no one, taken out before the
subject is read: "in touch with sources", "on Facebook", ", also", a stray comma."""

from figures.extract.said_on import SOCIAL
from figures.extract.skim import compiled
from figures.extract.statements import ABLE_TO

_PERSON_ROLE_RE = compiled(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:the\s+)?[a-z]")
_ACRONYM_AFTER_RE = compiled(r"(?<=[a-z]),\s+[A-Z]{2,8},(?=\s*(?:has\s+|had\s+|have\s+)?$)")
_NOT_WHO_TAIL_RE = compiled(  # whom the speakers talk to, who set the body up: no part of who
    r"(?<=[a-z])\s+in\s+(?:touch|contact)\s+with\s+[^,;:\"“”]{1,80}$"  # they are ("sources close
    r"|(?<=[A-Za-z])\s+(?:formed|set\s+up|established|created|appointed)\s+by\s+[^,;:\"“”]{1,80}$"
)  # to X" stays as written); "the Committee formed by Prime Minister Hassan Khaire said"
_ADVERBS_AFTER_APPOSITION_RE = compiled(
    r"(?<=,)\s+(?:(?:also|later|then|further|again|earlier|previously|has|have|had)\s+)+$"
)
_ABLE_RE = compiled(  # "The Washington Times was able to confirm": the paper confirms
    rf"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?{ABLE_TO}\s*$"
)
_ADVERB_END_RE = compiled(  # "The Afghan defence ministry meanwhile said": the ministry
    r"(?<=[a-z])\s+(?:meanwhile|however|separately|subsequently|likewise)\s*$"
)
_RECEIVED_RE = compiled(  # "We have received reports that", "UNHCR heard reports of": who heard
    r"(?<=\w)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:received|heard|obtained)\s*$"
)
_AGE_AFTER_RE = compiled(r"(?<=[a-z]),\s+(?:aged\s+)?\d{1,3},\s*$")  # "survivor Gani Rama, 54,"
_GAVE_NAME_RE = compiled(  # "A doctor who gave his name as Ramadan told Reuters": Ramadan
    r"(?P<role>\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+,?\s+){0,4}?who\s+(?:gave|identified"
    r"|introduced)\s+(?:his|her|himself|herself)\s+(?:(?:first\s+)?name\s+)?(?:only\s+)?as\s+)"
    r"(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*,?\s*$)"
)
_ANSWERING_RE = compiled(  # "Martin Nesirky in response to reporters' questions on Friday said"
    r"\s+in\s+(?:a\s+)?(?:response|reply|answer)\s+to\s+(?:[\w'’-]+\s+){0,3}?questions?\b"
)
_ON_SOCIAL_RE = compiled(rf"\s+(?:on|via|in)\s+{SOCIAL}\s*$")
_NAME_THEN_COMMA_RE = compiled(  # "The National Emergency Management Agency (NEMA), says": a name
    r"^\s*(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on)?\s*[A-Z][\w'’.-]*){1,8}"
    r"(?:\s+\([A-Z][A-Za-z]{1,8}\))?)\s*,\s*$"
)
_GLOSS_RE = compiled(r",\s+or\s+[a-z]+(?:\s+[a-z]+)?,(?=\s)")  # a word explained in passing


def tidy_head(head: str) -> str:
    """HEAD, the words before a reporting verb, without what names no one in them."""
    head = _NOT_WHO_TAIL_RE.sub(" ", head)  # "Diplomats in touch with sources on all sides say"
    head = _ON_SOCIAL_RE.sub(" ", head)  # "Zelenskyy on Facebook said": Zelenskyy
    head = _ABLE_RE.sub(" ", head)
    head = _ANSWERING_RE.sub("", head)
    head = _ADVERB_END_RE.sub(" ", head)
    head = _RECEIVED_RE.sub(" ", head)
    head = _AGE_AFTER_RE.sub(" ", head)
    head = _GLOSS_RE.sub(lambda gloss: " " * len(gloss.group()), head)  # "woreda, or district,"
    if gave := _GAVE_NAME_RE.search(head):  # the role blanked, so offsets stay where they were
        head = (
            head[: gave.start()] + " " * len(gave.group()) + head[gave.end() :].rstrip(", ") + " "
        )
    if _PERSON_ROLE_RE.search(head):  # "Philippe Lazzarini, the head of the agency for
        head = _ACRONYM_AFTER_RE.sub(",", head)  # Palestinian refugees, UNRWA, has said": him
    head = _ADVERBS_AFTER_APPOSITION_RE.sub(" ", head)  # "A resident, X, also said": ", X,"
    stray = _NAME_THEN_COMMA_RE.match(head)  # a name, a comma, its verb: a stray comma
    return f"{stray.group('name')} " if stray else head
