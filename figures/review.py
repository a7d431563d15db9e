"""The review states an analyst moves a discrepancy through, and the kinds detection records."""

REVIEW_STATUSES = ("open", "explained", "dismissed", "resolved")
# A review moves forward: open to any other; explained to dismissed or resolved; the same status
# again only adds a note (every note stays in the history). db/schema_guards.py enforces it too.
NEXT_REVIEW = {
    "open": {"open", "explained", "dismissed", "resolved"},
    "explained": {"explained", "dismissed", "resolved"},
    "dismissed": {"dismissed"},
    "resolved": {"resolved"},
}
DISCREPANCY_KINDS = (
    "conflict",
    "part_exceeds_whole",
    "parts_exceed_whole",
    "cumulative_decrease",
    "misquote",
    "divergence",
)
CLAIM_STATUSES = ("active", "retracted", "superseded")
