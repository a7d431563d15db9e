"""Walking `part_of` chains (metrics within metrics, places within places), safe from cycles."""

from collections.abc import Callable, Hashable


def chain(start: Hashable, parent_of: Callable[[Hashable], Hashable | None]) -> list:
    """START and every whole above it, nearest first; a cycle ends the walk."""
    found: list = []
    current = start
    while current is not None and current not in found:
        found.append(current)
        current = parent_of(current)
    return found
