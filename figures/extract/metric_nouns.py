"""The class of what a number counts, read from the words after it or a "number of X" before."""

import re
from functools import lru_cache

from figures.extract import metric_cues as cue
from figures.extract.skim import compiled

_ANYONE = {"individuals", "men", "people", "persons", "youths"}


_OF_WHOM_RE = compiled(r"^\s*of\s+(?:whom|them)\s+(?:are|were)\s+(?=children\b)")
_OUTCOME_ALONE_RE = compiled(r"\s*(?:dead|wounded|injured|missing|killed|hurt)\s*[,;]")
_WITH_ADULTS_RE = compiled(
    r"\b(?:children|minors|kids)\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
    r"(?:women|men|adults|elderly|parents)\b"
)
_NEXT_VERB_RE = compiled(r"\s*[,;]\s*(?:and\s+)?[a-z]+(?:ed|ing)\b")  # "killed 30, destroyed homes"


# verbs, never an adjective before the noun as "displaced" may be: a headline's present tense,
# and "2,500 fled their homes" (not homes counted)
_VERBS = {"flee", "flees", "die", "dies", "drown", "drowns", "escape", "escapes", "arrive"}
_VERBS |= {"fled", "died", "perished", "drowned", "lost"}  # "58,000 lost their homes"


@lru_cache(maxsize=4096)
def counted_noun(after: str) -> str | None:
    """The class of the counted noun just after the number ("dozens of Syrian soldiers")."""
    if _OUTCOME_ALONE_RE.match(after) or _NEXT_VERB_RE.match(after):
        return None  # "left 21 dead, homes and businesses burned": the dead, not the homes
    after = _OF_WHOM_RE.sub(" ", after, count=1)  # "20,000 of whom are children": children
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*", after)[:7]
    for index, token in enumerate(tokens[:6]):
        if token.isupper() and len(token) > 1:
            continue  # IS militants, US troops
        token = token.lower()
        if token == "armed" and {"men", "individuals"} & set(tokens[index + 1 : index + 3]):
            return "fighters"  # "500 armed men attacked the district": attackers (M7)
        if tokens[index + 1 : index + 2] == ["attacking"] and token in _ANYONE:
            return "fighters"  # "around 20 individuals attacking the village": attackers (M7)
        if token == "members" and index and all(t[:1].isupper() for t in tokens[:index]):
            return "fighters"  # "1,500 ISIS members", "30 Maute members": a named group's (M7)
        if token == "members" and tokens[index + 1 : index + 3] == ["of", "the"]:
            armed = counted_noun(" " + " ".join(tokens[index + 3 :]))  # "members of the forces"
            if armed in ("fighters", "military"):
                return armed
        if token in cue.NOUNS or token.split("-")[-1] in cue.NOUNS:
            head = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if cue.NOUNS.get(head) in ("thing", "area") and _compound(after, tokens[index], head):
                return cue.NOUNS[head]  # "two existing refugee camps": camps, not refugees
            counted = cue.NOUNS.get(token) or cue.NOUNS[token.split("-")[-1]]
            if counted == "children" and _WITH_ADULTS_RE.search(after[:60]):
                return "people"  # "thousands of children, women and men": not children alone
            return counted
        if token in cue.STOP or (index and token in cue.EVENT_WORDS) or token in _VERBS:
            return None  # "700 worshippers perished when mosques crumbled": not the mosques;
            # "Thousands flee following air strikes": not the strikes
    return None


def _compound(after: str, word: str, head: str) -> bool:
    """WORD then HEAD as one noun ("refugee camps"), not two ("211 people, hospitals said")."""
    return bool(re.search(rf"(?i:{re.escape(word)})[\s-]+(?i:{re.escape(head)})\b", after))


@lru_cache(maxsize=4096)
def counted_noun_before(before: str) -> str | None:
    """The counted noun named before the number: "the number of refugees has passed 1 million"
    (not "the toll of the earthquakes": what killed, while a toll counts the dead)."""
    matches = re.findall(r"\b(?:number|total) of ((?:[A-Za-z-]+\s+){0,3})", before)
    return counted_noun(" " + matches[-1]) if matches else None
