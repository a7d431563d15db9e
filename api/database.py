"""The request's connection to the one SQLite file, as flaskr's db.py keeps it on `g`."""

import os
import sqlite3

from flask import Flask, current_app, g

from db.connection import connect
from figures.settings import Settings

_ANCHORS: dict[tuple[int, str], sqlite3.Connection] = {}


def get_db():
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"], current_app.config["BUSY_TIMEOUT_MS"])
        if not current_app.testing:
            _keep_open(current_app.config["DATABASE"])
    return g.db


def _keep_open(path: str) -> None:
    """One idle connection per process keeps the file open. SQLite checkpoints and deletes the
    WAL when a file's last connection closes, so without it every request's close, and the next
    write's new WAL, cost about 30 ms (docs/performance.md). Not under tests (one per test)."""
    key = (os.getpid(), os.path.abspath(path))
    if key not in _ANCHORS:
        anchor = sqlite3.connect(path, check_same_thread=False)
        anchor.execute("SELECT count(*) FROM sqlite_master").fetchall()  # no snapshot kept
        _ANCHORS[key] = anchor


def close_db(_exception=None) -> None:
    db = g.pop("db", None)
    if db is not None:
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
    """Close the connection after each request. No folder is made here: a mistyped
    database path is an error (only init-db creates a database, in a folder that exists)."""
    app.teardown_appcontext(close_db)
