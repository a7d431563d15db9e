"""Section 2 (issue 16): the same questions through Datasette's JSON over the read models
(db/schema_views.py: discrepancy_report, claims_readable) and through the API, side by side.

Datasette runs as `make run` starts it (api/cli.py's datasette_command: our metadata, facets
suggested off); the API as in section 2. One client, alternating, median of the rounds."""

import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlencode

from bench import generate, harness, measures
from bench.harness import median


def _questions(targets: dict, name: str) -> list[tuple[str, str, str]]:
    """(question, Datasette URL, API URL) for the groups section 2 reads."""
    d_metric, d_place, _ = targets["discrepancies_group"]
    metric, place, _ = targets["busy_group"]
    return [
        (
            "the 50 most severe discrepancies",
            f"/{name}/discrepancy_report.json?_sort_desc=ratio&_size=50",
            "/discrepancies",
        ),
        (
            "the most severe discrepancies of one metric at one place",
            f"/{name}/discrepancy_report.json?"
            + urlencode({"metric": d_metric, "location": d_place, "_sort_desc": "ratio"})
            + "&_size=50",
            "/discrepancies?" + urlencode({"metric": d_metric, "location": d_place}),
        ),
        (
            "the claims of one metric at one place",
            f"/{name}/claims_readable.json?"
            + urlencode({"metric": metric, "location": place})
            + "&_size=50",
            "/claims?" + urlencode({"metric": metric, "location": place}),
        ),
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


def datasette_vs_api(cfg: measures.Config, results: measures.Results, databases: dict) -> None:
    """For the largest database up to 100,000 claims (Datasette takes about a second a page)."""
    size = max((s for s in cfg.sizes if s <= 100_000), default=min(cfg.sizes))
    path = databases.get(size) or generate.cached_database(size, cache=cfg.cache)[0]
    copy = cfg.work / "peer.db"  # Datasette writes its metadata copy beside the file
    for p in measures._db_files(copy):
        p.unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    questions = _questions(measures._targets(copy), copy.stem)
    rounds = max(3, min(cfg.single_rounds, 7))
    times: dict[str, dict[str, list[float]]] = {
        q: {"datasette": [], "api": []} for q, _, _ in questions
    }
    cfg.log(f"peer: Datasette and the API on {size:,} claims, {rounds} rounds")
    with (
        Datasette(copy, cfg.work / "datasette-peer.log") as peer,
        harness.Server(copy, cfg.work / "gunicorn-peer.log") as api,
    ):
        for _, peer_url, api_url in questions:  # warm-up
            harness.call(peer.port, "GET", peer_url)
            harness.call(api.port, "GET", api_url)
        for run in range(rounds):
            for question, peer_url, api_url in questions:
                pair = [("datasette", peer.port, peer_url), ("api", api.port, api_url)]
                for who, port, url in pair[:: -1 if run % 2 else 1]:
                    started = time.perf_counter()
                    status, body = harness.call(port, "GET", url)
                    times[question][who].append(time.perf_counter() - started)
                    if status != 200:
                        raise RuntimeError(f"{who} {url} answered {status}: {body[:300]!r}")
    for p in [*measures._db_files(copy), copy.with_name(f"{copy.stem}.datasette.json")]:
        p.unlink(missing_ok=True)
    for question, peer_url, api_url in questions:
        peer_s, api_s = median(times[question]["datasette"]), median(times[question]["api"])
        results.rows.append(
            measures.Row(
                "2. Reads",
                f"Datasette's JSON vs the API, {question}, {size:,} claims (median of {rounds} "
                f"alternating rounds): GET {peer_url.split('?')[0]} vs GET {api_url.split('?')[0]}",
                f"Datasette {measures._ms(peer_s)}",
                f"API {measures._ms(api_s)}",
                peer_s / api_s,
                "(ratio: Datasette / API)",
                None,
                [peer_s, api_s, peer_s / api_s],
            )
        )
