"""Issue 12: curation as analysts do it, each "Why" through the HTTP API."""

import pytest
from examples import AFP, OCHA

from db.demo import load_demo
from figures.settings import Settings

NO_DAY = {key: value for key, value in OCHA.items() if key != "stated_on"}


def places(client) -> list[str]:
    return [p["name"] for p in client.get("/locations?limit=500").json["items"]]


def test_one_statement_carried_by_two_outlets_is_one_claim(post, client):
    reuters = {**NO_DAY, "reported_in": {"publisher": "Reuters", "published_on": "2017-06-09"}}
    bbc = {**NO_DAY, "reported_in": {"publisher": "BBC", "published_on": "2017-06-10"}}
    first = post("/claims", reuters)
    second = post("/claims", bbc)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json["claim"]["id"] == first.json["claim"]["id"]
    citations = client.get(f"/claims/{first.json['claim']['id']}").json["citations"]
    assert sorted(c["publisher"] for c in citations) == ["BBC", "Reuters"]


def test_a_week_apart_the_same_figure_is_another_statement(post):
    first = {**NO_DAY, "reported_in": {"publisher": "Reuters", "published_on": "2017-06-01"}}
    later = {**NO_DAY, "reported_in": {"publisher": "BBC", "published_on": "2017-06-10"}}
    assert post("/claims", first).status_code == 201
    assert post("/claims", later).status_code == 201


def test_a_pcode_is_a_name_in_claims_and_filters(post, client):
    tabqa = post("/locations", {"name": "Tabqa district", "pcode": "SY1102"}).json["location"]
    answer = post("/claims", {**OCHA, "location": "SY1102"})
    assert answer.json["claim"]["location"]["id"] == tabqa["id"]
    assert "SY1102" not in places(client)
    listed = client.get("/claims?location=sy1102").json["items"]
    assert [c["id"] for c in listed] == [answer.json["claim"]["id"]]
    assert (
        client.get("/reconciliation?metric=civilians_remaining&location=SY1102").status_code == 200
    )


def test_a_pcode_that_extends_a_known_one_is_enclosed_by_it(post):
    raqqa = post("/locations", {"name": "Ar-Raqqa governorate", "pcode": "SY11"}).json["location"]
    tabqa = post("/locations", {"name": "Tabqa district", "pcode": "SY1102"}).json["location"]
    assert tabqa["part_of"] == raqqa["id"]
    other = post("/locations", {"name": "Elsewhere", "pcode": "SY99"}).json["location"]
    chosen = post("/locations", {"name": "Mansura", "pcode": "SY110201", "part_of": tabqa["id"]})
    assert chosen.json["location"]["part_of"] == tabqa["id"]
    wrong = post("/locations", {"name": "Jurneyyeh", "pcode": "SY110202", "part_of": other["id"]})
    assert wrong.status_code == 422 and "pcode" in wrong.json["errors"]


def test_a_claim_repeated_after_its_place_was_merged_is_not_stored_twice(post, client):
    first = post("/claims", {**OCHA, "location": "Raqa city"}).json["claim"]
    raqqa = post("/locations", {"name": "Raqqa"}).json["location"]
    merged = post(f"/locations/{raqqa['id']}/aliases", {"name": "Raqa city"})
    assert merged.json["merged"] == first["location"]["id"]
    again = post("/claims", {**OCHA, "location": "Raqa city"})
    assert (again.status_code, again.json["claim"]["id"]) == (200, first["id"])
    assert len(client.get("/claims").json["items"]) == 1


def test_sources_are_graded_and_grades_filter(post, client, auth):
    post("/claims", OCHA)
    afp_claim = post("/claims", AFP).json["claim"]
    ocha = next(s for s in client.get("/sources").json["items"] if s["name"] == "UN OCHA")
    graded = client.patch(f"/sources/{ocha['id']}", json={"grade": "A"}, headers=auth)
    assert graded.status_code == 200 and graded.json["grade"] == "A"
    afp = afp_claim["source"]["id"]
    assert client.patch(f"/sources/{afp}", json={"grade": "D"}, headers=auth).status_code == 200
    claims = client.get("/claims").json["items"]
    assert sorted(c["grade"] for c in claims) == ["A", "D"]
    assert [c["source"]["name"] for c in client.get("/claims?min_grade=B").json["items"]] == [
        "UN OCHA"
    ]
    assert [c["grade"] for c in client.get("/claims?grade=D").json["items"]] == ["D"]
    (conflict,) = client.get("/discrepancies").json["items"]
    assert sorted(c["grade"] for c in conflict["claims"]) == ["A", "D"]
    assert client.get("/discrepancies?min_grade=B").json["items"] == []
    assert len(client.get("/discrepancies?min_grade=D").json["items"]) == 1
    refused = client.patch(f"/sources/{afp}", json={"grade": "Z"}, headers=auth)
    assert refused.status_code == 422 and "grade" in refused.json["errors"]


