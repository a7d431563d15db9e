"""Issue 4: claims and discrepancies out as CSV and HXL, claims back in, all or nothing."""

import csv
import io
import time
import tracemalloc
import weakref

import hxl
import pytest
from bench.generate import synthetic_rows
from hxl.input import InputOptions

from api.cli import claim_row_validator
from app import create_app
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import export as exports
from db import imports
from db.connection import connect, write_transaction
from db.demo import load_demo
from db.writes import init_db
from figures.settings import Settings


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def demo(db):
    load_demo(db, Settings())
    return db


@pytest.fixture
def empty(tmp_path):
    """A second, freshly migrated database with only the built-in metrics."""
    db = connect(str(tmp_path / "empty.db"))
    init_db(db)
    yield db
    db.close()


def export(db, kind="claims", fmt="csv", filters=None) -> str:
    out = io.StringIO(newline="")
    writer = exports.export_claims if kind == "claims" else exports.export_discrepancies
    writer(db, out, fmt, filters)
    return out.getvalue()


def import_text(db, text: str, chunk: int = 1000):
    rows = imports.read_claim_rows(io.StringIO(text, newline=""))
    return imports.import_claims(
        db, rows, claim_row_validator(), Settings(), "importer", chunk=chunk
    )


def claims_as_data(db) -> list[dict]:
    """Every exported column but the ones a new database assigns afresh."""
    return [
        {k: v for k, v in row.items() if k not in ("id", "created_at")}
        for row in exports.claim_rows(db)
    ]


def discrepancies_as_data(db) -> list[tuple]:
    keys = ("kind", "status", "ratio", "metric", "location", "source_a", "low_a", "high_a")
    keys += ("source_b", "low_b", "high_b")
    return [tuple(r[k] for k in keys) for r in exports.discrepancy_rows(db)]


# --- export -------------------------------------------------------------------------------


def test_hxl_export_reads_back_with_libhxl(demo, tmp_path):
    path = tmp_path / "claims.hxl.csv"
    path.write_text(export(demo, fmt="hxl"), newline="")
    with hxl.data(str(path), InputOptions(allow_local=True)) as data:
        tags = [column.display_tag for column in data.columns]
        rows = list(data)
    for tag in ("#indicator+code", "#loc+name", "#meta+source", "#meta+quantifier"):
        assert tag in tags
    for tag in ("#date+reported", "#date+start", "#date+end", "#indicator+num+low"):
        assert tag in tags
    assert len(rows) == 10
    ocha = next(r for r in rows if r.get("#indicator+num+stated") == "160000")
    assert ocha.get("#meta+source") == "UN OCHA"
    assert ocha.get("#indicator+code") == "civilians_remaining"
    assert (ocha.get("#indicator+num+low"), ocha.get("#indicator+num+high")) == ("144000", "176000")
    assert ocha.get("#indicator+num+best") == "160000"
    assert (ocha.get("#date+start"), ocha.get("#date+end")) == ("2017-06-06", "2017-06-06")
    assert ocha.get("#date+reported") == "2017-06-06"
    afp = next(r for r in rows if r.get("#indicator+num+stated") == "300000")
    assert (afp.get("#indicator+num+low"), afp.get("#indicator+num+high")) == ("250000", "350000")
    at_least = next(r for r in rows if r.get("#meta+quantifier") == "at_least")
    assert not at_least.get("#indicator+num+high")  # unbounded: an empty cell
    with hxl.data(str(path), InputOptions(allow_local=True)) as data:
        assert hxl.schema().validate(data)


def test_hxl_hashtags_do_not_change_with_the_filters(demo):
    """Issue 14: files for two metrics stack (the old export renamed the number columns)."""
    killed = demo.execute("SELECT id FROM metrics WHERE slug = 'killed'").fetchone()[0]
    every = export(demo, fmt="hxl").splitlines()[1]
    one = export(demo, fmt="hxl", filters={"metric_id": killed}).splitlines()[1]
    assert one == every and "#indicator+num+low" in one


def test_libhxl_cleaning_reads_the_export_back_unchanged(demo, tmp_path):
    """Issue 14: `#date+as_of` held "2017-03-01/2017-06-30", which clean_data(date=...) turned
    into 2017-01-03; the period is now #date+start and #date+end, the text #meta+as_of."""
    path = tmp_path / "claims.hxl.csv"
    path.write_text(export(demo, fmt="hxl"), newline="")
    with hxl.data(str(path), InputOptions(allow_local=True)) as data:
        raw = [list(row.values) for row in data]
    with hxl.data(str(path), InputOptions(allow_local=True)) as data:
        cleaned = [list(r.values) for r in data.clean_data(date="#date", number="#indicator+num")]
    assert len(raw) == 10 and cleaned == raw


