"""One problem+json shape for every error the API answers, and the handlers that make it."""

import json
import sqlite3

from flask import Blueprint, Response, current_app
from werkzeug.exceptions import HTTPException

from figures.errors import Conflict, FiguresError, NotFound

PROBLEM = "application/problem+json"
RETRY_AFTER_SECONDS = 1

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
    """Still locked after the busy timeout: 503, retry later (the transaction rolled back)."""
    if not getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        raise error
    seconds = current_app.config["BUSY_TIMEOUT_MS"] / 1000
    return problem_response(
        503,
        "Service Unavailable",
        f"The database stayed busy for {seconds:g} s; nothing was written. Retry shortly.",
        {},
        {"Retry-After": str(RETRY_AFTER_SECONDS)},
    )
