"""Datasette's metadata and read models (issue 4): every column described, canned queries run."""

import asyncio
import sqlite3
from pathlib import Path

import pytest
import yaml

from api.cli import datasette_command
from db.demo import load_demo
from figures.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
METADATA_FILE = ROOT / "db" / "metadata.yml"
PLUGINS_DIR = ROOT / "db" / "datasette_plugins"


@pytest.fixture(scope="module")
def metadata():
    return yaml.safe_load(METADATA_FILE.read_text())


@pytest.fixture
def figures(metadata):
    return metadata["databases"]["figures"]


@pytest.fixture
def demo(db):
    load_demo(db, Settings())
    return db


def fts_tables(db) -> set[str]:
    """FTS virtual tables and their shadow tables (Datasette hides them itself)."""
    virtual = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING FTS%'"
        ).fetchall()
    ]
    return {t for t in db.table_names() for v in virtual if t.startswith(v)}


def canned(figures, name: str, db, **params) -> list[dict]:
    return list(db.query(figures["queries"][name]["sql"], params))


def test_top_level_and_database_carry_title_description_source_license(metadata, figures):
    for level in (metadata, figures):
        assert level["title"] and level["description"] and level["source"]
        # Issue 14: the content is the publishers', not the code's (Apache-2.0 is the code's).
        assert "belong to the outlets" in level["license"] and "Apache" not in level["license"]


def test_every_column_of_every_table_and_view_is_described(db, figures):
    tables = figures["tables"]
    skip = fts_tables(db)
    problems = []
    for name in [*db.table_names(), *db.view_names()]:
        if name in skip:
            continue
        described = tables.get(name, {})
        if not described.get("description"):
            problems.append(f"{name}: no description")
        columns = [r[1] for r in db.execute(f"PRAGMA table_info([{name}])").fetchall()]
        documented = described.get("columns") or {}
        problems += [f"{name}.{c}: no description" for c in columns if not documented.get(c)]
        problems += [f"{name}.{c}: not a column" for c in documented if c not in columns]
    assert problems == []


def test_internal_tables_are_hidden_and_tokens_closed(db, figures):
    tables = figures["tables"]
    for name in ["_sqlite_migrations", "tokens", *sorted(fts_tables(db))]:
        assert tables[name]["hidden"] is True, name
    assert tables["tokens"]["allow"] is False


def test_canned_queries_only_read(figures):
    for name, query in figures["queries"].items():
        assert not query.get("write"), name
        assert query["sql"].lstrip().lower().startswith("select"), name


def test_default_sorts_and_facets_name_real_columns(db, figures):
    for name, table in figures["tables"].items():
        if "columns" not in table:
            continue
        columns = set(table["columns"])
        for key in ("sort", "sort_desc"):
            if key in table:
                assert table[key] in columns, (name, key)
        assert set(table.get("facets", [])) <= columns, name


def test_discrepancy_report_shows_the_seed_conflict_side_by_side(demo):
    rows = list(demo.query("SELECT * FROM discrepancy_report"))
    assert len(rows) == 1
    row = rows[0]
    assert {k: row[k] for k in ("kind", "status", "metric", "location", "unit")} == {
        "kind": "conflict",
        "status": "open",
        "metric": "civilians_remaining",
        "location": "Raqqa",
        "unit": "person",
    }
    assert (row["source_a"], row["stated_a"], row["low_a"], row["high_a"], row["as_of_a"]) == (
        "AFP",
        "about 300,000",
        250000,
        350000,
        "2017-06-10",
    )
    assert (
        row["source_b"],
        row["stated_b"],
        row["low_b"],
        row["high_b"],
        row["as_of_b"],
        row["stated_on_b"],
    ) == ("UN OCHA", "about 160,000", 144000, 176000, "2017-06-06", "2017-06-06")
    assert "160,000 people remained" in row["quote_b"]
    assert row["ratio"] == pytest.approx(250000 / 176000)
    assert row["chart"] == (
        "http://127.0.0.1:5000/reconciliation/chart?metric=civilians_remaining"
        f"&location={row['location_id']}"
    )