def test_discrepancy_export_names_both_sources(demo, tmp_path):
    path = tmp_path / "discrepancies.hxl.csv"
    path.write_text(export(demo, "discrepancies", "hxl"), newline="")
    with hxl.data(str(path), InputOptions(allow_local=True)) as data:
        rows = list(data)
    assert len(rows) == 1
    row = rows[0]
    assert row.get("#meta+kind") == "conflict" and row.get("#status") == "open"
    assert float(row.get("#severity+num+ratio")) == pytest.approx(250_000 / 176_000)
    assert (row.get("#meta+source+claim_a"), row.get("#meta+source+claim_b")) == (
        "AFP",
        "UN OCHA",
    )
    assert row.get("#indicator+num+low+claim_b") == "144000"


def test_csv_export_has_names_and_no_hashtag_row(demo):
    lines = export(demo).splitlines()
    assert lines[0].split(",")[:5] == ["id", "metric", "location", "location_pcode", "source"]
    assert not lines[1].startswith("#")
    assert len(list(csv.reader(lines))) == 11


# --- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "hxl"])
def test_export_imported_into_an_empty_database_gives_the_same_picture(demo, empty, fmt):
    report = import_text(empty, export(demo, fmt=fmt))
    assert report.ok and report.committed, report.rejected
    assert (report.rows, report.created, report.repeats) == (10, 10, 0)
    assert report.discrepancies == 1
    assert claims_as_data(empty) == claims_as_data(demo)
    assert discrepancies_as_data(empty) == discrepancies_as_data(demo)
    ocha = next(r for r in exports.claim_rows(empty) if r["value"] == 160000)
    assert (ocha["low"], ocha["high"], ocha["best"]) == (144000, 176000, 160000)
    assert ocha["as_of"] == "2017-06-06" and ocha["source"] == "UN OCHA"


def test_importing_the_same_file_twice_adds_nothing(demo, empty):
    text = export(demo)
    assert import_text(empty, text).created == 10
    report = import_text(empty, text)
    assert report.ok and (report.created, report.repeats, report.discrepancies) == (0, 10, 0)
    assert count(empty, "claims") == 10


def test_retracted_claim_comes_back_retracted_with_its_discrepancy_closed(demo, empty):
    with write_transaction(demo):
        claim_store.retract(demo, 1, "misattributed", "tester")
        discrepancy_store.close_for_claim(demo, 1, "tester")
    report = import_text(empty, export(demo))
    assert report.ok and report.retracted == 1
    retracted = next(r for r in exports.claim_rows(empty) if r["value"] == 300000)
    assert (retracted["status"], retracted["retracted_reason"]) == ("retracted", "misattributed")
    assert discrepancies_as_data(empty) == discrepancies_as_data(demo)
    assert discrepancies_as_data(empty)[0][1] == "resolved"


def test_formula_like_text_is_guarded_in_the_file_and_restored_on_import(db, empty):
    text = (
        "metric,location,source,value,stated_on,quote\n"
        'killed,Raqqa,AFP,3,2017-06-01,"=HYPERLINK(""http://x"")"\n'
    )
    assert import_text(db, text).ok
    exported = export(db)
    assert "'=HYPERLINK" in exported
    assert import_text(empty, exported).ok
    assert next(exports.claim_rows(empty))["quote"] == '=HYPERLINK("http://x")'


def test_hand_written_file_in_the_posted_shape(db):
    text = (
        "Metric,Location,Location PCode,Source,Quantifier,Value,Low,High,Vague,Unit,As Of\n"
        "civilians_remaining,Raqqa,SY1101,UN OCHA,range,,10000,20000,,household,2017-06\n"
        "killed,Raqqa,,AFP,vague,,,,dozens,,2017-06-01/2017-06-09\n"
        "\n"
    )
    report = import_text(db, text)
    assert report.ok and report.created == 2, report.rejected
    household, vague = list(exports.claim_rows(db))
    assert (household["stated_low"], household["stated_high"]) == (10000, 20000)
    assert (household["low"], household["high"]) == (40000, 140000)  # 4 to 7 per household
    assert household["location_pcode"] == "SY1101" and household["as_of_start"] == "2017-06-01"
    assert (vague["low"], vague["high"], vague["as_of_end"]) == (12, 99, "2017-06-09")


