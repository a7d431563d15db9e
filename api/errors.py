"""One problem+json shape for every error the API answers, the handlers that make it, and the
request's time budget (a request still running when it is spent ends as one of them)."""

import json
import math
import os
import signal
import sqlite3
import threading
import time

from flask import Blueprint, Response, current_app, g, has_request_context, request
from werkzeug.exceptions import HTTPException

from figures.errors import Conflict, FiguresError, NotFound

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEM = "application/problem+json"
RETRY_AFTER_SECONDS = 1
ALARM_EVERY = 0.05  # once the budget is spent, how often the timer looks again (seconds)
LARGE_BODY = 64 * 1024  # a body this big that outlasts the budget is a 413: send less at once
GRACE_SECONDS = 3.0  # after the budget, how long a library call may run before it is stopped
OWN_CODE = tuple(  # where the timer may stop a request: in our code, not in a library
    os.path.join(ROOT, folder) + os.sep for folder in ("api", "db", "figures", "schemas")
)

errors = Blueprint("errors", __name__)


class Problem(Exception):
    """An error answer: status, title, detail and per-field messages."""

    def __init__(self, status: int, title: str, detail: str = "", errors: dict | None = None):
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.errors = status, title, detail, errors or {}


def problem_response(status: int, title: str, detail: str = "", errors=None, headers=None):
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail or title,
        "errors": errors or {},
    }
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def unprocessable(detail: str, errors: dict) -> Problem:
    return Problem(422, "Unprocessable Content", detail, errors)


def domain_problem(error: FiguresError, status: int | None = None) -> Problem:
    """A domain refusal as its answer: 404 not found, 409 conflict, else 422."""
    if status is None:
        status = 404 if isinstance(error, NotFound) else 409 if isinstance(error, Conflict) else 422
    title = {404: "Not Found", 409: "Conflict"}.get(status, "Unprocessable Content")
    return Problem(status, title, error.detail, {error.field: [error.message]})


@errors.app_errorhandler(Problem)
def _problem(error: Problem):
    challenge = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return problem_response(error.status, error.title, error.detail, error.errors, challenge)


@errors.app_errorhandler(FiguresError)
def _domain(error: FiguresError):
    return _problem(domain_problem(error))


@errors.app_errorhandler(HTTPException)
def _http(error: HTTPException):
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    detail = error.description or error.name
    if error.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        detail = f"Request body is larger than the limit of {limit} bytes."
    culprit = {404: "path", 405: "method", 413: "body"}.get(error.code)
    found = {culprit: [detail]} if culprit else {}
    return problem_response(error.code or 500, error.name, detail, found, headers)


