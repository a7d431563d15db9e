"""Whom a pointer ("he said", "the agency", "the release said") may mean: a source named before
it, looked for among the last POINTER_REACH named, so that a long text is read in linear time."""

import re

from figures.extract.speakers import Speaker

POINTER_REACH = 200  # sources named in earlier sentences that a pointer may mean


def named_before(history: list[tuple], told: int, start: int, offset: int) -> list:
    """The sources named before START that a pointer may mean: those of this sentence before
    it, and the last POINTER_REACH named in earlier sentences (all before OFFSET), so that a
    long text stays linear; "he said" never means someone named pages before."""
    earlier = history[max(0, told - POINTER_REACH) : told]
    if start < offset:  # the pointer stands for a name in an earlier sentence
        earlier = [h for h in earlier if h[1] < start]
    return [h[0] for h in earlier] + [h[0] for h in history[told:] if h[1] < start]


def issuer(named: Speaker, history: list[tuple], text: str) -> tuple | None:
    """The source named before with the document a pointer names: "the IOM said in a press
    release on Tuesday ... Local media reported ... '...,' the release said" is the IOM."""
    noun = (named.name or "").split()[-1:] or [""]
    if noun[0].lower() not in ("release", "statement", "bulletin", "report", "update"):
        return None
    return next(
        (
            h
            for h in reversed(history[-40:])
            if h[0].name and not h[0].pointer and noun[0].lower() in text[h[2] : h[2] + 80].lower()
        ),
        None,
    )


def named_just_before(spoken: list[tuple]) -> bool:
    """Whether this sentence last named a person by name ("said Karimu Usman, ..., who")."""
    last = spoken[-1][0] if spoken else None
    return bool(
        last and last.person and last.name and re.fullmatch(r"[A-Z]\S*(?: \S+)+", last.name)
    )
