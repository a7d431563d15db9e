"""Admiralty source grades, as analysts use them: A completely reliable to E unreliable, and F
cannot be judged. A `min_grade` keeps sources at that grade or better; ungraded and F sources
are left out, since nobody has judged them reliable."""

GRADES = ("A", "B", "C", "D", "E", "F")
JUDGED = GRADES[:5]


def at_least(min_grade: str) -> tuple[str, ...]:
    """The grades that meet MIN_GRADE ("C": A, B, C)."""
    return JUDGED[: JUDGED.index(min_grade) + 1] if min_grade in JUDGED else ()


def meets(grade: str | None, min_grade: str | None) -> bool:
    return min_grade is None or grade in at_least(min_grade)
