"""The benchmarks of `make bench`. Each one measures our path and its floor side by side, in
alternation, and reports medians and ratios: the machine is shared, so absolute times move."""

import cProfile
import csv
import importlib.util
import itertools
import json
import os
import pstats
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from bench import generate, harness, legacy
from bench.harness import median, p95
from figures import settings

ROOT = harness.ROOT


@dataclass
class Config:
    sizes: list[int]
    work: Path
    cache: Path = generate.CACHE
    ingest_claims: int = 10_000
    batch: int = 1000
    runs: int = 3
    threads: int = harness.WORKERS
    single_seconds: float = 2.0
    single_rounds: int = 5
    read_rounds: int = 60
    selfjoin_cap: float = 60.0
    import_rows: list[int] = field(default_factory=lambda: [10_000, 50_000])
    profile_claims: int = 4000
    profile_runs: int = 3
    place_claims: int = 50_000  # 6: a place already holding this many claims of one metric
    place_batch: int = 5_000  # posted into it in one batch, and into an empty place
    place_conflict_rate: float = 0.0005  # outliers among them: see cost_full_place
    conflicting: int = 600  # 6: claims in one batch, every pair of them in conflict
    cost_cap: float = 300.0  # seconds a POST of section 6 may take before it is given up
    extract_size: int = 200_000  # 7: characters posted to /extract (its size limit)
    extract_runs: int = 3  # 7: posts of each text, the median kept
    log: Callable = print


@dataclass
class Row:
    """One line of the table."""

    section: str
    measure: str
    result: str
    compared: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    values: list[float] = field(default_factory=list)  # the positive numbers behind the row


@dataclass
class Results:
    machine: dict
    rows: list[Row] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    profiles: dict = field(default_factory=dict)
    extraction: dict | None = None
    notes: list[str] = field(default_factory=list)


def _rate(x: float) -> str:
    return f"{x:,.0f}/s"


def _ms(x: float) -> str:
    return f"{x * 1000:,.1f} ms"


def _db_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def fresh_database(path: Path) -> str:
    """A migrated database with the bench metrics and a write token; the token."""
    from db.connection import connect
    from db.tokens import create_token

    for p in _db_files(path):
        p.unlink(missing_ok=True)
    db = connect(str(path))
    generate.prepare(db)
    token = create_token(db, "bench")
    db.close()
    return token


def _add_token(path: Path) -> str:
    from db.connection import connect
    from db.tokens import create_token

    db = connect(str(path))
    token = create_token(db, f"bench-{random.randrange(10**9)}")
    db.close()
    return token


def posted(item: dict) -> dict:
    """The claim as a client sends it (as in the README): the place and source by name."""
    return {**item, "location": item["location"]["name"], "source": item["source"]["name"]}


def _items(universe, count: int, stream: str) -> list[dict]:
    return [posted(item) for item, _, _ in generate.claim_items(universe, count, stream)]


# --- 1 and 4: ingest ---------------------------------------------------------------------------


def _post_batches(server: harness.Server, token: str, bodies: list[str], threads: int) -> float:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}

    def post(body):
        status, answer = harness.call(server.port, "POST", "/claims", body, headers)
        if status not in (200, 201):
            raise RuntimeError(f"POST /claims answered {status}: {answer[:300]!r}")

    return harness.in_threads(threads, bodies, post)


def _floor_seconds(api_db: Path, floor_db: Path, batch: int, fresh: bool = True):
    """sqlite-utils insert_all of the claim rows the API stored, into the same schema: into a
    fresh file (fresh=True), or into an existing database, places and sources matched by name.
    (seconds, rows)."""
    from db.connection import connect

    if fresh:
        fresh_database(floor_db)
    source = sqlite3.connect(api_db)
    source.row_factory = sqlite3.Row
    places = [dict(r) for r in source.execute("SELECT * FROM locations ORDER BY id")]
    sources = [dict(r) for r in source.execute("SELECT * FROM sources ORDER BY id")]
    rows = [dict(r) for r in source.execute("SELECT * FROM claims ORDER BY id")]
    source.close()
    db = connect(str(floor_db))
    if fresh:
        db["locations"].insert_all(places)
        db["sources"].insert_all(sources)
    else:
        for table, own, column in (
            ("locations", places, "location_id"),
            ("sources", sources, "source_id"),
        ):
            known = dict(db.execute(f"SELECT name, id FROM {table}").fetchall())
            missing = [
                {k: v for k, v in r.items() if k != "id"} for r in own if r["name"] not in known
            ]
            if missing:
                db[table].insert_all(missing)
                known = dict(db.execute(f"SELECT name, id FROM {table}").fetchall())
            ids = {r["id"]: known[r["name"]] for r in own}
            for row in rows:
                row[column] = ids[row[column]]
    for row in rows:
        del row["id"]
        if row.get("superseded_by") is not None:  # an id of the API's file, maybe a later row
            row["superseded_by"] = None
    started = time.perf_counter()
    for start in range(0, len(rows), batch):
        db["claims"].insert_all(rows[start : start + batch], batch_size=batch, ignore=not fresh)
    seconds = time.perf_counter() - started
    db.close()
    return seconds, len(rows)


def _size_per_claim(path: Path) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    conn.close()
    return path.stat().st_size / max(claims, 1)


