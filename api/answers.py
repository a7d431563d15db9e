"""Public reads answered again from memory until the database changes: the same page of the
review queue, a place's reconciliation, asked for again and again by the analysts' pages.

Kept per server connection (one per worker thread, api/database.py): SQLite's `PRAGMA
data_version` changes when any other connection commits, and the connection's own
`total_changes` when it writes, so an answer is never older than the last commit. Without a kept
connection (tests, the CLI) nothing is kept.
"""

import functools
from collections import OrderedDict
from weakref import WeakKeyDictionary

from flask import Response, g, make_response, request

from api.database import get_db

MAX_ANSWERS = 256  # per connection; the least recently used go first

_KEPT: WeakKeyDictionary = WeakKeyDictionary()  # Database -> (version, OrderedDict)


def _version(db) -> tuple[int, int]:
    return db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes


def remembered(view):
    """Decorate a public GET view: a 200 answer is kept for its URL until the database changes."""

    @functools.wraps(view)
    def answer(*args, **kwargs):
        db = get_db()
        if not g.get("db_kept"):
            return view(*args, **kwargs)
        version = _version(db)
        kept_version, answers = _KEPT.get(db, (None, None))
        if kept_version != version:
            answers = OrderedDict()
            _KEPT[db] = (version, answers)
        key = request.url
        if key in answers:
            answers.move_to_end(key)
            body, mimetype, link = answers[key]
            response = Response(body, mimetype=mimetype)
            if link:
                response.headers["Link"] = link
            return response
        response = make_response(view(*args, **kwargs))
        if response.status_code == 200 and _version(db) == version:
            answers[key] = (response.get_data(), response.mimetype, response.headers.get("Link"))
            if len(answers) > MAX_ANSWERS:
                answers.popitem(last=False)
        return response

    return answer
