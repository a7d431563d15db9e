"""POST and GET /claims through the Flask test client: intervals, batches, idempotency, errors."""

import json

import pytest

OCHA = {
    "metric": "civilians_remaining",
    "location": "Raqqa",
    "source": "UN OCHA",
    "quantifier": "approximately",
    "value": 160000,
    "stated_on": "2017-06-06",
    "quote": "it estimated about 160,000 people remained in the city",
    "reported_in": {"title": "Seed", "url": "https://example.org/a", "published_on": "2017-06-10"},
}


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_post_one_claim_derives_its_interval(post):
    response = post("/claims", OCHA)
    assert response.status_code == 201
    claim = response.json["claim"]
    assert (claim["low"], claim["high"], claim["best"]) == (144000, 176000, 160000)
    assert claim["location"]["name"] == "Raqqa" and claim["source"]["name"] == "UN OCHA"
    assert claim["as_of"] == {"start": "2017-06-06", "end": "2017-06-06", "text": "2017-06-06"}
    assert claim["interval_rule"].startswith("approximately")
    assert claim["citations"][0]["url"] == "https://example.org/a"


def test_repeat_is_one_claim_with_a_new_citation(post, db):
    first = post("/claims", OCHA).json["claim"]
    again = post(
        "/claims",
        {**OCHA, "reported_in": {"title": "Other outlet", "url": "https://example.org/b"}},
    )
    assert again.status_code == 200
    assert again.json["claim"]["id"] == first["id"]
    assert [c["url"] for c in again.json["claim"]["citations"]] == [
        "https://example.org/a",
        "https://example.org/b",
    ]
    assert count(db, "claims") == 1


def test_batch_stores_all(post, db):
    batch = [OCHA, {**OCHA, "source": "AFP", "value": 300000, "stated_on": "2017-06-10"}]
    response = post("/claims", batch)
    assert response.status_code == 201
    assert [c["source"]["name"] for c in response.json["claims"]] == ["UN OCHA", "AFP"]
    assert count(db, "claims") == 2


def test_batch_with_one_bad_item_stores_nothing(post, db):
    before = count(db, "history")
    response = post("/claims", [OCHA, {**OCHA, "value": -5}, {**OCHA, "metric": "nope"}])
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert set(response.json["errors"]) == {"1"}
    assert "value" in response.json["errors"]["1"]
    assert count(db, "claims") == 0 and count(db, "history") == before


