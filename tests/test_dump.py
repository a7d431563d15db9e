"""Issue 14: the JSON Lines dump restores into a fresh database without loss, all or nothing."""

import json

import pytest

from api.cli import init_database
from api.database import get_db, settings
from app import create_app
from db.demo import load_demo
from db.tokens import create_token

DUMP = "application/x-ndjson"
AFP_DAY = {"title": "Raqqa siege", "publisher": "AFP", "published_on": "2017-06-10"}
REUTERS = {"title": "Inside Raqqa", "url": "https://example.org/r", "publisher": "Reuters"}


def fresh(tmp_path, name: str):
    """Another app on its own new database (init-db and a token), as a restore target."""
    app = create_app({"DATABASE": str(tmp_path / f"{name}.db"), "TESTING": True})
    with app.app_context():
        init_database()
        app.config["TEST_TOKEN"] = create_token(get_db(), "restorer")
    return app


def token_of(app) -> dict:
    return {"Authorization": f"Bearer {app.config['TEST_TOKEN']}"}


def one(response, status: int = 200) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:800]
    return response.json


@pytest.fixture
def original(app, client, post, auth):
    """The seed, then what analysts add to it: every kind of thing a dump must carry."""
    with app.app_context():
        load_demo(get_db(), settings())
    ids = {}
    syria = one(post("/locations", {"name": "Syria", "pcode": "SY"}), 201)["location"]["id"]
    governorate = {"name": "Ar-Raqqa governorate", "pcode": "SY11", "part_of": syria}
    one(post("/locations", governorate), 201)
    raqqa = one(client.get("/claims?metric=civilians_remaining&source=UN OCHA"))["items"][0]
    ids["raqqa"] = raqqa["location"]["id"]
    ids["ocha_claim"] = raqqa["id"]
    patch = {"pcode": "SY1100", "part_of": "Ar-Raqqa governorate", "household_size": 5.5}
    one(client.patch(f"/locations/{ids['raqqa']}", json=patch, headers=auth))
    one(post(f"/locations/{ids['raqqa']}/aliases", {"name": "Raqqa city"}), 201)
    sources = {s["name"]: s["id"] for s in one(client.get("/sources?limit=100"))["items"]}
    one(post(f"/sources/{sources['AFP']}/aliases", {"name": "Agence France-Presse"}), 201)
    one(client.patch(f"/sources/{sources['UN OCHA']}", json={"grade": "A"}, headers=auth))
    one(client.patch(f"/sources/{sources['AFP']}", json={"grade": "C"}, headers=auth))
    metric = {"slug": "people_in_shelters", "label": "People in shelters", "unit": "person"}
    metric |= {"kind": "stock", "part_of": "civilians_remaining"}
    one(post("/metrics", metric), 201)
    sheltered = {"metric": "people_in_shelters", "location": "SY1100", "source": "UNHCR"}
    sheltered |= {"value": 2000, "unit": "household", "stated_on": "2017-06-12"}
    one(post("/claims", sheltered | {"reported_in": REUTERS}), 201)
    killed = {"metric": "killed", "location": "Raqqa", "source": "Airwars"}
    killed |= {"quantifier": "at_least", "value": 300, "since": "2017-06-01"}
    killed |= {"stated_on": "2017-06-09", "quote": "at least 300 civilians killed"}
    one(post("/claims", killed | {"reported_in": AFP_DAY}), 201)
    one(post("/claims", killed | {"reported_in": REUTERS}), 200)  # cited a second time
    retracted = {"metric": "civilians_remaining", "location": "Raqqa", "source": "RBSS"}
    retracted |= {"value": 50000, "stated_on": "2017-06-07", "reported_in": AFP_DAY}
    found = one(post("/claims", retracted), 201)
    assert found["discrepancies"], "the retracted claim first met a discrepancy"
    reason = {"reason": "misread: 50,000 had left"}
    closed = one(post(f"/claims/{found['claim']['id']}/retract", reason))
    assert closed["closed_discrepancies"]
    first = {"metric": "civilians_remaining", "location": "Raqqa", "source": "SOHR"}
    first |= {"value": 200000, "as_of": "2017-06-05", "stated_on": "2017-06-05"}
    earlier = one(post("/claims", first), 201)
    assert earlier["discrepancies"], "the revised claim was in a discrepancy before"
    revision = one(post("/claims", first | {"value": 170000, "stated_on": "2017-06-08"}), 201)
    old = one(client.get(f"/claims/{earlier['claim']['id']}"))
    assert old["status"] == "superseded" and old["superseded_by"] == revision["claim"]["id"]
    conflict = next(
        d
        for d in one(client.get("/discrepancies?kind=conflict&status=open&limit=500"))["items"]
        if {c["source"]["name"] for c in d["claims"]} == {"AFP", "UN OCHA"}
    )
    review = {"status": "explained", "note": "AFP counts the whole province"}
    one(client.patch(f"/discrepancies/{conflict['id']}", json=review, headers=auth))
    review = {"status": "resolved", "note": "OCHA's count is the city's"}
    one(client.patch(f"/discrepancies/{conflict['id']}", json=review, headers=auth))
    choice = {"metric": "civilians_remaining", "location": "Raqqa", "claim": ids["ocha_claim"]}
    response = client.put(
        "/reconciliation/recommended", json=choice | {"note": "the UN's"}, headers=auth
    )
    one(response)
    return ids