def ingest(cfg: Config, results: Results, big_db: Path, big_size: int) -> None:
    """Batches through gunicorn into an empty DB and into the biggest one, vs insert_all."""
    universe = generate.Universe(big_size)
    work = cfg.work
    big_copy = work / "ingest-big.db"
    for p in _db_files(big_copy):
        p.unlink(missing_ok=True)
    cfg.log(f"ingest: copying the {big_size:,}-claim database")
    shutil.copyfile(big_db, big_copy)
    big_floor = work / "ingest-big-floor.db"
    for p in _db_files(big_floor):
        p.unlink(missing_ok=True)
    shutil.copyfile(big_db, big_floor)
    big_token = _add_token(big_copy)
    empty_rates, floor_rates, big_rates, big_floor_rates, sizes = [], [], [], [], []
    with harness.Server(big_copy, work / "gunicorn-big.log") as big_server:
        for run in range(cfg.runs):
            items = _items(universe, cfg.ingest_claims, f"ingest-{run}")
            bodies = [json.dumps(items[i : i + cfg.batch]) for i in range(0, len(items), cfg.batch)]
            empty = work / "ingest-empty.db"
            token = fresh_database(empty)
            with harness.Server(empty, work / "gunicorn-empty.log") as server:
                if run % 2:  # alternate which goes first
                    seconds = _post_batches(big_server, big_token, bodies, cfg.threads)
                    big_rates.append(len(items) / seconds)
                seconds = _post_batches(server, token, bodies, cfg.threads)
                empty_rates.append(len(items) / seconds)
                if not run % 2:
                    seconds = _post_batches(big_server, big_token, bodies, cfg.threads)
                    big_rates.append(len(items) / seconds)
            floor_s, stored = _floor_seconds(empty, work / "ingest-floor.db", cfg.batch)
            floor_rates.append(stored / floor_s)
            floor_s, stored = _floor_seconds(empty, big_floor, cfg.batch, fresh=False)
            big_floor_rates.append(stored / floor_s)
            sizes.append(_size_per_claim(empty))
            cfg.log(
                f"ingest run {run + 1}/{cfg.runs}: empty {empty_rates[-1]:,.0f}/s, "
                f"floor {floor_rates[-1]:,.0f}/s, {big_size:,}-claim DB {big_rates[-1]:,.0f}/s"
            )
    for p in [*_db_files(big_copy), *_db_files(big_floor)]:
        p.unlink(missing_ok=True)
    api, floor, big = median(empty_rates), median(floor_rates), median(big_rates)
    cost = median([f / a for f, a in zip(floor_rates, empty_rates, strict=True)])
    results.rows.append(
        Row(
            "1. Ingest",
            f"POST /claims, batches of {cfg.batch:,}, {cfg.threads} client threads, empty DB "
            f"(median of {cfg.runs} runs of {cfg.ingest_claims:,} claims)",
            f"{_rate(api)} claims",
            f"sqlite-utils insert_all of the same rows, same schema: {_rate(floor)}",
            cost,
            "cost per claim <= 4x the raw insert",
            cost <= 4,
            [api, floor, cost],
        )
    )
    ratio = median([b / a for b, a in zip(big_rates, empty_rates, strict=True)])
    results.rows.append(
        Row(
            "4. Scale",
            f"POST /claims into a DB of {big_size:,} claims vs an empty one (same claims)",
            f"{_rate(big)} claims",
            f"empty DB: {_rate(api)}",
            ratio,
            ">= 0.8",
            ratio >= 0.8,
            [big, api, ratio],
        )
    )
    floor_ratio = median([b / f for b, f in zip(big_floor_rates, floor_rates, strict=True)])
    results.rows.append(
        Row(
            "4. Scale",
            f"The floor itself: insert_all into the {big_size:,}-claim DB vs into an empty one "
            "(same rows)",
            f"{_rate(median(big_floor_rates))} claims",
            f"empty DB: {_rate(floor)}",
            floor_ratio,
            "(storage alone: bigger indexes)",
            None,
            [median(big_floor_rates), floor, floor_ratio],
        )
    )
    per_claim = median(sizes)
    results.rows.append(
        Row(
            "4. Scale",
            "Database size per claim, written through the API (claims, citations, documents, "
            "history, full-text index)",
            f"{per_claim:,.0f} bytes",
            values=[per_claim],
        )
    )
    results.facts["big_db_bytes_per_claim"] = big_db.stat().st_size / max(big_size, 1)


SINGLE_BODIES = 20_000  # claims made before the single-POST rounds (about 8,000 are sent here)


