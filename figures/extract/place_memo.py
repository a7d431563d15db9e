"""What is worked out once per text from its places, so that a text's figures stay linear."""

from collections.abc import Callable

from figures.extract.place_name import Place

_MEMO: list[tuple] = [(None, None, {})]  # the last text's (places, text, what was worked out)


def text_memo(places: list[Place], text: str) -> dict:
    """What is worked out once from a text's places (they are never changed once found); one
    tuple, read and replaced whole, so that two threads never share a text's."""
    held = _MEMO[0]
    if held[0] is not places or held[1] is not text:
        held = _MEMO[0] = (places, text, {})
    return held[2]


def flagged(
    memo: dict, rule: Callable[[str, Place], object], named: list[Place], text: str, sentence
) -> set[int]:
    """The ids of a sentence's places (NAMED, held by the memo's places) that RULE says yes of:
    asked once per sentence, however many of its figures ask again."""
    key = (rule, sentence)
    found = memo.get(key)
    if found is None:
        found = memo[key] = {id(place) for place in named if rule(text, place)}
    return found
