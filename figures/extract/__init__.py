"""Candidate claims read out of a report's text, so analysts review figures, not type them."""

from figures.extract.candidates import extract_candidates
from figures.extract.dates import relative_date

__all__ = ["extract_candidates", "relative_date"]
