"""Opening the one SQLite file with WAL, foreign keys and a busy timeout, and write transactions."""

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from sqlite_utils import Database

from figures.settings import BUSY_TIMEOUT_MS as DEFAULT_BUSY_TIMEOUT_MS

TURN_POLL_SECONDS = 0.0002  # how often a queued writer looks whether its turn has come


def connect(
    path: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, autocheckpoint_pages: int = 1000
) -> Database:
    """A Database on the file, configured for many readers and one writer at a time. A commit
    that leaves the WAL longer than AUTOCHECKPOINT_PAGES copies it back (SQLite's default:
    1,000; a server leaves most of it to a thread, db/checkpoints.py)."""
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, check_same_thread=False)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    if db.journal_mode != "wal":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    # A statement that writes rows many times in one transaction (an executemany under triggers)
    # keeps each page it changes in a statement journal; past 64 KiB SQLite spills that journal
    # to a temporary file, which tripled the cost of 9,730 findings copied in under the lock.
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint_pages)}")
    if path != ":memory:" and not path.startswith("file:"):
        db.writers_turn = (os.path.abspath(path) + "-writers", busy_timeout_ms / 1000)
    return db


def dict_rows(db: Database, sql: str, params=()) -> list[dict]:
    """A read's rows as dicts. sqlite-utils' query() wraps each read in a SAVEPOINT and its
    RELEASE, two more statements per read: detection reads once per written claim."""
    cursor = db.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor]


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE so concurrent writers queue instead of deadlocking; on a file, writers
    first take their turn (below), then SQLite's own lock."""
    turn = getattr(db, "writers_turn", None)
    with _turn(*turn) if turn else nullcontext(True) as given:
        _begin(db, wait=given)
        try:
            yield db
        except BaseException:
            db.rollback()
            raise
        else:
            db.commit()


def _begin(db: Database, wait: bool) -> None:
    """BEGIN IMMEDIATE; without WAIT (the busy timeout already spent waiting for a turn) the
    lock is taken now or the database is busy, so a writer never waits twice the timeout."""
    if wait:
        db.execute("BEGIN IMMEDIATE")
        return
    (timeout,) = db.execute("PRAGMA busy_timeout").fetchone()
    db.execute("PRAGMA busy_timeout = 0")
    try:
        db.execute("BEGIN IMMEDIATE")
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")


@contextmanager
def _turn(path: str, timeout: float) -> Iterator[bool]:
    """Writers of one file take turns on a lock file beside it (released by the kernel if a
    writer dies): the next one starts the moment the last one ends, where SQLite's own busy
    wait sleeps 1, 2, 5, 10... ms between looks. Yields whether the turn came within TIMEOUT;
    if not, SQLite's lock alone decides."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        yield _take(fd, time.monotonic() + timeout)
    finally:
        os.close(fd)


def _take(fd: int, deadline: float) -> bool:
    """The lock on FD, looked for every TURN_POLL_SECONDS until DEADLINE; whether it came."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(TURN_POLL_SECONDS)
