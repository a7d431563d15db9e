"""A real API server for the load and crash tests: gunicorn on a free port, its own database."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def flask(database: Path, *args: str) -> str:
    """Run `flask --app app ARGS` on DATABASE; its output."""
    env = {**os.environ, "FIGURES_DATABASE": str(database)}
    done = subprocess.run(
        [str(BIN / "flask"), "--app", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def new_database(database: Path, token_name: str = "load") -> str:
    """`init-db` then `create-token NAME`, as an operator would; the token."""
    flask(database, "init-db")
    return flask(database, "create-token", token_name).strip().splitlines()[-1]


class Server:
    """`gunicorn -w WORKERS 'app:create_app()'` in its own process group, so it dies whole."""

    def __init__(self, database: Path, workers: int = 4, log: Path | None = None):
        self.database, self.workers = database, workers
        self.log = log or database.with_suffix(".log")
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self, seconds: float = 60) -> "Server":
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "FIGURES_DATABASE": str(self.database)}
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [
                    str(BIN / "gunicorn"),
                    "-w",
                    str(self.workers),
                    "-b",
                    f"127.0.0.1:{port}",
                    "app:create_app()",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: see {self.log}")
            try:
                if requests.get(self.url + "/health", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise TimeoutError(f"{self.url}/health did not answer: see {self.log}")

    def _signal(self, number: int) -> None:
        try:
            os.killpg(self.process.pid, number)  # the group we started: master and workers
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        """SIGKILL the master and every worker at once: a crash, not a shutdown."""
        if self.process is not None:
            self._signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None


def integrity(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
