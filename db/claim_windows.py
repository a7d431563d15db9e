"""A batch's detection reads: each group's days read once, agreeing days skipped by their bounds.

One claim's window query (db.claim_groups.group with NEAR) walks every index entry of the
window, about 0.3 us each: in a crowded place, 600 agreeing claims to find two. A batch of
thousands of claims mostly shares its windows, so here the key columns of a group are read once
per block of days, each day summed up by its lowest ceiling and highest floor, and a claim looks
at a day's rows only when those bounds say a row there could disagree with it (or the row is its
own source's). The answer is the same rows, in the same order, as group() with NEAR: the same
predicate, evaluated in Python, and proven equal by tests/test_claim_windows.py.
"""

from bisect import bisect_left, bisect_right
from datetime import date

from sqlite_utils import Database

from db.claim_groups import DOMAIN_SELECT, group_order
from db.connection import dict_rows

BLOCK_DAYS = 64  # days of a group read together: a window of two months spans two or three
MAX_KEPT_ROWS = 200_000  # key rows kept at once; past it, blocks are read again when needed
# Key columns, in the order of idx_claims_group (the order group() answers in), then the id.
KEYS = "metric_id, location_id, as_of_start, as_of_end, source_id, low, high, quantifier, dated_by"
M, L, START, END, SOURCE, LOW, HIGH, QUANTIFIER, DATED_BY, ID = range(10)


class Bounds:
    """Rows' lowest ceiling and highest floor: whether any of them could disagree with a claim."""

    __slots__ = ("min_high", "max_low", "max_at_most_high")

    def __init__(self, rows: list[tuple]):
        highs = [r[HIGH] for r in rows if r[HIGH] is not None]
        lows = [r[LOW] for r in rows if r[LOW] is not None]
        ceilings = [r[HIGH] for r in rows if r[QUANTIFIER] == "at_most" and r[HIGH] is not None]
        self.min_high = min(highs, default=None)
        self.max_low = max(lows, default=None)
        self.max_at_most_high = max(ceilings, default=None)

    def may_disagree(self, near: dict) -> bool:
        """Whether another source's row here could pass group()'s value test against NEAR: the
        test itself, on the rows' extremes (each of its comparisons is monotone in them)."""
        return _values_disagree(self.min_high, self.max_low, self.max_at_most_high, near)


class Block:
    """A group's rows of BLOCK_DAYS days in index order, by day and by source, with bounds."""

    def __init__(self, rows: list[tuple]):
        self.rows, self.starts = rows, [r[START] for r in rows]
        self.bounds = Bounds(rows)
        by_day: dict[str, list[tuple]] = {}
        by_source: dict[int, list[tuple]] = {}
        for row in rows:
            by_day.setdefault(row[START], []).append(row)
            by_source.setdefault(row[SOURCE], []).append(row)
        self.days = list(by_day)
        self.day_rows = [(rows, Bounds(rows)) for rows in by_day.values()]
        self.by_source = {s: ([r[START] for r in rs], rs) for s, rs in by_source.items()}

    def between(self, first: str, last: str) -> list[tuple]:
        """Every row whose period starts within [FIRST, LAST]."""
        return self.rows[bisect_left(self.starts, first) : bisect_right(self.starts, last)]

    def near(self, first: str, last: str, near: dict) -> list[tuple]:
        """The rows starting within [FIRST, LAST] that could pass NEAR's test: a day's rows
        where its bounds allow another source's disagreement, else the claim's source's."""
        if self.bounds.may_disagree(near):
            days = slice(bisect_left(self.days, first), bisect_right(self.days, last))
            found = []
            for rows, bounds in self.day_rows[days]:
                if bounds.may_disagree(near):
                    found += rows
                else:
                    found += (r for r in rows if r[SOURCE] == near["source"])
            return found
        starts, rows = self.by_source.get(near["source"], ((), ()))
        return rows[bisect_left(starts, first) : bisect_right(starts, last)]


