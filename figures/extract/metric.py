"""What a figure counts and what happened to it ("civilians ... trapped") -> a metric (3.4)."""

import re

from figures.extract.words import WORDS, alternation

_WORDS = WORDS["metric"]
NOUNS = {word: cls for cls, words in _WORDS["nouns"].items() for word in words}
UNITS = _WORDS["units"]
_STOP = set(_WORDS["stop"])
NOUN_LIKE = re.compile(rf"\s+(?!(?:{alternation(_WORDS['stop'])})\b)[a-z]{{3,}}")


def _object_pattern(near: list[str], earlier: list[str]) -> re.Pattern:
    """A verb at most two words before the number, or a phrase anywhere earlier in its clause."""
    options = [alternation(near)] if near else []
    if earlier:
        options.append(rf"(?:{alternation(earlier)})\b.*")
    return re.compile(rf"\b(?:{'|'.join(options)})\s+(?:\S+\s+){{0,2}}$")


# After the number the nearest event cue wins; a verb before it takes it as its object.
_EVENT_RE = [
    (name, re.compile(rf"\b(?:{alternation(cues)})\b")) for name, cues in _WORDS["events"].items()
]
_OBJECT_RE = [
    (name, _object_pattern(verbs["near"], verbs["earlier"]))
    for name, verbs in _WORDS["object_verbs"].items()
]
_REMAIN_RE = re.compile(rf"\b(?:{alternation(_WORDS['remaining'])})\b")
_WHOLE_RE = re.compile(
    r"\b(?:half|thirds?|quarters?|fifths?|most|many|majority|percent|%)"
    r"\s+of\s+(?:the|its|their)\s+$"
)
INHERIT_RE = re.compile(rf"\b(?:{alternation(_WORDS['inherit'])})\s+$")
OF_THEM_RE = re.compile(r"\s+of (?:them|whom|those)\b")


def counted_noun(after: str) -> str | None:
    """The class of the counted noun just after the number ("dozens of Syrian soldiers")."""
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]*", after)[:6]:
        if token.isupper() and len(token) > 1:
            continue  # IS militants, US troops
        token = token.lower()
        if token in NOUNS or token.split("-")[-1] in NOUNS:
            return NOUNS.get(token) or NOUNS[token.split("-")[-1]]
        if token in _STOP:
            return None
    return None


def counted_noun_before(before: str) -> str | None:
    """The counted noun named before the number: "the number of refugees has passed 1 million"."""
    match = re.search(r"\bnumber of ((?:\w+\s+){0,2})", before)
    return counted_noun(" " + match.group(1)) if match else None


def event_of(before: str, after: str) -> str | None:
    """What happened to what was counted: a verb taking the number, else the nearest cue after."""
    low_before, low_after = before.lower(), after.lower()
    if _WHOLE_RE.search(low_before):
        return None  # "two-thirds of the 20,000 residents have fled": the 20,000 did not all flee
    found = next((name for name, pattern in _OBJECT_RE if pattern.search(low_before)), None)
    if found is None:
        hits = [
            (m.start(), name) for name, pattern in _EVENT_RE if (m := pattern.search(low_after))
        ]
        found = min(hits)[1] if hits else None
    return found


def metric_for(noun: str | None, event: str | None, after: str) -> str | None:
    """What is counted and what happened to it, mapped to the built-in vocabulary (3.4)."""
    people = noun in (None, "people", "residents", "household", "family")
    if noun == "strike":
        return "airstrikes"
    if event in ("killed", "fled", "other", "remaining", "displaced"):
        return {
            "killed": "killed",
            "fled": "fled",
            "displaced": "displaced_in_population",
            "remaining": "civilians_remaining" if people else None,
        }.get(event)
    if event == "trapped":
        return {"children": "children_trapped", "fighters": "fighters"}.get(
            noun or "", "civilians_trapped"
        )
    if noun in ("fighters", "military", "residents"):
        return {"fighters": "fighters", "military": "military_personnel"}.get(
            noun, "civilians_remaining"
        )
    if re.search(r"\b(?:displaced|idps)\b", after.lower()[:40]):
        return "displaced_in_population"
    if _REMAIN_RE.search(after.lower()) and people and noun:
        return "civilians_remaining"
    return None
