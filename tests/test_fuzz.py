"""Issue 5: schemathesis against the app's own OpenAPI document, every operation, every check.

A bounded run (fixed seed, no example database) is part of `make test`; the long run is
`@pytest.mark.stress`. Write operations carry a live bearer token (schemathesis's `ignored_auth`
check then probes each without one and with a wrong one); `test_fuzz_without_a_valid_token`
sends generated writes with no token, a made-up one or a revoked one.

`positive_data_acceptance` also accepts 422: a request can match the document and still name a
metric, unit, place or date that does not exist, which JSON Schema cannot express (a metric slug
is any slug until POST /metrics adds it). To get past that gate and into storage, a positive
case is steered (deterministically, from its own content) towards known metrics, units, places
and ids before it is sent; negative cases go out as generated.
"""

import atexit
import os
import random
import shutil
import sqlite3
import tempfile
import zlib

import pytest
import schemathesis
from schemathesis.core.parameters import ParameterLocation

from api.cli import init_database
from api.database import get_db
from api.database import settings as app_settings
from api.http import encode_cursor
from app import create_app
from db.demo import load_demo
from db.tokens import create_token, revoke_token

SEED = 20170610
BOUNDED_EXAMPLES = 25  # per operation: about 550 requests (fuzzing phase)
ANONYMOUS_EXAMPLES = 10  # per write operation, with no valid token
LONG_EXAMPLES = 250  # per operation and phase, with the coverage phase: about 7,000 requests

# One seeded template (the demo's claims, a live and a revoked token); each test works on a copy,
# so an operation's run does not depend on which operations ran before it on this worker.
_directory = tempfile.mkdtemp(prefix="figures-fuzz-")
atexit.register(shutil.rmtree, _directory, True)
TEMPLATE = os.path.join(_directory, "template.db")
app = create_app({"DATABASE": TEMPLATE, "TESTING": True})
with app.app_context():
    _db = get_db()
    init_database()
    load_demo(_db, app_settings())
    TOKEN = create_token(_db, "fuzzer")
    REVOKED = create_token(_db, "fuzzer-revoked")
    revoke_token(_db, "fuzzer-revoked")


@pytest.fixture(autouse=True)
def fresh_database(tmp_path):
    path = tmp_path / "fuzz.db"
    source, copy = sqlite3.connect(TEMPLATE), sqlite3.connect(path)
    source.backup(copy)
    source.close()
    copy.close()
    app.config["DATABASE"] = str(path)
    yield
    app.config["DATABASE"] = TEMPLATE


# schemathesis's default for positive_data_acceptance, plus 422 (see the module docstring)
ACCEPTED = ["2xx", "3xx", 401, 403, 404, 409, 422, 429, "5xx"]


def config(examples: int, authenticated: bool = True, coverage: bool = True):
    settings = {
        "seed": SEED,
        "generation": {"max-examples": examples, "database": "none", "mode": "all"},
        "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
        "phases": {"coverage": {"enabled": coverage}},
    }
    if authenticated:
        settings["auth"] = {"openapi": {"bearer": {"bearer": TOKEN}}}
    return schemathesis.Config.from_dict(settings)


bounded = schemathesis.openapi.from_wsgi(
    "/openapi.json", app, config=config(BOUNDED_EXAMPLES, coverage=False)
)
long_run = schemathesis.openapi.from_wsgi("/openapi.json", app, config=config(LONG_EXAMPLES))
anonymous = schemathesis.openapi.from_wsgi(
    "/openapi.json", app, config=config(ANONYMOUS_EXAMPLES, authenticated=False, coverage=False)
).include(method=["POST", "PATCH", "PUT", "DELETE"])

UNITS = {
    "civilians_remaining": ["person", "household", "family", "dozen"],
    "civilians_trapped": ["person", "household"],
    "fighters": ["person"],
    "killed": ["person", "dozen"],
    "fled": ["person", "family"],
    "airstrikes": ["strike"],
}
PLACES = ["Raqqa", "Raqa", "al-Mishlab", "Mosul"]
SOURCES = ["UN OCHA", "OCHA", "AFP", "Airwars"]


def steer(case) -> None:
    """Point a positive case at things that exist, three times in four, so it reaches storage."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return
    rng = random.Random(zlib.crc32(repr((case.path_parameters, case.query, case.body)).encode()))
    query = case.query or {}
    shape = None
    if "cursor" in query:  # opaque: only the API issues cursors, as `next` of an earlier page
        del query["cursor"]
        if rng.random() < 0.5:
            after = rng.randint(1, 9)
            ratio_first = case.operation.path == "/discrepancies"
            shape = (rng.uniform(1, 3), after) if ratio_first else (after,)
    _steer_names(case, rng)
    if shape is not None:  # a cursor pages the query it came from: issued for these filters
        with app.test_request_context(case.operation.path, query_string=query):
            query["cursor"] = encode_cursor(*shape)


def _steer_names(case, rng) -> None:
    query = case.query or {}
    if rng.random() < 0.25:
        return
    for name in case.path_parameters or {}:
        case.path_parameters[name] = rng.randint(1, 15)
    for key, values in (("metric", list(UNITS)), ("location", PLACES), ("source", SOURCES)):
        if key in query:
            query[key] = rng.choice(values)
    if case.operation.label == "POST /claims":
        items = case.body if isinstance(case.body, list) else [case.body]
        for item in items:
            if isinstance(item, dict):
                item["metric"] = rng.choice(list(UNITS))
                item["location"] = rng.choice(PLACES)
                item["source"] = rng.choice(SOURCES)
                if "unit" in item:
                    item["unit"] = rng.choice(UNITS[item["metric"]])
    elif case.operation.label == "POST /metrics" and isinstance(case.body, dict):
        case.body["unit"] = rng.choice(["person", "strike", "tonne"])
        if case.body.get("part_of") is not None:
            case.body["part_of"] = rng.choice(list(UNITS))


def exercise(case) -> None:
    steer(case)
    case.call_and_validate()


@bounded.parametrize()
def test_fuzz(case):
    exercise(case)


@pytest.mark.stress
@long_run.parametrize()
def test_fuzz_long(case):
    exercise(case)


@anonymous.parametrize()
def test_fuzz_without_a_valid_token(case):
    """Generated writes with no token, a made-up one or a revoked one: refused, nothing done."""
    headers = case.headers or {}
    if "Authorization" in headers and zlib.crc32(repr(case.body).encode()) % 2:
        headers["Authorization"] = f"Bearer {REVOKED}"
    response = case.call()
    routed = not case.meta.is_negative_at(ParameterLocation.PATH)  # else no route: 404
    if routed and case.method.upper() == case.operation.method.upper():
        assert response.status_code in (401, 403), response.text
    case.validate_response(response)
