"""Issue 5: malformed requests on every endpoint: a 4xx problem naming the field, nothing written.

Each row is one request against a database holding two conflicting claims (so ids 1 and 2,
discrepancy 1, place 1 and sources 1 and 2 exist). The answer must be the expected 4xx, as
`application/problem+json`, with the culprit named in `errors` (nested for nested fields,
keyed by index in a batch), and the row count of every table, history included, unchanged.

Unicode, decided: a lone surrogate ("\\ud800", a legal JSON escape that is not text) and NUL
are refused wherever they appear (422 naming the field); everything else that is text, such as
right-to-left marks and overrides, zero-width joiners, combining marks, 4-byte emoji, tabs and
newlines, is stored verbatim and served back unchanged (test_odd_but_real_text_is_kept_verbatim).
"""

import json

import pytest

OCHA = {
    "metric": "civilians_remaining",
    "location": "Raqqa",
    "source": "UN OCHA",
    "quantifier": "approximately",
    "value": 160000,
    "stated_on": "2017-06-06",
    "quote": "about 160,000 people remained",
    "reported_in": {"title": "Seed", "url": "https://example.org/a", "published_on": "2017-06-10"},
}
AFP = {**OCHA, "source": "AFP", "value": 300000, "stated_on": "2017-06-10", "quote": "300,000"}
NEW = {**OCHA, "source": "A new source", "stated_on": "2017-06-08"}  # valid, would be stored


class Raw(str):
    """A body sent as these exact characters (not through json.dumps)."""


def claim(**change):
    return {k: v for k, v in {**NEW, **change}.items() if v is not None}


def spliced(text: str) -> Raw:
    """NEW as JSON with TEXT spliced in last (so its members win; raw escapes survive)."""
    return Raw(json.dumps(NEW)[:-1] + ", " + text + "}")


