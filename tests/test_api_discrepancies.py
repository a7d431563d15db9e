"""Detection on write, review, retraction and reconciliation through the HTTP API."""

import pytest
from examples import AFP, OCHA

from db.demo import load_demo
from figures.settings import Settings


@pytest.fixture
def seeded(app, db):
    with app.app_context():
        load_demo(db, Settings())
    return db


def test_seed_has_exactly_one_conflict(seeded, client):
    items = client.get("/discrepancies").json["items"]
    assert len(items) == 1
    conflict = items[0]
    assert conflict["kind"] == "conflict"
    assert conflict["ratio"] == pytest.approx(250_000 / 176_000)
    assert {c["source"]["name"] for c in conflict["claims"]} == {"AFP", "UN OCHA"}
    assert "AFP" in conflict["explanation"] and "UN OCHA" in conflict["explanation"]
    assert "144,000" in conflict["explanation"] and "350,000" in conflict["explanation"]


def test_seed_intervals_as_the_issue_states(seeded, client):
    claims = client.get("/claims?limit=500").json["items"]
    bounds = {(c["metric"], c["quantifier"], c["value"]): (c["low"], c["high"]) for c in claims}
    assert bounds[("civilians_remaining", "approximately", 300000)] == (250000, 350000)
    assert bounds[("civilians_remaining", "approximately", 160000)] == (144000, 176000)
    assert bounds[("civilians_trapped", "at_most", 100000)] == (0, 100000)
    assert bounds[("airstrikes", "at_least", 25)] == (25, None)


def test_trapped_figure_as_remaining_would_conflict(seeded, post, db):
    trapped = db.execute(
        "SELECT stated_on FROM claims JOIN metrics m ON m.id = metric_id"
        " WHERE m.slug = 'civilians_trapped'"
    ).fetchone()
    response = post(
        "/claims", {**OCHA, "quantifier": "at_most", "value": 100000, "stated_on": trapped[0]}
    )
    assert [d["kind"] for d in response.json["discrepancies"]] == ["conflict", "conflict"]


def test_post_answers_the_discrepancies_it_found(post):
    post("/claims", OCHA)
    response = post("/claims", AFP).json
    assert [d["kind"] for d in response["discrepancies"]] == ["conflict"]


def test_three_months_later_is_change_not_conflict(post, client):
    post("/claims", OCHA)
    post("/claims", {**OCHA, "source": "REACH", "value": 85000, "stated_on": "2017-09-10"})
    assert client.get("/discrepancies").json["items"] == []
    picture = client.get("/reconciliation?metric=civilians_remaining&location=Raqqa").json
    assert len(picture["windows"]) == 2
    change = picture["changes"][0]
    assert change["percent"] == pytest.approx((85000 - 160000) / 160000 * 100, abs=0.5)
    assert "%" in change["text"]


def test_part_exceeds_whole_over_http(post, client):
    post(
        "/claims", {**OCHA, "metric": "civilians_trapped", "quantifier": "at_most", "value": 100000}
    )
    post(
        "/claims",
        {
            **OCHA,
            "metric": "children_trapped",
            "source": "UNICEF",
            "quantifier": "exact",
            "value": 150000,
        },
    )
    kinds = [d["kind"] for d in client.get("/discrepancies").json["items"]]
    assert kinds == ["part_exceeds_whole"]


def test_spelling_variant_is_compared(post, client):
    post("/claims", OCHA)
    post("/claims", {**AFP, "location": "Raqa"})
    assert len(client.get("/discrepancies?location=al-Raqqa").json["items"]) == 1


def test_skeleton_match_warns_and_alias_merges_and_rechecks(post, client):
    post("/claims", {**OCHA, "location": "Al-Meshleb"})
    second = post("/claims", {**AFP, "location": "Mashlab"}).json
    assert any("Al-Meshleb" in w for w in second["warnings"])
    assert client.get("/discrepancies").json["items"] == []
    meshleb = client.get("/claims?location=Al-Meshleb").json["items"][0]["location"]["id"]
    merged = post(f"/locations/{meshleb}/aliases", {"name": "Mashlab"})
    assert merged.status_code == 201 and merged.json["merged"] is not None
    items = client.get("/discrepancies").json["items"]
    assert len(items) == 1 and items[0]["location"]["id"] == meshleb
    names = [loc["name"] for loc in client.get("/locations").json["items"]]
    assert names == ["Al-Meshleb"]


