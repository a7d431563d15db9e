"""A batch's shared windows (db/claim_windows.py) answer detection exactly what one query per
claim answers, and read a crowded place's days once, not once per claim."""

import random
from datetime import date, timedelta

from api.cli import init_database
from api.database import get_db
from app import create_app
from db import catalog, claim_windows
from db.claim_groups import group_rows_by_id, to_domain
from db.detection import SHARED_WINDOWS_FROM, _group
from db.tokens import create_token
from figures.settings import BATCH_OUTSIDE_LOCK, Settings

PLACES = ["Raqqa", "Mashlab", "Jazra"]  # Mashlab and Jazra lie within Raqqa
METRICS = ["civilians_remaining", "civilians_trapped", "killed", "fled"]
QUANTIFIERS = ["exact", "approximately", "at_most", "at_least", "range"]


def _random_claims(rng: random.Random, count: int) -> list[dict]:
    """Claims crowding a few months: every reading of a date, every quantifier, a few values."""
    items = []
    for i in range(count):
        day = date(2017, 5, 1) + timedelta(days=rng.randrange(120))
        quantifier = rng.choice(QUANTIFIERS)
        value = rng.choice([100, 1000, 5000, 20000, 100000]) + i
        item = {
            "metric": rng.choice(METRICS),
            "location": rng.choice(PLACES),
            "source": f"Source {rng.randrange(6)}",
            "quantifier": quantifier,
            "quote": f"window claim {i}",
        }
        if quantifier == "range":
            item |= {"low": value, "high": value * rng.choice([2, 3])}
        else:
            item["value"] = value
        reading = rng.randrange(4)
        if reading == 0:
            item["as_of"] = day.isoformat()
        elif reading == 1:
            item["as_of"] = day.strftime("%Y-%m")
        elif reading == 2:
            item["as_of"] = f"{day.isoformat()}/{(day + timedelta(days=9)).isoformat()}"
        else:  # dated by its report's publication
            item["reported_in"] = {"title": f"Report {i}", "published_on": day.isoformat()}
        items.append(item)
    return items


def _stored(app, post, count: int, seed: int) -> list[int]:
    city = post("/locations", {"name": "Raqqa"}).json["location"]["id"]
    for district in PLACES[1:]:
        post("/locations", {"name": district, "part_of": city})
    rng = random.Random(seed)
    ids = []
    for item in _random_claims(rng, count):  # one by one: every claim detected on its own
        answer = post("/claims", item)
        assert answer.status_code in (200, 201), (item, answer.json.get("errors"))
        ids.append(answer.json["claim"]["id"])
    for claim_id in rng.sample(ids, count // 10):
        post(f"/claims/{claim_id}/retract", {"reason": "test"})
    return ids


def test_shared_windows_answer_the_rows_and_order_of_one_query_per_claim(app, post, db):
    ids = _stored(app, post, 240, seed=11)
    settings = Settings()
    kept = catalog.current(db)
    rel, metric_ids = kept.relations(settings), kept.metric_ids
    rows = group_rows_by_id(db, ids)
    windows = claim_windows.ClaimWindows(db, rows)
    compared = with_others = with_rows = 0
    for row in rows:
        claim = to_domain(row)
        alone = [r["id"] for r in _group(db, claim, rel, metric_ids, None)]
        shared = [r["id"] for r in _group(db, claim, rel, metric_ids, windows)]
        assert shared == alone, claim
        compared += 1
        with_rows += len(alone) > 1
        with_others += any(
            r["location_id"] != claim.location for r in _group(db, claim, rel, metric_ids, windows)
        )
    assert compared == len(ids)
    assert with_rows > len(ids) // 2 and with_others > 10  # the comparison is not vacuous


def _calls(monkeypatch, method: str) -> list[tuple]:
    """The arguments of each call of ClaimWindows.METHOD from now on (it still runs)."""
    calls, real = [], getattr(claim_windows.ClaimWindows, method)
    monkeypatch.setattr(
        claim_windows.ClaimWindows, method, lambda self, *a: calls.append(a) or real(self, *a)
    )
    return calls


def _findings(tmp_path, name: str, items: list[dict], as_batch: bool) -> set:
    """Open discrepancies, by their claims' quotes, after posting ITEMS to a fresh database."""
    app = create_app({"DATABASE": str(tmp_path / f"{name}.db"), "TESTING": True})
    with app.app_context():
        init_database()
        headers = {"Authorization": f"Bearer {create_token(get_db(), name)}"}
    client = app.test_client()
    for posted in [items] if as_batch else items:
        assert client.post("/claims", json=posted, headers=headers).status_code in (200, 201)
    page = client.get("/discrepancies?status=open&limit=500").json
    return {(d["kind"], tuple(c["quote"] for c in d["claims"])) for d in page["items"]}


def test_a_batch_finds_what_the_same_claims_find_one_by_one(tmp_path, monkeypatch):
    """A batch with SHARED_WINDOWS_FROM claims of one metric and place (and under
    BATCH_OUTSIDE_LOCK) reads them through the shared windows; one by one, through one query
    per claim."""
    items = [i for i in _random_claims(random.Random(5), 45) if "reported_in" not in i]
    for item in items[:SHARED_WINDOWS_FROM]:
        item |= {"metric": "civilians_remaining", "location": "Raqqa"}
    assert SHARED_WINDOWS_FROM <= len(items) < BATCH_OUTSIDE_LOCK
    shared = _calls(monkeypatch, "group")
    batch = _findings(tmp_path, "batch", items, as_batch=True)
    assert len(shared) >= SHARED_WINDOWS_FROM
    assert len(batch) > 5
    shared.clear()
    assert batch == _findings(tmp_path, "alone", items, as_batch=False)
    assert shared == []


def test_a_crowded_place_is_read_once_per_block_of_days(app, post, db, monkeypatch):
    """A batch of 600 agreeing claims, ten a day over two months: each block of days of each
    metric of its family read once, a handful of reads, not one per claim."""
    first = date(2020, 1, 1)
    items = [
        {
            "metric": "civilians_remaining",
            "location": "Crowded",
            "source": f"Src {i % 30}",
            "quantifier": "approximately",
            "value": 50_000,
            "as_of": (first + timedelta(days=i // 10)).isoformat(),
            "quote": f"crowded {i}",
        }
        for i in range(600)
    ]
    reads = _calls(monkeypatch, "_read")
    answer = post("/claims", items)
    assert answer.status_code == 201, answer.json
    assert answer.json["discrepancy_count"] == 0
    assert len(reads) == len(set(reads))
    assert 1 <= len(reads) <= 30
