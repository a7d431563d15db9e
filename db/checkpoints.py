"""A server copies its WAL back into the database file from a thread of its own, not a request's.

SQLite's automatic checkpoint runs inside the commit that crosses 1,000 pages of WAL: one write
request in about 25 paid some 25 ms for everyone's pages (a single-claim POST touches about 40).
A server's connections wait for SERVER_AUTOCHECKPOINT_PAGES instead, and one daemon thread per
process and file checkpoints PASSIVE (never waiting for, nor blocking, readers or writers) every
CHECKPOINT_SECONDS; a page that many requests rewrote meanwhile is copied back once. Under
writes that never pause, the WAL only starts over after a writer's own checkpoint: at the
server's limit that one finds nearly everything already copied. Another process's checkpointer
running at the same time is harmless (SQLite lets one run).
"""

import atexit
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

CHECKPOINT_SECONDS = 0.25  # how often the thread copies the WAL back
SERVER_AUTOCHECKPOINT_PAGES = 4000  # a server's commits checkpoint themselves past this

# (pid, database path) -> the running checkpointer of this process for that file
_RUNNING: dict[tuple[int, str], "Checkpointer"] = {}
_LOCK = threading.Lock()


class Checkpointer(threading.Thread):
    """Checkpoints every few tenths of a second until stopped."""

    def __init__(self, path: str, seconds: float = CHECKPOINT_SECONDS):
        super().__init__(name=f"checkpoint {os.path.basename(path)}", daemon=True)
        self.path, self.seconds = path, seconds
        self.stopped = threading.Event()
        self.copied = 0  # frames copied back so far, for tests and logs
        self._last = 0  # frames of the current WAL copied by the last checkpoint

    def run(self) -> None:
        never_create = Path(self.path).as_uri() + "?mode=rw"  # a file gone is not made anew
        try:
            conn = sqlite3.connect(never_create, uri=True, check_same_thread=False)
        except sqlite3.Error:  # no file: the next kept connection starts another thread
            return
        with closing(conn):
            conn.execute("PRAGMA busy_timeout = 0")
            while not self.stopped.wait(self.seconds):
                self.checkpoint(conn)

    def checkpoint(self, conn: sqlite3.Connection) -> None:
        """PASSIVE: copy what no reader still needs; the next writer then restarts the WAL."""
        try:
            ((_busy, _logged, copied),) = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:  # the file went away or is locked by a restore: try again later
            return
        if copied < self._last:  # a writer restarted the WAL since: all of these are new
            self._last = 0
        self.copied += max(copied - self._last, 0)
        self._last = max(copied, 0)


def start(path: str, seconds: float = CHECKPOINT_SECONDS) -> Checkpointer:
    """This process's checkpointer for PATH, started on first use (again after a fork)."""
    key = (os.getpid(), os.path.abspath(path))
    with _LOCK:
        found = _RUNNING.get(key)
        if found is None or not found.is_alive():
            found = _RUNNING[key] = Checkpointer(key[1], seconds)
            found.start()
    return found


def stop_all() -> None:
    """Stop this process's checkpointers (at exit); a running checkpoint finishes first."""
    with _LOCK:
        for key in [k for k in _RUNNING if k[0] == os.getpid()]:
            found = _RUNNING.pop(key)
            found.stopped.set()
            found.join(timeout=5)


def _forget_after_fork() -> None:
    """Threads do not cross a fork: the child starts its own on first use."""
    global _LOCK
    _LOCK = threading.Lock()
    _RUNNING.clear()


atexit.register(stop_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
