"""Issue 14: what gunicorn refuses before the app sees it (a request line too long, headers too
big) is answered as problem+json like every other error, not gunicorn's HTML page."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from api.worker import WORKER_CLASS

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`gunicorn -k WORKER_CLASS` as `flask --app app serve` starts it, on an empty database."""
    path = tmp_path_factory.mktemp("refusals") / "figures.db"
    env = {**os.environ, "FIGURES_DATABASE": str(path)}
    flask = Path(sys.executable).with_name("flask")
    subprocess.run([str(flask), "--app", "app", "init-db"], cwd=ROOT, env=env, check=True)
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "-w",
            "1",
            "-k",
            WORKER_CLASS,
            "-b",
            f"127.0.0.1:{port}",
            "app:create_app()",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # up once the worker answers, not when gunicorn binds
            try:
                if _get(port, "/ping")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(10)


def _get(port: int, path: str, headers: dict | None = None):
    """One GET on its own connection, closed whatever happens: a socket left to the garbage
    collector while the server starts is a ResourceWarning that fails the next test's setup."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        conn.close()


def test_a_request_line_too_long_is_a_414_problem(server):
    status, content_type, body = _get(server, "/claims?metric=" + "x" * 9000)
    assert status == 414 and content_type == "application/problem+json"
    assert b'"title": "URI Too Long"' in body and b'"path"' in body


def test_headers_too_big_are_a_431_problem(server):
    status, content_type, body = _get(server, "/ping", {"X-Padding": "y" * 9000})
    assert status == 431 and content_type == "application/problem+json"
    assert b"Request Header Fields Too Large" in body and b'"headers"' in body


def test_an_ordinary_request_still_reaches_the_app(server):
    status, content_type, body = _get(server, "/ping")
    assert status == 200 and b"ok" in body.lower()


def test_a_worker_is_warm_before_its_first_request():
    """Issue 15: a cold worker's first claim loaded pint's registry (up to 4 s) and its first
    chart matplotlib (up to 5 s) while the client waited; the worker now loads both at boot."""
    code = (
        "import sys; from api.worker import warm_up; from figures.units import registry;"
        " assert 'matplotlib.pyplot' not in sys.modules and registry.cache_info().currsize == 0;"
        " warm_up();"
        " assert 'matplotlib.pyplot' in sys.modules and registry.cache_info().currsize == 1;"
        " print('warm')"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "warm", done.stderr
