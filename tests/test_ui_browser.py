"""The analysts' pages in a real browser (Debian's Chromium through Playwright) against gunicorn
with two workers sharing FIGURES_SECRET_KEY: each flow as an analyst does it, by keyboard where
it matters. FIGURES_UPDATE_SCREENSHOTS=1 refreshes the README's pictures under docs/."""

import os
import secrets
from pathlib import Path

import pytest
import requests
from browsers import NEEDS_CHROMIUM
from playwright.sync_api import expect
from serving import Server

from api.cli import init_database
from api.database import get_db, settings
from app import create_app
from db.demo import load_demo
from db.tokens import create_token

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (Path(__file__).parent / "data" / "raqqa-2017-06-10.txt").read_text()
SEED_CONFLICT = "estimate for 2017-06-10 (250,000 to 350,000) is entirely above UN OCHA"
VIEWPORT = {"width": 1366, "height": 768}

pytestmark = NEEDS_CHROMIUM


def serve(folder: Path, seed: bool):
    """A database (with the seed's figures or empty) and a write token, then gunicorn on it."""
    database = folder / "figures.db"
    app = create_app({"DATABASE": str(database), "TESTING": True})
    with app.app_context():
        init_database()
        if seed:
            load_demo(get_db(), settings())
        token = create_token(get_db(), "analyst")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIGURES_SECRET_KEY", secrets.token_hex(32))
        server = Server(database, workers=2).start()
    return server, token


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    server, token = serve(tmp_path_factory.mktemp("ui-seeded"), seed=True)
    yield server.url, token
    server.stop()


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    server, token = serve(tmp_path_factory.mktemp("ui-empty"), seed=False)
    yield server.url, token
    server.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(30_000)  # generous: the suite shares two cores
    problems = []  # a blocked asset (CSP) or a script error shows up here
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.problems = problems
    yield page
    context.close()


def screenshot(page, name: str, tmp_path: Path) -> None:
    """The README's picture of a page, at 1366x768, refreshed only on request."""
    update = os.environ.get("FIGURES_UPDATE_SCREENSHOTS") == "1"
    page.screenshot(path=str(ROOT / "docs" / name if update else tmp_path / name))


def sign_in(page, url: str, token: str, start: str = "/ui/") -> None:
    page.goto(url + start, wait_until="domcontentloaded")
    page.get_by_role("link", name="Sign in to review").click()
    page.get_by_label("Write token").fill(token)
    page.get_by_label("Write token").press("Enter")
    page.get_by_text("Signed in as analyst").first.wait_for()


def test_raqqa_shows_the_seed_conflict_in_its_june_2017_window(seeded, page, tmp_path):
    url, _ = seeded
    page.goto(f"{url}/ui/places/1", wait_until="domcontentloaded")
    page.get_by_label("Metric").select_option("civilians_remaining")
    page.get_by_role("button", name="Show").click()
    window = page.locator("section.window", has=page.get_by_role("heading", name="June 2017"))
    text = window.inner_text()
    assert "conflict" in text.lower() and SEED_CONFLICT in text
    assert "160,000 (UN OCHA, claim 3)" in text  # the best
    chart = page.get_by_role("img", name="Timeline of civilians_remaining at Raqqa")
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=chart.element_handle()
    )
    screenshot(page, "ui-place.png", tmp_path)
    assert page.problems == []


def test_dismiss_a_discrepancy_with_a_note_from_the_queue(seeded, page, tmp_path):
    url, token = seeded
    sign_in(page, url, token)
    item = page.locator("#d-1")
    assert SEED_CONFLICT in item.inner_text()
    assert "AFP" in item.inner_text() and "UN OCHA" in item.inner_text()
    note = "AFP's 300,000 predates the exodus OCHA counted; OCHA's figure stands"
    item.get_by_label("Note").fill(note)
    screenshot(page, "ui-queue.png", tmp_path)
    item.get_by_label("Note").press("Tab")  # Explain
    page.keyboard.press("Tab")  # Dismiss
    page.keyboard.press("Enter")
    page.get_by_text("Discrepancy 1 dismissed with a note.").wait_for()
    assert page.url.endswith("/ui/#main")  # the queue again, where the next item would be
    served = requests.get(f"{url}/discrepancies/1", timeout=10).json()
    assert (served["status"], served["note"]) == ("dismissed", note)
    assert page.problems == []


def test_paste_the_seed_correct_a_metric_accept_all_and_post(empty, page, tmp_path):
    url, token = empty
    sign_in(page, url, token, "/ui/extract")
    page.get_by_label("Text", exact=True).fill(SEED_TEXT)
    page.get_by_label("Published on").fill("2017-06-10")
    page.get_by_label("Publisher", exact=True).fill("AFP")
    page.get_by_role("button", name="Find the figures").click()
    figure = page.locator("a.fig[data-fig]", has_text="160,000").first
    figure.focus()  # by keyboard: the tooltip and the words its source was read from
    expect(figure.locator(".tip")).to_be_visible()
    expect(page.locator(".ev.lit-src").first).to_be_visible()
    screenshot(page, "ui-extract.png", tmp_path)
    displaced = page.locator("fieldset.candidate", has=page.locator("legend", has_text="80,000"))
    displaced.get_by_label("Metric").select_option("displaced_in_population")
    page.get_by_role("button", name="Accept all").click()
    page.get_by_role("button", name="Post accepted").click()
    opened = page.locator("ul.found")
    assert SEED_CONFLICT in opened.inner_text()
    opened.get_by_role("link", name="Review it in the queue").first.click()
    assert SEED_CONFLICT in page.locator("article.discrepancy").first.inner_text()
    stored = requests.get(f"{url}/claims?metric=displaced_in_population", timeout=10).json()
    assert [c["value"] for c in stored["items"]] == [80000]
    assert page.problems == []