def test_hxl_file_with_hashtags_only_is_read_by_its_hashtags(db):
    text = (
        "#indicator+code,#loc+name,#meta+source,#meta+quantifier,#indicator+num+stated,"
        "#date+reported\n"
        "civilians_remaining,Raqqa,UN OCHA,approximately,160000,2017-06-06\n"
    )
    report = import_text(db, text)
    assert report.ok and report.created == 1, report.rejected
    claim = next(exports.claim_rows(db))
    assert (claim["low"], claim["high"], claim["as_of"]) == (144000, 176000, "2017-06-06")


# --- rejected files -----------------------------------------------------------------------

GOOD = "civilians_remaining,Raqqa,UN OCHA,approximately,160000,2017-06-06,2017-06-10\n"


def test_one_bad_row_imports_nothing_and_names_its_row_and_column(db):
    history = count(db, "history")
    text = (
        "metric,location,source,quantifier,value,stated_on,document_published_on\n"
        + GOOD
        + 'civilians_remaining,Raqqa,AFP,approximately,"300,000",2017-06-10,\n'
        + GOOD.replace("UN OCHA", "Airwars")
    )
    report = import_text(db, text)
    assert not report.ok and not report.committed
    assert (report.rows, report.rejected_rows, report.created) == (3, 1, 0)
    [rejection] = report.rejected
    assert (rejection.row, rejection.field) == (3, "value")
    assert "not a number: '300,000'" in rejection.reason
    assert count(db, "claims") == 0 and count(db, "locations") == 0
    assert count(db, "history") == history


def test_every_rejected_row_is_reported_including_storage_refusals(db):
    text = (
        "metric,location,source,quantifier,value,unit,stated_on,document_published_on\n"
        + "civilians_remaining,Raqqa,UN OCHA,approximately,160000,,2017-06-06,\n"
        + "no_such_metric,Raqqa,AFP,exact,5,,2017-06-06,\n"
        + "civilians_remaining,Raqqa,AFP,exact,5,kilogram,2017-06-06,\n"
        + "civilians_remaining,Raqqa,AFP,exact,-5,,2017-06-06,2017-02-30\n"
        + "civilians_remaining,Raqqa,AFP,exact,5,,2017-06-06,,surplus\n"
    )
    report = import_text(db, text, chunk=2)
    found = {(r.row, r.field) for r in report.rejected}
    assert found == {
        (3, "metric"),
        (4, "unit"),
        (5, "value"),
        (5, "document_published_on"),
        (6, "_row"),
    }
    assert "known:" in next(r.reason for r in report.rejected if r.field == "metric")
    assert report.rejected_rows == 4 and report.reasons == 5
    assert count(db, "claims") == 0


def test_unknown_or_missing_columns_reject_the_file(db):
    report = import_text(db, "metric,location,qoute\nkilled,Raqqa,x\n")
    fields = {(r.row, r.field) for r in report.rejected}
    assert fields == {(1, "qoute"), (1, "source")}
    assert report.rows == 0 and count(db, "claims") == 0
    assert report.summary() == "Nothing imported: the file was refused (2 reasons)."


def test_broken_csv_is_reported_not_raised(db):
    text = "metric,location,source,value,quote\nkilled,Raqqa,AFP,1,x\nkilled,Raqqa,AFP,2,"
    report = import_text(db, text + "x" * 200_000 + "\n")
    assert not report.ok and report.rows == 1
    assert (report.rejected[0].row, report.rejected[0].field) == (3, "_file")
    assert "field larger than field limit" in report.rejected[0].reason
    multi_line = 'metric,location,source,value,quote\nkilled,Raqqa,AFP,1,"two\nlines"\n'
    report = import_text(db, multi_line + "killed,Raqqa,AFP,x,y\n")
    assert report.rejected[0].row == 3  # records, as a spreadsheet numbers them
    assert count(db, "claims") == 0


# --- streaming ----------------------------------------------------------------------------

ROWS, CHUNK = 10_000, 500


