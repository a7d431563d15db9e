"""Numbers and intervals in plain words: one formatter for explanations and window labels."""

from figures.intervals import Interval


def number_text(value: float) -> str:
    """150000 -> "150,000"; 2.5 -> "2.5"; at most two decimals, no trailing zeros."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


def number_words(interval: Interval) -> str:
    """An interval in plain words: "80,000", "at least 25", "up to 100,000", "1 to 2"."""
    if interval.high is None:
        return f"at least {number_text(interval.low)}"
    if interval.low == interval.high:
        return number_text(interval.low)
    if interval.low == 0:
        return f"up to {number_text(interval.high)}"
    return f"{number_text(interval.low)} to {number_text(interval.high)}"


def ratio_words(ratio: float) -> str:
    return f"{ratio:,.2f}".rstrip("0").rstrip(".")
