"""A big batch is worked out on a copy (db/shadow): the database ends exactly as it would have
under the lock, the lock is free meanwhile, and another writer's commit makes it work again."""

import json
import shutil
import sqlite3
from contextlib import closing

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_detection_properties import PLACES, SOURCES, VALUES

from db import places, shadow, shadow_merge, writes
from db.connection import connect, write_transaction
from db.ingest import store_claims
from db.writes import init_db, post_claims
from figures.settings import BATCH_OUTSIDE_LOCK, Settings
from schemas.claims import ClaimIn

STAMPS = {"created_at", "at", "detected_at", "reviewed_at", "retracted_at", "superseded_at"}
COMPARED = (*shadow_merge.WRITTEN, "claim_labels", "discrepancy_labels")
PERIODS = ["2017", "2017-06", "2017-06-05", "2017-06-20", "2017-06-01/2017-06-10", "2016-12-30"]
PERIODS += ["2017-04-20", "2017-07-25", "2017-09"]  # a window or two from the others

posted_claim = st.fixed_dictionaries(
    {
        "metric": st.sampled_from(["civilians_remaining", "killed", "civilians_trapped"]),
        "location": st.sampled_from([*PLACES, "Tabqa"]),
        "source": st.sampled_from(SOURCES),
        "quantifier": st.sampled_from(["exact", "approximately", "at_most", "at_least"]),
        "value": st.sampled_from(VALUES),
        "as_of": st.sampled_from([*PERIODS, None]),
        "stated_on": st.sampled_from([None, "2017-06-05", "2017-08-09"]),
        "reported_in": st.sampled_from(
            [None, {"url": "https://a.example/1", "published_on": "2017-06-06"},
             {"url": "https://b.example/2", "published_on": "2017-06-21"}]
        ),
    }
)  # fmt: skip


RAQQA = {"metric": "civilians_remaining", "location": "Raqqa", "source": "UN OCHA"}


def _items(raw: list[dict]) -> list[dict]:
    """Validated as POST /claims validates; a claim without any date is dated by its post."""
    schema, out = ClaimIn(), []
    for i, claim in enumerate(raw):
        claim = {k: v for k, v in claim.items() if v is not None} | {"quote": f"q{i % 7}"}
        if "as_of" not in claim and "reported_in" not in claim:
            claim["as_of"] = "2017-06-10"
        out.append(schema.load(claim))
    return out


def _database(path) -> None:
    db = connect(str(path))
    init_db(db)
    with write_transaction(db):
        raqqa, _, _ = places.resolve_or_create(db, places.LOCATIONS, "Raqqa", None)
        for district in PLACES[1:]:
            place, _, _ = places.resolve_or_create(db, places.LOCATIONS, district, None)
            places.describe(db, place, {"part_of": raqqa}, None)
    db.conn.close()


def _contents(path) -> dict:
    """Every table a batch writes, without the times of writing."""
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        out = {}
        for table in COMPARED:
            rows = []
            order = "discrepancy_id, position" if table == "discrepancy_claims" else "rowid"
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                row = {k: row[k] for k in row.keys() if k not in STAMPS}
                if table == "history":
                    detail = json.loads(row["detail"])
                    row["detail"] = {k: v for k, v in detail.items() if k not in STAMPS}
                rows.append(row)
            out[table] = rows
    return out


def _both_ways(template, folder, before: list[dict], batch: list[dict]):
    """BEFORE stored under the lock in a copy of TEMPLATE, copied; BATCH then stored under the
    lock into one copy and through the shadow into the other. Each way's answer, and file."""
    under, outside = folder / "under.db", folder / "outside.db"
    for path in (under, outside):
        for leftover in folder.glob(f"{path.name}*"):
            leftover.unlink()
    shutil.copyfile(template, under)
    db = connect(str(under))
    if before:
        with write_transaction(db):
            store_claims(db, before, "t", Settings())
    db.conn.close()
    shutil.copyfile(under, outside)
    answers = []
    for path, way in ((under, _under_lock), (outside, shadow.post)):
        db = connect(str(path))
        try:
            answers.append(vars(way(db, batch, "t", Settings())))
        except Exception as refused:  # the same refusal either way, and nothing written
            answers.append(repr(refused))
        db.conn.close()
    return answers, _contents(under), _contents(outside)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database with Raqqa and its districts, copied for each example."""
    path = tmp_path_factory.mktemp("shadow") / "template.db"
    _database(path)
    connect(str(path)).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _under_lock(db, items, token, settings_):
    with write_transaction(db):
        return store_claims(db, items, token, settings_)


@settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@example(  # the stored claim starts days before the batch's only day: the copy must reach back
    before=[RAQQA | {"location": "Tabqa", "value": 5, "as_of": "2017-06-05"}] * 3
    + [
        RAQQA | {"value": 100_000, "as_of": "2017-06-01/2017-06-10"},
        RAQQA | {"value": 7, "as_of": "2017"},
    ],
    batch=[RAQQA | {"value": 10, "as_of": "2017-06-05", "source": "AFP"}],
    revised=[],
)
@given(
    st.lists(posted_claim, max_size=12),
    st.lists(posted_claim, min_size=1, max_size=14),
    st.lists(st.sampled_from(VALUES), max_size=4),
)
def test_a_batch_worked_out_on_a_copy_writes_what_it_would_under_the_lock(
    template, before, batch, revised
):
    """BATCH with repeats of the first stored claims and their sources' later word on them."""
    later = {"stated_on": "2017-10-01", "reported_in": None}
    revisions = [claim | later | {"value": v} for claim, v in zip(before, revised, strict=False)]
    (under_answer, outside_answer), under, outside = _both_ways(
        template, template.parent, _items(before), _items(before[:3] + revisions + batch)
    )
    assert outside_answer == under_answer
    for table in COMPARED:
        assert outside[table] == under[table], table