def test_source_alias_merge(post, client):
    post("/claims", {**OCHA, "source": "OCHA"})
    post("/claims", {**OCHA, "source": "UN Office for Coordination", "value": 30000})
    sources = {s["name"]: s["id"] for s in client.get("/sources").json["items"]}
    response = post(f"/sources/{sources['OCHA']}/aliases", {"name": "UN Office for Coordination"})
    assert response.json["merged"] == sources["UN Office for Coordination"]
    assert len(client.get("/discrepancies").json["items"]) == 1


def test_review_is_recorded(post, client, auth, db):
    post("/claims", OCHA)
    post("/claims", AFP)
    found = client.get("/discrepancies").json["items"][0]
    response = client.patch(
        f"/discrepancies/{found['id']}",
        json={"status": "explained", "note": "different dates"},
        headers=auth,
    )
    assert response.json["status"] == "explained" and response.json["reviewed_at"]
    assert client.get("/discrepancies?status=open").json["items"] == []
    history = db.execute("SELECT detail FROM history WHERE action = 'review'").fetchall()
    assert "different dates" in history[0][0]
    bad = client.patch(f"/discrepancies/{found['id']}", json={"status": "gone"}, headers=auth)
    assert bad.status_code == 422 and "status" in bad.json["errors"]


def test_retraction_closes_open_discrepancies(post, client):
    post("/claims", OCHA)
    afp = post("/claims", AFP).json["claim"]
    retracted = post(f"/claims/{afp['id']}/retract", {"reason": "misread"}).json
    assert len(retracted["closed_discrepancies"]) == 1
    closed = client.get(f"/discrepancies/{retracted['closed_discrepancies'][0]}").json
    assert closed["status"] == "resolved" and "retracted" in closed["note"]
    picture = client.get("/reconciliation?metric=civilians_remaining&location=Raqqa").json
    assert picture["retracted"] == [afp["id"]]


def test_filters_and_pagination(post, client):
    for day, value in ((1, 10), (2, 1000), (3, 100000)):
        post(
            "/claims",
            {
                **OCHA,
                "source": f"S{day}",
                "quantifier": "exact",
                "value": value,
                "stated_on": f"2017-06-0{day}",
            },
        )
    everything = client.get("/discrepancies").json["items"]
    assert [d["ratio"] for d in everything] == sorted(
        (d["ratio"] for d in everything), reverse=True
    )
    first = client.get("/discrepancies?limit=1").json
    second = client.get(f"/discrepancies?limit=1&cursor={first['next']}").json
    assert second["items"][0]["id"] != first["items"][0]["id"]
    assert all(d["ratio"] >= 50 for d in client.get("/discrepancies?min_ratio=50").json["items"])
    assert client.get("/discrepancies?kind=cumulative_decrease").json["items"] == []
    assert client.get("/discrepancies?min_ratio=0.5").status_code == 400


def test_reconciliation_needs_known_metric_and_place(client):
    assert client.get("/reconciliation?metric=civilians_remaining").status_code == 400
    assert client.get("/reconciliation?metric=nope&location=Raqqa").status_code == 422
    assert client.get("/reconciliation?metric=killed&location=Atlantis").status_code == 404


def test_enclosing_a_place_rechecks_its_claims(post, client, auth):
    post("/claims", {**OCHA, "metric": "killed", "quantifier": "exact", "value": 800})
    post(
        "/claims",
        {
            **OCHA,
            "metric": "killed",
            "location": "Old City",
            "source": "SOHR",
            "quantifier": "at_least",
            "value": 1200,
        },
    )
    assert client.get("/discrepancies").json["items"] == []
    old_city = client.get("/claims?location=Old City").json["items"][0]["location"]["id"]
    response = client.patch(f"/locations/{old_city}", json={"part_of": "Raqqa"}, headers=auth)
    assert response.status_code == 200
    found = client.get("/discrepancies").json["items"]
    assert [d["kind"] for d in found] == ["part_exceeds_whole"]
    assert found[0]["claims"][0]["location"]["name"] == "Old City"


def test_a_page_of_discrepancies_leaves_citations_out_unless_expanded(seeded, client):
    plain = client.get("/discrepancies").json["items"][0]["claims"]
    assert plain and all("citations" not in claim for claim in plain)
    expanded = client.get("/discrepancies?expand=citations").json["items"][0]["claims"]
    assert [c["id"] for c in expanded] == [c["id"] for c in plain]
    assert all(claim["citations"] for claim in expanded)
    one = client.get(f"/discrepancies/{client.get('/discrepancies').json['items'][0]['id']}")
    assert all(claim["citations"] for claim in one.json["claims"])


def test_expand_names_what_it_cannot_expand(client):
    response = client.get("/discrepancies?expand=history")
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert "expand" in response.json["errors"]
