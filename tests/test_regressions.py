"""Issue 5 regressions: each was found by the fuzzer (tests/test_fuzz.py) or the load tests,
written here first, seen failing, then fixed."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from examples import AFP, OCHA

ROOT = Path(__file__).resolve().parent.parent

METRIC = {"slug": "aid_delivered", "label": "Aid delivered", "kind": "flow"}
CLAIM = {"metric": "civilians_remaining", "location": "Raqqa", "source": "UN OCHA", "value": 10}


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def document(client):
    return client.get("/openapi.json").json


def conforms(client, path: str, method: str, response) -> None:
    """The response body validates against the document's schema for its status and type."""
    import jsonschema_rs

    doc = document(client)
    answers = doc["paths"][path][method]["responses"]
    assert str(response.status_code) in answers, f"{response.status_code} is not documented"
    schema = answers[str(response.status_code)]["content"][response.mimetype]["schema"]
    jsonschema_rs.Draft202012Validator({**doc, **schema}).validate(response.json)


# --- unit strings reach pint's expression evaluator -----------------------------------------


@pytest.mark.parametrize("unit", ["1/0", "person/0", "\udb03\ude4f\x8a\x13\x12\x84\xbd", "(", "**"])
def test_unit_that_crashes_pint_is_a_422_on_metrics(post, db, unit):
    """Found: POST /metrics {"unit": "\\udb03\\ude4f..."} raised AssertionError inside pint (500);
    "1/0" raised ZeroDivisionError."""
    response = post("/metrics", {**METRIC, "unit": unit})
    assert response.status_code == 422, response.data
    assert "unit" in response.json["errors"]
    assert count(db, "metrics") == 9


@pytest.mark.parametrize("unit", ["1/0", "person/0", ")"])
def test_unit_that_crashes_pint_is_a_422_on_claims(post, db, unit):
    response = post("/claims", {**CLAIM, "unit": unit})
    assert response.status_code == 422, response.data
    assert "unit" in response.json["errors"]
    assert count(db, "claims") == 0