def single_vs_ping(cfg: Config, results: Results, big_size: int) -> None:
    """Single-claim POSTs per second against GET /ping, alternating, same server and threads.

    The bodies are made and encoded before the rounds: the client shares the server's cores,
    and making a claim out of the generator costs it more than sending it (GET /ping has no
    body to make). A second server runs with FIGURES_TESTING=true, which makes each request
    open and close its own connection, as under tests (api/database.py), and changes nothing
    else that costs time: the single POSTs without the connection kept per worker thread."""
    universe = generate.Universe(big_size)
    stream = iter(generate.claim_items(universe, 10**9, "single"))
    bodies = [json.dumps(posted(next(stream)[0])) for _ in range(SINGLE_BODIES)]
    sent = itertools.count()
    lock = threading.Lock()
    pings, singles, unanchored = [], [], []
    path, before_path = cfg.work / "single.db", cfg.work / "single-before.db"
    token, before_token = fresh_database(path), fresh_database(before_path)
    with (
        harness.Server(path, cfg.work / "gunicorn-single.log") as server,
        harness.Server(
            before_path, cfg.work / "gunicorn-before.log", env={"FIGURES_TESTING": "true"}
        ) as before,
    ):

        def ping():
            status, _ = harness.call(server.port, "GET", "/ping")
            assert status == 200, status

        def next_body() -> str:
            index = next(sent)
            if index < len(bodies):
                return bodies[index]
            with lock:  # past the bodies made beforehand (a machine far faster): made now
                return json.dumps(posted(next(stream)[0]))

        def single(port, token):
            def post():
                headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
                status, body = harness.call(port, "POST", "/claims", next_body(), headers)
                assert status in (200, 201), body[:300]

            return post

        for _ in range(cfg.single_rounds):
            pings.append(harness.rate_for(cfg.single_seconds, cfg.threads, ping))
            singles.append(
                harness.rate_for(cfg.single_seconds, cfg.threads, single(server.port, token))
            )
            unanchored.append(
                harness.rate_for(cfg.single_seconds, cfg.threads, single(before.port, before_token))
            )
    ratio = median([s / p for s, p in zip(singles, pings, strict=True)])
    results.rows.append(
        Row(
            "1. Ingest",
            f"Single-claim POST /claims, {cfg.threads} client threads "
            f"(median of {cfg.single_rounds} alternating rounds)",
            f"{_rate(median(singles))} requests",
            f"GET /ping, same server and threads: {_rate(median(pings))}",
            ratio,
            ">= 0.33",
            ratio >= 0.33,
            [median(singles), median(pings), ratio],
        )
    )
    gain = median([s / u for s, u in zip(singles, unanchored, strict=True)])
    results.rows.append(
        Row(
            "5. Profile",
            "Single-claim POSTs with a connection kept per worker thread vs a connection per "
            "request (FIGURES_TESTING=true)",
            f"{_rate(median(singles))} requests",
            f"without: {_rate(median(unanchored))}",
            gain,
            "(ratio: after / before)",
            None,
            [median(singles), median(unanchored), gain],
        )
    )


# --- 2 and 3: reads, and the self-join a user would write instead --------------------------------


