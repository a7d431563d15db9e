"""Issue 5: SIGKILL the whole server mid-batch; every batch is then wholly stored or wholly absent.

Two clients post batches of 2,000 claims to `gunicorn -w 4`, each batch tagged by its own
source name and quote prefix. At a random moment (fixed seed) the server's process group gets
SIGKILL, master and workers at once, while batches are being stored; the server is started
again on the same file. After every kill: each batch's claims are all there or none, every
acknowledged batch is all there, a batch refused with 503 or 413 (the lock still busy, or the
request's time budget spent) is absent, each claim has exactly one `create` history row (and
every `create` row of a claim its claim), citations and their history agree, and
`PRAGMA integrity_check` is ok.
"""

import random
import sqlite3
import threading
import time
from collections import Counter
from datetime import date, timedelta
from itertools import count

import pytest
import requests
from serving import Server, integrity, new_database

BATCH = 2_000
CLIENTS = 2
PLACES = 20


def batch(tag: int) -> list[dict]:
    """Claims that agree with each other (no discrepancy work), 20 places, 40 days apart."""
    return [
        {
            "metric": "civilians_remaining",
            "location": f"Crash town {i % PLACES:02d}",
            "source": f"Crash batch {tag:03d}",
            "quantifier": "approximately",
            "value": 50_000,
            "stated_on": (date(2000, 1, 1) + timedelta(days=40 * (i // PLACES))).isoformat(),
            "quote": f"b{tag:03d}-{i}",
            "reported_in": {"title": f"Crash report {tag:03d}", "url": f"https://x.test/{tag}"},
        }
        for i in range(BATCH)
    ]


def check(database, sent: dict[int, object]) -> Counter:
    """All-or-nothing per batch, acknowledged batches complete, history agrees, file intact."""
    assert integrity(database) == "ok"
    conn = sqlite3.connect(database)
    try:
        stored = dict(
            conn.execute(
                "SELECT s.name, count(*) FROM claims c JOIN sources s ON s.id = c.source_id"
                " GROUP BY s.name"
            ).fetchall()
        )
        quotes = dict(
            conn.execute(
                "SELECT substr(quote, 1, 4), count(*) FROM claims GROUP BY substr(quote, 1, 4)"
            ).fetchall()
        )
        outcome = Counter()
        for tag, status in sent.items():
            n = stored.get(f"Crash batch {tag:03d}", 0)
            assert n in (0, BATCH), (tag, n)
            assert quotes.get(f"b{tag:03d}", 0) == n
            if status == 201:
                assert n == BATCH, tag
                outcome["acknowledged"] += 1
            elif status == "lost":  # the connection died: stored whole, or not at all
                outcome["interrupted, then found stored" if n else "interrupted, absent"] += 1
            elif status in (413, 503):  # the busy timeout or the time budget: nothing written
                assert n == 0, (tag, status)
                outcome[f"refused {status}, absent"] += 1
            else:
                raise AssertionError((tag, status))
        creates = Counter(
            row_id
            for (row_id,) in conn.execute(
                "SELECT row_id FROM history WHERE action = 'create' AND table_name = 'claims'"
            )
        )
        ids = [row_id for (row_id,) in conn.execute("SELECT id FROM claims")]
        assert creates == Counter(ids)
        cites = Counter(
            row_id
            for (row_id,) in conn.execute(
                "SELECT row_id FROM history WHERE action = 'cite' AND table_name = 'citations'"
            )
        )
        assert cites == Counter(r for (r,) in conn.execute("SELECT id FROM citations"))
        assert conn.execute("SELECT count(*) FROM citations").fetchone()[0] == len(ids)
        return outcome
    finally:
        conn.close()


def crash(tmp_path, kills: int, seed: int) -> Counter:
    rng = random.Random(seed)
    database = tmp_path / "crash.db"
    token = new_database(database)
    headers = {"Authorization": f"Bearer {token}"}
    server = Server(database, workers=4).start()
    tags = count()
    sent: dict[int, object] = {}
    lock = threading.Lock()
    try:
        started = time.monotonic()
        tag = next(tags)
        response = requests.post(server.url + "/claims", json=batch(tag), headers=headers)
        sent[tag] = response.status_code
        one_batch = time.monotonic() - started
        for _ in range(kills):
            stop = threading.Event()

            def client(url=server.url, stop=stop):
                while not stop.is_set():
                    with lock:
                        tag = next(tags)
                        sent[tag] = "lost"
                    try:
                        answer = requests.post(url + "/claims", json=batch(tag), headers=headers)
                    except requests.RequestException:  # killed mid-request or mid-answer
                        return
                    sent[tag] = answer.status_code

            clients = [threading.Thread(target=client) for _ in range(CLIENTS)]
            for thread in clients:
                thread.start()
            time.sleep(rng.uniform(0.3, 2.5) * one_batch)
            server.kill()
            stop.set()
            for thread in clients:
                thread.join()
            check(database, sent)
            server.start()
        tag = next(tags)
        response = requests.post(server.url + "/claims", json=batch(tag), headers=headers)
        sent[tag] = response.status_code
    finally:
        server.stop()
    assert server.troubles() == []  # no worker timed out or was replaced between the kills
    outcome = check(database, sent)
    outcome["batches"] = len(sent)
    outcome["kills"] = kills
    outcome["seconds per batch"] = round(one_batch, 2)
    print("\ncrash:", dict(outcome))
    assert outcome["interrupted, absent"] + outcome["interrupted, then found stored"] >= kills
    return outcome


def test_sigkill_mid_batch_keeps_batches_whole(tmp_path):
    crash(tmp_path, kills=3, seed=3)


@pytest.mark.stress
def test_sigkill_mid_batch_keeps_batches_whole_many_times(tmp_path):
    crash(tmp_path, kills=25, seed=25)
