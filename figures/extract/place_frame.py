"""A speaker's frame between a figure and a place after it ("..., citing China's state media"):
the place is the frame's, where the speaker is, not the figure's."""

from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_FRAME_RE = compiled(  # "..., citing China’s state media": where the speaker is, not the figure
    r"\b(?:citing|cited|according\s+to|quoted)\b"
    r"|[,.!?][\"”’]?\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|told|added|stated)\b"  # "..., the
    # spokesman said"; '... to twenty-one," said X, a Red Crescent worker in Tripoli'
    rf"|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}},\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:{alternation(WORDS['source']['roles'])})\b"  # ", Jules Ngongo, a spokesperson for
)  # Ituri’s military governor": the speaker's place


def framed(text: str, start: int, end: int) -> bool:
    """A speaker's frame stands between the figure and the place ("..., citing China's state
    media"), and the place is the frame's, not back in the event's ("according to the army, in
    an attack in Falangoutou"). A bounded look, so a sentence with many places stays linear."""
    frames = list(_FRAME_RE.finditer(text, start, min(end, start + _FRAME_REACH)))
    return bool(frames) and not _RESUMED_RE.search(text, frames[-1].end(), end)


_FRAME_REACH = 300


def may_frame(text: str, start: int) -> bool:
    """Whether _FRAME_RE can match in the characters framed reads after START: each of its ways
    needs words a window without them lacks ("citing", two commas, a comma or stop and "said"),
    and no window of a place is longer. Asked once per figure, not once per place."""
    window = text[start : start + _FRAME_REACH]
    if "cit" in window or "according" in window or "quoted" in window or window.count(",") > 1:
        return True
    said = "said" in window or "says" in window or "told" in window or "added" in window
    stop = "," in window or "." in window or "!" in window or "?" in window
    return (said or "stated" in window) and stop  # _FRAME_RE's verbs, and a stop before them


_RESUMED_RE = compiled(r",\s+(?:in|at|on|near)\s")
