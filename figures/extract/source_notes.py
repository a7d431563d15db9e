"""A situation report's "Source: X" line names who counted the figures of the section above it."""

import re
from bisect import bisect_right

from figures.extract.skim import compiled

_NOTE_RE = compiled(r"(?im)^[ \t]*(?:data\s+)?sources?\s*:[ \t]*(?P<x>[^\n]{2,120}?)[ \t.]*$")
_NOTE_TAIL_RE = compiled(  # "DSWD DROMIC Report No. 22", "OCHA, 3 May 2023", "IOM (as of June)"
    r"(?i)(?:[,;]?\s+(?:situation\s+|sit\s*)?(?:report|rep|sitrep|update|bulletin|dashboard)"
    r"(?:\s+(?:no\.?|number|#)\s*\d+)?\b.*|[,;]?\s*\(?\s*(?:as\s+(?:of|at)|dated|\d{1,2}\s+[A-Z][a-z]+)"
    r".*)$"
)
_HEADING_RE = compiled(  # "C. CASUALTIES", "SITUATION OVERVIEW", "Key figures"
    r"(?m)^[ \t]*(?:[A-Z0-9]{1,3}[.)]\s+)?[^\n.!?:]{1,60}[ \t]*$"
)


class SourceNotes:
    """Each "Source:" line and the stretch of text it covers: back to the previous note or the
    section's heading, whichever is nearer (found once per text)."""

    def __init__(self, text: str):
        self.spans: list[tuple[int, int, str, int, int]] = []
        notes = list(_NOTE_RE.finditer(text))
        if not notes:
            return
        headings = [m.end() for m in _HEADING_RE.finditer(text) if _heading(m.group())]
        previous = 0
        for note in notes:
            name = _NOTE_TAIL_RE.sub("", note.group("x")).strip(" ,;:-–—")
            at = bisect_right(headings, note.start()) - 1
            start = max(previous, headings[at] if at >= 0 else 0)
            if name and re.search(r"[A-Za-z]{2}", name):
                self.spans.append(
                    (start, note.start(), name, note.start("x"), note.start("x") + len(name))
                )
            previous = note.end()
        self.starts = [s[0] for s in self.spans]

    def covering(self, pos: int) -> tuple[str, int, int] | None:
        """(name, start, end) of the note whose section holds POS, else None."""
        if not self.spans:
            return None
        at = bisect_right(self.starts, pos) - 1
        if at < 0 or not self.spans[at][0] <= pos < self.spans[at][1]:
            return None
        return self.spans[at][2:]


def _heading(line: str) -> bool:
    """A short line with no sentence in it: mostly capital letters or a numbered title."""
    words = line.split()
    if not words or len(words) > 8 or re.match(r"\s*(?:data\s+)?sources?\s*:", line, re.I):
        return False
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and (
        upper >= 0.6 * len(letters) or bool(re.match(r"\s*[A-Z0-9]{1,3}[.)]\s", line))
    )