def test_chart_link_follows_the_api_base_url_setting(demo):
    demo.execute("UPDATE settings SET value = 'http://127.0.0.1:5123' WHERE key = 'api_base_url'")
    (chart,) = demo.execute("SELECT chart FROM discrepancy_report").fetchone()
    assert chart.startswith("http://127.0.0.1:5123/reconciliation/chart?metric=civilians_remaining")


def test_claims_readable_states_each_hedge(demo):
    stated = {
        r["id"]: (r["metric"], r["source"], r["stated"])
        for r in demo.query("SELECT id, metric, source, stated FROM claims_readable")
    }
    assert set(stated.values()) >= {
        ("civilians_remaining", "AFP", "about 300,000"),
        ("civilians_trapped", "UN OCHA", "at most 100,000"),
        ("airstrikes", "The monitor (unnamed)", "at least 25"),
        ("military_personnel", "Pentagon", "hundreds"),
        ("displaced_in_population", "AFP", "80,000"),
    }


def test_full_text_search_finds_quotes_and_document_titles(demo):
    quotes = [
        r[0]
        for r in demo.execute(
            "SELECT quote FROM claims WHERE id IN"
            " (SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'remained')"
        ).fetchall()
    ]
    assert len(quotes) == 1 and "about 160,000 people remained" in quotes[0]
    titles = demo.execute(
        "SELECT title FROM documents WHERE id IN"
        " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'coalition')"
    ).fetchall()
    assert titles == [("Russian Federation says US-led coalition colludes with IS in Syria",)]


def test_open_conflicts_lists_the_seed_conflict(demo, figures):
    rows = canned(figures, "open_conflicts", demo)
    assert [(r["source_a"], r["source_b"], r["kind"]) for r in rows] == [
        ("AFP", "UN OCHA", "conflict")
    ]


@pytest.mark.parametrize("source", ["UN OCHA", "un ocha", "OCHA", "1"])
def test_claims_by_source_takes_a_name_alias_or_id(demo, figures, source):
    rows = canned(figures, "claims_by_source", demo, source=source)
    assert sorted(r["stated"] for r in rows) == ["about 160,000", "about 40,000", "at most 100,000"]


def test_claims_by_source_unknown_is_empty(demo, figures):
    assert canned(figures, "claims_by_source", demo, source="Nobody") == []


@pytest.mark.parametrize("location", ["Raqqa", "raqa", "1"])
def test_place_timeline_is_in_time_order(demo, figures, location):
    rows = canned(figures, "place_timeline", demo, metric="civilians_remaining", location=location)
    assert [(r["as_of"], r["source"], r["stated"], r["open_discrepancies"]) for r in rows] == [
        ("2017-06-06", "UN OCHA", "about 160,000", 1),
        ("2017-06-10", "AFP", "about 300,000", 1),
    ]


def test_datasette_serves_the_live_file_read_only_with_metadata_and_plugins():
    command = datasette_command("/data/figures.db", 8123)
    assert command[1:3] == ["serve", "/data/figures.db"]
    assert "-i" not in command and "--immutable" not in command
    assert command[command.index("--metadata") + 1] == str(METADATA_FILE)
    assert command[command.index("--plugins-dir") + 1] == str(PLUGINS_DIR)
    assert "suggest_facets off" in " ".join(command)


