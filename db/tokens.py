"""Bearer tokens: only their SHA-256 is stored, and lookups compare digests in constant time.

A server checks a token against the database at most once every CACHE_SECONDS per process
(`cached_token_name`): a revocation takes effect at once in the process that revoked it (the
cache is cleared) and within CACHE_SECONDS in every other process.
"""

import hashlib
import hmac
import secrets
import threading
import time

from sqlite_utils import Database

from db.connection import write_transaction
from db.history import now, record
from figures.errors import Conflict


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(db: Database, name: str) -> str:
    """A new random token for NAME; the plain text is returned once and never stored."""
    token = secrets.token_urlsafe(32)
    with write_transaction(db):
        if db.execute("SELECT 1 FROM tokens WHERE name = ?", [name]).fetchone():
            raise Conflict("name", f"a token named {name!r} already exists")
        cursor = db.execute(
            "INSERT INTO tokens (name, token_hash, created_at) VALUES (?, ?, ?)",
            [name, _digest(token), now()],
        )
        record(db, "create_token", "tokens", cursor.lastrowid, {"name": name}, name)
    return token


def revoke_token(db: Database, name: str) -> bool:
    """Mark the token revoked (kept for the record); False when no live token has that name."""
    with write_transaction(db):
        cursor = db.execute(
            "UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", [now(), name]
        )
        if cursor.rowcount:
            record(db, "revoke_token", "tokens", None, {"name": name}, name)
    forget_tokens()
    return bool(cursor.rowcount)


def token_name(db: Database, token: str, digest: str | None = None) -> str | None:
    """The live token's name, or None for an unknown or revoked token."""
    digest = digest or _digest(token)
    rows = db.execute(
        "SELECT name, token_hash FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
        [digest],
    ).fetchall()
    for name, stored in rows:
        if hmac.compare_digest(stored, digest):
            return name
    return None


# How long a process trusts a token it has checked, before it reads the tokens table again.
CACHE_SECONDS = 5.0
CACHE_SIZE = 1024  # live tokens remembered per process (cleared whole when full)
# (scope, digest) -> (name, when it was checked, by time.monotonic()); live tokens only.
_CHECKED: dict[tuple[str, str], tuple[str, float]] = {}
_CHECKED_LOCK = threading.Lock()
_generation = [0]  # bumped by forget_tokens: a check that began before it is not remembered


def cached_token_name(db: Database, token: str, scope: str) -> str | None:
    """token_name, remembered for CACHE_SECONDS per SCOPE (the database file the token was
    checked against): at most one lookup per token and scope in that time."""
    digest = _digest(token)
    key = (scope, digest)
    found = _CHECKED.get(key)
    now_ = time.monotonic()
    if found is not None and now_ - found[1] < CACHE_SECONDS:
        return found[0]
    generation = _generation[0]
    name = token_name(db, token, digest)
    with _CHECKED_LOCK:
        if name is None or generation != _generation[0]:
            _CHECKED.pop(key, None)
        else:
            if len(_CHECKED) >= CACHE_SIZE:
                _CHECKED.clear()
            _CHECKED[key] = (name, now_)
    return name


def forget_tokens() -> None:
    """Check every token against the database again (after a revocation in this process)."""
    with _CHECKED_LOCK:
        _generation[0] += 1
        _CHECKED.clear()
