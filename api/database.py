"""The request's connection to the one SQLite file.

A server keeps one connection per worker thread and database file, reused by every request of
that thread: SQLite parses the schema (about 60 tables, indexes, triggers and views) once per
connection, and the statements a connection has prepared stay cached in it. Between requests a
kept connection holds no transaction and so no read snapshot: the teardown rolls back anything
left open. Kept connections are closed when the process exits (atexit) and forgotten, never
touched, in a child after a fork (SQLite connections must not cross a fork).

Under tests (app.testing) each request opens and closes its own connection, as flaskr's db.py
does, so every test keeps its own database file and nothing outlives it.
"""

import atexit
import os
import threading

from flask import Flask, current_app, g, has_request_context
from sqlite_utils import Database

from api.errors import Problem, busy_timeout_ms, stop_statement
from db import checkpoints
from db.connection import connect
from figures.settings import Settings

# (pid, thread, database path) -> (the thread, its connection); read and written under _LOCK.
_KEPT: dict[tuple[int, int, str], tuple[threading.Thread, Database]] = {}
_LOCK = threading.Lock()
# Connections inherited through a fork: never used or closed in the child (closing one there
# could checkpoint or unlock the parent's file), only kept referenced so that they are not
# closed by the garbage collector either.
_INHERITED: list[Database] = []
PROGRESS_STEPS = 20_000  # SQLite instructions between two looks at the request's deadline


def get_db() -> Database:
    if "db" not in g:
        if has_request_context() and not os.path.isfile(current_app.config["DATABASE"]):
            raise missing_database()
        busy_ms = busy_timeout_ms(current_app.config)
        if current_app.testing:
            g.db = connect(current_app.config["DATABASE"], busy_ms)
        else:
            g.db = kept(current_app.config["DATABASE"], busy_ms)
            g.db_kept = True
        if has_request_context():  # the request's time budget ends a statement that outlasts it
            g.db.conn.set_progress_handler(stop_statement, PROGRESS_STEPS)
            g.db_changes = g.db.conn.total_changes
    return g.db


def missing_database() -> Problem:
    """A request to an app whose database file is not there: 503, never a new empty file (only
    `flask --app app init-db` creates one). The path goes to the log, not to the client."""
    path = os.path.abspath(current_app.config["DATABASE"])
    current_app.logger.error("no database at %s: run `flask --app app init-db`", path)
    return Problem(
        503,
        "Service Unavailable",
        "The database is missing: the server's FIGURES_DATABASE names no file. An operator"
        " creates it with `flask --app app init-db`.",
        {"database": ["missing"]},
    )


def kept(path: str, busy_timeout_ms: int) -> Database:
    """This thread's connection to PATH, opened on first use and then reused."""
    key = (os.getpid(), threading.get_ident(), os.path.abspath(path))
    found = _KEPT.get(key)
    if found is not None and found[0] is threading.current_thread():
        return found[1]
    with _LOCK:
        if found is not None:  # a thread that ended had this id: its connection is idle
            _KEPT[key] = (threading.current_thread(), found[1])
            return found[1]
        _close_dead_threads()
        db = connect(path, busy_timeout_ms, checkpoints.SERVER_AUTOCHECKPOINT_PAGES)
        checkpoints.start(path)
        _KEPT[key] = (threading.current_thread(), db)
    return db


def _close_dead_threads() -> None:
    """Close the kept connections of this process's threads that have ended (under _LOCK)."""
    pid = os.getpid()
    for key, (thread, db) in list(_KEPT.items()):
        if key[0] == pid and not thread.is_alive():
            del _KEPT[key]
            db.close()


def kept_count(path: str | None = None) -> int:
    """How many connections this process keeps (to PATH only, when given)."""
    wanted = None if path is None else os.path.abspath(path)
    return sum(1 for key in _KEPT if key[0] == os.getpid() and wanted in (None, key[2]))


def close_kept() -> None:
    """Close every connection this process keeps, its checkpointers' too (atexit; tests may
    call it too)."""
    checkpoints.stop_all()
    with _LOCK:
        pid = os.getpid()
        for key in [k for k in _KEPT if k[0] == pid]:
            _, db = _KEPT.pop(key)
            try:
                if db.conn.in_transaction:
                    db.conn.rollback()
                db.close()
            except Exception:  # noqa: BLE001 - exiting: a connection already gone is fine
                pass


def _forget_after_fork() -> None:
    """In a forked child: the parent's connections are not ours to use or close."""
    global _LOCK
    _LOCK = threading.Lock()  # the parent's may have been held by another thread at the fork
    _INHERITED.extend(db for _, db in _KEPT.values())
    _KEPT.clear()


atexit.register(close_kept)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


def close_db(_exception=None) -> None:
    """After each request: a kept connection ends any transaction left open (no snapshot is held
    until the next request); a per-request one is closed."""
    db = g.pop("db", None)
    if db is None:
        return
    if g.pop("db_kept", False):
        db.conn.set_progress_handler(None, 0)
        if db.conn.in_transaction:
            db.conn.rollback()
    else:
        db.close()


def settings() -> Settings:
    """The domain settings from the app's configuration, with the edge's alias link."""
    config = current_app.config
    return Settings(
        rel_tol=float(config["REL_TOL"]),
        window_days=int(config["WINDOW_DAYS"]),
        household_size=(float(config["HOUSEHOLD_SIZE_MIN"]), float(config["HOUSEHOLD_SIZE_MAX"])),
        divergence=float(config["DIVERGENCE"]),
        max_discrepancies=int(config["MAX_DISCREPANCIES"]),
        alias_link=ALIAS_LINK,
    )


# How a likely-duplicate warning tells the user to link two names (storage knows no URLs).
ALIAS_LINK = "link them with POST /{table}/{id}/aliases"


def init_app(app: Flask) -> None:
    """Release the connection after each request. No folder is made here: a mistyped
    database path is an error (only init-db creates a database, in a folder that exists)."""
    app.teardown_appcontext(close_db)
