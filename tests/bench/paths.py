"""Section 5 (issue 16): where one request of each kind spends its time, by cProfile.

Each request goes through the Flask test client to an app out of testing mode, as a server runs
it (its kept connection, the token cache, orjson), on a copy of the smallest generated database:
the same reads `make bench` times through gunicorn, and a single-claim POST."""

import cProfile
import json
import os
import pstats
import shutil
import time
from pathlib import Path

from bench import generate, measures
from bench.harness import median

ROOT = measures.ROOT
TOP = 5


def _where(filename: str, line: int) -> str:
    for prefix in (str(ROOT) + os.sep, "site-packages" + os.sep):
        if prefix in filename:
            filename = filename.split(prefix, 1)[1]
    return f"{filename}:{line}" if line else "built-in"


def top_costs(profiler: cProfile.Profile, requests: int, count: int = TOP) -> list[str]:
    """The functions with the most own time, per request and as a share of the total."""
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values()) or 1e-9
    ranked = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:count]
    return [
        f"{function} ({_where(filename, line)}): {own / requests * 1000:.2f} ms of "
        f"{total / requests * 1000:.2f} ms ({own / total:.0%}), {calls / requests:,.0f} calls"
        for (filename, line, function), (_, calls, own, _, _) in ranked
    ]


def profile_requests(cfg: measures.Config, results: measures.Results, path: Path, size: int):
    """Every read endpoint of section 2 and a single-claim POST: median milliseconds per
    request in process (no profiler), then the top costs under cProfile, per request."""
    import logging

    from api import database
    from app import create_app

    copy = cfg.work / "paths.db"
    for p in measures._db_files(copy):
        p.unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    endpoints = measures._endpoints(measures._targets(copy))
    token = measures._add_token(copy)
    app = create_app({"DATABASE": str(copy), "TESTING": False})
    client = app.test_client()
    request_log = logging.getLogger("figures.requests")
    was_disabled, request_log.disabled = request_log.disabled, True  # no line per request
    universe = generate.Universe(size)
    requests = max(cfg.read_rounds, 20)
    stream = iter(generate.claim_items(universe, 10**9, "paths"))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def single():
        body = json.dumps(measures.posted(next(stream)[0]))
        response = client.post("/claims", data=body, headers=headers)
        assert response.status_code in (200, 201), response.data[:300]

    calls = {name: (lambda url=url: client.get(url)) for name, url in endpoints.items()}
    calls["POST /claims (one claim)"] = single
    page = client.get(endpoints["GET /discrepancies (first page)"]).get_json()
    found = {}
    try:
        for name, call in calls.items():
            generic = name.split(" (a group")[0]
            cfg.log(f"profile: {generic}")
            for _ in range(5):
                call()
            times = []
            for _ in range(requests):
                started = time.perf_counter()
                call()
                times.append(time.perf_counter() - started)
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(requests):
                call()
            profiler.disable()
            found[generic] = {"ms": median(times) * 1000, "top": top_costs(profiler, requests)}
    finally:
        request_log.disabled = was_disabled
        database.close_kept()
        for p in measures._db_files(copy):
            p.unlink(missing_ok=True)
    results.profiles["requests"] = found
    json_encoding(cfg, results, page)
    results.profiles["requests_size"] = size
    results.profiles["requests_count"] = requests


def json_encoding(cfg: measures.Config, results: measures.Results, page: dict) -> None:
    """A first page of discrepancies encoded as Flask's default provider encodes it (json,
    sorted keys, compact) and as api/json_provider.py does (orjson), alternating."""
    import orjson

    from api.json_provider import OPTIONS

    def stdlib():
        return json.dumps(page, sort_keys=True, separators=(",", ":"), ensure_ascii=True)

    def fast():
        return orjson.dumps(page, option=OPTIONS)

    size = len(fast())
    times: dict = {stdlib: [], fast: []}
    for _ in range(max(cfg.read_rounds, 20)):
        for encode in (stdlib, fast):
            started = time.perf_counter()
            encode()
            times[encode].append(time.perf_counter() - started)
    slow_ms, fast_ms = median(times[stdlib]) * 1000, median(times[fast]) * 1000
    results.rows.append(
        measures.Row(
            "5. Profile",
            f"Encoding a first page of GET /discrepancies ({size / 1000:,.0f} KB) with orjson "
            "(api/json_provider.py) vs the standard library as Flask's default provider does",
            f"{fast_ms:.2f} ms",
            f"json.dumps: {slow_ms:.2f} ms",
            fast_ms / slow_ms,
            "(ratio: after / before)",
            None,
            [fast_ms, slow_ms, fast_ms / slow_ms],
        )
    )


