"""The analysts' pages under /ui/: the review queue, a place's timeline, paste a report, sign in.

Server-rendered (Jinja, autoescaped), one stylesheet and a few lines of script, all served from
here. The pages call the same use cases and reads as the JSON API; a write needs a signed-in
session (api/ui_session.py) and a CSRF token on its form.
"""

from flask import Blueprint, render_template
from werkzeug.exceptions import HTTPException

from api import ui_extract, ui_place, ui_queue, ui_session
from api.errors import Problem, domain_problem
from figures.errors import FiguresError
from figures.review import NEXT_REVIEW
from figures.wording import number_text, ratio_words

ui = Blueprint(
    "ui", __name__, url_prefix="/ui", template_folder="templates", static_folder="static"
)
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
    " form-action 'self'; frame-ancestors 'none'"
)

ui.add_url_rule("/", "queue", ui_queue.queue, methods=["GET"])
ui.add_url_rule(
    "/discrepancies/<int:discrepancy_id>/review", "review", ui_queue.review, methods=["POST"]
)
ui.add_url_rule("/places/<int:location_id>", "place", ui_place.place, methods=["GET"])
ui.add_url_rule(
    "/places/<int:location_id>/recommend", "recommend", ui_place.recommend, methods=["POST"]
)
ui.add_url_rule("/extract", "extract", ui_extract.extract, methods=["GET", "POST"])
ui.add_url_rule("/sign-in", "sign_in", ui_session.sign_in, methods=["GET", "POST"])
ui.add_url_rule("/sign-out", "sign_out", ui_session.sign_out, methods=["POST"])
ui.before_request(ui_session.check_csrf)


@ui.after_request
def content_security_policy(response):
    """The app's default (default-src 'none') would block this stylesheet, script and chart."""
    response.headers["Content-Security-Policy"] = CSP
    return response


@ui.context_processor
def helpers():
    return {
        "csrf_token": ui_session.csrf_token,
        "analyst": ui_session.analyst(),
        "writable": ui_session.writable(),
        "number": number,
        "stated": stated,
        "interval": interval,
        "ratio": ratio_words,
        "link": link,
        "words": words,
        "next_review": NEXT_REVIEW,
    }


def link(url) -> bool:
    """Only web addresses become links (a javascript: or data: URL stays text)."""
    return isinstance(url, str) and url.lower().startswith(("https://", "http://"))


def words(messages) -> str:
    """Validation messages (lists, or dicts of them by field) as one line of text."""
    if isinstance(messages, dict):
        return "; ".join(f"{k}: {words(v)}" for k, v in messages.items())
    if isinstance(messages, list | tuple):
        return " ".join(words(m) for m in messages)
    return str(messages)


def number(value) -> str:
    return "" if value is None else number_text(float(value))


def interval(low, high) -> str:
    """An interval in the metric's unit: "176,000", "25 or more", "0 to 100,000"."""
    if high is None:
        return f"{number(low)} or more"
    return number(low) if low == high else f"{number(low)} to {number(high)}"


def stated(claim: dict) -> str:
    """The figure as the source put it: "approximately 300,000", "dozens", "1,000 to 2,000"."""
    unit = claim.get("stated_unit") or ""
    if claim["quantifier"] == "vague":
        return f"{claim['vague']} {unit}".strip()
    if claim["quantifier"] == "range":
        return f"{number(claim['stated_low'])} to {number(claim['stated_high'])} {unit}".strip()
    words = {"exact": "", "at_least": "at least", "at_most": "at most"}
    hedge = words.get(claim["quantifier"], claim["quantifier"])
    return f"{hedge} {number(claim['value'])} {unit}".strip()


def _error_page(status: int, title: str, detail: str, errors: dict | None = None):
    page = render_template(
        "ui/error.html", status=status, title=title, detail=detail, errors=errors or {}
    )
    return page, status


@ui.errorhandler(Problem)
def _problem(error: Problem):
    return _error_page(error.status, error.title, error.detail, error.errors)


@ui.errorhandler(FiguresError)
def _domain(error: FiguresError):
    return _problem(domain_problem(error))


@ui.errorhandler(HTTPException)
def _http(error: HTTPException):
    return _error_page(error.code or 500, error.name, error.description or error.name)
