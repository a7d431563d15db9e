"""A scan of a long text tries a pattern only where a match can start: Python's engine tries it
at every position otherwise, each alternative of a long list of names in turn."""

import re
from re import _parser  # the engine's own parse of a pattern: what a match can start with

_ZERO_WIDTH = {_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT}
_REPEATS = {_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None)}


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile, led by a lookahead on the characters a match can start with, so a scan skips
    every other position at once: how the extractor compiles each pattern it scans text with.
    Without that lead (a class such as \\w, a letter under IGNORECASE, a match that may be
    empty) the pattern as written. Both find the same matches."""
    lead = _lead(pattern, flags)
    if lead:
        try:
            return re.compile(f"(?=[{lead}])(?:{pattern})", flags)
        except re.error:  # global flags ("(?i)") must open a pattern: it stays as written
            pass
    return re.compile(pattern, flags)


def _lead(pattern: str, flags: int) -> str | None:
    """The characters a match can start with, as a class's contents, if they can be told."""
    parsed = _parser.parse(pattern, flags)
    first = _sequence(parsed.data, parsed.state.flags)
    if first is None or first[1] or not first[0]:
        return None
    return "".join(re.escape(chr(c)) for c in sorted(first[0]))


def _sequence(items, flags: int) -> tuple[set[int], bool] | None:
    """(the characters the sequence can start with, whether it can match nothing), else None."""
    chars: set[int] = set()
    for op, av in items:
        got = _item(op, av, flags)
        if got is None:
            return None
        chars |= got[0]
        if not got[1]:
            return chars, False
    return chars, True


def _item(op, av, flags: int) -> tuple[set[int], bool] | None:
    if op is _parser.LITERAL:
        return _literal(av, flags)
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _parser.SUBPATTERN:
        _, added, removed, inner = av
        return _sequence(inner, (flags | added) & ~removed)
    if op is _parser.BRANCH:
        found = [_sequence(branch, flags) for branch in av[1]]
        if any(f is None for f in found):
            return None
        return set().union(*(f[0] for f in found)), any(f[1] for f in found)
    if op in _REPEATS:
        low, _, inner = av
        found = _sequence(inner, flags)
        return None if found is None else (found[0], low == 0 or found[1])
    if op is _parser.IN:
        return _charset(av, flags)
    return None  # any character, a negated one, a back reference: no telling


def _literal(code: int, flags: int) -> tuple[set[int], bool] | None:
    if flags & re.IGNORECASE and chr(code).lower() != chr(code).upper():
        return None  # case folding has exceptions (the Kelvin sign is a K): no telling
    return {code}, False


def _charset(members, flags: int) -> tuple[set[int], bool] | None:
    chars: set[int] = set()
    for op, av in members:
        if op is _parser.LITERAL:
            got = _literal(av, flags)
            if got is None:
                return None
            chars |= got[0]
        elif op is _parser.RANGE and av[1] - av[0] < 256 and not flags & re.IGNORECASE:
            chars |= set(range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category (\d is any script's digit): no telling
    return chars, False
