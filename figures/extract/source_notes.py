"""A situation report's "Source: X" line names who counted the figures of the section above it; a
bullet that ends "(MoPH)." or a key figure ending "GoH – August 2021" names who counted its own."""

import re
from bisect import bisect_right

from figures.extract.dates import MONTH
from figures.extract.skim import compiled

_NOTE_RE = compiled(r"(?im)^[ \t]*(?:data\s+)?sources?\s*:[ \t]*(?P<x>[^\n]{2,120}?)[ \t.]*$")
_NOTE_TAIL_RE = compiled(  # "DSWD DROMIC Report No. 22", "OCHA, 3 May 2023", "IOM (as of June)"
    r"(?i)(?:[,;]?\s+(?:situation\s+|sit\s*)?(?:report|rep|sitrep|update|bulletin|dashboard)"
    r"(?:\s+(?:no\.?|number|#)\s*\d+)?\b.*|[,;]?\s*\(?\s*(?:as\s+(?:of|at)|dated|\d{1,2}\s+[A-Z][a-z]+)"
    r".*)$"
)
_TAG_RE = compiled(  # "• 834,746 people internally displaced ... (IOM)." (not "Health (MoPH)")
    r"(?m)\s\((?P<x>[A-Z][A-Za-z]{1,7})\)\.?[ \t]*$"
)
_DATED_TAG_RE = compiled(  # a fact sheet's key figure, who gave it and when: "2,207 Deaths
    # Reported in Haiti GoH – August 2021", "650,000 People in Need UN – August 2021"
    rf"(?m)\s(?P<x>[A-Z][A-Za-z.&/]*[A-Z][A-Za-z.&/]*)[ \t]+[–—-][ \t]+{MONTH}[ \t]+\d{{4}}[ \t]*$"
)
_DIGIT_RE = compiled(r"\d")
_HEADING_RE = compiled(  # "C. CASUALTIES", "SITUATION OVERVIEW", "Key figures"
    r"(?m)^[ \t]*(?:[A-Z0-9]{1,3}[.)]\s+)?[^\n.!?:]{1,60}[ \t]*$"
)


class SourceNotes:
    """Each "Source:" line and the stretch of text it covers: back to the previous note or the
    section's heading, whichever is nearer (found once per text)."""

    def __init__(self, text: str):
        self.spans: list[tuple[int, int, str, int, int]] = []
        tags = [*_TAG_RE.finditer(text), *_DATED_TAG_RE.finditer(text)]
        for tag in sorted(tags, key=lambda t: t.start()):  # a count's line ends "(IOM)."
            line = text.rfind("\n", 0, tag.start()) + 1
            words = text[max(0, tag.start("x") - 80) : tag.start("x") - 1]
            if _DIGIT_RE.search(text, line, tag.start()) and not _spelt_out(words, tag.group("x")):
                self.spans.append((line, tag.start("x"), tag.group("x"), *tag.span("x")))
        self.starts = [s[0] for s in self.spans]
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
        self.spans.sort()
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


def _spelt_out(before: str, acronym: str) -> bool:
    """ "the Ministry of Public Health (MoPH)": the acronym spells out the words before it."""
    run = re.search(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|de)\s+)*)*[A-Z][\w'’-]*\s*$", before)
    initials = "".join(w[0] for w in run.group().split() if w[0].isupper()) if run else ""
    capitals = [c for c in acronym if c.isupper()]
    return len(initials) >= 2 and initials[-len(capitals) :] == "".join(capitals)[-len(initials) :]
