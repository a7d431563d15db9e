"""Issue 14: the read models behind Datasette's pages follow every write, and the README's
filters are answered from their indexes (db/schema_readmodels.py, m014)."""

import pytest

from db.demo import load_demo
from figures.settings import Settings

CLAIMS = """SELECT c.id, m.slug, l.name, s.name, c.quantifier, c.low, c.high, c.best, c.unit,
    c.as_of, c.as_of_start, c.status, c.quote, c.retracted_reason, c.metric_id, c.location_id,
    c.source_id
    FROM claims c JOIN metrics m ON m.id = c.metric_id JOIN locations l ON l.id = c.location_id
    JOIN sources s ON s.id = c.source_id ORDER BY c.id"""
READABLE = """SELECT id, metric, location, source, quantifier, low, high, best, unit, as_of,
    as_of_start, status, quote, retracted_reason, metric_id, location_id, source_id
    FROM claims_readable ORDER BY id"""
DISCREPANCIES = """SELECT d.id, d.kind, d.status, d.ratio, m.slug, l.name, d.claim_a, d.claim_b,
    (SELECT s.name FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = d.claim_b),
    d.note, d.location_id
    FROM discrepancies d JOIN metrics m ON m.id = d.metric_id
    JOIN locations l ON l.id = d.location_id ORDER BY d.id"""
REPORT = """SELECT id, kind, status, ratio, metric, location, claim_a, claim_b, source_b, note,
    location_id FROM discrepancy_report ORDER BY id"""
RAQQA = {"metric": "civilians_remaining", "location": "Raqqa", "quantifier": "approximately"}


def same(db) -> None:
    assert db.execute(READABLE).fetchall() == db.execute(CLAIMS).fetchall()
    assert db.execute(REPORT).fetchall() == db.execute(DISCREPANCIES).fetchall()


def test_the_views_follow_posts_retractions_merges_and_reviews(post, client, auth, db):
    first = post("/claims", {**RAQQA, "source": "AFP", "value": 300000, "as_of": "2017-06-10"})
    second = post("/claims", {**RAQQA, "source": "UN OCHA", "value": 160000, "as_of": "2017-06-06"})
    assert (first.status_code, second.status_code) == (201, 201)
    (found,) = second.json["discrepancies"]
    same(db)
    assert db.execute("SELECT count(*) FROM claims_readable").fetchone() == (2,)
    # A place written another way, then linked: its claim and discrepancy move to Raqqa.
    other = post(
        "/claims", {**RAQQA, "location": "Ar-Raqqah", "source": "MSF", "value": 90000}
    ).json["claim"]
    assert db.execute(
        "SELECT location FROM claims_readable WHERE id = ?", [other["id"]]
    ).fetchone() == ("Ar-Raqqah",)
    raqqa = first.json["claim"]["location"]["id"]
    assert post(f"/locations/{raqqa}/aliases", {"name": "Ar-Raqqah"}).status_code in (200, 201)
    assert db.execute(
        "SELECT location FROM claims_readable WHERE id = ?", [other["id"]]
    ).fetchone() == ("Raqqa",)
    same(db)
    reviewed = client.patch(
        f"/discrepancies/{found['id']}", json={"status": "explained", "note": "ok"}, headers=auth
    )
    assert reviewed.status_code == 200
    retracted = post(f"/claims/{first.json['claim']['id']}/retract", {"reason": "typo"})
    assert retracted.status_code == 200
    same(db)
    rows = db.execute("SELECT status, note FROM discrepancy_report").fetchall()
    assert ("explained", "ok") in rows
    assert db.execute(
        "SELECT status, retracted_reason FROM claims_readable WHERE id = ?",
        [first.json["claim"]["id"]],
    ).fetchone() == ("retracted", "typo")


def test_a_renamed_place_source_or_metric_is_renamed_in_the_views(post, db):
    post("/claims", {**RAQQA, "source": "AFP", "value": 300000, "as_of": "2017-06-10"})
    post("/claims", {**RAQQA, "source": "UN OCHA", "value": 160000, "as_of": "2017-06-06"})
    db.execute("UPDATE locations SET name = 'Raqqa city' WHERE name = 'Raqqa'")
    db.execute("UPDATE sources SET name = 'OCHA' WHERE name = 'UN OCHA'")
    db.execute("UPDATE metrics SET slug = 'civilians_left' WHERE slug = 'civilians_remaining'")
    same(db)
    assert db.execute("SELECT DISTINCT location, metric FROM claims_readable").fetchall() == [
        ("Raqqa city", "civilians_left")
    ]


