"""Issue 16: a server answers a repeated public read from memory until the database changes,
whoever changed it (its own connection, another worker's, or SQLite directly), never staler."""

import sqlite3

import pytest
from examples import OCHA as CLAIM

from api import answers, database
from api.cli import init_database
from app import create_app
from db import claims as claim_store
from db.tokens import create_token


@pytest.fixture
def served_app(tmp_path):
    """An app out of testing mode, as a server runs it (kept connections)."""
    app = create_app({"DATABASE": str(tmp_path / "figures.db"), "TESTING": False})
    with app.app_context():
        init_database()
        app.config["TEST_TOKEN"] = create_token(database.get_db(), "tester")
    yield app
    database.close_kept()


@pytest.fixture
def reads(monkeypatch):
    """How many times GET /claims really read the claims from storage."""
    count = {"served": 0}
    real = claim_store.served

    def counted(*args, **kwargs):
        count["served"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(claim_store, "served", counted)
    return count


def test_a_repeated_read_is_answered_from_memory_until_a_write(served_app, reads):
    client = served_app.test_client()
    auth = {"Authorization": f"Bearer {served_app.config['TEST_TOKEN']}"}
    first = client.get("/claims?limit=5")
    again = client.get("/claims?limit=5")
    assert first.json == again.json == {**first.json, "items": []}
    assert reads["served"] == 1  # the second answer came from memory
    assert client.get("/claims?limit=6").status_code == 200
    assert reads["served"] == 2  # another URL is another answer
    assert client.post("/claims", json=CLAIM, headers=auth).status_code == 201
    after = client.get("/claims?limit=5")
    assert [c["value"] for c in after.json["items"]] == [CLAIM["value"]]
    assert after.headers["Content-Type"] == "application/json"
    assert after.headers["Cache-Control"] == "no-store"  # the HTTP headers are still the app's


def test_a_commit_by_another_connection_is_seen_at_once(served_app, reads):
    client = served_app.test_client()
    assert client.get("/metrics").status_code == 200
    before = client.get("/metrics").json
    with sqlite3.connect(served_app.config["DATABASE"]) as other:  # another worker, say
        other.execute(
            "INSERT INTO metrics (slug, label, unit, kind, created_at)"
            " VALUES ('wells_dry', 'Wells gone dry', 'person', 'stock', 't')"
        )
    after = client.get("/metrics").json
    slugs = [m["slug"] for m in after["items"]]
    assert "wells_dry" in slugs and len(slugs) == len(before["items"]) + 1


def test_only_successful_answers_are_kept_and_memory_is_bounded(served_app, monkeypatch):
    monkeypatch.setattr(answers, "MAX_ANSWERS", 3)
    client = served_app.test_client()
    assert client.get("/claims/99").status_code == 404
    for limit in range(1, 6):
        assert client.get(f"/claims?limit={limit}").status_code == 200
    with served_app.app_context():
        db = database.get_db()
    _, kept = answers._KEPT[db]
    assert list(kept) == [f"http://localhost/claims?limit={n}" for n in (3, 4, 5)]
