"""One statement carried by several outlets: the claim a post dated by publication repeats."""

from datetime import date, timedelta

from sqlite_utils import Database

from figures.settings import STATEMENT_DAYS

# The stored columns that hold each field of a claim's identity (as db.ingest writes them).
_IDENTITY_COLUMNS = {
    "quantifier": "quantifier",
    "value": "value",
    "low": "value_low",
    "high": "value_high",
    "vague": "vague",
    "unit": "unit_stated",
    "household_size": "household_size",
    "since": "since",
}


def same_statement_days(
    db: Database, identity: dict, families: list[list[int]], day: date, days: int = STATEMENT_DAYS
) -> int | None:
    """An active claim dated by its publication within DAYS of DAY, same in all but as_of."""
    locations, sources = families
    rows = db.execute(
        "SELECT c.id, c.location_id, "
        + ", ".join(f"c.{column}" for column in _IDENTITY_COLUMNS.values())
        + " FROM claims c JOIN metrics m ON m.id = c.metric_id"
        + f" WHERE c.source_id IN ({', '.join('?' for _ in sources)}) AND m.slug = ?"
        " AND c.dated_by = 'published_on' AND c.as_of_start BETWEEN ? AND ?"
        " AND c.status = 'active' ORDER BY c.id",
        [
            *sources,
            identity["metric"],
            str(day - timedelta(days=days)),
            str(day + timedelta(days=days)),
        ],
    ).fetchall()
    wanted = [identity[field] for field in _IDENTITY_COLUMNS]
    for claim_id, location_id, *stored in rows:
        if location_id in locations and all(map(_same, stored, wanted)):
            return claim_id
    return None


def _same(stored, posted) -> bool:
    if (
        isinstance(stored, float)
        and isinstance(posted, int | float)
        and not isinstance(posted, bool)
    ):
        return stored == float(posted)
    return stored == posted