def test_unit_expression_cannot_make_the_server_compute_a_tower_of_powers():
    """Found: "10**10**10" made pint evaluate 10 ** 10 ** 10 (one worker busy for hours)."""
    code = (
        "from figures.errors import FiguresError\n"
        "from figures.units import parse_unit\n"
        "try:\n"
        "    parse_unit('10**10**10')\n"
        "except FiguresError as error:\n"
        "    print(error.field)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "unit"


# --- the document describes what the server answers ---------------------------------------


@pytest.mark.parametrize(
    "path", ["/claims", "/discrepancies", "/reconciliation", "/reconciliation/chart"]
)
def test_unknown_metric_filter_422_is_documented(client, path):
    """Found: GET /claims?metric=0 answered 422, the document listed only 200, 400, 404."""
    assert client.get(f"{path}?metric=nope&location=Raqqa").status_code == 422
    assert "422" in document(client)["paths"][path]["get"]["responses"]


def test_household_size_zero_is_documented_as_excluded(client):
    """Found: {"household_size": 0} is refused, the document said minimum 0 (inclusive)."""
    schemas = document(client)["components"]["schemas"]
    for name in ("ClaimIn", "LocationIn", "LocationPatch"):
        assert schemas[name]["properties"]["household_size"]["exclusiveMinimum"] == 0


def test_unit_grammar_is_in_the_document(client):
    """The unit text the server accepts (names, *, /, small powers) is the documented pattern."""
    from figures.units import UNIT_PATTERN

    schemas = document(client)["components"]["schemas"]
    for name in ("ClaimIn", "MetricIn"):
        assert schemas[name]["properties"]["unit"]["pattern"] == UNIT_PATTERN


def test_one_claim_with_its_discrepancies_matches_the_document(post, client):
    """Found: GET /claims/{id} adds "discrepancies" to ClaimOut, which allows no other keys."""
    ids = [c["id"] for c in post("/claims", [OCHA, AFP]).json["claims"]]
    response = client.get(f"/claims/{ids[0]}")
    assert response.json["discrepancies"]
    conforms(client, "/claims/{claim_id}", "get", response)


def test_retraction_answer_matches_the_document(post, client):
    """POST /claims/{id}/retract adds "closed_discrepancies" to ClaimOut."""
    ids = [c["id"] for c in post("/claims", [OCHA, AFP]).json["claims"]]
    response = post(f"/claims/{ids[0]}/retract", {"reason": "misquoted"})
    assert response.json["closed_discrepancies"]
    conforms(client, "/claims/{claim_id}/retract", "post", response)


HUGE = 2920061396702728837852604424781823


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", f"/claims/{HUGE}", None),
        ("get", f"/discrepancies/{HUGE}", None),
        ("post", f"/claims/{HUGE}/retract", {"reason": "x"}),
        ("patch", f"/discrepancies/{HUGE}", {"status": "explained"}),
        ("patch", f"/locations/{HUGE}", {"household_size": 5}),
        ("post", f"/locations/{HUGE}/aliases", {"name": "Raqa"}),
        ("post", f"/sources/{HUGE}/aliases", {"name": "OCHA"}),
        ("get", f"/claims/{2**63}", None),
    ],
)
def test_an_id_beyond_sqlite_integers_is_404(client, auth, method, path, body):
    """Found: GET /claims/2920061396702728837852604424781823 raised OverflowError (500)."""
    response = getattr(client, method)(path, json=body, headers=auth)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_path_ids_are_documented_as_sqlite_integers(client):
    for path, operations in document(client)["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "path":
                    assert parameter["schema"]["maximum"] == 2**63 - 1, path
                    assert parameter["schema"]["minimum"] == 0, path


@pytest.mark.parametrize(
    "name", ["Raqqa \U0001f3d9", "Raqqa\x19", "\u0627\u0644\u0631\u0642\u0629 \u200f"]
)
@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_chart_of_a_place_whose_name_the_font_lacks(post, client, name, fmt):
    """Found: /reconciliation/chart?location=%0D raised "Glyph 25 missing from font(s)" (a
    warning, an error under filterwarnings=error, and noise in the server's log)."""
    assert post("/claims", {**OCHA, "location": name}).status_code == 201
    response = client.get(
        f"/reconciliation/chart?metric=civilians_remaining&location={name}&format={fmt}"
    )
    assert response.status_code == 200


def test_a_write_that_waits_past_the_busy_timeout_is_503_with_retry_after(app, post, client):
    """sqlite3.OperationalError "database is locked" after the busy timeout was a 500: now a
    documented 503 with Retry-After, and nothing written; reads go on meanwhile (WAL)."""
    import sqlite3

    app.config["BUSY_TIMEOUT_MS"] = 50
    other = sqlite3.connect(app.config["DATABASE"], isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        response = post("/claims", OCHA)
        assert response.status_code == 503, response.data
        assert response.mimetype == "application/problem+json"
        assert int(response.headers["Retry-After"]) >= 1
        conforms(client, "/claims", "post", response)
        assert client.get("/claims").status_code == 200
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert client.get("/claims").json["items"] == []
    assert post("/claims", OCHA).status_code == 201


def test_busy_503_is_documented_on_every_operation_that_uses_the_database(client):
    for path, operations in document(client)["paths"].items():
        for method, operation in operations.items():
            if path in ("/openapi.json", "/ping"):
                continue
            busy = operation["responses"].get("503")
            assert busy is not None, f"{method.upper()} {path}"
            assert busy["headers"]["Retry-After"]["required"] is True


# --- found while writing tests/test_bad_input.py ---------------------------------------------


def all_rows(db) -> dict:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: count(db, f'"{t}"') for t in tables}


def raw(client, auth, method, path, text):
    headers = {**auth, "Content-Type": "application/json"}
    return getattr(client, method)(path, data=text.encode(), headers=headers)


SPLICE = '"@": 1'  # replaced by the fields of a valid claim


@pytest.mark.parametrize(
    ("method", "path", "text", "named"),
    [
        ("post", "/claims", '{"quote": "\\ud800", "@": 1}', ["quote"]),
        (
            "post",
            "/claims",
            '[{"reported_in": {"title": "a\\udfffb"}, "@": 1}]',
            ["0", "reported_in", "title"],
        ),
        ("post", "/locations", '{"name": "\\ud800x"}', ["name"]),
        (
            "post",
            "/metrics",
            '{"slug": "x", "label": "\\ud800", "unit": "person", "kind": "stock"}',
            ["label"],
        ),
        ("post", "/claims/1/retract", '{"reason": "\\ud800"}', ["reason"]),
        ("patch", "/discrepancies/1", '{"status": "open", "note": "\\udbff"}', ["note"]),
        ("post", "/sources/1/aliases", '{"name": "\\udc00"}', ["name"]),
        ("post", "/sources/1/aliases", '{"name": "a\\u0000"}', ["name"]),
        ("post", "/claims", '{"quote": "nul \\u0000 inside", "@": 1}', ["quote"]),
    ],
)
def test_lone_surrogates_and_nul_are_refused_by_name(
    post, client, auth, db, method, path, text, named
):
    """Found: a lone surrogate ("\\ud800", legal as a JSON escape, not encodable as UTF-8)
    reached sqlite3 and raised UnicodeEncodeError (500); NUL was stored in a source alias."""
    post("/claims", [OCHA, AFP])
    before = all_rows(db)
    text = text.replace(SPLICE, json.dumps({**OCHA, "source": "Someone new"})[1:-1])
    response = raw(client, auth, method, path, text)
    assert response.status_code == 422, response.data
    assert response.mimetype == "application/problem+json"
    errors = response.json["errors"]
    for key in named:
        assert list(errors) == [key]
        errors = errors[key]
    assert isinstance(errors[0], str)
    assert all_rows(db) == before


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8", "surrogatepass"),  # the bytes of a surrogate
        lambda text: text.encode("utf-16", "surrogatepass"),  # a body that is not UTF-8
    ],
    ids=["utf-8 bytes of a surrogate", "utf-16"],
)
def test_unstorable_text_spelled_without_an_escape_is_refused_too(client, auth, db, encode):
    """Bodies are walked string by string only when their bytes could spell such a character
    (api/http.py): these two spell a lone surrogate with no \\u escape."""
    before = all_rows(db)
    body = encode(json.dumps({**OCHA, "quote": "x\ud800y"}, ensure_ascii=False))
    headers = {**auth, "Content-Type": "application/json"}
    response = client.post("/claims", data=body, headers=headers)
    assert response.status_code == 422, response.data
    assert list(response.json["errors"]) == ["quote"]
    assert all_rows(db) == before


