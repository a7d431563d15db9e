"""Fixtures in flaskr's chain: app -> client / runner, each test on its own SQLite file."""

import pytest
from hypothesis import settings

from api.cli import init_database
from api.database import get_db
from app import create_app
from db import writes
from db.connection import connect
from db.tokens import create_token

# Property tests check what holds, not how fast: speed lives in `make bench`, and a per-example
# deadline only made them fail on a loaded machine (test_name_key_is_idempotent, 294 ms > 200 ms)
settings.register_profile("properties", deadline=None)
settings.load_profile("properties")


@pytest.fixture
def app(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "figures.db"), "TESTING": True})
    with app.app_context():
        init_database()
        app.config["TEST_TOKEN"] = create_token(get_db(), "tester")
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def auth(app):
    return {"Authorization": f"Bearer {app.config['TEST_TOKEN']}"}


@pytest.fixture
def post(client, auth):
    """POST JSON with the test token."""

    def _post(path, body):
        return client.post(path, json=body, headers=auth)

    return _post


@pytest.fixture
def db(app):
    with app.app_context():
        yield get_db()


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (tests/browsers.py)."""
    from browsers import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def workers(tmp_path):
    """Two connections on one file: two gunicorn workers, each keeping what its writes read."""
    path = str(tmp_path / "figures.db")
    first = connect(path)
    writes.init_db(first)
    return first, connect(path)
