"""Issue 11: detection that holds in every reading, each "Why" through the HTTP API."""

import pytest
from examples import OCHA

KILLED = {"metric": "killed", "location": "Raqqa", "quantifier": "exact"}


def kinds(answer) -> list[str]:
    return sorted(d["kind"] for d in answer.json["discrepancies"])


@pytest.fixture
def displaced_total(post):
    """A running total of displacement, as analysts add one (cumulative, since a start)."""
    body = {"slug": "displaced_total", "label": "Displaced", "unit": "person", "kind": "cumulative"}
    assert post("/metrics", body).status_code == 201
    return {"metric": "displaced_total", "location": "Raqqa", "quantifier": "exact"}


def test_a_whole_year_total_is_not_a_day_figure(post):
    """5,000 killed in 2017 since 1 January beside 800 by 15 June: growth, not a conflict."""
    year = {**KILLED, "source": "Monitor", "value": 5000, "as_of": "2017", "since": "2017-01-01"}
    june = {**KILLED, "source": "Ministry", "value": 800, "as_of": "2017-06-15"}
    june["since"] = "2017-01-01"
    assert post("/claims", year).status_code == 201
    answer = post("/claims", june)
    assert answer.status_code == 201 and kinds(answer) == []


def test_a_growing_total_dated_by_month_is_not_a_conflict(post, displaced_total):
    """A total for "2017-03" may speak of 1 March: below a total for 20 March is growth."""
    early = {**displaced_total, "source": "IOM", "value": 10000, "as_of": "2017-03"}
    later = {**displaced_total, "source": "UNHCR", "value": 25000, "as_of": "2017-03-20"}
    assert post("/claims", early).status_code == 201
    assert kinds(post("/claims", later)) == []


def test_an_imprecise_date_is_said_so_in_the_explanation(post):
    month = {key: value for key, value in OCHA.items() if key != "stated_on"}
    assert post("/claims", {**month, "as_of": "2017-06"}).status_code == 201
    answer = post("/claims", {**month, "source": "AFP", "value": 300000, "as_of": "2017-06-20"})
    (found,) = answer.json["discrepancies"]
    assert found["kind"] == "conflict"
    assert "some day in June 2017" in found["explanation"]


def test_a_count_from_a_later_start_cannot_exceed_one_from_an_earlier_start(post, displaced_total):
    longer = {**displaced_total, "source": "IOM", "value": 30000, "since": "2016-11-05"}
    shorter = {**displaced_total, "source": "UNHCR", "value": 50000, "since": "2017-04-01"}
    for claim in (longer, shorter):
        claim["as_of"] = "2017-06-10"
    post("/claims", longer)
    (found,) = post("/claims", shorter).json["discrepancies"]
    assert found["kind"] == "part_exceeds_whole"
    roles = {c["role"]: c["since"] for c in found["claims"]}
    assert roles == {"part": "2017-04-01", "whole": "2016-11-05"}
    assert found["ratio"] == pytest.approx(50000 / 30000)


def test_districts_adding_up_past_their_city_are_flagged(post, client):
    city = post("/locations", {"name": "Raqqa"}).json["location"]
    for district in ("Mashlab", "Jazra"):
        post("/locations", {"name": district, "part_of": city["id"]})
    day = {"metric": "civilians_remaining", "quantifier": "exact", "as_of": "2017-06-10"}
    post("/claims", {**day, "location": "Raqqa", "source": "UN OCHA", "value": 100000})
    post("/claims", {**day, "location": "Mashlab", "source": "REACH", "value": 70000})
    answer = post("/claims", {**day, "location": "Jazra", "source": "SDF", "value": 60000})
    (found,) = answer.json["discrepancies"]
    assert found["kind"] == "parts_exceed_whole"
    roles = sorted((c["role"], c["location"]["name"]) for c in found["claims"])
    assert roles == [("part", "Jazra"), ("part", "Mashlab"), ("whole", "Raqqa")]
    assert found["ratio"] == pytest.approx(130000 / 100000)
    assert found["location"]["name"] == "Raqqa"
    listed = client.get(f"/discrepancies?claim={found['claims'][0]['id']}").json["items"]
    assert [d["id"] for d in listed] == [found["id"]]