def test_a_large_file_is_streamed_not_held(db, tmp_path):
    """10,000 rows: reading them keeps a small footprint (tracemalloc: holding them takes over
    ten times more), and importing them holds at most one chunk of claims at a time (each
    claim tracked by a weak reference), so memory does not grow with the file."""
    path = tmp_path / "large.csv"
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(synthetic_rows(ROWS))

    def peak(read) -> int:
        with open(path, newline="") as f:
            tracemalloc.start()
            try:
                read(imports.read_claim_rows(f))
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    streamed = peak(lambda rows: sum(1 for _ in rows))
    held = peak(list)
    assert streamed < 1_000_000 and 10 * streamed < held

    class Claim(dict):
        """A validated claim that can say when it is freed."""

    alive = most = 0
    check = claim_row_validator()

    def freed():
        nonlocal alive
        alive -= 1

    def validate(item):
        nonlocal alive, most
        claim = Claim(check(item))
        weakref.finalize(claim, freed)
        alive += 1
        most = max(most, alive)
        return claim

    started = time.perf_counter()
    with open(path, newline="") as f:
        rows = imports.read_claim_rows(f)
        report = imports.import_claims(db, rows, validate, Settings(), "bench", chunk=CHUNK)
    rate = ROWS / (time.perf_counter() - started)
    assert report.ok and report.created == ROWS, report.rejected[:3]
    assert CHUNK <= most <= CHUNK + 1, most
    assert count(db, "claims") == ROWS
    print(f"imported {ROWS} rows at {rate:.0f} rows/s")


# --- HTTP and CLI -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/export/claims.csv",
        "/export/claims.hxl.csv",
        "/export/discrepancies.csv",
        "/export/discrepancies.hxl.csv",
    ],
)
def test_export_paths_stream_csv(client, demo, path):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.is_streamed
    assert path.rsplit("/", 1)[1] in response.headers["Content-Disposition"]
    lines = response.get_data(as_text=True).splitlines()
    assert lines[1].startswith("#") == (".hxl." in path)
    assert len(lines) == 1 + (".hxl." in path) + (10 if "claims" in path else 1)


def test_export_paths_filter_like_the_lists(client, demo):
    body = client.get("/export/claims.csv?source=OCHA&status=active").get_data(as_text=True)
    assert len(body.splitlines()) == 1 + 3
    body = client.get("/export/discrepancies.csv?min_ratio=2").get_data(as_text=True)
    assert len(body.splitlines()) == 1
    response = client.get("/export/claims.csv?metric=nope")
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    assert client.get("/export/claims.hxl.csv?limit=5").status_code == 400
    assert client.get("/export/discrepancies.csv?location=Atlantis").status_code == 404


def test_export_paths_are_in_the_openapi_document(client):
    paths = client.get("/openapi.json").json["paths"]
    for name in ("claims.csv", "claims.hxl.csv", "discrepancies.csv", "discrepancies.hxl.csv"):
        ok = paths[f"/export/{name}"]["get"]["responses"]["200"]
        assert "text/csv" in ok["content"]


def test_cli_exports_and_imports_into_an_empty_database(app, runner, tmp_path):
    """No app context is held here: each runner must reach its own app's database."""
    assert runner.invoke(args=["load-demo"]).exit_code == 0
    path = tmp_path / "claims.hxl.csv"
    result = runner.invoke(args=["export-claims", "--format", "hxl", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text().splitlines()[1].startswith("#meta+id,#indicator+code")
    result = runner.invoke(args=["export-claims"])
    assert result.exit_code == 0 and result.output.startswith("id,metric,location")
    result = runner.invoke(args=["export-discrepancies", "--format", "hxl"])
    assert result.exit_code == 0 and "#severity+num+ratio" in result.output
    assert "AFP" in result.output

    other = create_app({"DATABASE": str(tmp_path / "other.db"), "TESTING": True})
    assert other.test_cli_runner().invoke(args=["init-db"]).exit_code == 0  # only it creates
    result = other.test_cli_runner().invoke(
        args=["import-claims", str(path), "--token-name", "analyst"]
    )
    assert result.exit_code == 0, result.output
    assert "Imported 10 rows: 10 claims created" in result.output
    assert "1 new discrepancies" in result.output
    source, imported = connect(app.config["DATABASE"]), connect(str(tmp_path / "other.db"))
    try:
        assert claims_as_data(imported) == claims_as_data(source)
        names = {r[0] for r in imported.execute("SELECT DISTINCT token_name FROM history")}
        assert "analyst" in names
    finally:
        source.close()
        imported.close()


def test_cli_import_lists_rejected_rows_and_exits_1(runner, db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "metric,location,source,quantifier,value,stated_on,document_published_on\n"
        + GOOD
        + "civilians_remaining,Raqqa,AFP,approximately,lots,2017-06-10,\n"
    )
    result = runner.invoke(args=["import-claims", str(path)])
    assert result.exit_code == 1
    assert "Nothing imported: 1 of 2 rows rejected" in result.output
    assert "row 3, value: not a number: 'lots'" in result.output
    assert count(db, "claims") == 0
    path.write_bytes(b"metric,location,source,value\nkilled,Ra\xffqqa,AFP,1\n")
    result = runner.invoke(args=["import-claims", str(path)])
    assert result.exit_code == 1 and "not UTF-8 text" in result.output
