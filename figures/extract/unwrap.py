"""Text hard-wrapped at a fixed width (wire copy, text out of a PDF) read as its sentences: a line
break that only wraps a long line is a space, so "according to the\\nUnited Nations" stays one
sentence with its figure, where a line opening with a capital otherwise starts a new one."""

import re

WRAPPED_LINES = 3  # lines a text needs before its line breaks can be told to be wrapping
WIDTH_RANGE = (40, 100)  # characters: a wrapped text's usual line (longer: a paragraph a line)
LONG_SHARE = 0.5  # of the lines at least this near the width: a text wrapped throughout
FULL_LINE = 0.6  # a line this near the width that stops mid-sentence was wrapped
_ENDED_RE = re.compile(r"[.!?:;\"”’')\]]\s*$")  # a line that ends a sentence, a heading or a quote
_ITEM_RE = re.compile(r"\s*(?:[-•*–—▪●]|\d{1,2}[.)]\s|[A-Z][A-Z ]+$)")  # a list item, a heading


def unwrap(text: str) -> str:
    """TEXT with each line break that wraps a long line as a space, when the text is wrapped at
    a fixed width; the same length, so every offset points where it did. Otherwise as given."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < WRAPPED_LINES:
        return text
    width = lengths[int(len(lengths) * 0.8)]
    if not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        return text
    if sum(n >= FULL_LINE * width for n in lengths) < LONG_SHARE * len(lengths):
        return text
    unwrapped, pos = list(text), 0
    for line, following in zip(lines, lines[1:], strict=False):
        pos += len(line)  # where this line's break stands
        if (
            len(line.rstrip()) >= FULL_LINE * width
            and not _ENDED_RE.search(line)
            and following.strip()
            and not _ITEM_RE.match(following)
        ):
            unwrapped[pos] = " "
        pos += 1
    return "".join(unwrapped)
