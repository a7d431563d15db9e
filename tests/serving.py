"""A real API server for the load and crash tests: gunicorn on a free port, its own database."""

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests

from api.errors import GRACE_SECONDS
from api.worker import WORKER_CLASS
from figures.settings import REQUEST_BUDGET_SECONDS

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


GUNICORN_TIMEOUT = 30  # gunicorn's default, as `make run` starts it: a silent worker is killed
# What gunicorn logs when a request ended a worker (a timeout, a crash such as SIGSEGV, an
# unhandled error); SIGTERM is the ordinary stop.
TROUBLE = re.compile(r"WORKER TIMEOUT|was sent SIG(?!TERM)|exited with code|Error handling request")


class Server:
    """`gunicorn -w WORKERS 'app:create_app()'` in its own process group, so it dies whole.
    ENV adds to the server's environment (FIGURES_REQUEST_BUDGET_SECONDS, ...)."""

    def __init__(
        self,
        database: Path,
        workers: int = 4,
        log: Path | None = None,
        env: dict | None = None,
        timeout: int = GUNICORN_TIMEOUT,
    ):
        self.database, self.workers = database, workers
        self.log = log or database.with_suffix(".log")
        self.env, self.timeout = env or {}, timeout
        budget = float(self.env.get("FIGURES_REQUEST_BUDGET_SECONDS", REQUEST_BUDGET_SECONDS))
        if timeout <= budget + GRACE_SECONDS:  # the budget must end a request before gunicorn
            raise ValueError(f"gunicorn's timeout {timeout} s is within the budget {budget} s")
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self, seconds: float = 60) -> "Server":
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "FIGURES_DATABASE": str(self.database), **self.env}
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [
                    str(BIN / "gunicorn"),
                    "-w",
                    str(self.workers),
                    "-k",
                    WORKER_CLASS,
                    "-b",
                    f"127.0.0.1:{port}",
                    "--timeout",
                    str(self.timeout),
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

    def troubles(self) -> list[str]:
        """Lines of the log saying a worker was killed or a request failed unhandled, and one
        line per worker booted beyond the first WORKERS of each start (a worker replaced)."""
        text = self.log.read_text(errors="replace")
        found = [line for line in text.splitlines() if TROUBLE.search(line)]
        starts = text.count("Listening at:")
        extra = text.count("Booting worker") - starts * self.workers
        return found + [f"{extra} worker(s) booted again"] * (extra > 0)

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