def test_one_statement_carried_with_two_numbers_is_a_misquote(post):
    reuters = {**OCHA, "reported_in": {"publisher": "Reuters", "url": "https://r.test/1"}}
    bbc = {**OCHA, "value": 149000, "reported_in": {"publisher": "BBC", "url": "https://b.test/1"}}
    post("/claims", reuters)
    (found,) = post("/claims", bbc).json["discrepancies"]
    assert found["kind"] == "misquote"
    assert [c["role"] for c in found["claims"]] == ["larger", "smaller"]
    assert found["ratio"] == pytest.approx(160000 / 149000)


def test_a_source_revising_its_own_figure_supersedes_it(post, client):
    first = {**KILLED, "source": "Health ministry", "value": 40, "as_of": "2017-06-01"}
    first["stated_on"] = "2017-06-02"
    earlier = post("/claims", first).json["claim"]
    answer = post("/claims", {**first, "value": 25, "stated_on": "2017-06-09"})
    assert answer.status_code == 201 and kinds(answer) == []
    later = answer.json["claim"]
    stored = client.get(f"/claims/{earlier['id']}").json
    assert (stored["status"], stored["superseded_by"]) == ("superseded", later["id"])
    assert client.get("/discrepancies?status=open").json["items"] == []


def test_a_revision_closes_the_discrepancies_of_the_claim_it_replaces(post, client):
    other = {**KILLED, "source": "Monitor", "value": 100, "as_of": "2017-06-01"}
    post("/claims", other)
    first = {**KILLED, "source": "Health ministry", "value": 40, "as_of": "2017-06-01"}
    opened = post("/claims", {**first, "stated_on": "2017-06-02"}).json["discrepancies"]
    assert [d["kind"] for d in opened] == ["conflict"]
    post("/claims", {**first, "value": 90, "stated_on": "2017-06-09"})
    closed = client.get(f"/discrepancies/{opened[0]['id']}").json
    assert closed["status"] == "resolved" and "superseded" in closed["note"]


def test_a_far_ceiling_is_an_advisory_divergence(post):
    post("/claims", {**OCHA, "source": "Government", "quantifier": "exact", "value": 10000})
    answer = post("/claims", {**OCHA, "source": "NGO", "quantifier": "at_most", "value": 300000})
    (found,) = answer.json["discrepancies"]
    assert found["kind"] == "divergence"
    assert found["ratio"] == pytest.approx(30.0)
    assert [c["role"] for c in found["claims"]] == ["ceiling", "other"]


def test_a_near_ceiling_is_not_a_divergence(post):
    post("/claims", {**OCHA, "source": "Government", "quantifier": "exact", "value": 150000})
    answer = post("/claims", {**OCHA, "source": "NGO", "quantifier": "at_most", "value": 300000})
    assert kinds(answer) == []


def test_a_request_opening_too_many_discrepancies_is_refused_whole(app, post, client):
    app.config["MAX_DISCREPANCIES"] = 5
    batch = [
        {**OCHA, "source": f"Source {i}", "quantifier": "exact", "value": 1000 * (i + 1)}
        for i in range(4)
    ]
    answer = post("/claims", batch)
    assert answer.status_code == 422
    assert "more than 5 discrepancies" in answer.json["detail"]
    assert client.get("/claims").json["items"] == []


def test_a_post_answer_counts_every_discrepancy_but_lists_a_page(post):
    batch = [
        {**OCHA, "source": f"Source {i}", "quantifier": "exact", "value": 1000 * (i + 1)}
        for i in range(16)
    ]
    answer = post("/claims", batch).json
    assert answer["discrepancy_count"] == 16 * 15 // 2
    assert len(answer["discrepancies"]) == 100