def _targets(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def names(metric_id, location_id):
        slug = conn.execute("SELECT slug FROM metrics WHERE id = ?", [metric_id]).fetchone()[0]
        place = conn.execute("SELECT name FROM locations WHERE id = ?", [location_id]).fetchone()
        return slug, place[0]

    busiest = conn.execute(
        "SELECT metric_id, location_id, count(*) AS n FROM discrepancies"
        " GROUP BY metric_id, location_id ORDER BY n DESC, metric_id, location_id LIMIT 1"
    ).fetchone()
    groups = conn.execute(
        "SELECT metric_id, location_id, count(*) AS n FROM claims GROUP BY metric_id, location_id"
    ).fetchall()
    wanted = 150
    busy = min(groups, key=lambda g: (abs(g[2] - wanted), g[0], g[1]))
    busiest = busiest or (busy[0], busy[1], 0)  # a tiny database may have no discrepancy
    d_metric, d_place = names(busiest[0], busiest[1])
    metric, place = names(busy[0], busy[1])
    conn.close()
    return {
        "discrepancies_group": (d_metric, d_place, busiest[2]),
        "busy_group": (metric, place, busy[2]),
    }


def _endpoints(targets: dict) -> dict[str, str]:
    d_metric, d_place, d_count = targets["discrepancies_group"]
    metric, place, count = targets["busy_group"]
    group = urlencode({"metric": metric, "location": place})
    return {
        "GET /ping": "/ping",
        "GET /discrepancies (first page)": "/discrepancies",
        f"GET /discrepancies?metric=&location= (a group with {d_count:,})": "/discrepancies?"
        + urlencode({"metric": d_metric, "location": d_place}),
        f"GET /claims?metric=&location= (a group of {count:,})": "/claims?" + group,
        f"GET /reconciliation (a group of {count:,} claims)": "/reconciliation?" + group,
    }


def _changed(path: Path, mark: int) -> None:
    """A commit to the file by another connection (the header's user_version, which nothing
    reads): every server's kept answers are now stale and the next read is computed anew."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {mark % 1_000_000 + 1}")
        conn.commit()
    finally:
        conn.close()


def _latencies(servers: dict, endpoints: dict, rounds: int, recompute: bool = False) -> dict:
    """{size: {name: [seconds]}}: every endpoint of every server once per round, shuffled, so
    all sizes and /ping share the same moments of the (shared) machine. With RECOMPUTE the
    database changes before each request (untimed), so no answer is served from memory."""
    samples = {size: {name: [] for name in endpoints[size]} for size in servers}
    mark = 0
    order = [(size, name) for size in servers for name in endpoints[size]]
    for size, name in order:  # warm-up: imports, caches, the page cache
        for _ in range(3):
            harness.call(servers[size].port, "GET", endpoints[size][name])
    rng = random.Random(6)
    for _ in range(rounds):
        rng.shuffle(order)
        for size, name in order:
            url = endpoints[size][name]
            if recompute:
                mark += 1
                _changed(servers[size].database, mark)
            started = time.perf_counter()
            status, body = harness.call(servers[size].port, "GET", url)
            samples[size][name].append(time.perf_counter() - started)
            if status != 200:
                raise RuntimeError(f"{url} answered {status}: {body[:300]!r}")
    return samples


SELF_JOIN = """
SELECT a.id AS claim_a, b.id AS claim_b, a.metric_id, a.location_id,
       CASE WHEN a.low > b.high THEN a.low / b.high ELSE b.low / a.high END AS ratio
FROM claims a
JOIN claims b
  ON b.metric_id = a.metric_id AND b.location_id = a.location_id AND b.id > a.id
WHERE a.status = 'active' AND b.status = 'active'
  AND b.as_of_start <= date(a.as_of_end, '+31 days')
  AND b.as_of_end >= date(a.as_of_start, '-31 days')
  AND (a.low > b.high OR b.low > a.high)
ORDER BY ratio DESC
LIMIT 50
"""

STORED = "SELECT * FROM discrepancies ORDER BY ratio DESC, id LIMIT 50"


TUNED = SELF_JOIN.replace("JOIN claims b\n", "JOIN claims b INDEXED BY idx_claims_group\n")


def _self_join(path: Path, sql: str, cap: float, runs: int) -> tuple[list[float], bool]:
    """Seconds of the self-join (up to `runs` times while it is quick); True when capped."""
    times = []
    for _ in range(runs):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        deadline = time.perf_counter() + cap
        conn.set_progress_handler(lambda deadline=deadline: time.perf_counter() > deadline, 10_000)
        started = time.perf_counter()
        try:
            conn.execute(sql).fetchall()
        except sqlite3.OperationalError as error:
            if "interrupted" not in str(error):
                raise
            conn.close()
            return [cap], True
        times.append(time.perf_counter() - started)
        conn.close()
        if sum(times) > cap / 4:
            break
    return times, False


def _stored_sql(path: Path, runs: int = 21) -> float:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        conn.execute(STORED).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return median(times)


def reads(cfg: Config, results: Results, databases: dict[int, Path]) -> None:
    medians: dict[str, dict[int, float]] = {}
    ratios: dict[str, dict[int, float]] = {}
    capped_at: dict[str, int] = {}
    all_targets = {size: _targets(path) for size, path in databases.items()}
    all_endpoints = {size: _endpoints(t) for size, t in all_targets.items()}
    cfg.log(f"reads: {cfg.read_rounds} rounds over {len(databases)} servers, interleaved")
    with ExitStack() as stack:
        servers = {
            size: stack.enter_context(harness.Server(path, cfg.work / f"gunicorn-read-{size}.log"))
            for size, path in sorted(databases.items())
        }
        every = _latencies(servers, all_endpoints, cfg.read_rounds)
        cfg.log("reads: again, the database changed before each request (nothing kept)")
        computed = _latencies(servers, all_endpoints, max(cfg.read_rounds // 3, 5), True)
    for size, path in sorted(databases.items()):
        targets, samples = all_targets[size], every[size]
        ping = median(samples["GET /ping"])
        results.rows.append(
            Row(
                "2. Reads",
                f"GET /ping, {size:,} claims (the trivial endpoint)",
                f"median {_ms(ping)}, p95 {_ms(p95(samples['GET /ping']))}",
                values=[ping],
            )
        )
        for name, times in samples.items():
            if name == "GET /ping":
                continue
            ratio = median(times) / ping
            generic = name.split(" (a group")[0]
            ratios.setdefault(generic, {})[size] = ratio
            medians.setdefault(generic, {})[size] = median(times)
            results.rows.append(
                Row(
                    "2. Reads",
                    f"{name}, {size:,} claims",
                    f"median {_ms(median(times))}, p95 {_ms(p95(times))}",
                    f"GET /ping median {_ms(ping)}",
                    ratio,
                    "<= 2.5x /ping",
                    ratio <= 2.5,
                    [median(times), p95(times), ratio],
                )
            )
            fresh, fresh_ping = computed[size][name], median(computed[size]["GET /ping"])
            results.rows.append(
                Row(
                    "2. Reads",
                    f"{name}, {size:,} claims, computed anew (the database changed just before"
                    " each request, so no answer is kept)",
                    f"median {_ms(median(fresh))}, p95 {_ms(p95(fresh))}",
                    f"GET /ping median {_ms(fresh_ping)}",
                    median(fresh) / fresh_ping,
                    "(the cost of computing it)",
                    None,
                    [median(fresh), p95(fresh), median(fresh) / fresh_ping],
                )
            )
        stored_get = median(samples["GET /discrepancies (first page)"])
        stored_sql = _stored_sql(path)
        compared = (
            f"stored report: GET /discrepancies {_ms(stored_get)}, "
            f"SQL on discrepancies {_ms(stored_sql)}"
        )
        for label, sql in (
            ("as a user writes it (SQLite picks the status index: every pair)", SELF_JOIN),
            ("with INDEXED BY idx_claims_group (tuned by hand)", TUNED),
        ):
            measure = (
                f"Self-join over claims for the 50 most severe conflicting pairs, {label}, "
                f"{size:,} claims"
            )
            if label in capped_at:
                results.rows.append(
                    Row(
                        "3. Instead",
                        measure,
                        f"> {cfg.selfjoin_cap:g} s (not run)",
                        f"already over {cfg.selfjoin_cap:g} s at {capped_at[label]:,} claims",
                    )
                )
                continue
            cfg.log(f"self-join {label.split(' (')[0]} on {size:,} claims")
            times, capped = _self_join(path, sql, cfg.selfjoin_cap, 3)
            if capped:
                capped_at[label] = size
            joined = median(times)
            results.rows.append(
                Row(
                    "3. Instead",
                    measure,
                    f"> {cfg.selfjoin_cap:g} s (stopped)" if capped else f"{joined:,.2f} s",
                    compared,
                    joined / stored_get,
                    "(ratio: self-join / GET /discrepancies)",
                    None,
                    [joined, stored_get, stored_sql],
                )
            )
        results.facts[f"db_{size}"] = {"targets": targets}
    smallest, largest = min(databases), max(databases)
    if smallest != largest:
        for generic, by_size in medians.items():
            growth = by_size[largest] / by_size[smallest]
            results.rows.append(
                Row(
                    "2. Reads",
                    f"{generic}: {largest:,} vs {smallest:,} claims (median latencies, "
                    "measured interleaved)",
                    f"{_ms(by_size[largest])} vs {_ms(by_size[smallest])} "
                    f"({ratios[generic][largest]:.1f}x vs {ratios[generic][smallest]:.1f}x /ping)",
                    "",
                    growth,
                    "< 1.5 (flat)",
                    growth < 1.5,
                    [by_size[largest], by_size[smallest], growth],
                )
            )


# --- 4: memory of a CSV import ------------------------------------------------------------------


IMPORT_COLUMNS = (
    "metric location source quantifier value low high vague stated_on as_of quote "
    "document_title document_url document_publisher document_published_on"
).split()


def write_csv(path: Path, universe, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(IMPORT_COLUMNS)
        for item, _, _ in generate.claim_items(universe, rows, "import"):
            document = item["reported_in"]
            writer.writerow(
                [
                    item["metric"],
                    item["location"]["name"],
                    item["source"]["name"],
                    item["quantifier"],
                    item.get("value", ""),
                    item.get("low", ""),
                    item.get("high", ""),
                    item.get("vague", ""),
                    item["stated_on"],
                    item.get("as_of", ""),
                    item["quote"],
                    document["title"],
                    document["url"],
                    document["publisher"],
                    document["published_on"],
                ]
            )


def import_command_exists() -> bool:
    done = subprocess.run(
        [str(harness.BIN / "flask"), "--app", "app", "import-claims", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "FIGURES_DATABASE": os.devnull},
        timeout=120,
    )
    return done.returncode == 0


# The flask CLI verb, run by its own interpreter, reporting the high-water mark of its own memory
# (VmHWM). Not ru_maxrss from wait4: Linux keeps the forked parent's RSS in the child's maxrss
# across exec, so a big benchmark process would inflate it.
IMPORT_CHILD = """
import os, sys
from flask.cli import main
path = sys.argv[1]
sys.argv = ["flask", "--app", "app", "import-claims", path]
code = 0
try:
    main()
except SystemExit as exit:
    code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
finally:
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(peak)
sys.exit(code)
"""


def _import_once(cfg: Config, csv_path: Path, rows: int) -> tuple[float, float]:
    """Peak RSS (MB, VmHWM) and seconds of `flask --app app import-claims` in a child process."""
    database = cfg.work / "import.db"
    fresh_database(database)
    peak_file = cfg.work / "import.peak"
    peak_file.unlink(missing_ok=True)
    with open(cfg.work / "import.log", "ab") as log:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_CHILD, str(csv_path)],
            cwd=ROOT,
            env={
                **os.environ,
                "FIGURES_DATABASE": str(database),
                "BENCH_PEAK_FILE": str(peak_file),
            },
            stdout=log,
            stderr=log,
        )
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"import-claims failed ({done.returncode}); see {log.name}")
    peak_kb = int(peak_file.read_text())
    conn = sqlite3.connect(database)
    stored = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    conn.close()
    if stored < rows * 0.99:
        raise RuntimeError(f"import-claims stored {stored} of {rows} rows")
    for p in _db_files(database):
        p.unlink(missing_ok=True)
    return peak_kb / 1024, seconds


def import_memory(cfg: Config, results: Results, big_size: int) -> None:
    if not import_command_exists():
        results.rows.append(
            Row(
                "4. Scale",
                "Peak memory of importing a 1,000,000-row CSV",
                "pending",
                "`flask --app app import-claims` does not exist yet (db/imports.py)",
                target="< 300 MB",
            )
        )
        return
    universe = generate.Universe(big_size)
    peaks, rates = {}, {}
    for rows in sorted(set(cfg.import_rows)):
        csv_path = cfg.work / f"import-{rows}.csv"
        write_csv(csv_path, universe, rows)
        cfg.log(f"import-claims of {rows:,} rows")
        peak, seconds = _import_once(cfg, csv_path, rows)
        csv_path.unlink()
        peaks[rows] = peak
        rates[rows] = rows / seconds
        results.rows.append(
            Row(
                "4. Scale",
                f"Peak memory (VmHWM) of `flask --app app import-claims`, {rows:,}-row CSV",
                f"{peak:,.0f} MB",
                f"took {seconds:,.0f} s ({rows / seconds:,.0f} rows/s)",
                None,
                "< 300 MB",
                peak < 300,
                [peak, seconds],
            )
        )
        if rows >= 1_000_000:
            record = {"rows": rows, "peak_mb": peak, "seconds": seconds, "at": time.ctime()}
            cfg.cache.mkdir(exist_ok=True)
            (cfg.cache / "import-1000000.json").write_text(json.dumps(record))
    if max(peaks) < 1_000_000 and len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        slope = (peaks[large] - peaks[small]) / (large - small)
        projected = peaks[large] + max(slope, 0) * (1_000_000 - large)
        results.rows.append(
            Row(
                "4. Scale",
                "Peak memory of a 1,000,000-row import, projected from the two sizes above "
                f"({slope * 100_000:+.1f} MB per 100,000 rows)",
                f"{projected:,.0f} MB (projected)",
                "measured with `tests/bench/run.py --only import --import-rows 1000000` "
                f"(about {1_000_000 / rates[large] / 60:,.0f} min at the rate above)",
                None,
                "< 300 MB",
                projected < 300,
                [max(projected, 1e-9)],
            )
        )
        measured = cfg.cache / "import-1000000.json"
        if measured.exists():
            record = json.loads(measured.read_text())
            results.rows.append(
                Row(
                    "4. Scale",
                    "Peak memory of importing a 1,000,000-row CSV (measured separately, "
                    f"{record['at']})",
                    f"{record['peak_mb']:,.0f} MB",
                    f"took {record['seconds']:,.0f} s",
                    None,
                    "< 300 MB",
                    record["peak_mb"] < 300,
                    [record["peak_mb"]],
                )
            )


# --- 5: profile of the ingest path ------------------------------------------------------------


def _client_run(cfg: Config, items: list[dict], before: bool, profiler=None) -> float:
    """Claims per second through the Flask test client (one warm-up batch not counted)."""
    from app import create_app

    path = cfg.work / "profile.db"
    token = fresh_database(path)
    app = create_app({"DATABASE": str(path), "TESTING": True})
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    batches = [items[i : i + cfg.batch] for i in range(0, len(items), cfg.batch)]
    response = client.post("/claims", json=batches[0], headers=headers)
    assert response.status_code == 201, response.json
    with legacy.before_fixes(before):
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        for batch in batches[1:]:
            response = client.post("/claims", json=batch, headers=headers)
            assert response.status_code == 201, response.json
        if profiler is not None:
            profiler.disable()
        seconds = time.perf_counter() - started
    return sum(len(b) for b in batches[1:]) / seconds


def _top(profiler: cProfile.Profile, count: int = 5) -> list[str]:
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())
    ranked = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:count]
    lines = []
    for (filename, line, function), (_, calls, own, cumulative, _) in ranked:
        where = filename
        for prefix in (str(ROOT) + os.sep, "site-packages" + os.sep):
            if prefix in where:
                where = where.split(prefix, 1)[1]
        where = f"{where}:{line}" if line else "built-in"
        lines.append(
            f"{function} ({where}): {own:.2f} s own of {total:.2f} s ({own / total:.0%}), "
            f"{calls:,} calls, {cumulative:.2f} s cumulative"
        )
    return lines


def profile(cfg: Config, results: Results, big_size: int) -> None:
    """The ingest path before and after this issue's fixes, alternating; top 5 by own time."""
    universe = generate.Universe(big_size)
    items = _items(universe, cfg.profile_claims + cfg.batch, "profile")
    after, before = [], []
    for run in range(cfg.profile_runs):
        cfg.log(f"profile run {run + 1}/{cfg.profile_runs}")
        after.append(_client_run(cfg, items, False))
        before.append(_client_run(cfg, items, True))
    tops = {}
    for name, flag in (("before", True), ("after", False)):
        profiler = cProfile.Profile()
        _client_run(cfg, items, flag, profiler)
        tops[name] = _top(profiler)
    speedup = median(after) / median(before)
    results.rows.append(
        Row(
            "5. Profile",
            f"Ingest through the Flask test client, batches of {cfg.batch:,}, "
            f"{cfg.profile_claims:,} claims, this issue's fixes vs the code before them "
            f"(median of {cfg.profile_runs} alternating runs)",
            f"{_rate(median(after))} claims",
            f"before: {_rate(median(before))}",
            speedup,
            "(ratio: after / before)",
            None,
            [median(after), median(before), speedup],
        )
    )
    results.profiles = {**tops, "patches": legacy.describe()}
    for p in _db_files(cfg.work / "profile.db"):
        p.unlink(missing_ok=True)


# --- 6: the cost of detection on write ----------------------------------------------------------


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("claims", "sources", "discrepancies")
        }
    finally:
        conn.close()