class ClaimWindows:
    """group(db, metrics, places, start, end, near) for many claims of one detection run.

    Rows are read as they stand when a block is first read: detection supersedes claims as it
    goes and leaves them out itself (db.detection.check), and it writes no other claim."""

    def __init__(self, db: Database, rows: list[dict] = ()):
        self.db = db
        self.blocks: dict[tuple[int, int, int], Block] = {}
        self.kept = 0
        self.full_rows: dict[int, dict] = {row["id"]: row for row in rows}

    def group(self, metric_ids, location_ids, start: date, end: date, near: dict) -> list[dict]:
        """The rows group() with NEAR answers: active claims of these metrics and places whose
        period lies in [START, END], of another pair or passing the value and statement test
        (a period that starts within it ends after START: group()'s as_of_end test is moot)."""
        first, last = str(start), str(end)
        found: list[tuple] = []
        blocks = range(start.toordinal() // BLOCK_DAYS, end.toordinal() // BLOCK_DAYS + 1)
        for metric_id in sorted(set(metric_ids)):
            for location_id in sorted(set(location_ids)):
                own = metric_id == near["metric"] and location_id == near["location"]
                for number in blocks:
                    block = self._block(metric_id, location_id, number)
                    if own:
                        rows = block.near(first, last, near)
                        found += [r for r in rows if _passes(r, near)]
                    else:
                        found += block.between(first, last)
        found.sort(key=_index_order)
        return self._full([r[ID] for r in found])

    def _block(self, metric_id: int, location_id: int, number: int) -> Block:
        key = (metric_id, location_id, number)
        if key not in self.blocks:
            if self.kept > MAX_KEPT_ROWS:
                self.blocks.clear()
                self.kept = 0
            self.blocks[key] = self._read(metric_id, location_id, number)
            self.kept += len(self.blocks[key].rows)
        return self.blocks[key]

    def _read(self, metric_id: int, location_id: int, number: int) -> Block:
        """The block's active rows, by the group index, in its order."""
        first = date.fromordinal(max(1, number * BLOCK_DAYS))
        after = (number + 1) * BLOCK_DAYS
        bound = " AND as_of_start < ?" if after <= date.max.toordinal() else ""
        params = [metric_id, location_id, str(first)]
        if bound:
            params.append(str(date.fromordinal(after)))
        return Block(
            self.db.execute(
                f"SELECT {KEYS}, id FROM claims INDEXED BY idx_claims_group"
                " WHERE metric_id = ? AND location_id = ? AND status = 'active'"
                f" AND as_of_start IS NOT NULL AND as_of_start >= ?{bound}"
                " ORDER BY metric_id, location_id, as_of_start",
                params,
            ).fetchall()
        )

    def _full(self, ids: list[int]) -> list[dict]:
        """The rows detection reads, of these ids in this order (each read once per run)."""
        missing = [i for i in dict.fromkeys(ids) if i not in self.full_rows]
        for at in range(0, len(missing), 500):
            chunk = missing[at : at + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in dict_rows(self.db, DOMAIN_SELECT + f" WHERE c.id IN ({marks})", chunk):
                self.full_rows[row["id"]] = row
        return [self.full_rows[i] for i in ids]


def _passes(row: tuple, near: dict) -> bool:
    """group()'s NEAR test for a row of the claim's own metric and place, in SQL's terms (a
    comparison with NULL is never true)."""
    source = near["source"]
    if row[SOURCE] is None or source is None:
        return False
    if row[SOURCE] == source:
        return bool(
            near["series"]
            or (row[START] == near["start"] and row[END] == near["end"])
            or (
                near["published"]
                and row[DATED_BY] == "published_on"
                and near["published_from"] <= row[START] <= near["published_to"]
            )
        )
    at_most_high = row[HIGH] if row[QUANTIFIER] == "at_most" else None
    return _values_disagree(row[HIGH], row[LOW], at_most_high, near)


def _values_disagree(high, low, at_most_high, near: dict) -> bool:
    """group()'s value test of another source's figure (its HIGH, LOW, and HIGH again when it
    is an at_most) against NEAR: disjoint intervals or a far ceiling, NULL never comparing."""
    near_low, near_high, factor = near["low"], near["high"], near["factor"]
    return bool(
        (high is not None and near_low is not None and high < near_low)
        or (low is not None and near_high is not None and low > near_high)
        or (
            near["quantifier"] == "at_most"
            and high is not None
            and near_high is not None
            and high * factor < near_high
        )
        or (
            at_most_high is not None and near_high is not None and near_high * factor < at_most_high
        )
    )


def _index_order(row: tuple) -> tuple:
    return group_order(row[:ID], row[ID])