DEEP = Raw("[" * 100_000 + "]" * 100_000)
CASES = [
    # POST /claims: types, ranges, dates, units, sizes, shapes
    ("post", "/claims", claim(value="160000"), 422, "value"),
    ("post", "/claims", claim(value=True), 422, "value"),
    ("post", "/claims", claim(value=-1), 422, "value"),
    ("post", "/claims", Raw(json.dumps(NEW).replace("160000", "1" + "0" * 400)), 422, "value"),
    ("post", "/claims", Raw(json.dumps(NEW).replace("160000", "NaN")), 400, "body"),
    ("post", "/claims", claim(value=1e308, unit="household"), 422, "value"),
    ("post", "/claims", claim(metric="refugees_on_mars"), 422, "metric"),
    ("post", "/claims", claim(metric=7), 422, "metric"),
    ("post", "/claims", claim(quantifier="roughly"), 422, "quantifier"),
    ("post", "/claims", claim(quantifier="range", value=None, low=9, high=5), 422, "low"),
    ("post", "/claims", claim(quantifier="range", value=None, low=9), 422, "high"),
    ("post", "/claims", claim(quantifier="vague", value=None), 422, "vague"),
    ("post", "/claims", claim(quantifier="vague", value=None, vague="zillions"), 422, "vague"),
    ("post", "/claims", claim(stated_on="2017-02-30"), 422, "stated_on"),
    ("post", "/claims", claim(stated_on="06/06/2017"), 422, "stated_on"),
    ("post", "/claims", claim(as_of="2017-13"), 422, "as_of"),
    ("post", "/claims", claim(as_of="2017-06-10/2017-06-01"), 422, "as_of"),
    ("post", "/claims", claim(metric="killed", as_of="2017-06", since="2017-07-01"), 422, "since"),
    ("post", "/claims", claim(unit="kilogram"), 422, "unit"),
    ("post", "/claims", claim(unit="wombat"), 422, "unit"),
    ("post", "/claims", claim(unit="10**10**10"), 422, "unit"),
    ("post", "/claims", claim(household_size=0), 422, "household_size"),
    ("post", "/claims", claim(household_size="5"), 422, "household_size"),
    ("post", "/claims", claim(location=""), 422, "location"),
    ("post", "/claims", claim(location={"pcode": "SY1101"}), 422, "location"),
    ("post", "/claims", claim(location=12), 422, "location"),
    ("post", "/claims", claim(source="S" * 201), 422, "source"),
    ("post", "/claims", claim(quote="q" * 10_001), 422, "quote"),
    ("post", "/claims", claim(reported_in={"published_on": "2017-06-31"}), 422, "reported_in"),
    ("post", "/claims", claim(reported_in="Reuters"), 422, "reported_in"),
    ("post", "/claims", claim(colour="red"), 422, "colour"),
    ("post", "/claims", "a string", 422, "body"),
    ("post", "/claims", 42, 422, "body"),
    ("post", "/claims", [], 422, "body"),
    ("post", "/claims", [1], 422, "0"),
    ("post", "/claims", [NEW, claim(value=-5)], 422, "1.value"),
    ("post", "/claims", [{}] * 5001, 413, "body"),
    ("post", "/claims", claim(quote="x" * 2_100_000), 413, "body"),
    ("post", "/claims", DEEP, 400, "body"),
    ("post", "/claims", Raw("{"), 400, "body"),
    ("post", "/claims", b"\xff\xfe{}", 400, "body"),
    ("post", "/claims", spliced('"quote": "\\ud800"'), 422, "quote"),
    ("post", "/claims", spliced('"location": "Raq\\u0000qa"'), 422, "location"),
    ("post", "/claims", spliced('"reported_in": {"title": "\\udfff"}'), 422, "reported_in.title"),
    # POST /claims/{id}/retract
    ("post", "/claims/1/retract", {}, 422, "reason"),
    ("post", "/claims/1/retract", {"reason": ""}, 422, "reason"),
    ("post", "/claims/1/retract", {"reason": "r" * 2001}, 422, "reason"),
    ("post", "/claims/1/retract", {"reason": "x", "by": "me"}, 422, "by"),
    ("post", "/claims/999/retract", {"reason": "x"}, 404, "id"),
    ("post", "/claims/abc/retract", {"reason": "x"}, 404, "path"),
    ("post", "/claims/-1/retract", {"reason": "x"}, 404, "path"),
    # POST /metrics
    (
        "post",
        "/metrics",
        {"slug": "Bad Slug", "label": "x", "unit": "person", "kind": "stock"},
        422,
        "slug",
    ),
    (
        "post",
        "/metrics",
        {"slug": "aid", "label": "x", "unit": "person", "kind": "weekly"},
        422,
        "kind",
    ),
    (
        "post",
        "/metrics",
        {"slug": "aid", "label": "x", "unit": "kilogramme²", "kind": "stock"},
        422,
        "unit",
    ),
    (
        "post",
        "/metrics",
        {"slug": "aid", "label": "x", "unit": "1/0", "kind": "stock"},
        422,
        "unit",
    ),
    (
        "post",
        "/metrics",
        {"slug": "aid", "label": "x", "unit": "person", "kind": "stock", "part_of": "nope"},
        422,
        "part_of",
    ),
    (
        "post",
        "/metrics",
        {"slug": "fighters", "label": "x", "unit": "person", "kind": "stock"},
        409,
        "slug",
    ),
    ("post", "/metrics", {"slug": "aid", "unit": "person", "kind": "stock"}, 422, "label"),
    (
        "post",
        "/metrics",
        {"slug": "aid", "label": "L" * 201, "unit": "person", "kind": "stock"},
        422,
        "label",
    ),
    # POST /locations, PATCH /locations/{id}
    ("post", "/locations", {"pcode": "SY01"}, 422, "name"),
    ("post", "/locations", {"name": "Tabqa", "household_size": -1}, 422, "household_size"),
    ("post", "/locations", {"name": "Tabqa", "part_of": 1.5}, 422, "part_of"),
    ("post", "/locations", {"name": "Tabqa", "part_of": "Atlantis"}, 422, "part_of"),
    ("post", "/locations", {"name": "Tabqa", "part_of": 10**30}, 422, "part_of"),
    ("post", "/locations", {"name": "Raqqa"}, 409, "name"),
    ("post", "/locations", {"name": "Tabqa", "pcode": "P" * 51}, 422, "pcode"),
    ("patch", "/locations/1", {"part_of": 1}, 422, "part_of"),
    ("patch", "/locations/1", {"household_size": "big"}, 422, "household_size"),
    ("patch", "/locations/1", {"name": "Renamed"}, 422, "name"),
    ("patch", "/locations/999", {"household_size": 5}, 404, "id"),
    ("patch", "/locations/1.5", {"household_size": 5}, 404, "path"),
    # POST /locations/{id}/aliases, POST /sources/{id}/aliases
    ("post", "/locations/1/aliases", {"name": ""}, 422, "name"),
    ("post", "/locations/1/aliases", {}, 422, "name"),
    ("post", "/locations/999/aliases", {"name": "Raqa"}, 404, "id"),
    ("post", "/sources/1/aliases", {"name": "N" * 201}, 422, "name"),
    ("post", "/sources/1/aliases", {"name": ["OCHA"]}, 422, "name"),
    ("post", "/sources/1/aliases", Raw('{"name": "\\udc00"}'), 422, "name"),
    ("post", "/sources/9223372036854775808/aliases", {"name": "OCHA"}, 404, "path"),
    # PATCH /discrepancies/{id}
    ("patch", "/discrepancies/1", {"status": "closed"}, 422, "status"),
    ("patch", "/discrepancies/1", {"status": "explained", "note": "n" * 5001}, 422, "note"),
    ("patch", "/discrepancies/1", {"note": "no status"}, 422, "status"),
    ("patch", "/discrepancies/999", {"status": "explained"}, 404, "id"),
    # GET lists: query parameters out of range, of the wrong type, unknown
    ("get", "/claims?limit=0", None, 400, "limit"),
    ("get", "/claims?limit=501", None, 400, "limit"),
    ("get", "/claims?limit=ten", None, 400, "limit"),
    ("get", "/claims?from=2017-02-30", None, 400, "from"),
    ("get", "/claims?status=maybe", None, 400, "status"),
    ("get", "/claims?cursor=%25%25%25", None, 400, "cursor"),
    ("get", "/claims?colour=red", None, 400, "colour"),
    ("get", "/claims?metric=nope", None, 422, "metric"),
    ("get", "/claims?location=Atlantis", None, 404, "location"),
    ("get", "/discrepancies?min_ratio=0.5", None, 400, "min_ratio"),
    ("get", "/discrepancies?min_ratio=nan", None, 400, "min_ratio"),
    ("get", "/discrepancies?kind=feud", None, 400, "kind"),
    ("get", "/discrepancies?cursor=WzFd", None, 400, "cursor"),
    ("get", "/locations?limit=-1", None, 400, "limit"),
    ("get", "/sources?cursor=x", None, 400, "cursor"),
    ("get", "/reconciliation?location=Raqqa", None, 400, "metric"),
    ("get", "/reconciliation?metric=civilians_remaining&location=", None, 400, "location"),
    ("get", "/claims/99999999999999999999", None, 404, "path"),
]


