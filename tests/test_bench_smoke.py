"""`make bench` on tiny sizes: every row of the table is there with positive numbers (no timing
assertions: the machine is shared), and the generator writes what the API would."""

import sqlite3

from bench import generate, measures
from bench import run as bench_run

CLAIM_COLUMNS = (
    "id, metric_id, location_id, source_id, quantifier, value, value_low, value_high, vague,"
    " unit_stated, household_size, stated_on, as_of, as_of_start, as_of_end, since, quote, low,"
    " high, best, unit, interval_rule, status, dedup_key"
)
DISCREPANCY_COLUMNS = "kind, claim_a, claim_b, metric_id, location_id, ratio, explanation, status"


def test_generated_database_is_what_the_api_stores(tmp_path):
    from app import create_app

    size = 400
    direct = tmp_path / "direct.db"
    facts = generate.build_database(direct, size)
    assert facts["claims"] == size
    api_path = tmp_path / "api.db"
    token = measures.fresh_database(api_path)
    client = create_app({"DATABASE": str(api_path), "TESTING": True}).test_client()
    stream = generate.claim_items(generate.Universe(size), facts["items"])
    items = [measures.posted(item) for item, _, _ in stream]
    for start in range(0, len(items), 100):
        response = client.post(
            "/claims", json=items[start : start + 100], headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code in (200, 201), response.json
    a, b = sqlite3.connect(direct), sqlite3.connect(api_path)
    try:
        for sql in (
            f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY id",
            f"SELECT {DISCREPANCY_COLUMNS} FROM discrepancies ORDER BY claim_a, claim_b, kind",
            "SELECT id, name, key, skeleton FROM locations ORDER BY id",
            "SELECT id, name, key, skeleton FROM sources ORDER BY id",
            "SELECT c.claim_id, d.url FROM citations c JOIN documents d ON d.id = c.document_id"
            " ORDER BY c.claim_id",
        ):
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), sql
        assert a.execute("SELECT count(*) FROM discrepancies").fetchone()[0] > 0
        found = a.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'said'")
        assert found.fetchone()[0] == a.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        a.close()
        b.close()


def test_bench_table_has_every_row_with_positive_numbers(tmp_path):
    sizes = [300, 600]
    cfg = measures.Config(
        sizes=sizes,
        work=tmp_path / "work",
        cache=tmp_path / "cache",
        ingest_claims=200,
        batch=100,
        runs=1,
        single_seconds=0.3,
        single_rounds=1,
        read_rounds=3,
        selfjoin_cap=5,
        import_rows=[40, 80],
        profile_claims=200,
        profile_runs=1,
        place_claims=2_000,
        place_batch=200,
        conflicting=60,
        cost_cap=120,
        extract_size=4_000,
        extract_runs=1,
        log=lambda message: None,
    )
    results = measures.collect(cfg)
    rows = results.rows
    by_section: dict[str, list] = {}
    for row in rows:
        by_section.setdefault(row.section, []).append(row)
    assert len(by_section["1. Ingest"]) == 2
    # per size: /ping and four reads, each read again computed anew; growth; the README pages
    assert len(by_section["2. Reads"]) == 9 * len(sizes) + 4 + 10 * 2
    assert len(by_section["3. Instead"]) == 2 * len(sizes)
    assert len(by_section["4. Scale"]) == 3 + 3  # full DB: API, floor; size; 3 import rows
    assert len(by_section["5. Profile"]) == 3  # ingest, single POSTs, JSON encoding
    assert len(by_section["6. Cost"]) == 2  # a batch into a full place; conflicting claims
    assert len(by_section["7. Extract"]) == 1  # the slowest text at the size limit
    for row in rows:
        assert row.result, row
        assert all(value > 0 for value in row.values), row
        if row.ratio is not None:
            assert row.ratio > 0, row
    numbered = [row for row in rows if row.values]
    assert len(numbered) >= len(rows) - 2
    assert len(results.profiles["before"]) == len(results.profiles["after"]) == 5
    assert len(results.profiles["requests"]) == 6  # /ping, 4 reads, a single POST
    assert all(len(p["top"]) == 5 and p["ms"] > 0 for p in results.profiles["requests"].values())
    text = bench_run.render(results, "pytest")
    for heading in (
        "## Machine",
        "## Results",
        "## Data sets",
        "## Profile of the ingest path",
        "## Profile of the request paths",
    ):
        assert heading in text
    assert "SQLite" in text and "CPU" in text
    assert text.count("\n| ") >= len(rows)
