"""A real gunicorn server on a database file, a small HTTP client, statistics, the machine."""

import http.client
import json
import os
import platform
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from importlib import metadata
from pathlib import Path

from api.worker import WORKER_CLASS

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORKERS = 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port: int, method: str, path: str, body=None, headers=None, timeout=300):
    """One request on a new connection (gunicorn's sync workers close each one): status, body."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def post_json(port: int, path: str, payload, token: str):
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    return call(port, "POST", path, json.dumps(payload), headers)


class Server:
    """`gunicorn -w 2 app:create_app()` on one database file, as `make run` starts it."""

    def __init__(
        self,
        database: Path,
        log: Path,
        workers: int = WORKERS,
        env: dict | None = None,
        timeout: int = 300,
    ):
        self.database, self.log, self.workers = database, log, workers
        self.env = env or {}
        self.timeout = timeout  # gunicorn's: a worker silent this long is killed
        self.port = free_port()
        self.process = None
        self._log_file = None

    def __enter__(self) -> "Server":
        env = {**os.environ, "FIGURES_DATABASE": str(self.database), **self.env}
        self._log_file = open(self.log, "ab")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-w",
                str(self.workers),
                "-k",
                WORKER_CLASS,
                "-b",
                f"127.0.0.1:{self.port}",
                "--timeout",
                str(self.timeout),
                "--log-level",
                "warning",
                "app:create_app()",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log_file,
            stderr=self._log_file,
            start_new_session=True,  # its own process group: see __exit__
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if call(self.port, "GET", "/ping", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"gunicorn did not start; see {self.log}")
            time.sleep(0.1)
        for _ in range(4 * self.workers):  # every worker has imported the app and answered
            call(self.port, "GET", "/ping")
        return self

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            # A worker still busy with a request the client gave up on outlives its master:
            # end what is left of the group this server started (gunicorn and its workers).
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.process = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


def in_threads(threads: int, work: list, fn) -> float:
    """Run fn(item) for every item on `threads` client threads; wall seconds. Errors re-raised."""
    lock = threading.Lock()
    queue = list(reversed(work))
    errors: list[BaseException] = []

    def worker():
        while True:
            with lock:
                if not queue or errors:
                    return
                item = queue.pop()
            try:
                fn(item)
            except BaseException as error:  # reported to the caller below
                with lock:
                    errors.append(error)
                return

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - started


def rate_for(seconds: float, threads: int, fn) -> float:
    """Calls of fn() per second, `threads` threads calling it back to back for `seconds`."""
    counts = [0] * threads
    errors: list[BaseException] = []
    deadline = time.perf_counter() + seconds

    def worker(index):
        try:
            while time.perf_counter() < deadline:
                fn()
                counts[index] += 1
        except BaseException as error:  # reported to the caller below
            errors.append(error)

    started = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if errors:
        raise errors[0]
    return sum(counts) / (time.perf_counter() - started)


def median(values) -> float:
    return statistics.median(values)


def p95(values) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict:
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "RAM": _ram(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "sqlite-utils": _version("sqlite-utils"),
        "gunicorn": f"{_version('gunicorn')} ({WORKERS} sync workers)",
        "OS": platform.platform(),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