@pytest.fixture
def seeded(post, db):
    assert post("/claims", [OCHA, AFP]).status_code == 201
    return db


def rows(db) -> dict:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def send(client, auth, method, path, body):
    if body is None:
        return getattr(client, method)(path, headers=auth)
    if isinstance(body, Raw | bytes):
        data = body.encode() if isinstance(body, str) else body
        headers = {**auth, "Content-Type": "application/json"}
        return getattr(client, method)(path, data=data, headers=headers)
    return getattr(client, method)(path, json=body, headers=auth)


def test_the_table_covers_every_endpoint_and_enough_cases(app):
    assert len(CASES) >= 40
    hit = {(m, _rule(app, m, p)) for m, p, *_ in CASES}
    wanted = {
        ("post", "/claims"),
        ("post", "/claims/<int:claim_id>/retract"),
        ("post", "/metrics"),
        ("post", "/locations"),
        ("patch", "/locations/<int:location_id>"),
        ("post", "/locations/<int:location_id>/aliases"),
        ("post", "/sources/<int:source_id>/aliases"),
        ("patch", "/discrepancies/<int:discrepancy_id>"),
        ("get", "/claims"),
        ("get", "/discrepancies"),
        ("get", "/locations"),
        ("get", "/sources"),
        ("get", "/reconciliation"),
    }
    assert wanted <= hit


def _rule(app, method, path):
    adapter = app.url_map.bind("localhost")
    try:
        return adapter.match(path.split("?")[0], method.upper(), return_rule=True)[0].rule
    except Exception:
        return None


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "field"),
    CASES,
    ids=[f"{i:03d}-{c[0]}-{c[1][:40]}" for i, c in enumerate(CASES)],
)
def test_malformed_request(client, auth, seeded, method, path, body, status, field):
    before = rows(seeded)
    response = send(client, auth, method, path, body)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    errors = response.json["errors"]
    for key in field.split("."):
        assert key in errors, (field, errors)
        errors = errors[key]
    assert errors, field
    assert response.json["status"] == status and response.json["detail"]
    assert rows(seeded) == before


ODD = [
    "\u200fمخيم الهول\u200f",  # right-to-left marks around Arabic
    "\u202egnirts desrever\u202c",  # a right-to-left override
    "👩\u200d👩\u200d👧 families, 🏚️ 4-byte emoji",
    "Mas\u030chlab with a combining caron",
    "tab\there, newline\nthere, and \\ a backslash",
    "'; DROP TABLE claims; --",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_but_real_text_is_kept_verbatim(post, client, db, text):
    body = {**NEW, "quote": text, "location": "Place " + text, "source": "Source " + text}
    response = post("/claims", body)
    assert response.status_code == 201, response.json
    claim = client.get(f"/claims/{response.json['claim']['id']}").json
    assert claim["quote"] == text
    assert claim["location"]["name"] == "Place " + text
    assert claim["source"]["name"] == "Source " + text
    stored = db.execute("SELECT quote FROM claims WHERE id = ?", [claim["id"]]).fetchone()[0]
    assert stored == text