@errors.app_errorhandler(sqlite3.OperationalError)
def _busy(error: sqlite3.OperationalError):
    """Still locked after the busy timeout: 503, retry later (the transaction rolled back).
    Interrupted by the progress handler once the budget is spent: 503, or 413 for a large body."""
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_INTERRUPT" and over_budget():
        return _out_of_time()
    if not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        raise error
    seconds = busy_timeout_ms(current_app.config) / 1000
    return problem_response(
        503,
        "Service Unavailable",
        f"The database stayed busy for {seconds:g} s; nothing was written. Retry shortly.",
        {},
        {"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


class OverBudget(BaseException):
    """The request's time budget is spent. A BaseException, as KeyboardInterrupt is, so that no
    `except Exception` on its way (a validator's, pint's) mistakes it for a failure of its own;
    _Guard, around the app, answers it."""

    def __init__(self, response: Response, noted: dict):
        super().__init__("over budget")
        self.response, self.noted = response, noted  # and what api/logs reads from g


@errors.before_app_request
def start_budget() -> None:
    """The request ends by REQUEST_BUDGET_SECONDS, before gunicorn's worker timeout: a statement
    still running then is interrupted by the connection's progress handler (api/database), and
    Python work by a timer on the main thread (where signals arrive: each request of a sync
    worker; other threads have only the progress handler)."""
    seconds = float(current_app.config["REQUEST_BUDGET_SECONDS"])
    g.deadline = time.monotonic() + seconds
    if threading.current_thread() is threading.main_thread():
        if signal.getsignal(signal.SIGALRM) is not _alarm:
            signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_EVERY)
        g.budget_timer = True


@errors.after_app_request
def end_budget(response=None):
    """Disarm the timer as soon as the answer is made (and again at teardown); idempotent."""
    if has_request_context() and g.pop("budget_timer", False):
        signal.setitimer(signal.ITIMER_REAL, 0)
    return response


errors.teardown_app_request(end_budget)


def over_budget() -> bool:
    """The request's deadline has passed (never outside a request: the CLI has no budget)."""
    return has_request_context() and time.monotonic() > g.get("deadline", math.inf)


def stop_statement() -> bool:
    """The connection's progress handler: end a statement that outlasts the budget."""
    return over_budget() and not _committed()


def _alarm(_signum, frame) -> None:
    """The timer, every ALARM_EVERY once the budget is spent: end the request where it stands,
    at a line of our own code (a library is left to finish what it is doing, unless it is still
    at it GRACE_SECONDS later). A write under way rolls back whole (its transaction's context
    manager, else the connection's teardown); one that has committed is left to finish, so that
    its answer says what was stored."""
    if not has_request_context() or "budget_timer" not in g or _committed():
        return
    late = time.monotonic() - g.deadline
    if late < 0:
        return
    # Never swap the connection's progress handler here: the signal may arrive inside that very
    # handler, called from SQLite, and freeing it there kills the worker (SIGSEGV, seen in
    # make bench). The handler installed per request already ends a statement past the budget.
    if _inside_progress_handler(frame):
        return  # inside SQLite's callback: it answers "stop" itself, at once
    if frame is not None and frame.f_code.co_filename.startswith(OWN_CODE) or late > GRACE_SECONDS:
        end_budget()
        raise OverBudget(_out_of_time(), {k: g.get(k) for k in ("started", "token_name")})


def _inside_progress_handler(frame) -> bool:
    while frame is not None:
        if frame.f_code is stop_statement.__code__:
            return True
        frame = frame.f_back
    return False


def _committed() -> bool:
    """This request has written and committed (so it must answer what it stored)."""
    db = g.get("db")
    return (
        db is not None
        and not db.conn.in_transaction
        and db.conn.total_changes != g.get("db_changes", db.conn.total_changes)
    )


def _out_of_time() -> Response:
    seconds = current_app.config["REQUEST_BUDGET_SECONDS"]
    if (request.content_length or 0) > LARGE_BODY:
        detail = f"This body is too big to process within {seconds:g} s: send it in smaller parts."
        return problem_response(413, "Content Too Large", detail, {"body": [detail]})
    detail = f"The request did not finish within {seconds:g} s; nothing was written. Retry shortly."
    return problem_response(
        503, "Service Unavailable", detail, {}, {"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


class _Guard:
    """WSGI middleware: a request stopped by the timer is answered with the problem it carries,
    after the app's teardown (the connection rolled back) and through its after_request steps
    (headers, the log line)."""

    def __init__(self, app):
        self.app, self.wsgi_app = app, app.wsgi_app

    def __call__(self, environ, start_response):
        try:
            return self.wsgi_app(environ, start_response)
        except OverBudget as spent:
            with self.app.request_context(environ):
                for key, value in spent.noted.items():
                    if value is not None:
                        setattr(g, key, value)
                response = self.app.finalize_request(spent.response)
            return response(environ, start_response)


@errors.record_once
def _guard(state) -> None:
    state.app.wsgi_app = _Guard(state.app)


def busy_timeout_ms(config) -> int:
    """How long a writer waits for the lock: the configured wait, never past the budget."""
    return int(min(config["BUSY_TIMEOUT_MS"], 1000 * float(config["REQUEST_BUDGET_SECONDS"])))
