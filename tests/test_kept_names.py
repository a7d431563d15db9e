"""Issue 16: a connection keeps the names its writes resolved only while the names' stamp stands.

Two connections on one file stand for two gunicorn workers: a merge, an alias or a household
size one of them sets must be what the other's next write resolves, and a place made by a write
that was rolled back must never be taken for a stored one."""

import pytest

from db import catalog, writes
from db.connection import write_transaction
from db.ingest import BatchInvalid, store_claims
from db.places import LOCATIONS
from figures.settings import Settings

DAY = {"quantifier": "exact", "as_of": "2017-06-10", "stated_on": "2017-06-10"}


def _claim(location: str, source: str, value: int, **extra) -> dict:
    place = {"name": location}
    return {**DAY, "metric": "killed", "location": place, "source": {"name": source}} | {
        "value": value,
        **extra,
    }


def _place_of(db, claim_id: int) -> int:
    return db.execute("SELECT location_id FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


def _place(db, name: str) -> int:
    return db.execute("SELECT id FROM locations WHERE name = ?", [name]).fetchone()[0]


def test_names_are_resolved_once_while_the_stamp_stands(workers):
    first, _ = workers
    for value in (100, 110):  # made, then found (and kept)
        writes.post_claims(first, [_claim("Raqqa", "OCHA", value)], None, Settings())
    seen: list[str] = []
    first.conn.set_trace_callback(seen.append)
    writes.post_claims(first, [_claim("Raqqa", "OCHA", 120)], None, Settings())
    assert any(s.startswith("INSERT INTO claims") for s in seen)
    names = ("aliases", "merged_into", "household_size", "part_of")
    looked_up = [s for s in seen if s.startswith("SELECT") and any(n in s for n in names)]
    assert looked_up == []


def test_a_merge_another_worker_makes_is_resolved_by_the_next_write(workers):
    first, second = workers
    settings = Settings()
    writes.post_claims(first, [_claim("Mashlab", "OCHA", 100)], None, settings)
    for value in (200, 210):  # made, then found (and kept)
        writes.post_claims(first, [_claim("Meshleb", "OCHA", value)], None, settings)
    mashlab, meshleb = _place(first, "Mashlab"), _place(first, "Meshleb")
    writes.add_alias(second, LOCATIONS, mashlab, "Meshleb", None, settings)
    stored = writes.post_claims(first, [_claim("Meshleb", "REACH", 300)], None, settings)
    assert _place_of(first, stored.claim_ids[0]) == mashlab != meshleb


def test_a_household_size_another_worker_sets_is_used_by_the_next_write(workers):
    first, second = workers
    settings = Settings()
    households = {"unit": "household"}
    metric = {"metric": "civilians_remaining"}
    for value in (100, 110):  # made, then found (and kept)
        made = _claim("Raqqa", "OCHA", value) | households | metric
        writes.post_claims(first, [made], None, settings)
    writes.describe_location(second, _place(second, "Raqqa"), {"household_size": 6}, None, settings)
    stored = writes.post_claims(
        first, [_claim("Raqqa", "REACH", 100) | households | metric], None, settings
    )
    low, high = first.execute(
        "SELECT low, high FROM claims WHERE id = ?", [stored.claim_ids[0]]
    ).fetchone()
    assert low == high == 600


def test_a_place_made_by_a_batch_that_was_refused_is_not_remembered(workers):
    first, _ = workers
    refused = [_claim("Ghost", "OCHA", 100), _claim("Ghost", "OCHA", 5) | {"metric": "nope"}]
    with pytest.raises(BatchInvalid):
        writes.post_claims(first, refused, None, Settings())
    stored = writes.post_claims(first, [_claim("Ghost", "OCHA", 100)], None, Settings())
    assert _place_of(first, stored.claim_ids[0]) == _place(first, "Ghost")


def test_names_read_after_a_place_made_in_a_rolled_back_write_are_forgotten(workers):
    """A second batch in the same transaction finds the new place as any stored one; the stamp
    it was found under is the transaction's own, which a rollback never brings back."""
    first, _ = workers
    settings = Settings()
    with pytest.raises(RuntimeError), write_transaction(first):
        store_claims(first, [_claim("Ghost", "OCHA", 100)], None, settings)
        store_claims(first, [_claim("Ghost", "OCHA", 200)], None, settings)
        raise RuntimeError("rolled back")
    assert first.execute("SELECT count(*) FROM locations WHERE name = 'Ghost'").fetchone() == (0,)
    stored = writes.post_claims(first, [_claim("Ghost", "OCHA", 100)], None, settings)
    assert _place_of(first, stored.claim_ids[0]) == _place(first, "Ghost")


def test_every_change_of_a_name_renews_the_stamp(workers):
    first, second = workers
    settings = Settings()
    writes.post_claims(first, [_claim("Raqqa", "OCHA", 100)], None, settings)
    seen = []
    raqqa = _place(second, "Raqqa")
    for change in (
        lambda: writes.add_alias(second, LOCATIONS, raqqa, "Madinat Raqqa", None, settings),
        lambda: writes.create_location(second, {"name": "Tabqa"}, None, settings),
        lambda: writes.describe_source(second, 1, {"grade": "B"}, None),
    ):
        with write_transaction(first):
            seen.append(catalog.current(first).names_stamp)
        change()
    with write_transaction(first):
        seen.append(catalog.current(first).names_stamp)
    assert len(set(seen)) == len(seen)
