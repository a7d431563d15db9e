"""Writes need a live bearer token; reads are public."""

from functools import wraps

from flask import current_app, g, request

from api.database import get_db
from api.errors import Problem
from db.tokens import cached_token_name


def _refuse(status: int, detail: str, message: str) -> Problem:
    title = "Unauthorized" if status == 401 else "Forbidden"
    return Problem(status, title, detail, {"Authorization": [message]})


def write_access(view):
    """401 without a bearer token, 403 for an unknown or revoked one; g.token_name otherwise."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if not header:
            raise _refuse(
                401, "Writes need Authorization: Bearer <token>.", "Missing bearer token."
            )
        if scheme.lower() != "bearer" or not token.strip():
            raise _refuse(401, "Use Authorization: Bearer <token>.", "Malformed bearer token.")
        # Checked once per request, against the database at most every few seconds per
        # process (db.tokens.CACHE_SECONDS; a revocation clears this process's memory).
        name = cached_token_name(get_db(), token.strip(), current_app.config["DATABASE"])
        if name is None:
            raise _refuse(403, "Unknown or revoked token.", "Unknown or revoked token.")
        g.token_name = name
        return view(*args, **kwargs)

    wrapped.needs_token = True
    return wrapped