def test_datasette_never_serves_token_hashes(app, demo):
    """In-process Datasette with our metadata and plugins: tokens closed, even to custom SQL."""
    from datasette.app import Datasette

    path = app.config["DATABASE"]
    (token_hash,) = demo.execute("SELECT token_hash FROM tokens").fetchone()
    datasette = Datasette(
        [path],
        metadata=yaml.safe_load(METADATA_FILE.read_text()),
        plugins_dir=str(PLUGINS_DIR),
    )

    async def fetch(url):
        response = await datasette.client.get(url)
        return response.status_code, response.text

    async def visit():
        return {
            "table": await fetch("/figures/tokens.json"),
            "sql": await fetch("/figures.json?sql=select+token_hash+from+tokens"),
            "upper": await fetch("/figures.json?sql=select+*+from+main.TOKENS"),
            "view": await fetch(
                "/figures.json?sql=select+*+from+claims+where+id+in+(select+id+from+tokens)"
            ),
            "report": await fetch("/figures/discrepancy_report.json?_shape=array"),
            "database": await fetch("/figures.json"),
        }

    seen = asyncio.run(visit())
    assert seen["table"][0] == 403
    for key in ("sql", "upper", "view"):
        assert seen[key][0] == 400, key
        assert token_hash not in seen[key][1]
    assert seen["report"][0] == 200 and '"source_b": "UN OCHA"' in seen["report"][1]
    assert seen["database"][0] == 200
    for _, body in seen.values():
        assert token_hash not in body


def test_the_plugin_denies_reads_of_tokens_on_any_connection(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "private_tables", PLUGINS_DIR / "private_tables.py"
    )
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE tokens (id INTEGER PRIMARY KEY, token_hash TEXT)")
    conn.execute("CREATE TABLE claims (id INTEGER PRIMARY KEY)")
    plugin.prepare_connection(conn)
    with pytest.raises(sqlite3.DatabaseError, match="prohibited|not authorized"):
        conn.execute("SELECT token_hash FROM tokens").fetchall()
    assert conn.execute("SELECT count(*) FROM claims").fetchone() == (0,)
    conn.close()


def test_upgrading_a_database_with_claims_indexes_their_quotes(tmp_path):
    from db.connection import connect, write_transaction
    from db.metrics import seed_builtin
    from db.migrations import migrate, migrations

    db = connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m004_settings")
    with write_transaction(db):
        seed_builtin(db)
    load_demo(db, Settings())
    migrate(db)
    found = db.execute(
        "SELECT id, source FROM claims_readable WHERE id IN"
        " (SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'remained')"
    ).fetchall()
    assert [source for _, source in found] == ["UN OCHA"]
    assert db.execute("SELECT value FROM settings WHERE key = 'api_base_url'").fetchone() == (
        "http://127.0.0.1:5000",
    )
    db.close()


def test_canned_queries_work_whatever_the_file_is_called(tmp_path, metadata):
    """Issue 14: metadata keyed "figures" applied only to figures.db; make run serves demo.db."""
    import json

    path = tmp_path / "demo.db"
    path.touch()
    command = datasette_command(str(path), 8123)
    written = json.loads(Path(command[command.index("--metadata") + 1]).read_text())
    assert list(written["databases"]) == ["demo"]
    assert written["databases"]["demo"] == metadata["databases"]["figures"]
    assert written["title"] == metadata["title"]


def test_counts_display_as_integers_with_separators(app, demo):
    """Issue 14: numbers printed as 150000.0; the plugin writes 250,000, leaving ids alone."""
    from datasette.app import Datasette

    datasette = Datasette(
        [app.config["DATABASE"]],
        metadata=yaml.safe_load(METADATA_FILE.read_text()),
        plugins_dir=str(PLUGINS_DIR),
    )

    async def page():
        return (await datasette.client.get("/figures/claims_readable?id=1")).text

    html = asyncio.run(page())
    assert "250,000" in html and "350,000" in html
    assert "250000.0" not in html


def test_a_ratio_displays_with_two_decimals(app, demo):
    from datasette.app import Datasette

    datasette = Datasette(
        [app.config["DATABASE"]],
        metadata=yaml.safe_load(METADATA_FILE.read_text()),
        plugins_dir=str(PLUGINS_DIR),
    )

    async def page():
        return (await datasette.client.get("/figures/discrepancy_report")).text

    html = asyncio.run(page())
    assert '<td class="col-ratio type-float">1.42</td>' in html
    assert "1.4204545" not in html