def test_a_regrade_keeps_the_old_grade_in_the_history(post, client, auth, db):
    source = post("/claims", OCHA).json["claim"]["source"]["id"]
    client.patch(f"/sources/{source}", json={"grade": "B"}, headers=auth)
    client.patch(f"/sources/{source}", json={"grade": "C"}, headers=auth)
    details = [
        row[0]
        for row in db.execute(
            "SELECT detail FROM history WHERE action = 'describe' AND table_name = 'sources'"
            " AND row_id = ? ORDER BY id",
            [source],
        ).fetchall()
    ]
    assert '"before": {"grade": "B"}' in details[1] and '"after": {"grade": "C"}' in details[1]


def test_the_best_is_a_figure_someone_stated_and_ceilings_count_last(post, client):
    post("/claims", {**OCHA, "source": "NGO", "quantifier": "at_most", "value": 300000})
    post("/claims", {**OCHA, "source": "Government", "quantifier": "exact", "value": 10000})
    (window,) = client.get("/reconciliation?metric=civilians_remaining&location=Raqqa").json[
        "windows"
    ]
    assert window["best"] == 10000
    assert "ceilings (at most) left out" in window["best_rule"]


def test_min_grade_steers_the_best(post, client, auth):
    post("/claims", OCHA)
    afp = post("/claims", AFP).json["claim"]["source"]["id"]
    client.patch(f"/sources/{afp}", json={"grade": "A"}, headers=auth)
    url = "/reconciliation?metric=civilians_remaining&location=Raqqa"
    assert client.get(url).json["windows"][0]["best"] == 160000
    (window,) = client.get(url + "&min_grade=B").json["windows"]
    assert window["best"] == 300000 and "graded B or better" in window["best_rule"]


def test_the_analysts_recommended_figure_is_recorded_and_replaced(post, client, auth):
    ocha = post("/claims", OCHA).json["claim"]
    afp = post("/claims", AFP).json["claim"]
    body = {"metric": "civilians_remaining", "location": "Raqqa", "claim": ocha["id"]}
    first = client.put("/reconciliation/recommended", json=body | {"note": "OCHA"}, headers=auth)
    assert first.status_code == 200
    assert first.json["windows"][0]["recommended"]["claim"] == ocha["id"]
    second = client.put(
        "/reconciliation/recommended", json=body | {"claim": afp["id"], "note": "AFP"}, headers=auth
    )
    chosen = second.json["windows"][0]["recommended"]
    assert (chosen["claim"], chosen["best"], chosen["note"]) == (afp["id"], 300000, "AFP")
    again = client.get("/reconciliation?metric=civilians_remaining&location=Raqqa").json
    assert again["windows"][0]["recommended"]["note"] == "AFP"


def test_a_recommended_figure_must_be_a_claim_of_that_window(post, client, auth):
    other = post("/claims", {**OCHA, "metric": "fighters"}).json["claim"]
    post("/claims", OCHA)
    body = {"metric": "civilians_remaining", "location": "Raqqa", "claim": other["id"]}
    refused = client.put("/reconciliation/recommended", json=body, headers=auth)
    assert refused.status_code == 422 and "claim" in refused.json["errors"]
    assert client.put("/reconciliation/recommended", json=body).status_code == 401


@pytest.fixture
def seeded(app, db):
    with app.app_context():
        load_demo(db, Settings())
    return db


def test_the_seed_best_for_raqqa_in_june_is_the_lower_of_the_two(seeded, client):
    picture = client.get("/reconciliation?metric=civilians_remaining&location=Raqqa").json
    (june,) = [w for w in picture["windows"] if w["start"].startswith("2017-06")]
    assert june["best"] == 160000
    assert june["best_rule"] == "the lower middle of 2 sources' latest best values"


def test_a_look_alike_letter_is_the_same_place(post, client):
    post("/claims", OCHA)
    answer = post("/claims", {**AFP, "location": "Raqq\u0430"})  # Cyrillic a
    assert answer.json["claim"]["location"]["name"] == "Raqqa"
    assert answer.json["warnings"] == [] and places(client) == ["Raqqa"]
    assert [d["kind"] for d in answer.json["discrepancies"]] == ["conflict"]


def test_a_name_behind_a_right_to_left_mark_is_the_same_place(post, client):
    post("/claims", OCHA)
    answer = post("/claims", {**AFP, "location": "\u200fRaqqa\u200f"})
    assert answer.json["claim"]["location"]["name"] == "Raqqa" and places(client) == ["Raqqa"]


def test_a_name_in_arabic_script_warns_of_its_latin_twin(post):
    post("/claims", OCHA)
    answer = post("/claims", {**AFP, "location": "\u0627\u0644\u0631\u0642\u0629"})
    (warning,) = answer.json["warnings"]
    assert "Raqqa" in warning and "may be the same" in warning


def test_a_short_name_of_a_known_source_is_that_source(post, client):
    long = post("/claims", {**OCHA, "source": "Syrian Observatory for Human Rights"}).json
    short = post("/claims", {**AFP, "source": "Syrian Observatory"}).json
    assert short["claim"]["source"]["id"] == long["claim"]["source"]["id"]
