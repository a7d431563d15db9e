"""A place's timeline binned by time in SQL, so a chart of any size reads a bounded answer."""

from sqlite_utils import Database

_ACTIVE = (
    "c.metric_id = :metric AND c.location_id = :location AND c.status = 'active'"
    " AND c.as_of_start IS NOT NULL"
)
_OPEN = (  # CROSS JOIN: by the claim's own rows first, whatever the planner guesses
    "EXISTS (SELECT 1 FROM discrepancy_claims dc CROSS JOIN discrepancies d"
    " ON d.id = dc.discrepancy_id WHERE dc.claim_id = c.id AND d.status = 'open')"
)
_BINNED = f"""
WITH span AS MATERIALIZED (
    SELECT min(julianday(c.as_of_start)) AS first, max(julianday(c.as_of_end)) + 1 AS last,
           count(DISTINCT c.source_id) AS sources
    FROM claims c WHERE {_ACTIVE}
)
SELECT min(:bins - 1, CAST((julianday(c.as_of_start) - span.first) * :bins
                           / (span.last - span.first) AS INTEGER)) AS bin,
       span.first AS first, span.last AS last, span.sources AS sources,
       count(*) AS claims, min(c.best) AS low, max(c.best) AS high, avg(c.best) AS best,
       sum({_OPEN}) AS disputed
FROM claims c, span WHERE {_ACTIVE}
GROUP BY bin ORDER BY bin
"""


def active_count(db: Database, metric_id: int, location_id: int) -> int:
    """How many active, dated claims a chart of this metric and place would draw (indexed)."""
    return db.execute(
        f"SELECT count(*) FROM claims c WHERE {_ACTIVE}",
        {"metric": metric_id, "location": location_id},
    ).fetchone()[0]


def binned(db: Database, metric_id: int, location_id: int, bins: int) -> dict:
    """The active, dated claims in BINS equal stretches of their whole span: per stretch the
    lowest, highest and mean best estimate (hedges' open ends would fill every stretch), how
    many claims and how many of them are in an open discrepancy."""
    params = {"metric": metric_id, "location": location_id, "bins": bins}
    rows = db.execute(_BINNED, params).fetchall()
    if not rows:
        return {"first": None, "last": None, "sources": 0, "stretches": bins, "bins": []}
    _, first, last, sources = rows[0][:4]
    return {
        "first": first,  # julian day numbers
        "last": last,
        "sources": sources,
        "stretches": bins,
        "bins": [
            {
                "bin": r[0],
                "claims": r[4],
                "low": r[5],
                "high": r[6],
                "best": r[7],
                "disputed": r[8],
            }
            for r in rows
        ],
    }
