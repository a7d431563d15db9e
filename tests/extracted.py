"""The claim /extract reads at a figure of a text, as the extraction tests look it up."""

from figures.extract import extract_candidates


def claim_at(text: str, surface: str, published_on: str | None = None, nth: int = 0) -> dict:
    """The claim read at the NTH occurrence of SURFACE in TEXT."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    found = extract_candidates(text, published_on)
    return next(c["claim"] for c in found if c["start"] <= at < c["end"])