def test_part_of_beyond_sqlite_integers_is_a_422(post, db):
    """Found: POST /locations {"part_of": 99999999999999999999999} raised OverflowError."""
    response = post("/locations", {"name": "Somewhere", "part_of": 10**23})
    assert response.status_code == 422
    assert "part_of" in response.json["errors"]
    assert count(db, "locations") == 0


@pytest.mark.parametrize(
    "change",
    [
        {"value": 1e308, "unit": "household"},
        {"value": 1e308, "unit": "dozen"},
        {"value": 1.7e308},
        {"quantifier": "range", "value": None, "low": 1e308, "high": 1.7e308, "unit": "dozen"},
    ],
)
def test_a_number_that_overflows_once_converted_is_a_422(post, db, change):
    """Found: 1e308 households became an infinite number of persons, and the conflict
    explanation then raised OverflowError (500)."""
    post("/claims", OCHA)
    body = {k: v for k, v in {**OCHA, "source": "Big", **change}.items() if v is not None}
    response = post("/claims", body)
    assert response.status_code == 422, response.data
    assert set(response.json["errors"]) & {"value", "low", "high"}
    assert count(db, "claims") == 1


def test_a_digit_that_int_cannot_read_is_an_unknown_place(post, client, db):
    """Found with the part_of overflow: "²".isdigit() is True but int("²") raises ValueError."""
    assert post("/locations", {"name": "Somewhere", "part_of": "²"}).status_code == 422
    assert client.get("/claims?location=²").status_code == 404
    assert client.get(f"/claims?location={10**30}").status_code == 404
    assert count(db, "locations") == 0


@pytest.mark.parametrize(
    ("method", "path", "field"),
    [("get", "/claims/abc", "path"), ("get", "/nowhere", "path"), ("put", "/claims", "method")],
)
def test_routing_errors_name_what_was_wrong(client, method, path, field):
    """Every 4xx names its culprit in `errors` (DESIGN 4); routing 404 and 405 sent {}."""
    response = getattr(client, method)(path)
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"]


def test_body_over_the_limit_names_the_body(app, client, auth):
    app.config["MAX_CONTENT_LENGTH"] = 100
    response = client.post(
        "/claims", data=b"[" + b" " * 200 + b"]", headers=auth, content_type="application/json"
    )
    assert response.status_code == 413
    assert "100 bytes" in response.json["errors"]["body"][0]
