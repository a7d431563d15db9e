"""Issue 5 regressions: each was found by the fuzzer (tests/test_fuzz.py) or the load tests,
written here first, seen failing, then fixed."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

METRIC = {"slug": "aid_delivered", "label": "Aid delivered", "kind": "flow"}
CLAIM = {"metric": "civilians_remaining", "location": "Raqqa", "source": "UN OCHA", "value": 10}


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def document(client):
    return client.get("/openapi.json").json


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
