"""Cues that a displacement figure counts people present in a place, a stock (CODING M2)."""

import re

HOSTED_TOTAL_RE = re.compile(  # "the total number of refugees in Sudan ... to 417,000" (M2)
    r"\b(?:number|total)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:refugees|idps|(?:internally\s+)?displaced"
    r"\s+(?:people|persons)|who\s+(?:have\s+|had\s+)?sought\s+(?:shelter|refuge|safety))"
    r"\s+in\s+(?-i:[A-Z])[^.;]*$",
    re.IGNORECASE,
)
