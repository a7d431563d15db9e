"""Issue 16: a connection keeps what it read of the catalog only while the catalog's stamp stands.

Two connections on one file stand for two gunicorn workers: what one changes, the other's next
write must see, though it kept the vocabulary and the hierarchy from its last write."""

import sqlite3

import pytest

from db import catalog, writes
from db.connection import write_transaction
from db.ingest import BatchInvalid
from figures.metrics import Metric
from figures.settings import Settings

DAY = {"quantifier": "exact", "as_of": "2017-06-10", "stated_on": "2017-06-10"}


def _claim(metric: str, location: str, source: str, value: int) -> dict:
    ref = {"name": location}
    return {**DAY, "metric": metric, "location": ref, "source": {"name": source}, "value": value}


def _catalog_reads(db) -> list[str]:
    """The statements that read the vocabulary or the hierarchy, as the connection runs them."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    return seen


def _read_again(statements: list[str]) -> int:
    return sum("FROM metrics m" in s or "part_of IS NOT NULL" in s for s in statements)


def test_writes_read_the_catalog_once_while_it_stands(workers):
    first, _ = workers
    writes.post_claims(first, [_claim("killed", "Raqqa", "S1", 100)], None, Settings())
    seen = _catalog_reads(first)
    for value in (200, 300):
        writes.post_claims(first, [_claim("killed", "Raqqa", "S1", value)], None, Settings())
    assert _read_again(seen) == 0
    # one look as the write starts: a write that made no place has not changed it for detection
    assert sum(s.startswith(catalog.STAMP) for s in seen) == 2
    writes.post_claims(first, [_claim("killed", "Tabqa", "S400", 400)], None, Settings())
    assert sum(s.startswith(catalog.STAMP) for s in seen) == 2 + 2  # a new place: a second


def test_a_metric_another_worker_adds_is_known_to_the_next_write(workers):
    first, second = workers
    writes.post_claims(first, [_claim("killed", "Raqqa", "OCHA", 10)], None, Settings())
    writes.create_metric(second, Metric("evacuated", "Evacuated", "person", "flow"), None)
    stored = writes.post_claims(first, [_claim("evacuated", "Raqqa", "OCHA", 5)], None, Settings())
    assert stored.created == [True]


def test_an_enclosing_place_another_worker_sets_is_read_by_detection(workers):
    first, second = workers
    settings = Settings()
    for place, value in (("Raqqa", 100000), ("Mashlab", 70000)):
        writes.post_claims(
            first, [_claim("civilians_remaining", place, place, value)], None, settings
        )
    city, district = (
        first.execute("SELECT id FROM locations WHERE name = ?", [name]).fetchone()[0]
        for name in ("Raqqa", "Mashlab")
    )
    writes.describe_location(second, district, {"part_of": city}, None, settings)
    jazra = _claim("civilians_remaining", "Jazra", "SDF", 60000)
    writes.post_claims(first, [jazra], None, settings)  # Jazra is not in Raqqa yet: nothing
    (jazra_id,) = first.execute("SELECT id FROM locations WHERE name = 'Jazra'").fetchone()
    writes.describe_location(second, jazra_id, {"part_of": city}, None, settings)
    found = writes.post_claims(
        first, [_claim("civilians_remaining", "Jazra", "REACH", 61000)], None, settings
    )
    marks = ", ".join("?" for _ in found.discrepancy_ids)
    sql = f"SELECT kind FROM discrepancies WHERE id IN ({marks})"
    kinds = [row[0] for row in first.execute(sql, found.discrepancy_ids)]
    assert "parts_exceed_whole" in kinds


def test_a_change_rolled_back_is_never_taken_for_another_workers(workers):
    """A stamp read inside a transaction that is then rolled back must not match the stamp of
    a change another worker commits later: stamps are random, not counted."""
    first, second = workers
    with pytest.raises(BatchInvalid):
        with write_transaction(first):
            first.execute(
                "INSERT INTO metrics (slug, label, unit, kind, created_at)"
                " VALUES ('ghost', 'Ghost', 'person', 'stock', 'now')"
            )
            assert "ghost" in catalog.current(first).metrics
            raise BatchInvalid({0: {"metric": ["rolled back"]}})
    writes.create_metric(second, Metric("evacuated", "Evacuated", "person", "flow"), None)
    known = catalog.current(first).metrics
    assert "evacuated" in known and "ghost" not in known


def test_the_stamp_is_kept(workers):
    first, _ = workers
    with pytest.raises(sqlite3.IntegrityError, match="kept"):
        first.execute("DELETE FROM catalog_stamp")