# The same profile taken with the code before issue 16 (tests/bench/paths.py's method on the
# 10,000-claim database, by hand at commit e79518e): a connection opened per request, the token
# read on every write, Flask's json encoder, rows read as sqlite-utils dicts.
BEFORE = {
    "GET /discrepancies (first page)": [
        "<method 'execute' of 'sqlite3.Connection' objects> (built-in): 21% of the request, "
        "15 calls (the first parses the schema)",
        "iterencode (json/encoder.py:205): 17%, 3 calls (100 KB of JSON)",
        "<genexpr> (sqlite_utils/db.py:935): 14%, 216 calls (a dict per row)",
        "<method 'close' of 'sqlite3.Connection' objects> (built-in): 4%, 1 call",
        "_shape (db/claims.py): 4%, 81 calls",
    ],
    "GET /claims?metric=&location=": [
        "<method 'execute' of 'sqlite3.Connection' objects> (built-in): 26%, 16 calls",
        "<genexpr> (sqlite_utils/db.py:935): 11%, 102 calls",
        "iterencode (json/encoder.py:205): 9%, 3 calls",
        "<method 'close' of 'sqlite3.Connection' objects> (built-in): 6%, 1 call",
        "_shape (db/claims.py): 4%, 50 calls",
    ],
    "GET /reconciliation": [
        "<method 'execute' of 'sqlite3.Connection' objects> (built-in): 17%, 20 calls",
        "<genexpr> (sqlite_utils/db.py:935): 15%, 164 calls",
        "to_domain (db/claims.py:137): 8%, 162 calls",
        "<method 'close' of 'sqlite3.Connection' objects> (built-in): 5%, 1 call",
        "parse_date (figures/periods.py:55): 4%, 150 calls",
    ],
    "POST /claims (one claim)": [
        "<method 'execute' of 'sqlite3.Connection' objects> (built-in): 41%, 40 calls",
        "<method 'close' of 'sqlite3.Connection' objects> (built-in): 6%, 1 call",
        "<genexpr> (sqlite_utils/db.py:935): 2%, 18 calls",
        "iterencode (json/encoder.py:205): 2%, 8 calls",
        "<method 'fullmatch' of 're.Pattern' objects> (built-in): 1%, 5 calls",
    ],
}

CHANGES = """\
- `api/database.py`: a server keeps one connection per worker thread and database file, reused
  by every request of the thread (the schema is parsed once per connection, its prepared
  statements stay cached), instead of opening and closing one per request. The teardown rolls
  back any transaction a request left open, so no read snapshot is held between requests; the
  connections are closed at exit (atexit), and a forked child forgets, without closing, the ones
  it inherited. Under tests (app.testing) a request still opens and closes its own, so each test
  keeps its own database; tests/test_kept_connections.py runs the kept path, under gunicorn too.
  This replaces the idle connection a server process kept to hold the WAL open.
- `db/tokens.py`, `api/auth.py`: the bearer token is read from the database at most once every
  `CACHE_SECONDS` (5 s) per process and database; a revocation clears the memory of the process
  that revoked it at once, and other processes see it within those 5 s.
- `api/json_provider.py` (set in app.py): answers encoded by orjson with sorted keys, as
  Flask's default provider writes them (row 5 times the first page of discrepancies both ways).
- `db/claims.py`: `served` reads the served columns only, as tuples from the connection, and
  shapes them without a dict per row; two queries per list whatever its length, and the second
  (citations) is skipped on a page of discrepancies unless it asks `expand=citations`.
"""


def render_profile(results: measures.Results) -> str:
    """The section of docs/performance.md for the request paths: after, and before issue 16."""
    found = results.profiles.get("requests")
    if not found:
        return "Not measured in this run (`--only paths` measures it)."
    count = results.profiles.get("requests_count", 0)
    size = results.profiles.get("requests_size", 0)
    lines = [
        f"cProfile over {count} requests of each kind through the Flask test client, out of "
        f"testing mode as a server runs (kept connection, token cache, orjson), on the "
        f"{size:,}-claim database. In process, without gunicorn's HTTP, cProfile's overhead "
        "inflates the many small calls. Top 5 functions by own time, per request:",
        "",
    ]
    for name, profile in found.items():
        lines += [f"**{name}** (median {profile['ms']:.2f} ms without the profiler):", ""]
        lines += [f"{i}. {line}" for i, line in enumerate(profile["top"], 1)]
        before = BEFORE.get(name)
        if before:
            lines += ["", "Before issue 16:", ""]
            lines += [f"{i}. {line}" for i, line in enumerate(before, 1)]
        lines.append("")
    lines += ["What changed (issue 16):", "", CHANGES]
    return "\n".join(lines)
