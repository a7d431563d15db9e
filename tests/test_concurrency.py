"""Issue 5: nothing lost or doubled under concurrent load on a real gunicorn server.

16 client threads post claims (batches and singles, a few repeats of the same claim from
different threads) to `gunicorn -w 4` while 4 more threads read /claims and /discrepancies.
The only retry is on the documented 503 (database still locked after the busy timeout).
Afterwards every acknowledged claim is stored exactly once, no discrepancy is recorded twice,
the discrepancies are exactly those of the same requests posted one by one into a fresh
database, the history has one `create` per claim, `PRAGMA integrity_check` is ok, and no answer
was a 5xx. The claims are built to conflict: each group shares metric, place and date, with
intervals that partly overlap and partly do not, plus a part (civilians_trapped) that sometimes
exceeds its whole.
"""

import queue
import random
import sqlite3
import threading
import time
from collections import Counter
from datetime import date, timedelta

import pytest
import requests
from serving import Server, integrity, new_database

from api.cli import init_database
from api.database import get_db
from app import create_app
from db.tokens import create_token

WRITERS, READERS, WORKERS = 16, 4, 4
SOURCES = ["UN OCHA", "UNHCR", "Airwars", "SOHR", "Reuters tally", "Local council", "REACH", "ICRC"]


def generate(claims: int, seed: int) -> list[dict]:
    """Groups of four estimates and one part, same metric, place and day; groups 45 days apart."""
    rng = random.Random(seed)
    groups = -(-claims // 5)
    places = max(1, int(groups**0.5))
    out: list[dict] = []
    for g in range(groups):
        place = f"Load district {g % places:03d}"
        day = (date(2015, 1, 1) + timedelta(days=45 * (g // places))).isoformat()
        base = rng.randrange(10, 500) * 1000
        sources = rng.sample(SOURCES, 5)
        for k in range(4):
            factor = rng.choice([1.0, 1.04, 1.5, 2.5, 4.0])
            out.append(
                {
                    "metric": "civilians_remaining",
                    "location": place,
                    "source": sources[k],
                    "quantifier": rng.choice(["approximately", "exact"]),
                    "value": round(base * factor),
                    "stated_on": day,
                }
            )
        out.append(
            {
                "metric": "civilians_trapped",
                "location": place,
                "source": sources[4],
                "quantifier": "at_least",
                "value": round(base * rng.choice([0.3, 0.8, 6.0])),
                "stated_on": day,
            }
        )
    out = out[:claims]
    for index, claim in enumerate(out):
        claim["quote"] = f"load claim {index}"
    return out


def plan(claims: list[dict], seed: int) -> list[dict | list[dict]]:
    """Request bodies: half the claims in batches of 20 to 80, half alone, 2% posted twice."""
    rng = random.Random(seed)
    order = list(claims)
    rng.shuffle(order)
    half = len(order) // 2
    bodies: list = []
    position = 0
    while position < half:
        size = rng.randint(20, 80)
        bodies.append(order[position : min(position + size, half)])
        position += size
    bodies += order[half:]
    bodies += [dict(c) for c in rng.sample(claims, len(claims) // 50)]
    rng.shuffle(bodies)
    return bodies


def post_all(url: str, token: str, bodies: list, results: list, statuses: Counter) -> None:
    jobs: queue.Queue = queue.Queue()
    for index, body in enumerate(bodies):
        jobs.put((index, body))
    lock = threading.Lock()

    def writer():
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        while True:
            try:
                index, body = jobs.get_nowait()
            except queue.Empty:
                return
            while True:
                response = session.post(url + "/claims", json=body, timeout=120)
                with lock:
                    statuses[response.status_code] += 1
                if response.status_code != 503:  # the one documented reason to try again
                    break
                time.sleep(float(response.headers["Retry-After"]))
            results[index] = (response.status_code, response.json())

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def read_while(url: str, done: threading.Event, statuses: Counter) -> None:
    session = requests.Session()
    paths = ["/claims?limit=200", "/discrepancies?limit=100", "/discrepancies?status=open"]
    turn = 0
    while not done.is_set():
        response = session.get(url + paths[turn % len(paths)], timeout=120)
        statuses[response.status_code] += 1
        if response.status_code == 200 and response.json()["next"]:
            follow = session.get(f"{url}/claims?cursor={response.json()['next']}", timeout=120)
            statuses[follow.status_code] += 1
        turn += 1


def post_serially(tmp_path, bodies: list) -> sqlite3.Connection:
    """The same requests, one after another, into a fresh database (in process)."""
    app = create_app({"DATABASE": str(tmp_path / "serial.db"), "TESTING": True})
    with app.app_context():
        db = get_db()
        init_database()
        token = create_token(db, "serial")
    client = app.test_client()
    # Held open so each request's close is not the last one (which checkpoints the WAL): speed.
    conn = sqlite3.connect(tmp_path / "serial.db")
    conn.execute("SELECT count(*) FROM claims").fetchone()
    for body in bodies:
        response = client.post("/claims", json=body, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code in (200, 201), response.json
    return conn


def discrepancy_set(conn: sqlite3.Connection) -> set:
    """Discrepancies as (kind, the two claims' quotes), independent of ids and arrival order."""
    return {
        (kind, frozenset((a, b)))
        for kind, a, b in conn.execute(
            "SELECT d.kind, ca.quote, cb.quote FROM discrepancies d"
            " JOIN claims ca ON ca.id = d.claim_a JOIN claims cb ON cb.id = d.claim_b"
        )
    }


def run(tmp_path, claims_total: int, seed: int) -> dict:
    database = tmp_path / "load.db"
    token = new_database(database)
    claims = generate(claims_total, seed)
    bodies = plan(claims, seed)
    results: list = [None] * len(bodies)
    write_statuses: Counter = Counter()
    read_statuses: Counter = Counter()
    server = Server(database, workers=WORKERS).start()
    done = threading.Event()
    try:
        readers = [
            threading.Thread(target=read_while, args=(server.url, done, read_statuses))
            for _ in range(READERS)
        ]
        for reader in readers:
            reader.start()
        started = time.monotonic()
        post_all(server.url, token, bodies, results, write_statuses)
        seconds = time.monotonic() - started
        done.set()
        for reader in readers:
            reader.join()
    finally:
        done.set()
        server.stop()
    assert server.troubles() == []  # no worker timed out, crashed or was replaced

    assert not [s for s in write_statuses if s >= 500 and s != 503], write_statuses
    assert not [s for s in read_statuses if s >= 500 and s != 503], read_statuses
    assert all(r is not None and r[0] in (200, 201) for r in results), Counter(
        r[0] if r else None for r in results
    )

    conn = sqlite3.connect(database)
    stored = dict(conn.execute("SELECT quote, id FROM claims").fetchall())
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == len(claims)
    assert set(stored) == {c["quote"] for c in claims}
    for body, (_status, answer) in zip(bodies, results, strict=True):
        sent = body if isinstance(body, list) else [body]
        got = answer["claims"] if isinstance(body, list) else [answer["claim"]]
        assert [stored[c["quote"]] for c in sent] == [c["id"] for c in got]
    history = Counter(
        row_id
        for (row_id,) in conn.execute(
            "SELECT row_id FROM history WHERE action = 'create' AND table_name = 'claims'"
        )
    )
    assert history == Counter(stored.values())
    pairs = Counter(
        (kind, min(a, b), max(a, b))
        for kind, a, b in conn.execute("SELECT kind, claim_a, claim_b FROM discrepancies")
    )
    assert pairs and max(pairs.values()) == 1
    concurrent = discrepancy_set(conn)
    conn.close()
    assert integrity(database) == "ok"

    serial_db = post_serially(tmp_path, bodies)
    serial = discrepancy_set(serial_db)
    serial_db.close()
    assert concurrent == serial
    kinds = Counter(kind for kind, _ in concurrent)
    summary = {
        "claims": len(claims),
        "requests": len(bodies),
        "writers": WRITERS,
        "readers": READERS,
        "workers": WORKERS,
        "seconds": round(seconds, 1),
        "claims_per_second": round(len(claims) / seconds),
        "discrepancies": dict(kinds),
        "retries_on_503": write_statuses[503],
        "reads": sum(read_statuses.values()),
    }
    print("\nconcurrency:", summary)
    return summary


def test_concurrent_writers_and_readers(tmp_path):
    summary = run(tmp_path, 1_500, seed=5)
    assert summary["discrepancies"]["conflict"] > 100
    assert summary["discrepancies"]["part_exceeds_whole"] > 10


@pytest.mark.stress
def test_concurrent_writers_and_readers_20000(tmp_path):
    summary = run(tmp_path, 20_000, seed=55)
    assert summary["discrepancies"]["conflict"] > 1_000
