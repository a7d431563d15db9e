"""POST /extract and the extract verb: candidates an analyst confirms with one batch."""

import json
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent / "data" / "raqqa-2017-06-10.txt"
DOCUMENT = {"published_on": "2017-06-10", "publisher": "AFP", "title": "Raqqa"}


@pytest.fixture
def candidates(post):
    response = post("/extract", {"text": SEED.read_text(), **DOCUMENT})
    assert response.status_code == 200
    return response.json["candidates"]


def test_extract_stores_nothing(candidates, db):
    assert len(candidates) >= 9
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_ocha_figure_has_its_source_and_tuesday(candidates):
    ocha = next(c["claim"] for c in candidates if c["claim"].get("value") == 160000)
    assert ocha["source"] == "UN OCHA" and ocha["stated_on"] == "2017-06-06"
    assert ocha["quantifier"] == "approximately"


def test_offsets_point_at_the_number(candidates):
    text = SEED.read_text()
    assert "160,000" in {text[c["start"] : c["end"]] for c in candidates}


def test_accepted_candidates_reproduce_the_seed_report(candidates, post, client):
    accepted = []
    for candidate in candidates:
        claim = dict(candidate["claim"])
        if "source" in candidate["missing"]:
            claim["source"] = "AFP"  # the analyst attributes unattributed figures to the outlet
        if not set(candidate["missing"]) - {"source"}:
            accepted.append(claim)
    response = post("/claims", accepted)
    assert response.status_code == 201, response.json
    report = client.get("/discrepancies").json["items"]
    assert [(d["kind"], round(d["ratio"], 2)) for d in report] == [("conflict", 1.42)]
    assert {c["source"]["name"] for c in report[0]["claims"]} == {"AFP", "UN OCHA"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": 5}, "text"),
        ({"text": "x", "published_on": "2017-02-30"}, "published_on"),
        ({"text": "x", "extra": 1}, "extra"),
    ],
)
def test_bad_extract_requests(post, body, field):
    response = post("/extract", body)
    assert response.status_code == 422 and field in response.json["errors"]


def test_extract_verb_prints_json(runner, tmp_path):
    result = runner.invoke(args=["extract", str(SEED), "--published-on", "2017-06-10"])
    assert result.exit_code == 0, result.output
    values = {c["claim"].get("value") for c in json.loads(result.output)["candidates"]}
    assert {300000, 160000, 100000, 2500, 25} <= values


def test_every_candidate_shows_its_evidence_with_offsets(candidates):
    text = SEED.read_text()
    for candidate in candidates:
        evidence = candidate["evidence"]
        assert set(evidence) == {"source", "place"}
        for kind, field in (("source", "source"), ("place", "location")):
            span = evidence[kind]
            if candidate["claim"].get(field) is None:
                assert span is None
                continue
            assert text[span["start"] : span["end"]] == span["text"]
    ocha = next(c for c in candidates if c["claim"].get("value") == 160000)
    assert ocha["evidence"]["source"]["text"] == "the United Nations humanitarian office"
    assert ocha["claim"]["location"] == "Raqqa" in ocha["evidence"]["place"]["text"]


def test_evidence_names_the_attribution_and_the_place_of_a_pasted_report(post):
    text = (
        "Aid workers arrived on Monday. About 5,000 people in Sirte fled, UNHCR spokesman "
        "Ali Bey said."
    )
    (candidate,) = post("/extract", {"text": text}).json["candidates"]
    source, place = candidate["evidence"]["source"], candidate["evidence"]["place"]
    assert text[source["start"] : source["end"]] == source["text"]
    assert "Ali Bey" in source["text"] and place["text"] == "Sirte"
    assert text[place["start"] : place["end"]] == "Sirte"


def test_extract_answer_documents_the_evidence(client):
    spec = client.get("/openapi.json").json
    answer = spec["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]
    item = answer["schema"]["properties"]["candidates"]["items"]
    assert "evidence" in item["required"]
    assert set(item["properties"]["evidence"]["properties"]) == {"source", "place"}


def test_extract_reads_a_text_at_its_size_limit(post):
    phrase = "about 1,000 people fled "
    text = phrase * (200_000 // len(phrase))
    response = post("/extract", {"text": text})
    assert response.status_code == 200
    assert len(response.json["candidates"]) == text.count("1,000")
