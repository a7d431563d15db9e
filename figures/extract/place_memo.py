"""What is worked out once per text from its places, so that a text's figures stay linear."""

from collections.abc import Callable

from figures.extract.place_name import Place

_MEMO: list[tuple] = [(None, None, {})]  # the last text's (places, text, what was worked out)


def text_memo(places: list[Place], text: str) -> dict:
    """What is worked out once from a text's places (they are never changed once found), and a
    paragraph's place resolved from "the country" for its next figures (read in order); one
    tuple, read and replaced whole, so that two threads never share a text's."""
    held = _MEMO[0]
    if held[0] is not places or held[1] is not text:
        held = _MEMO[0] = (places, text, {})
    return held[2]


def answers(
    memo: dict, rule: Callable[[str, Place], object], asked: list[Place], text: str
) -> dict:
    """RULE's answer for each place it is ASKED about (places the memo holds, so their ids stay
    theirs), by id: each place asked once per text, however many figures ask again."""
    found = memo.get(rule)
    if found is None:
        found = memo[rule] = {}
    for place in asked:
        if id(place) not in found:
            found[id(place)] = bool(rule(text, place))
    return found