def everything(client) -> dict:
    """What a restore must give back, as data without ids: claims, their citations and
    statuses, discrepancies with their claims, ratio, status and note, places, sources,
    metrics, reviews and recommendations."""
    claims = one(client.get("/claims?limit=500"))["items"]
    key = {c["id"]: _claim_key(c) for c in claims}
    places = one(client.get("/locations?limit=500"))["items"]
    place_name = {p["id"]: p["name"] for p in places}
    records = [json.loads(line) for line in client.get("/export/dump.jsonl").text.splitlines()]
    return {
        "claims": sorted(
            [
                key[c["id"]],
                c["status"],
                c["retracted_reason"],
                key.get(c["superseded_by"]),
                c["grade"],
                [c["low"], c["high"], c["best"], c["interval_rule"]],
                [
                    [d.get(k) for k in ("title", "url", "publisher", "published_on")]
                    for d in c["citations"]
                ],
            ]
            for c in claims
        ),
        "discrepancies": sorted(
            [
                d["kind"],
                sorted([key[c["id"]], c["role"]] for c in d["claims"]),
                round(d["ratio"], 9),
                d["status"],
                d["note"],
                d["explanation"],
            ]
            for d in one(client.get("/discrepancies?limit=500"))["items"]
        ),
        "reviews": sorted(
            [
                r["kind"],
                sorted(key[c["claim"]] for c in r["claims"]),
                [[v["status"], v["note"]] for v in r["reviews"]],
            ]
            for r in records
            if r["type"] == "discrepancy"
        ),
        "places": sorted(
            [p["name"], p["pcode"], place_name.get(p["part_of"]), p["household_size"]]
            + [sorted(p["aliases"])]
            for p in places
        ),
        "sources": sorted(
            [s["name"], s["kind"], s["grade"], sorted(s["aliases"])]
            for s in one(client.get("/sources?limit=500"))["items"]
        ),
        "metrics": one(client.get("/metrics"))["items"],
        "recommended": sorted(
            [key[r["claim"]], r["window_start"], r["window_end"], r["note"], r["chosen_by"]]
            for r in records
            if r["type"] == "recommendation"
        ),
    }


def _claim_key(claim: dict) -> str:
    fields = ("metric", "quantifier", "value", "stated_low", "stated_high", "vague")
    fields += ("stated_unit", "household_size", "stated_on", "since", "quote")
    data = {k: claim[k] for k in fields}
    data |= {"location": claim["location"]["name"], "source": claim["source"]["name"]}
    data["as_of"] = (claim["as_of"] or {}).get("text")
    return json.dumps(data, sort_keys=True)


def dumped(client) -> str:
    response = client.get("/export/dump.jsonl")
    assert response.status_code == 200
    assert response.mimetype == DUMP
    return response.get_data(as_text=True)


def test_a_dump_restores_the_same_data_and_a_second_import_adds_nothing(original, client, tmp_path):
    text = dumped(client)
    types = [json.loads(line)["type"] for line in text.splitlines()]
    assert types[0] == "dump"
    assert {"metric", "place", "source", "claim", "discrepancy", "recommendation"} <= set(types)
    target = fresh(tmp_path, "restored")
    restored = target.test_client()
    answer = one(
        restored.post("/imports", data=text, headers=token_of(target) | {"Content-Type": DUMP}), 201
    )
    assert answer["format"] == "dump" and answer["committed"]
    assert answer["refused"] == [] and answer["refused_rows"] == 0
    assert answer["warnings"] == []
    assert answer["stored"] == len(types) - 1 and answer["repeated"] == 0
    assert answer["retracted"] == 1
    before, after = everything(client), everything(restored)
    for part in before:
        assert after[part] == before[part], part
    assert any(c[1] == "superseded" for c in after["claims"])
    assert any(len(c[-1]) == 2 for c in after["claims"]), "a claim keeps both citations"
    statuses = {d[3] for d in after["discrepancies"]}
    assert {"open", "resolved"} <= statuses

    again = one(
        restored.post(
            "/imports", data=text, headers=token_of(target) | {"Content-Type": "application/jsonl"}
        ),
        200,
    )
    assert again["stored"] == 0 and again["repeated"] == len(types) - 1
    assert again["discrepancies"] == 0 and again["retracted"] == 0
    assert everything(restored) == after


