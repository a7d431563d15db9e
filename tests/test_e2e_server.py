"""End to end: start the real servers as `make run` does and talk HTTP to them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from serving import free_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=10).status_code < 500:
                return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture
def served(tmp_path):
    api_port, datasette_port = free_port(), free_port()
    env = {**os.environ, "FIGURES_DATABASE": str(tmp_path / "figures.db")}
    for verb in ("init-db", "load-demo"):  # as `make run` does before serving
        subprocess.run([str(BIN / "flask"), "--app", "app", verb], cwd=ROOT, env=env, check=True)
    process = subprocess.Popen(
        [
            str(BIN / "flask"),
            "--app",
            "app",
            "serve",
            "--api-port",
            str(api_port),
            "--datasette-port",
            str(datasette_port),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith("Write token:"):
            break
    yield {
        "api": f"http://127.0.0.1:{api_port}",
        "lines": lines,
        "datasette": f"http://127.0.0.1:{datasette_port}",
        "token": lines[-1].split(": ", 1)[1],
    }
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)
    process.stdout.close()


@pytest.mark.e2e
def test_make_run_serves_the_seed_and_datasette(served):
    assert any(served["api"] in line for line in served["lines"])
    assert any(served["datasette"] in line for line in served["lines"])
    wait_for(served["api"] + "/health")
    claims = requests.get(served["api"] + "/claims", timeout=10).json()["items"]
    by_value = {(c["quantifier"], c["value"]): c for c in claims}
    assert (
        by_value[("approximately", 300000)]["low"],
        by_value[("approximately", 300000)]["high"],
    ) == (250000, 350000)
    assert by_value[("at_least", 25)]["high"] is None
    posted = requests.post(
        served["api"] + "/claims",
        json={
            "metric": "fighters",
            "location": "Raqa",
            "source": "SDF",
            "value": 4000,
            "stated_on": "2017-06-09",
        },
        headers={"Authorization": f"Bearer {served['token']}"},
        timeout=10,
    )
    assert posted.status_code == 201
    assert [d["kind"] for d in posted.json()["discrepancies"]] == ["conflict"]
    refused = requests.post(served["api"] + "/claims", json={}, timeout=10)
    assert refused.status_code == 401
    wait_for(served["datasette"] + "/-/versions.json")
    tables = requests.get(served["datasette"] + "/figures.json", timeout=10).json()
    assert "claims" in {t["name"] for t in tables["tables"]}
