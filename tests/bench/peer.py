"""Section 2 (issues 14 and 16): each Datasette page the README names, at the smallest and the
largest database, against the API's answer to the same question; the target is under 200 ms a
page with Datasette's default limits (db/schema_readmodels.py: the read models behind them).

Datasette runs as `make run` starts it (api/cli.py's datasette_command: our metadata, facets
suggested off); the API as in section 2. One client, alternating, median of the rounds. The HTML
page is timed (what a reader opens: its count, facets and rows), the API's JSON at as many."""

import os
import subprocess
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from bench import generate, harness, measures
from bench.harness import median

TARGET_S = 0.2
NAME = "figures"  # the database's name in Datasette, as in the README's URLs


def _source(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT s.name FROM sources s JOIN claims c ON c.source_id = s.id"
            " GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()


def pages(targets: dict, source: str) -> list[tuple[str, str, str]]:
    """(README page, Datasette URL, the API's URL for the same question)."""
    d_metric, d_place, _ = targets["discrepancies_group"]
    metric, place, _ = targets["busy_group"]
    d_group = urlencode({"metric": d_metric, "location": d_place})
    group = urlencode({"metric": metric, "location": place})
    return [
        ("discrepancy_report, most severe first", "/discrepancy_report", "/discrepancies"),
        (
            "discrepancy_report of one metric at one place",
            f"/discrepancy_report?{d_group}",
            f"/discrepancies?{d_group}",
        ),
        (
            "discrepancy_report, open conflicts",
            "/discrepancy_report?status=open&kind=conflict",
            "/discrepancies?status=open&kind=conflict",
        ),
        ("claims_readable, newest first", "/claims_readable", "/claims"),
        (
            "claims_readable of one metric at one place",
            f"/claims_readable?{group}",
            f"/claims?{group}",
        ),
        (
            "claims_readable, full-text search for a place's name (the API has none: its "
            "claims of the place)",
            "/claims_readable?" + urlencode({"_search": place}),
            "/claims?" + urlencode({"location": place}),
        ),
        (
            "documents, full-text search of titles (the API's claims of the source)",
            "/documents?" + urlencode({"_search": source}),
            "/claims?" + urlencode({"source": source}),
        ),
        ("canned open_conflicts", "/open_conflicts", "/discrepancies?status=open&limit=100"),
        (
            "canned claims_by_source",
            "/claims_by_source?" + urlencode({"source": source}),
            "/claims?" + urlencode({"source": source, "limit": 100}),
        ),
        ("canned place_timeline", f"/place_timeline?{group}", f"/reconciliation?{group}"),
    ]


class Datasette:
    """Datasette on a database file, as `flask --app app serve` starts it."""

    def __init__(self, database: Path, log: Path):
        self.database, self.log, self.port = database, log, harness.free_port()
        self.process = None

    def __enter__(self) -> "Datasette":
        from api.cli import datasette_command

        self._log = open(self.log, "w")  # noqa: SIM115 - closed in __exit__
        self.process = subprocess.Popen(
            datasette_command(str(self.database), self.port),
            cwd=harness.ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _ = harness.call(self.port, "GET", "/-/versions.json", timeout=10)
                if status == 200:
                    return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"Datasette did not start: see {self.log}")
            time.sleep(0.2)

    def __exit__(self, *_) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        self._log.close()


def _served(path: Path, work: Path) -> Path:
    """The cached file under the README's name, figures.db, without copying a gigabyte: a link
    (SQLite follows it and keeps the WAL beside the real file; the bench only reads)."""
    folder = work / f"peer-{path.stem}"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / f"{NAME}.db"
    link.unlink(missing_ok=True)
    os.symlink(path.resolve(), link)
    return link


def _time_pages(cfg, served: Path, size: int, rounds: int) -> list[tuple]:
    questions = pages(measures._targets(served), _source(served))
    times = {q: {"datasette": [], "api": []} for q, _, _ in questions}
    statuses: dict[str, set] = {q: set() for q, _, _ in questions}
    with (
        Datasette(served, cfg.work / f"datasette-peer-{size}.log") as peer,
        harness.Server(served, cfg.work / f"gunicorn-peer-{size}.log") as api,
    ):
        for _, peer_url, api_url in questions:  # warm-up
            harness.call(peer.port, "GET", f"/{NAME}{peer_url}")
            harness.call(api.port, "GET", _api(api_url))
        for run in range(rounds):
            for question, peer_url, api_url in questions:
                pair = [
                    ("datasette", peer.port, f"/{NAME}{peer_url}"),
                    ("api", api.port, _api(api_url)),
                ]
                for who, port, url in pair[:: -1 if run % 2 else 1]:
                    started = time.perf_counter()
                    status, body = harness.call(port, "GET", url)
                    times[question][who].append(time.perf_counter() - started)
                    if who == "api" and status != 200:
                        raise RuntimeError(f"{url} answered {status}: {body[:300]!r}")
                    if who == "datasette":
                        statuses[question].add(status)
    return [
        (q, p, a, median(times[q]["datasette"]), median(times[q]["api"]), statuses[q])
        for q, p, a in questions
    ]


def _api(url: str) -> str:
    """The API's page as large as Datasette's: 50 rows (db/metadata.yml), 100 for the canned
    queries (their SQL says so)."""
    if url.startswith("/reconciliation") or "limit=" in url:
        return url
    return url + ("&" if "?" in url else "?") + "limit=50"


def datasette_vs_api(cfg: measures.Config, results: measures.Results, databases: dict) -> None:
    """Every README page at the smallest and the largest database of the run."""
    rounds = max(3, min(cfg.single_rounds, 7))
    for size in sorted({min(cfg.sizes), max(cfg.sizes)}):
        path = databases.get(size) or generate.cached_database(size, cache=cfg.cache)[0]
        cfg.log(f"peer: Datasette's README pages and the API on {size:,} claims, {rounds} rounds")
        served = _served(path, cfg.work)
        for question, peer_url, api_url, peer_s, api_s, statuses in _time_pages(
            cfg, served, size, rounds
        ):
            failed = sorted(s for s in statuses if s != 200)
            answer = f"Datasette {measures._ms(peer_s)}" + (
                f" (answered {', '.join(map(str, failed))})" if failed else ""
            )
            results.rows.append(
                measures.Row(
                    "2. Reads",
                    f"Datasette's page vs the API, {question}, {size:,} claims (median of "
                    f"{rounds} alternating rounds): GET /{NAME}{quote(peer_url.split('?')[0])} "
                    f"vs GET {api_url.split('?')[0]}",
                    answer,
                    f"API {measures._ms(api_s)}",
                    peer_s / api_s,
                    f"Datasette < {TARGET_S * 1000:.0f} ms (ratio: Datasette / API)",
                    peer_s < TARGET_S and not failed,
                    [peer_s, api_s, peer_s / api_s],
                )
            )
        served.unlink(missing_ok=True)