def _outlets(metric: str = "civilians_remaining") -> list[dict]:
    """A big batch: as many outlets, each new, each giving Raqqa's figure as about 1,000."""
    document = {"url": "https://c.example/3", "published_on": "2017-06-06"}
    return _items(
        [
            {"metric": metric, "location": "Raqqa", "source": f"Outlet {i}", "value": 1000,
             "quantifier": "approximately", "as_of": "2017-06-05", "reported_in": document}
            for i in range(BATCH_OUTSIDE_LOCK)
        ]
    )  # fmt: skip


def _meanwhile(monkeypatch, path, other: list[dict]) -> list[str]:
    """While the batch is worked out on its copy, another connection stores OTHER (it would
    fail at once if the lock were held). Which ways the batch was worked out, in order."""
    ways = []

    def on_the_copy(db, items, token, settings_):
        ways.append("copy")
        writer = connect(str(path), busy_timeout_ms=0)
        with write_transaction(writer):
            store_claims(writer, other, "other", Settings())
        writer.conn.close()
        return store_claims(db, items, token, settings_)

    def under_the_lock(db, items, token, settings_):
        ways.append("lock")
        return store_claims(db, items, token, settings_)

    monkeypatch.setattr(shadow, "store_claims", on_the_copy)
    monkeypatch.setattr(writes, "store_claims", under_the_lock)
    return ways


def test_a_write_to_what_the_batch_read_makes_it_work_again_under_the_lock(tmp_path, monkeypatch):
    """Another writer stores a figure for the batch's place and day while the batch is worked
    out: the batch is worked out again, under the lock, and so meets it (they conflict)."""
    path = tmp_path / "f.db"
    _database(path)
    db = connect(str(path))
    with write_transaction(db):  # OCHA is a known source: only its new figure is written
        store_claims(db, _items([RAQQA | {"value": 90_000, "as_of": "2015"}]), "o", Settings())
    other = _items([RAQQA | {"value": 90_000, "as_of": "2017-06-05"}])
    ways = _meanwhile(monkeypatch, path, other)
    result = post_claims(db, _outlets(), "t", Settings())
    assert ways == ["copy", "lock"]
    assert len(result.claim_ids) == BATCH_OUTSIDE_LOCK
    assert len(result.discrepancy_ids) == BATCH_OUTSIDE_LOCK  # each outlet's figure vs OCHA's
    stored = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert stored == BATCH_OUTSIDE_LOCK + 2


def test_a_batch_goes_in_after_an_unrelated_write_as_if_it_had_come_second(template, monkeypatch):
    """Another writer stores a figure of another metric while the batch is worked out: the
    batch is not worked out again, and the database ends as if the two had come one after the
    other (the batch's new sources, documents and claims numbered after the other's rows)."""
    killed = {"metric": "killed", "location": "Raqqa", "source": "Local", "as_of": "2017-06-05"}
    first, other = _items([killed | {"value": 10}]), _items([killed | {"value": 900}])
    one_after_the_other, meanwhile = template.parent / "after.db", template.parent / "meant.db"
    answers = []
    for path in (one_after_the_other, meanwhile):
        for leftover in template.parent.glob(f"{path.name}*"):
            leftover.unlink()
        shutil.copyfile(template, path)
        db = connect(str(path))
        with write_transaction(db):
            stored = first + (other if path == one_after_the_other else [])
            store_claims(db, stored, "other", Settings())
        ways = _meanwhile(monkeypatch, path, other) if path == meanwhile else []
        answers.append(vars(post_claims(db, _outlets(), "t", Settings())))
        db.conn.close()
    assert ways == ["copy"]
    assert answers[1] == answers[0]
    assert min(answers[1]["claim_ids"]) == 3  # after the first claim and the other writer's
    after, meant = _contents(one_after_the_other), _contents(meanwhile)
    for table in COMPARED:
        assert meant[table] == after[table], table


def test_the_copy_in_writes_each_table_in_one_statement_and_leaves_nothing_behind(tmp_path):
    """A batch's 1,770 findings go into the database in one INSERT ... SELECT (their pages
    journaled once, not once a row) and the staging table is gone after."""
    path = tmp_path / "f.db"
    _database(path)
    db = connect(str(path))
    conflicting = _items(
        [RAQQA | {"source": f"Outlet {i}", "value": 1000 * (i + 1)} for i in range(60)]
    )
    statements = []
    db.conn.set_trace_callback(statements.append)
    result = post_claims(db, conflicting, "t", Settings())
    db.conn.set_trace_callback(None)
    assert len(result.discrepancy_ids) == 60 * 59 // 2
    # (the trace repeats a statement's text for each run of its triggers: texts are compared)
    inserts = {s for s in statements if s.startswith("INSERT INTO main.discrepancies ")}
    assert len(inserts) == 1 and "FROM temp.copy_in" in inserts.pop()
    assert not [s for s in statements if s.startswith("INSERT INTO discrepancies (id,")]
    assert db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # statement journals in memory