def _post_alone(cfg: Config, path: Path, token: str, body: str, log: str, cap: float):
    """One POST /claims of `body` to a server of its own on `path`: (seconds, status, answer),
    or (None, None, None) when no answer came within `cap` seconds (the server, and the
    worker still busy with it, are then ended)."""
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    timeout = int(cap) + 60  # gunicorn must not kill the worker before we give up
    budget = {"FIGURES_REQUEST_BUDGET_SECONDS": str(cap)}  # a rate is measured, not the budget
    with harness.Server(path, cfg.work / log, env=budget, timeout=timeout) as server:
        started = time.perf_counter()
        try:
            status, answer = harness.call(
                server.port, "POST", "/claims", body, headers, timeout=cap
            )
        except TimeoutError:
            return None, None, None
        seconds = time.perf_counter() - started
    try:
        answer = json.loads(answer)
    except ValueError:
        answer = {"detail": answer[:300].decode("utf-8", "replace")}
    return seconds, status, answer


def cost_full_place(cfg: Config, results: Results) -> None:
    """One batch into a place that already holds cfg.place_claims claims of its metric, vs the
    same batch into an empty database, alternating; a fresh copy of the full place each run.

    The place's claims come from generate.OnePlace (one stock metric, 40 sources, dated around
    the universe's 300 events from 2012 to 2024) through the generator's direct inserts; the
    batch is the next cfg.place_batch claims of the same stream. Few outliers: at the usual 3%
    the batch would open more discrepancies than the bound and be refused whole.

    The full place is given up after max(cfg.cost_cap, 3x the empty place's time): the ratio
    is then at most 0.33, a miss, and the bench does not wait for the rest."""
    universe = generate.OnePlace(cfg.place_claims, conflict_rate=cfg.place_conflict_rate)
    cfg.log(f"cost: a place of {cfg.place_claims:,} claims (generated once, cached)")
    full_db, facts = generate.cached_database(
        cfg.place_claims, cache=cfg.cache, progress=cfg.log, universe=universe
    )
    results.facts["place"] = {k: v for k, v in facts.items() if k != "token"}
    stream = generate.claim_items(universe, facts["items"] + cfg.place_batch)
    items = [posted(item) for item, _, _ in itertools.islice(stream, facts["items"], None)]
    metric = universe.metrics[0].slug
    body = json.dumps(items)
    if len(body) > settings.MAX_CONTENT_LENGTH:
        raise RuntimeError(f"the batch is {len(body):,} bytes, over MAX_CONTENT_LENGTH")
    rates: dict[str, list[float]] = {"full": [], "empty": []}
    opened: dict[str, list[int]] = {"full": [], "empty": []}
    stopped: set[str] = set()
    caps: list[float] = []
    copy, empty = cfg.work / "place-full.db", cfg.work / "place-empty.db"
    for run in range(cfg.runs):
        for p in [*_db_files(copy), *_db_files(empty)]:
            p.unlink(missing_ok=True)
        shutil.copyfile(full_db, copy)
        order = [("empty", empty, fresh_database(empty)), ("full", copy, _add_token(copy))]
        # Alternate which goes first; the empty place in the first run, for the time limit.
        for name, path, token in order[:: -1 if run % 2 else 1]:
            cap = cfg.cost_cap
            if name == "full" and rates["empty"]:
                cap = max(cap, 3 * len(items) / min(rates["empty"]))
            seconds, status, answer = _post_alone(
                cfg, path, token, body, f"gunicorn-{name}.log", cap
            )
            if seconds is None:
                stopped.add(name)
                caps.append(cap)
                rates[name].append(len(items) / cap)  # an upper bound
                continue
            if status != 201:
                raise RuntimeError(
                    f"{len(items):,} claims into the {name} place: {status} "
                    f"{str(answer.get('detail', answer))[:300]}"
                )
            rates[name].append(len(items) / seconds)
            opened[name].append(answer["discrepancy_count"])
        cfg.log(
            f"cost run {run + 1}/{cfg.runs}: {len(items):,} claims into the full place "
            + ("stopped, at most " if "full" in stopped else "")
            + f"{rates['full'][-1]:,.1f}/s, into an empty one "
            + ("stopped, at most " if "empty" in stopped else "")
            + f"{rates['empty'][-1]:,.1f}/s"
        )
        if stopped:  # it will not answer in time in a second run either
            break
    for p in [*_db_files(copy), *_db_files(empty)]:
        p.unlink(missing_ok=True)
    full, empty_rate = median(rates["full"]), median(rates["empty"])
    ratio = median([f / e for f, e in zip(rates["full"], rates["empty"], strict=True)])
    runs = len(rates["full"])
    bound = "at most " if "full" in stopped else ""
    met = None if "empty" in stopped else ratio >= 0.5
    verdict = {True: "PASS", False: "MISS", None: "no verdict (the empty place timed out)"}
    cfg.log(
        f"cost: batch into a full place {bound}{full:,.1f} claims/s, into an empty place "
        f"{empty_rate:,.1f} claims/s, ratio full/empty {bound}{ratio:.2f} (target >= 0.5): "
        + verdict[met]
    )

    def shown(name: str, rate: float) -> str:
        text = f"{rate:,.1f}/s" if rate < 100 else _rate(rate)
        if name in stopped:
            return f"< {text} claims (no answer in {max(caps):,.0f} s: stopped)"
        return f"{text} claims"

    opened_text = "; the batch opened " + ", ".join(
        f"{median(opened[name]):,.0f} discrepancies in the {name} place"
        for name in ("full", "empty")
        if opened[name]
    )

    results.rows.append(
        Row(
            "6. Cost",
            f"POST /claims, one batch of {len(items):,} claims of {metric} from "
            f"{facts['sources']} sources into a place already holding {facts['claims']:,} "
            f"claims of it ({cfg.place_conflict_rate:.2%} outliers; dates spread as the "
            "generator spreads them, 2012 to 2024) vs into an empty place "
            + (f"(median of {runs} alternating runs)" if runs > 1 else "(one run)"),
            shown("full", full),
            f"empty place: {shown('empty', empty_rate)}"
            + (opened_text if any(opened.values()) else ""),
            ratio,
            ">= 0.5" + (" (the ratio is an upper bound)" if bound else ""),
            met,
            [full, empty_rate, ratio],
        )
    )