def test_the_dump_is_told_apart_by_its_first_character(original, client, tmp_path):
    target = fresh(tmp_path, "sniffed")
    answer = one(
        target.test_client().post("/imports", data=dumped(client), headers=token_of(target)), 201
    )
    assert answer["format"] == "dump" and answer["committed"]


def test_a_broken_line_refuses_the_whole_dump(original, client, tmp_path):
    lines = dumped(client).splitlines()
    broken = next(i for i, line in enumerate(lines) if '"type":"claim"' in line) + 1
    lines[broken - 1] = lines[broken - 1][:40]
    target = fresh(tmp_path, "refused")
    response = target.test_client().post(
        "/imports", data="\n".join(lines) + "\n", headers=token_of(target) | {"Content-Type": DUMP}
    )
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert list(response.json["errors"]) == [str(broken)]
    assert f"line {broken}" in response.json["detail"]
    with target.app_context():
        db = get_db()
        for table in ("claims", "locations", "sources", "discrepancies", "recommendations"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        custom = "SELECT count(*) FROM metrics WHERE slug = 'people_in_shelters'"
        assert db.execute(custom).fetchone()[0] == 0


def test_a_line_that_names_what_the_dump_lacks_is_refused(tmp_path):
    target = fresh(tmp_path, "dangling")
    lines = [
        {"type": "dump", "version": 1},
        {"type": "source", "id": 1, "name": "AFP", "kind": None, "grade": "Z", "aliases": []}
        | {"merged_into": None},
        {"type": "claim", "id": 1, "metric": "killed", "location": 7, "source": 1}
        | {"value": -3, "status": "active", "retracted_reason": None, "retracted_at": None}
        | {"superseded_by": None, "superseded_at": None, "created_at": "2017-06-10"}
        | {"citations": []},
        "not json",
    ]
    body = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    response = target.test_client().post(
        "/imports", data=body, headers=token_of(target) | {"Content-Type": DUMP}
    )
    assert response.status_code == 422
    errors = response.json["errors"]
    assert set(errors) == {"2", "3", "4"}
    assert "grade" in errors["2"] and "value" in errors["3"] and "_line" in errors["4"]


def test_imports_takes_csv_and_hxl_as_post_claims_would(client, auth, tmp_path):
    csv_text = (
        "metric,location,source,quantifier,value,stated_on\n"
        "civilians_remaining,Raqqa,UN OCHA,approximately,160000,2017-06-06\n"
        "civilians_remaining,Raqqa,AFP,approximately,300000,2017-06-10\n"
    )
    headers = auth | {"Content-Type": "text/csv"}
    answer = one(client.post("/imports", data=csv_text, headers=headers), 201)
    assert answer["format"] == "csv" and answer["stored"] == 2
    assert answer["discrepancies"] == 1
    again = one(client.post("/imports", data=csv_text, headers=headers), 200)
    assert again["stored"] == 0 and again["repeated"] == 2
    hxl = client.get("/export/claims.hxl.csv").get_data(as_text=True)
    target = fresh(tmp_path, "hxl")
    answer = one(target.test_client().post("/imports", data=hxl, headers=token_of(target)), 201)
    assert answer["format"] == "hxl" and answer["stored"] == 2
    bad = csv_text.replace("160000", "many")
    refused = client.post("/imports", data=bad, headers=headers)
    assert refused.status_code == 422
    assert "value" in refused.json["errors"]["2"]


def test_imports_needs_a_write_token(client):
    assert client.post("/imports", data="metric\n").status_code == 401


def test_export_dump_and_import_on_the_command_line(original, app, runner, tmp_path):
    path = tmp_path / "everything.jsonl"
    result = runner.invoke(args=["export-dump", "--output", str(path)])
    assert result.exit_code == 0, result.output
    target = fresh(tmp_path, "cli")
    imported = target.test_cli_runner().invoke(args=["import", str(path)])
    assert imported.exit_code == 0, imported.output
    assert "Imported" in imported.output and "0 repeated" in imported.output
    assert everything(target.test_client()) == everything(app.test_client())
    again = target.test_cli_runner().invoke(args=["import", str(path)])
    assert again.exit_code == 0 and " 0 stored" in again.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text(path.read_text().replace('"type":"place"', '"type":"planet"', 1))
    refused = target.test_cli_runner().invoke(args=["import", str(broken)])
    assert refused.exit_code == 1
    assert "Nothing imported" in refused.output and "type" in refused.output


def test_export_dump_writes_to_stdout(original, runner):
    result = runner.invoke(args=["export-dump"])
    assert result.exit_code == 0
    first = json.loads(result.output.splitlines()[0])
    assert first["type"] == "dump" and first["version"] == 1
