"""The review states an analyst moves a discrepancy through, and the kinds detection records."""

REVIEW_STATUSES = ("open", "explained", "dismissed", "resolved")
DISCREPANCY_KINDS = (
    "conflict",
    "part_exceeds_whole",
    "parts_exceed_whole",
    "cumulative_decrease",
    "misquote",
    "divergence",
)
CLAIM_STATUSES = ("active", "retracted", "superseded")
