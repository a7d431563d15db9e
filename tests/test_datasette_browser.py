"""Issue 14, in Debian's Chromium through Playwright: each Datasette page the README names opens
on its rows (not on a screen of column descriptions), and the front pages log no error."""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import requests
from browsers import NEEDS_CHROMIUM
from serving import flask, free_port, new_database

from api.cli import datasette_command

ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = {"width": 1366, "height": 768}  # a common laptop screen
# The README's pages (section "Browse with Datasette"), with the seed's names.
PAGES = [
    "/figures/discrepancy_report",
    "/figures/claims_readable",
    "/figures/claims_readable?_search=remained",
    "/figures/documents?_search=Syria",
    "/figures/open_conflicts",
    "/figures/claims_by_source?source=OCHA",
    "/figures/place_timeline?metric=civilians_remaining&location=Raqqa",
]

pytestmark = NEEDS_CHROMIUM


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    """Datasette as `make run` starts it, on the seed's figures; its base URL and its log."""
    tmp = tmp_path_factory.mktemp("datasette")
    path = tmp / "figures.db"
    new_database(path, "browser")
    flask(path, "load-demo")
    port, log = free_port(), tmp / "datasette.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            datasette_command(str(path), port),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if requests.get(base + "/-/versions.json", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "Datasette did not start"
            time.sleep(0.2)
        yield base, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


@pytest.mark.parametrize("url", PAGES)
def test_each_readme_page_shows_rows_on_its_first_screen(datasette, browser, url):
    base, _ = datasette
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        response = page.goto(base + url)
        assert response.status == 200
        first = page.locator("table.rows-and-columns tbody tr").first
        box = first.bounding_box()
        assert box is not None, "no rows"
        assert box["y"] + 40 <= VIEWPORT["height"], f"first row at {box['y']:.0f}px"
    finally:
        context.close()


def test_column_descriptions_stay_on_the_page(datasette):
    base, _ = datasette
    html = requests.get(base + "/figures/discrepancy_report", timeout=10).text
    assert '<dl class="column-descriptions">' in html
    assert "/-/figures-layout.css" in html
    css = requests.get(base + "/-/figures-layout.css", timeout=10)
    assert css.headers["content-type"].startswith("text/css")
    assert "max-height" in css.text


def test_the_front_pages_log_no_permission_error(datasette):
    """Issue 14: Datasette counted every table for its front pages, and tokens refused."""
    base, log = datasette
    for url in ("/", "/figures", "/figures.json", "/-/databases.json"):
        assert requests.get(base + url, timeout=10).status_code == 200
    time.sleep(0.2)
    text = log.read_text()
    assert "not authorized" not in text and "ERROR" not in text, text[-2000:]
    hashes = requests.get(base + "/figures.json?sql=select+token_hash+from+tokens", timeout=10)
    assert hashes.status_code == 400 and "prohibited" in hashes.text