def conflicting_claims(cfg: Config, results: Results) -> None:
    """One batch of cfg.conflicting exact claims of one stock metric at one place on one day
    from as many sources, every two of them disjoint: stored, or refused whole (422) when it
    would open more than the bound of discrepancies, under 10 s either way."""
    n = cfg.conflicting
    pairs = n * (n - 1) // 2
    day = "2020-03-01"
    items = [
        {
            "metric": "civilians_remaining",
            "location": "Contested Town",
            "source": f"Observer {i + 1:03d}",
            "quantifier": "exact",
            "value": 1000.0 * (i + 1),
            "stated_on": day,
            "as_of": day,
            "quote": f"Observer {i + 1:03d} said {1000 * (i + 1):,} civilians remain",
        }
        for i in range(n)
    ]
    body = json.dumps(items)
    path = cfg.work / "conflicting.db"
    times, statuses, outcomes = [], [], []
    for run in range(cfg.runs):
        token = fresh_database(path)
        before = _counts(path)
        seconds, status, answer = _post_alone(
            cfg, path, token, body, "gunicorn-conflicting.log", cfg.cost_cap
        )
        after = _counts(path)
        for p in _db_files(path):
            p.unlink(missing_ok=True)
        if seconds is None:
            times.append(cfg.cost_cap)
            statuses.append(None)
            outcomes.append(f"no answer in {cfg.cost_cap:g} s")
            break
        times.append(seconds)
        statuses.append(status)
        if status == 422:
            ok = after == before
            outcomes.append(
                "refused whole, "
                + ("nothing stored" if ok else "yet something was stored")
                + f" (claims {before['claims']:,} before, {after['claims']:,} after; "
                f"discrepancies {before['discrepancies']:,}, {after['discrepancies']:,})"
            )
        elif status in (200, 201):
            ok = after["claims"] - before["claims"] == n and after["sources"] == n
            outcomes.append(
                f"stored: {after['claims'] - before['claims']:,} claims from "
                f"{after['sources']:,} sources, {answer.get('discrepancy_count', 0):,} "
                "discrepancies"
            )
        else:
            ok = False
            outcomes.append(f"answered {status}: {str(answer.get('detail', answer))[:200]}")
        if not ok:
            statuses[-1] = None  # not an acceptable answer: the row is missed
        cfg.log(f"cost: {n} conflicting claims, run {run + 1}: {outcomes[-1]}, {seconds:.2f} s")
    took = median(times)
    answered = len(set(statuses)) == 1 and statuses[0] in (200, 201, 422)
    met = answered and took < 10
    cfg.log(
        f"cost: {n} mutually conflicting claims: {statuses[-1] or 'no acceptable answer'} in "
        f"{took:.2f} s (target < 10 s): " + ("PASS" if met else "MISS")
    )
    status = statuses[-1] or "no acceptable answer"
    results.rows.append(
        Row(
            "6. Cost",
            f"POST /claims, one batch of {n:,} exact claims of civilians_remaining at one place "
            f"on one day from {n:,} sources, values pairwise disjoint ({pairs:,} conflicting "
            f"pairs; the bound is {settings.MAX_DISCREPANCIES:,} discrepancies per request; "
            f"median of {len(times)} runs, a fresh database each)",
            f"{status} in {took:,.2f} s",
            outcomes[-1],
            None,
            "an answer (stored, or 422 with nothing stored) in < 10 s",
            met,
            [took, pairs],
        )
    )


