"""Storage on a real temporary SQLite file: migrations, constraints, append-only history."""

import sqlite3

import pytest

from db.connection import connect, write_transaction
from db.metrics import seed_builtin
from db.migrations import migrate, migrations
from db.writes import init_db


@pytest.fixture
def store(tmp_path):
    db = connect(str(tmp_path / "store.db"))
    init_db(db)
    yield db
    db.close()


def insert_claim(db, **overrides):
    row = {
        "metric_id": 1,
        "location_id": 1,
        "source_id": 1,
        "quantifier": "exact",
        "value": 5,
        "unit_stated": "person",
        "low": 5,
        "high": 5,
        "best": 5,
        "unit": "person",
        "interval_rule": "exact",
        "dedup_key": "k",
        "created_at": "t",
        "as_of_start": "2017-06-01",
        "as_of_end": "2017-06-01",
    }
    row.update(overrides)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})", list(row.values()))


@pytest.fixture
def place_and_source(store):
    store.execute(
        "INSERT INTO locations (name, key, skeleton, created_at) VALUES "
        "('Raqqa', 'raqa', 'rq', 't')"
    )
    store.execute(
        "INSERT INTO sources (name, key, skeleton, created_at) VALUES ('OCHA', 'ocha', 'ch', 't')"
    )
    return store


def test_pragmas(store):
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_migrations_are_idempotent(store):
    applied = [m.name for m in migrations.applied(store)]
    migrate(store)
    assert [m.name for m in migrations.applied(store)] == applied
    assert migrations.pending(store) == []


def test_schema_has_every_table(store):
    expected = {
        "metrics",
        "locations",
        "location_aliases",
        "sources",
        "source_aliases",
        "documents",
        "claims",
        "citations",
        "discrepancies",
        "history",
        "tokens",
    }
    assert expected <= set(store.table_names())


def test_builtin_metrics_seeded_once(store):
    with write_transaction(store):
        seed_builtin(store)
    assert store.execute("SELECT count(*) FROM metrics").fetchone()[0] == 9


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"value": -1}, "value_non_negative"),
        ({"low": 10, "high": 5}, "low_le_high"),
        ({"low": -1}, "low_non_negative"),
        ({"as_of_start": "2017-06-02", "as_of_end": "2017-06-01"}, "as_of_ordered"),
        ({"quantifier": "roughly"}, "quantifier_known"),
        ({"status": "deleted"}, "claim_status"),
    ],
)
def test_check_constraints_hold_the_invariants(place_and_source, overrides, constraint):
    with pytest.raises(sqlite3.IntegrityError, match=constraint):
        insert_claim(place_and_source, **overrides)


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        insert_claim(store)


def test_claims_are_never_deleted(place_and_source):
    insert_claim(place_and_source)
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        place_and_source.execute("DELETE FROM claims")


def test_history_is_append_only(store):
    assert store.execute("SELECT count(*) FROM history").fetchone()[0] == 9
    for statement in ("UPDATE history SET action = 'x'", "DELETE FROM history"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.execute(statement)


def test_write_transaction_rolls_back_everything(place_and_source):
    with pytest.raises(RuntimeError):
        with write_transaction(place_and_source):
            insert_claim(place_and_source)
            raise RuntimeError("boom")
    assert place_and_source.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_group_query_uses_the_index(store):
    plan = " ".join(
        row[3]
        for row in store.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM claims WHERE metric_id IN (1, 2) "
            "AND location_id IN (3) AND as_of_start <= '2017-07-01' AND as_of_end >= '2017-05-01'"
        ).fetchall()
    )
    assert "INDEX idx_claims_group" in plan


