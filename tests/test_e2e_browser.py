"""End to end in a real browser: the API (gunicorn) writes, Datasette shows it live, read-only.

Chromium is Debian's (/usr/bin/chromium) driven by Playwright for Python; no browser download.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from browsers import NEEDS_CHROMIUM
from serving import free_port, new_database

from api.cli import datasette_command

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DOCS_SCREENSHOT = ROOT / "docs" / "datasette-discrepancy-report.png"
DOCUMENT = {
    "title": "Russian Federation says US-led coalition colludes with IS in Syria",
    "publisher": "seed article (AFP wire copy)",
    "url": "seed/raqqa-2017-06-10.txt",
    "published_on": "2017-06-10",
}
SEED_CONFLICT = [
    {
        "metric": "civilians_remaining",
        "location": "Raqqa",
        "source": "AFP",
        "quantifier": "approximately",
        "value": 300000,
        "quote": "An estimated 300,000 civilians were believed to have been living under ISIS"
        " rule in Raqqa, including 80,000 displaced from other parts of Syria.",
        "reported_in": DOCUMENT,
    },
    {
        "metric": "civilians_remaining",
        "location": "Raqqa",
        "source": "UN OCHA",
        "quantifier": "approximately",
        "value": 160000,
        "stated_on": "2017-06-06",
        "quote": "the United Nations humanitarian office said on Tuesday that it estimated"
        " about 160,000 people remained in the city.",
        "reported_in": DOCUMENT,
    },
]

SHOWN = "&".join(
    f"_col={column}"
    for column in (
        "kind status ratio metric location source_a stated_a low_a high_a as_of_a"
        " source_b stated_b low_b high_b as_of_b chart"
    ).split()
)

pytestmark = NEEDS_CHROMIUM


def wait_for(url: str, process: subprocess.Popen, seconds: float = 20) -> None:
    """Poll until the server answers, failing fast if it died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {process.returncode}")
        try:
            if requests.get(url, timeout=5).status_code < 500:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.1)
    raise TimeoutError(url)


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """init-db, a token, then gunicorn and Datasette on the same WAL file, on free ports."""
    tmp = tmp_path_factory.mktemp("browser")
    path = str(tmp / "figures.db")
    env = {**os.environ, "FIGURES_DATABASE": path}
    token = new_database(Path(path), "e2e-browser")
    api_port, datasette_port = free_port(), free_port()
    api = f"http://127.0.0.1:{api_port}"
    with sqlite3.connect(path) as conn:  # what `flask serve` does: chart links point at this API
        conn.execute("UPDATE settings SET value = ? WHERE key = 'api_base_url'", [api])
    conn.close()
    processes = []
    try:
        processes.append(
            start(
                [
                    str(BIN / "gunicorn"),
                    "-w",
                    "2",
                    "-b",
                    f"127.0.0.1:{api_port}",
                    "app:create_app()",
                ],
                env,
                tmp / "gunicorn.log",
            )
        )
        processes.append(start(datasette_command(path, datasette_port), env, tmp / "datasette.log"))
        datasette = f"http://127.0.0.1:{datasette_port}"
        wait_for(api + "/health", processes[0])
        wait_for(datasette + "/-/versions.json", processes[1])
        yield {
            "api": api,
            "datasette": datasette,
            "path": path,
            "auth": {"Authorization": f"Bearer {token}"},
        }
    finally:
        for process in processes:
            stop(process)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def snapshot(path: str) -> dict:
    """Every table's row count and the settings, read straight from the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        state = {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
        state["settings"] = conn.execute("SELECT * FROM settings ORDER BY key").fetchall()
        return state
    finally:
        conn.close()


def test_datasette_shows_the_posted_conflict_live(stack, page, tmp_path):
    first = requests.post(
        stack["api"] + "/claims", json=SEED_CONFLICT[0], headers=stack["auth"], timeout=10
    )
    second = requests.post(
        stack["api"] + "/claims", json=SEED_CONFLICT[1], headers=stack["auth"], timeout=10
    )
    assert (first.status_code, second.status_code) == (201, 201)
    assert [d["kind"] for d in second.json()["discrepancies"]] == ["conflict"]

    page.goto(stack["datasette"] + "/figures/discrepancy_report")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1
    row = rows.first
    assert row.locator("td.col-source_a").inner_text() == "AFP"
    assert row.locator("td.col-source_b").inner_text() == "UN OCHA"
    assert row.locator("td.col-stated_a").inner_text() == "about 300,000"
    assert row.locator("td.col-stated_b").inner_text() == "about 160,000"
    assert row.locator("td.col-ratio").inner_text().startswith("1.42")
    chart = row.locator("td.col-chart a").get_attribute("href")
    assert chart.startswith(stack["api"] + "/reconciliation/chart?metric=civilians_remaining")
    assert "One row per discrepancy" in page.locator("body").inner_text()
    assert page.dialogs == []
    # The README's copy is refreshed only on request: FIGURES_UPDATE_SCREENSHOTS=1 make test.
    target = DOCS_SCREENSHOT if os.environ.get("FIGURES_UPDATE_SCREENSHOTS") else tmp_path / "s.png"
    save_screenshot(page, stack["datasette"] + "/figures/discrepancy_report?" + SHOWN, target)


def save_screenshot(page, url: str, path) -> None:
    """The README's picture: the report's main columns, from the row count to the table's end."""
    page.goto(url)
    table = page.locator("table.rows-and-columns")
    wide = table.evaluate("table => table.scrollWidth")
    page.set_viewport_size({"width": min(max(wide + 48, 1024), 2400), "height": 900})
    assert "UN OCHA" in table.inner_text()
    top = page.locator("h3").first.bounding_box()["y"] - 12
    box = table.bounding_box()
    width = max(box["x"] + box["width"] + 16, 800)
    clip = {"x": 0, "y": top, "width": width, "height": box["y"] + box["height"] + 16 - top}
    page.screenshot(path=str(path), full_page=True, clip=clip)
    assert 10_000 < path.stat().st_size < 500_000