# --- extraction quality -------------------------------------------------------------------------


def extraction(results: Results) -> None:
    path = ROOT / "tests" / "extraction_eval.py"
    if not path.exists():
        return
    spec = importlib.util.spec_from_file_location("extraction_eval", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extraction_eval", module)
    spec.loader.exec_module(module)
    results.extraction = module.evaluate()


# --- everything ---------------------------------------------------------------------------------


SECTIONS = (
    "ingest", "single", "reads", "peer", "import", "profile", "paths", "cost", "extract",
    "extraction",
)  # fmt: skip


def collect(cfg: Config, only: set[str] | None = None) -> Results:
    """Every benchmark (or the `only` ones, named as in SECTIONS) into one Results."""
    wanted = set(SECTIONS) if not only else set(only)
    results = Results(harness.machine())
    cfg.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    databases = {}
    for size in sorted(cfg.sizes) if wanted & {"ingest", "reads"} else []:
        cfg.log(f"database of {size:,} claims (generated once, cached in {cfg.cache})")
        path, facts = generate.cached_database(size, cache=cfg.cache, progress=cfg.log)
        databases[size] = path
        results.facts[f"generated_{size}"] = {k: v for k, v in facts.items() if k != "token"}
    big_size = max(cfg.sizes)
    if "ingest" in wanted:
        ingest(cfg, results, databases[big_size], big_size)
    if "single" in wanted:
        single_vs_ping(cfg, results, big_size)
    if "reads" in wanted:
        reads(cfg, results, databases)
    if "import" in wanted:
        import_memory(cfg, results, big_size)
    if "profile" in wanted:
        profile(cfg, results, big_size)
    if "peer" in wanted:
        from bench import peer

        peer.datasette_vs_api(cfg, results, databases)
    if "paths" in wanted:
        from bench import paths  # it uses this module's helpers

        small = min(cfg.sizes)
        path = databases.get(small) or generate.cached_database(small, cache=cfg.cache)[0]
        paths.profile_requests(cfg, results, path, small)
    if "cost" in wanted:
        cost_full_place(cfg, results)
        conflicting_claims(cfg, results)
    if "extract" in wanted:
        from bench import extract_time  # it uses this module's helpers

        extract_time.extract_at_limit(cfg, results)
    if "extraction" in wanted:
        extraction(results)
    results.facts["seconds"] = time.perf_counter() - started
    return results
