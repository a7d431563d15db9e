"""Claims as detection and reconciliation read them: a group's rows by its index, in domain form."""

from datetime import date

from sqlite_utils import Database

from db.claims import SERVED_SELECT
from db.connection import dict_rows
from figures.claims import Claim
from figures.periods import parse_period

# What detection needs beside the served columns: who carried the claim, and when first.
DOMAIN_SELECT = SERVED_SELECT.replace(
    "FROM claims c",
    """, (SELECT min(d.published_on) FROM citations ci JOIN documents d ON d.id = ci.document_id
          WHERE ci.claim_id = c.id) AS first_published_on,
       (SELECT group_concat(ci.document_id) FROM citations ci WHERE ci.claim_id = c.id)
          AS document_ids
FROM claims c""",
    1,
)


# A group's rows by its index, always: without statistics SQLite may pick the place or source
# index for the same range and read the rows ten times slower (issue 11, cost).
def _by_group_index(select: str) -> str:
    return select.replace("FROM claims c", "FROM claims c INDEXED BY idx_claims_group", 1)


GROUP_SELECT = _by_group_index(DOMAIN_SELECT)


def to_domain(row: dict) -> Claim:
    """The domain's view of a stored claim, for detection and reconciliation."""
    return Claim(
        id=row["id"],
        metric=row["metric"],
        location=row["location_id"],
        source=row["source_id"],
        low=row["low"],
        high=row["high"],
        best=row["best"],
        as_of=parse_period(row["as_of"]) if row["as_of"] else None,
        since=date.fromisoformat(row["since"]) if row["since"] else None,
        source_name=row["source_name"],
        location_name=row["location_name"],
        status=row["status"],
        stated_on=_day(row["stated_on"]),
        published_on=_day(row.get("first_published_on")),
        documents=frozenset(int(d) for d in (row.get("document_ids") or "").split(",") if d),
        stated=(
            row["value"],
            row["value_low"],
            row["value_high"],
            row["vague"],
            row["unit_stated"],
        ),
        quantifier=row["quantifier"],
        dated_by=row["dated_by"],
        grade=row["source_grade"],
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def group(
    db: Database,
    metric_ids: list[int],
    location_ids: list[int],
    start,
    end,
    near: dict | None = None,
) -> list[dict]:
    """Active claims of these metrics and places whose as_of meets [start, end] (indexed).

    NEAR (the written claim's metric_id, location_id, source_id, low, high, quantifier, the
    divergence factor and figures.groups.own_statements) keeps only the rows detection could
    pair with it: another metric or place (parts and wholes), the same source's statements
    that may revise or misquote it (or its running total's series), or another source's figure
    with a disjoint interval or a far ceiling. Every column it reads is in idx_claims_group, so
    the agreeing claims of a crowded window are passed over in the index (issue 11, cost)."""
    metric_marks = ", ".join("?" for _ in metric_ids)
    location_marks = ", ".join("?" for _ in location_ids)
    sql = (
        GROUP_SELECT
        + f" WHERE c.metric_id IN ({metric_marks}) AND c.location_id IN ({location_marks})"
        " AND c.status = 'active' AND c.as_of_start IS NOT NULL"
    )
    params: list = [*metric_ids, *location_ids]
    if end is not None:
        sql += " AND c.as_of_start <= ?"
        params.append(str(end))
    if start is not None:
        # A comparable claim's period lies within the window on both sides (stocks: the union
        # spans at most the window; flows: starts within days): a bounded index range.
        sql += " AND c.as_of_end >= ? AND c.as_of_start >= ?"
        params += [str(start), str(start)]
    if near is not None:
        sql += (
            " AND (c.metric_id <> :metric OR c.location_id <> :location"
            " OR (c.source_id = :source AND (:series"
            " OR (c.as_of_start = :start AND c.as_of_end = :end) OR (:published"
            " AND c.dated_by = 'published_on' AND c.as_of_start BETWEEN :published_from"
            " AND :published_to)))"
            " OR (c.source_id <> :source AND (c.high < :low"
            " OR (:high IS NOT NULL AND c.low > :high)"
            " OR (:quantifier = 'at_most' AND c.high IS NOT NULL AND c.high * :factor < :high)"
            " OR (c.quantifier = 'at_most' AND :high IS NOT NULL AND :high * :factor < c.high))))"
        )
        named = {f"p{i}": value for i, value in enumerate(params)}
        sql = _numbered(sql + GROUP_ORDER, len(params))
        return dict_rows(db, sql, named | near)
    return dict_rows(db, sql, params)


# The order of idx_claims_group's entries (status aside: always 'active' here), for group()
# with NEAR and for db.claim_windows, which answers the same rows in the same order.
GROUP_ORDER = (
    " ORDER BY c.metric_id, c.location_id, c.as_of_start, c.as_of_end, c.source_id, c.low,"
    " c.high, c.quantifier, c.dated_by, c.id"
)


def group_order(values: tuple, row_id: int) -> tuple:
    """GROUP_ORDER's key of a row's values in its columns' order: NULL first, as SQLite sorts."""
    return (*((value is not None, value) for value in values), row_id)


def _numbered(sql: str, count: int) -> str:
    """The positional marks of SQL as :p0, :p1, ... so named ones can follow."""
    for i in range(count):
        sql = sql.replace("?", f":p{i}", 1)
    return sql


def group_rows_by_id(db: Database, ids: list[int]) -> list[dict]:
    """Raw joined rows of these claims, in id order (chunked under SQLite's variable limit)."""
    rows: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows += dict_rows(db, DOMAIN_SELECT + f" WHERE c.id IN ({marks}) ORDER BY c.id", chunk)
    return sorted(rows, key=lambda r: r["id"])


def of_metric_at(db: Database, metric_id: int, location_id: int) -> list[dict]:
    """Every claim (retracted too) of one metric at one place, in time order (indexed)."""
    return dict_rows(  # by the group index: the planner's own pick reads the whole place
        db,
        _by_group_index(SERVED_SELECT)
        + " WHERE c.metric_id = ? AND c.location_id = ? ORDER BY c.as_of_start, c.id",
        [metric_id, location_id],
    )