def test_detection_reads_only_pairable_rows_from_the_index(place_and_source):
    """Issue 11, cost: of a crowded window, detection fetches another source's figure only when
    it is disjoint (or a far ceiling), and its own source's only about the same moment; the
    filter reads index columns alone, so agreeing rows are never looked up."""
    from datetime import date

    from db.claim_groups import GROUP_SELECT, group

    db = place_and_source
    db.execute(
        "INSERT INTO sources (name, key, skeleton, created_at)"
        " VALUES ('UNHCR', 'unhcr', 'nhcr', 't')"
    )
    rows = {
        "agreeing": dict(source_id=2, value=5, low=5, high=5, best=5),
        "disjoint": dict(source_id=2, value=9, low=9, high=9, best=9),
        "own update": dict(source_id=1, as_of_start="2017-06-10", as_of_end="2017-06-10"),
        "own same moment": dict(source_id=1, value=6, low=6, high=6, best=6),
    }
    for i, (name, fields) in enumerate(rows.items()):
        insert_claim(db, dedup_key=name, quote=name, **fields, id=10 + i)
    near = {
        "source": 1, "metric": 1, "location": 1, "low": 5, "high": 5, "quantifier": "exact",
        "factor": 3.0, "series": False, "start": "2017-06-01", "end": "2017-06-01",
        "published": False, "published_from": "", "published_to": "",
    }  # fmt: skip
    found = group(db, [1], [1], date(2017, 5, 1), date(2017, 7, 2), near)
    assert sorted(r["quote"] for r in found) == ["disjoint", "own same moment"]
    near["series"] = True  # a running total: the source's whole series counts
    found = group(db, [1], [1], date(2017, 5, 1), date(2017, 7, 2), near)
    assert sorted(r["quote"] for r in found) == ["disjoint", "own same moment", "own update"]
    where = (
        " WHERE c.metric_id IN (1) AND c.location_id IN (1) AND c.status = 'active' AND c.high < 5"
    )
    plan = " ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {GROUP_SELECT}{where}"))
    assert "INDEX idx_claims_group" in plan
    covered = db.execute(
        "EXPLAIN QUERY PLAN SELECT c.id FROM claims c INDEXED BY idx_claims_group"
        " WHERE c.metric_id = 1 AND c.location_id = 1 AND c.as_of_start >= '2017-05-01'"
        " AND c.as_of_end >= '2017-05-01' AND c.status = 'active' AND c.source_id = 1"
        " AND c.low > 1 AND c.high < 9 AND c.quantifier = 'exact' AND c.dated_by IS NULL"
    ).fetchall()
    assert "COVERING INDEX" in covered[0][3]


def test_upgrading_recomputes_name_keys_folded_to_latin(tmp_path):
    """m013: keys stored before names were folded are recomputed, so old rows still match."""
    from db.history import now
    from figures.names import name_key, skeleton

    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m013_names_folded_again")
    db.execute(
        "INSERT INTO locations (name, key, skeleton, created_at) VALUES (?, 'stale', 'x', ?)",
        ["Raqq\u0430", now()],
    )
    db.execute(
        "INSERT INTO location_aliases (location_id, name, key, created_at)"
        " VALUES (1, ?, 'stale', ?)",
        ["Raqq\u0430", now()],
    )
    db.conn.commit()
    migrate(db)
    assert db.execute("SELECT key, skeleton FROM locations").fetchone() == (
        name_key("Raqqa"),
        skeleton("Raqqa"),
    )
    assert db.execute("SELECT key FROM location_aliases").fetchone() == (name_key("Raqqa"),)


@pytest.mark.parametrize(
    ("migration", "name", "old_key", "now_as"),
    [  # m019: past a possessive; m020: "United Nations" is the UN; m021: "UN WHO" is WHO
        (
            "m019_source_keys_read_past_possessives",
            "the UN's refugee agency",
            "unsrefugeagency",
            "UNHCR",
        ),
        ("m020_source_keys_read_united_nations_as_un", "United Nations", "unitednations", "UN"),
        (  # m021: a known agency named after "UN" is that agency
            "m021_source_keys_read_past_a_un_prefix",
            "the UN World Health Organization",
            "unworldhealthorganization",
            "WHO",
        ),
    ],
)
def test_upgrading_recomputes_stored_source_keys(tmp_path, migration, name, old_key, now_as):
    """A source stored under the key an older rule gave it is found under today's key."""
    from db.history import now
    from figures.names import source_key

    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before=migration)
    db.execute(
        "INSERT INTO sources (name, key, skeleton, created_at) VALUES (?, ?, 'x', ?)",
        [name, old_key, now()],
    )
    db.conn.commit()
    migrate(db)
    assert db.execute("SELECT key FROM sources").fetchone() == (source_key(now_as),)
