"""Issue 16: a server's commits leave the WAL to a checkpointer thread, and writers of one file
take turns on a lock file beside it, so the next one starts as soon as the last one ends."""

import fcntl
import os
import sqlite3
import threading
import time

import pytest
from examples import OCHA as CLAIM

from api import database
from api.cli import init_database
from app import create_app
from db import checkpoints
from db.connection import connect, write_transaction
from db.tokens import create_token


def _wal_frames(path) -> int:
    return os.path.getsize(path + "-wal") // 4096


def _fill(db, rows: int) -> None:
    with write_transaction(db):
        db.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
    for i in range(rows):
        with write_transaction(db):
            db.execute("INSERT INTO t VALUES (?)", [f"{i:04d}" * 300])


def test_a_servers_commits_leave_the_wal_longer_than_sqlites_own_limit(tmp_path):
    path = str(tmp_path / "f.db")
    db = connect(path, autocheckpoint_pages=checkpoints.SERVER_AUTOCHECKPOINT_PAGES)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 4000
    _fill(db, 1200)  # 1,200 commits, each a page or more: SQLite alone would stop at 1,000
    assert _wal_frames(path) > 1100
    _fill(db, 3000)  # past the server's limit a commit checkpoints and the WAL starts over
    assert _wal_frames(path) < 4100
    auto = connect(str(tmp_path / "g.db"))
    _fill(auto, 1200)
    assert _wal_frames(str(tmp_path / "g.db")) < 1100
    db.close(), auto.close()


def test_the_checkpointer_copies_the_wal_back_while_writes_go_on(tmp_path):
    path = str(tmp_path / "f.db")
    db = connect(path, autocheckpoint_pages=checkpoints.SERVER_AUTOCHECKPOINT_PAGES)
    thread = checkpoints.Checkpointer(path, seconds=0.02)
    thread.start()
    try:
        _fill(db, 1200)
        deadline = time.monotonic() + 10
        while thread.copied < 1200 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert thread.copied >= 1200  # every commit's page, copied back once
        assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1200
    finally:
        thread.stopped.set()
        thread.join(5)
        db.close()
    assert not thread.is_alive()


def test_a_checkpointer_never_creates_the_file_it_was_given(tmp_path):
    path = tmp_path / "gone.db"
    thread = checkpoints.Checkpointer(str(path), seconds=0.01)
    thread.start()
    thread.join(5)
    assert not thread.is_alive() and not path.exists()


def test_a_servers_kept_connection_leaves_checkpoints_to_its_process_thread(tmp_path):
    path = str(tmp_path / "figures.db")
    app = create_app({"DATABASE": path, "TESTING": False})
    try:
        with app.app_context():
            init_database()
            token = create_token(database.get_db(), "tester")
            kept = database.get_db()
            assert kept.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 4000
        response = app.test_client().post(
            "/claims", json=CLAIM, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 201
        running = checkpoints._RUNNING[(os.getpid(), os.path.abspath(path))]
        assert running.is_alive()
        deadline = time.monotonic() + 10
        while not running.copied and time.monotonic() < deadline:
            time.sleep(0.05)
        assert running.copied > 0
    finally:
        database.close_kept()  # stops the process's checkpointers too
    assert not running.is_alive()


def _hold_turn(path: str):
    fd = os.open(path + "-writers", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_writer_waits_for_its_turn_and_starts_as_soon_as_it_is_given(tmp_path):
    path = str(tmp_path / "f.db")
    db = connect(path)
    with write_transaction(db):
        db.execute("CREATE TABLE t (x)")
    held = _hold_turn(os.path.abspath(path))  # another writer's turn, SQLite's lock is free
    started = []

    def write():
        with write_transaction(db):
            started.append(time.monotonic())
            db.execute("INSERT INTO t VALUES (1)")

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.3)
    assert started == []  # nothing stopped it but the turn
    released = time.monotonic()
    os.close(held)
    writer.join(5)
    assert started and started[0] - released < 0.1
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    db.close()


@pytest.mark.parametrize("busy_ms", [200])
def test_a_turn_never_given_falls_back_to_sqlites_own_lock(tmp_path, busy_ms):
    """A writer stuck holding the turn outside any transaction delays others by the busy timeout,
    then they go on: the turn only orders writers, SQLite's lock keeps them apart."""
    path = str(tmp_path / "f.db")
    db = connect(path, busy_timeout_ms=busy_ms)
    with write_transaction(db):
        db.execute("CREATE TABLE t (x)")
    held = _hold_turn(os.path.abspath(path))
    began = time.monotonic()
    with write_transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
    assert time.monotonic() - began >= busy_ms / 1000
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == busy_ms  # as it was
    os.close(held)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    db.close()


def test_a_writer_waits_the_busy_timeout_once_not_for_the_turn_and_then_the_lock(tmp_path):
    """Another writer holds the turn and SQLite's lock past the timeout: busy after about one
    timeout, not two."""
    busy_ms = 300
    path = str(tmp_path / "f.db")
    db, other = connect(path, busy_timeout_ms=busy_ms), sqlite3.connect(path)
    with write_transaction(db):
        db.execute("CREATE TABLE t (x)")
    held = _hold_turn(os.path.abspath(path))
    other.execute("BEGIN IMMEDIATE")
    began = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        with write_transaction(db):
            db.execute("INSERT INTO t VALUES (1)")
    waited = time.monotonic() - began
    assert busy_ms / 1000 <= waited < 1.8 * busy_ms / 1000, waited
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == busy_ms
    other.rollback(), other.close(), os.close(held), db.close()
