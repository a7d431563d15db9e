"""Bearer tokens: only their SHA-256 is stored, and lookups compare digests in constant time."""

import hashlib
import hmac
import secrets

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
    return bool(cursor.rowcount)


def token_name(db: Database, token: str) -> str | None:
    """The live token's name, or None for an unknown or revoked token."""
    digest = _digest(token)
    rows = db.execute(
        "SELECT name, token_hash FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
        [digest],
    ).fetchall()
    for name, stored in rows:
        if hmac.compare_digest(stored, digest):
            return name
    return None
