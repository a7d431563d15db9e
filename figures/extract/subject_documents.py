"""Subjects that are a document or its data ("Initial rapid assessments indicate", "New figures
show"): no body named, so the text's author states the figure."""

import re

from figures.extract.skim import compiled

_DOCUMENT_RE = compiled(  # "Initial multi-sectoral rapid assessments (MSRAF)": a document;
    r"^[^\w(]*(?:(?:the|The|[A-Z][a-z]+|U\.S\.)\s+)?(?:[a-z][\w-]*\s+){0,4}(?:assessments?"
    r"|surveys?|stud(?:y|ies)|analys[ie]s|findings|projections|estimates|figures|data|statistics"
    r"|information|counts|numbers"
    r"|observations|photos|images)(?:\s*\(?\s*[A-Z]{2,8}\s*\)?)?"  # "the latest data released
    r"(?:\s+(?:and|or)\s+[a-z][\w\s-]*"
    r"|\s+(?:released|published|issued|compiled|collected|gathered)\s+[a-z\s]*)?$"
)  # here", "direct observations and interviews with key informants": no body named


_EARLY_RE = compiled(
    r"(?i)(?:the\s+|these\s+)?(?:initial|preliminary|early)\s+reports?"
    r"|(?:various\s+|unconfirmed\s+|local\s+)?reports\s+(?:coming\s+)?(?:out\s+)?(?:of|from)"
    r"\s+(?-i:[A-Z])[\w\s'’-]*"  # "Reports coming out of Burkina Faso have confirmed"
    r"|(?:newly|recently|previously|initially|officially|finally|currently)"  # "Newly released
)  # data reveals": the participle's adverb, no one


def document_only(subject: str) -> bool:
    """A document or its data with no body named in it ("Initial rapid assessments indicate",
    "New figures show"): not who stated the figure; the text's author did."""
    return bool(_DOCUMENT_RE.match(subject.strip()) or _EARLY_RE.fullmatch(subject.strip()))


def unowned(x: str) -> bool:
    """ "according to the latest data released here": data no one is said to own ("official
    figures" and "other sources" name whose, as a kind)."""
    return document_only(x) and not re.search(r"\b(?:official|government|sources?)\b", x)