def test_batch_domain_error_keyed_by_index(post, db):
    response = post("/claims", [OCHA, {**OCHA, "source": "X", "metric": "unknown_metric"}])
    assert response.status_code == 422
    assert "known: " in response.json["errors"]["1"]["metric"][0]
    assert count(db, "claims") == 0 and count(db, "locations") == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"value": "160000"}, "value"),
        ({"value": True}, "value"),
        ({"value": -1}, "value"),
        ({"value": None}, "value"),
        ({"metric": 7}, "metric"),
        ({"quantifier": "range", "low": 10, "high": 5}, "low"),
        ({"quantifier": "range", "value": None, "low": 1}, "high"),
        ({"stated_on": "2017-02-30"}, "stated_on"),
        ({"as_of": "2017-13"}, "as_of"),
        ({"since": "yesterday"}, "since"),
        ({"unit": "kilogram"}, "unit"),
        ({"unit": "wombat"}, "unit"),
        ({"metric": "unknown_metric"}, "metric"),
        ({"colour": "red"}, "colour"),
        ({"household_size": 0}, "household_size"),
        ({"quantifier": "vague"}, "vague"),
        ({"location": ""}, "location"),
        ({"location": 12}, "location"),
        ({"quote": "x" * 10_001}, "quote"),
        ({"reported_in": {"published_on": "2017-06-31"}}, "reported_in"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_written(post, db, change, field):
    body = {k: v for k, v in {**OCHA, **change}.items() if v is not None}
    response = post("/claims", body)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"]
    assert count(db, "claims") == 0 and count(db, "sources") == 0


@pytest.mark.parametrize("raw", ["{", '{"value": NaN}', '{"value": Infinity}', "[1, 2"])
def test_malformed_json_is_400(client, auth, db, raw):
    response = client.post(
        "/claims", data=raw, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert "body" in response.json["errors"]
    assert count(db, "claims") == 0


def test_number_too_large_for_a_float(client, auth, db):
    raw = json.dumps(OCHA).replace("160000", "1" + "0" * 400)
    response = client.post(
        "/claims", data=raw, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert "value" in response.json["errors"]


def test_wrong_content_type_is_415(client, auth):
    response = client.post(
        "/claims", data="value=1", headers=auth, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415
    assert response.mimetype == "application/problem+json"


def test_body_over_the_limit_is_413_with_the_limit(app, client, auth):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post(
        "/claims",
        data=json.dumps({**OCHA, "quote": "x" * 2000}),
        headers=auth,
        content_type="application/json",
    )
    assert response.status_code == 413
    assert "1000 bytes" in response.json["detail"]


def test_batch_over_the_limit_is_413(app, post):
    app.config["MAX_BATCH"] = 2
    response = post("/claims", [OCHA, OCHA, OCHA])
    assert response.status_code == 413
    assert "at most 2" in response.json["detail"]


@pytest.mark.parametrize(
    ("header", "status"),
    [(None, 401), ("Basic abc", 401), ("Bearer ", 401), ("Bearer wrong-token", 403)],
)
def test_writes_need_a_live_token(client, db, header, status):
    headers = {"Authorization": header} if header else {}
    response = client.post("/claims", json=OCHA, headers=headers)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert "Authorization" in response.json["errors"]
    assert count(db, "claims") == 0


def test_revoked_token_is_403(runner, client, app):
    token = app.config["TEST_TOKEN"]
    assert "Revoked" in runner.invoke(args=["revoke-token", "tester"]).output
    response = client.post("/claims", json=OCHA, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403


def test_list_filters_and_cursor(post, client):
    for day in range(1, 6):
        post("/claims", {**OCHA, "stated_on": f"2017-06-0{day}"})
    post("/claims", {**OCHA, "metric": "fighters", "value": 2500})
    first = client.get("/claims?metric=civilians_remaining&limit=2").json
    assert len(first["items"]) == 2 and first["next"]
    second = client.get(f"/claims?metric=civilians_remaining&limit=2&cursor={first['next']}").json
    assert {c["id"] for c in first["items"]}.isdisjoint({c["id"] for c in second["items"]})
    dated = client.get("/claims?from=2017-06-02&to=2017-06-03").json["items"]
    assert sorted(c["stated_on"] for c in dated) == ["2017-06-02", "2017-06-03"]
    assert client.get("/claims?location=Raqa").json["items"][0]["location"]["name"] == "Raqqa"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("limit=x", "limit"),
        ("cursor=%%%", "cursor"),
        ("from=2017-02-30", "from"),
        ("status=maybe", "status"),
    ],
)
def test_bad_query_parameters_are_400(client, query, field):
    response = client.get(f"/claims?{query}")
    assert response.status_code == 400
    assert field in response.json["errors"]


def test_unknown_filter_values_are_named(client):
    assert "metric" in client.get("/claims?metric=nope").json["errors"]
    assert client.get("/claims?location=Atlantis").status_code == 404


def test_get_one_and_missing(post, client):
    claim = post("/claims", OCHA).json["claim"]
    assert client.get(f"/claims/{claim['id']}").json["id"] == claim["id"]
    missing = client.get("/claims/999")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"
    assert client.get("/claims/abc").status_code == 404


def test_retract_keeps_the_claim(post, client, db):
    claim = post("/claims", OCHA).json["claim"]
    response = post(f"/claims/{claim['id']}/retract", {"reason": "misquoted"})
    assert response.status_code == 200
    assert (
        response.json["status"] == "retracted" and response.json["retracted_reason"] == "misquoted"
    )
    assert count(db, "claims") == 1
    assert post(f"/claims/{claim['id']}/retract", {"reason": "again"}).status_code == 409
    assert post(f"/claims/{claim['id']}/retract", {}).status_code == 422


def test_history_records_every_write_with_the_token_name(post, db):
    post("/claims", OCHA)
    actions = db.execute(
        "SELECT action, table_name, token_name FROM history ORDER BY id"
    ).fetchall()
    assert ("create", "claims", "tester") in actions
    assert ("create", "locations", "tester") in actions
    assert ("cite", "citations", "tester") in actions


def test_repeat_of_a_demo_claim_through_the_api_is_one_claim(app, db, post):
    """Regression: the demo passes ints, the API floats; both must make one dedup key."""
    from db.demo import load_demo
    from figures.settings import Settings

    with app.app_context():
        load_demo(db, Settings())
    before = count(db, "claims")
    again = post(
        "/claims",
        {
            "metric": "civilians_remaining",
            "location": "Raqqa",
            "source": "AFP",
            "quantifier": "approximately",
            "value": 300000,
            "reported_in": {"title": "Elsewhere", "published_on": "2017-06-10"},
        },
    )
    assert again.status_code == 200
    assert count(db, "claims") == before