def test_datasette_cannot_change_the_database(stack):
    before = snapshot(stack["path"])
    base = stack["datasette"]
    insert = "insert into settings (key, value) values ('pwned', 'yes')"
    answers = [
        requests.post(base + "/figures/-/create", json={"table": "x", "row": {"a": 1}}, timeout=10),
        requests.post(base + "/figures/settings/-/insert", json={"row": {"key": "x"}}, timeout=10),
        requests.post(base + "/figures", data={"sql": insert}, timeout=10),
        requests.get(base + "/figures.json", params={"sql": insert}, timeout=10),
        requests.get(
            base + "/figures.json",
            params={"sql": "select 1; update settings set value = 'pwned'"},
            timeout=10,
        ),
        requests.post(base + "/figures/open_conflicts", data={"sql": insert}, timeout=10),
    ]
    assert [a.status_code for a in answers if a.status_code < 400 and "pwned" in a.text] == []
    assert all(a.status_code >= 400 for a in answers[:5])
    assert snapshot(stack["path"]) == before
    databases = requests.get(base + "/-/databases.json", timeout=10).json()
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("figures", True)]


def test_datasette_never_shows_token_hashes(stack):
    base = stack["datasette"]
    with sqlite3.connect(f"file:{stack['path']}?mode=ro", uri=True) as conn:
        hashes = [r[0] for r in conn.execute("SELECT token_hash FROM tokens")]
    conn.close()
    assert hashes
    answers = [
        requests.get(base + "/figures/tokens", timeout=10),
        requests.get(base + "/figures/tokens.json", timeout=10),
        requests.get(base + "/figures.json?sql=select+token_hash+from+tokens", timeout=10),
        requests.get(base + "/figures/tokens.csv", timeout=10),
    ]
    assert [a.status_code for a in answers] == [403, 403, 400, 403]
    assert not any(h in a.text for a in answers for h in hashes)


def test_html_in_a_quote_is_shown_escaped_not_run(stack, page):
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    claim = {
        "metric": "fighters",
        "location": "Raqqa",
        "source": "Injection test",
        "value": 7,
        "stated_on": "2017-06-09",
        "quote": f"{payload} 7 fighters",
    }
    posted = requests.post(stack["api"] + "/claims", json=claim, headers=stack["auth"], timeout=10)
    assert posted.status_code == 201
    claim_id = posted.json()["claim"]["id"]

    page.goto(f"{stack['datasette']}/figures/claims_readable?id={claim_id}")
    cell = page.locator("table.rows-and-columns td.col-quote")
    assert cell.inner_text() == f"{payload} 7 fighters"
    assert page.locator("table.rows-and-columns script").count() == 0
    assert page.locator("table.rows-and-columns img").count() == 0
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.content()
    page.goto(f"{stack['datasette']}/figures/claims_readable?_search=fighters")
    assert page.locator("td.col-quote", has_text="<script>").count() == 1
    assert page.dialogs == []


def test_chart_linked_from_datasette_shows_the_claims(stack, page):
    """Follow the report's chart link in Chromium: every claim is drawn, the conflict marked."""
    for claim in SEED_CONFLICT:  # a repeat (200) when the test above already posted them
        posted = requests.post(stack["api"] + "/claims", json=claim, headers=stack["auth"])
        assert posted.status_code in (200, 201)
    page.goto(stack["datasette"] + "/figures/discrepancy_report")
    href = page.locator("td.col-chart a").first.get_attribute("href")
    response = page.goto(href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    svg = page.locator("svg").first
    text = svg.text_content()
    claims = requests.get(
        stack["api"] + "/claims?metric=civilians_remaining&location=Raqqa", timeout=10
    ).json()["items"]
    for claim in claims:
        assert claim["source"]["name"] in text
    assert "in conflict" in text
    bars = page.locator("svg g[id^='patch']").count()
    assert bars >= len(claims)


def test_the_docs_page_renders_every_operation(stack, page):
    """Swagger UI 5 renders the OpenAPI 3.1 document: one block per documented operation."""
    document = requests.get(stack["api"] + "/openapi.json", timeout=10).json()
    operations = sum(len(methods) for methods in document["paths"].values())
    page.goto(stack["api"] + "/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() == operations
    assert "Unable to render" not in page.locator("body").inner_text()


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_the_chart_draws_in_a_browser(stack, page, tmp_path, fmt):
    """Not a black box: the browser applies matplotlib's own styles (the policy allows them)."""
    from PIL import Image

    for claim in SEED_CONFLICT:
        requests.post(stack["api"] + "/claims", json=claim, headers=stack["auth"], timeout=10)
    blocked = []
    page.on("console", lambda message: blocked.append(message.text))
    page.goto(
        f"{stack['api']}/reconciliation/chart?metric=civilians_remaining&location=Raqqa"
        f"&format={fmt}"
    )
    shot = tmp_path / "chart.png"
    page.locator("img" if fmt == "png" else "svg").first.screenshot(path=str(shot))
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000)
    dark = sum(count for count, rgb in colours if sum(rgb) < 60)
    assert len(colours) > 50, "the drawn area is blank"
    assert dark < image.width * image.height * 0.5, "the drawing is a black box"
    assert not [m for m in blocked if "Content Security Policy" in m]