def test_upgrading_fills_the_read_models_from_what_is_stored(tmp_path):
    from db.connection import connect, write_transaction
    from db.metrics import seed_builtin
    from db.migrations import migrate, migrations

    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m014_read_models")
    with write_transaction(db):
        seed_builtin(db)
    load_demo(db, Settings())
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] >= 10
    migrate(db)
    same(db)
    assert db.execute("SELECT count(*) FROM discrepancy_report").fetchone()[0] >= 1
    db.close()


def plan(db, sql: str) -> str:
    """The query's own steps, not those of the per-row subqueries that fetch a shown row."""
    steps = db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    return " | ".join(step[3] for step in steps if step[1] == 0)


# Datasette's own SQL for the README's pages: the rows, the count and a facet of each.
FILTERED = [
    ("claims_readable", "metric = 'idps' AND location = 'Raqqa'", "id DESC"),
    ("claims_readable", "location = 'Raqqa'", "id DESC"),
    ("claims_readable", "source = 'UN OCHA'", "id DESC"),
    ("discrepancy_report", "metric = 'idps' AND location = 'Raqqa'", "ratio DESC"),
    ("discrepancy_report", "status = 'open' AND kind = 'conflict'", "ratio DESC"),
    ("discrepancy_report", "location = 'Raqqa'", "ratio DESC"),
]


@pytest.mark.parametrize(("view", "where", "order"), FILTERED)
def test_the_readme_filters_search_an_index(db, view, where, order):
    """No full scan and no sort: each is a range of an index, whatever the size."""
    queries = [
        f"SELECT * FROM {view} WHERE {where} ORDER BY {order} LIMIT 101",
        f"SELECT count(*) FROM {view} WHERE {where}",
        f"SELECT status AS value, count(*) AS count FROM (SELECT * FROM {view} WHERE {where})"
        " WHERE status IS NOT NULL GROUP BY status ORDER BY count DESC, value LIMIT 31",
    ]
    for sql in queries:
        steps = plan(db, sql)
        assert "SEARCH k USING" in steps, (sql, steps)
        assert "SCAN k" not in steps, (sql, steps)
    assert "TEMP B-TREE" not in plan(db, queries[0])


@pytest.mark.parametrize(
    ("view", "order"), [("claims_readable", "id"), ("discrepancy_report", "ratio")]
)
def test_the_first_pages_read_an_index_in_order(db, view, order):
    assert "TEMP B-TREE" not in plan(db, f"SELECT * FROM {view} ORDER BY {order} DESC LIMIT 101")
    assert "COVERING INDEX" in plan(db, f"SELECT count(*) FROM {view}")


def test_the_bench_generator_fills_the_read_models_too(tmp_path):
    """tests/bench/generate.py writes rows directly: the triggers fill the labels as it goes."""
    from bench import generate

    from db.connection import connect

    generate.build_database(tmp_path / "generated.db", 400)
    db = connect(str(tmp_path / "generated.db"))
    same(db)
    assert db.execute("SELECT count(*) FROM claims_readable").fetchone() == (400,)
    assert db.execute("SELECT count(*) FROM discrepancy_report").fetchone()[0] > 0
    db.close()


def test_make_bench_times_every_page_the_readme_names():
    """Each view, table and canned query of README's "Browse with Datasette" is a bench row
    (the tables behind the views, named there too, are not pages a reader opens)."""
    import re
    from pathlib import Path

    import yaml
    from bench import peer

    root = Path(__file__).resolve().parent.parent
    section = (root / "README.md").read_text().split("## Browse with Datasette")[1]
    named = set(re.findall(r"`(?:/figures/)?(\w+)[`?]", section.split("\n## ")[0]))
    figures = yaml.safe_load((root / "db" / "metadata.yml").read_text())["databases"]["figures"]
    pages = named & (set(figures["tables"]) | set(figures["queries"]))
    pages -= {"claims", "discrepancies", "claim_labels", "discrepancy_labels"}
    targets = {"discrepancies_group": ("m", "p", 1), "busy_group": ("m", "p", 1)}
    timed = {url.split("?")[0].strip("/") for _, url, _ in peer.pages(targets, "OCHA")}
    assert (
        pages
        == timed
        == {
            "discrepancy_report",
            "claims_readable",
            "documents",
            "open_conflicts",
            "claims_by_source",
            "place_timeline",
        }
    )
