"""The review queue page: open discrepancies, most severe first, grouped by place, metric and
window, each with its claims side by side and one form to explain, dismiss or resolve it."""

import re
from datetime import date
from urllib.parse import urlencode

from flask import flash, redirect, render_template, request
from marshmallow import ValidationError

from api.database import get_db, settings
from api.errors import Problem
from api.filters import discrepancy_filters
from api.http import decode_cursor, encode_cursor, page_of
from api.ui_session import analyst, local_path, signed_in
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from db import places, writes
from figures.errors import FiguresError
from figures.grades import JUDGED
from figures.reconcile import window_label
from figures.review import DISCREPANCY_KINDS, REVIEW_STATUSES
from schemas import resources

FILTERS = ("kind", "metric", "location", "min_grade", "status")
PAGE_SIZE = 25
ANCHOR = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
ACTIONS = (("explained", "Explain"), ("dismissed", "Dismiss"), ("resolved", "Resolve"))


def queue():
    """GET /ui/: the filters GET /discrepancies takes (kind, metric, location, min_grade, and
    status, open unless asked), a page of discrepancies, a link to the next page."""
    if any(value == "" for value in request.args.values()):  # a form's empty fields: drop them
        kept = [(k, v) for k, v in request.args.items(multi=True) if v != ""]
        return redirect(request.path + (f"?{urlencode(kept)}" if kept else ""))
    db = get_db()
    chosen = {k: request.args[k] for k in FILTERS if k in request.args}
    items, next_url, error, status = [], None, None, 200
    try:
        args = _query()
        filters = discrepancy_filters(args) | {"status": args.get("status", "open")}
        cursor = decode_cursor(args.get("cursor"), (float, int))
        rows = discrepancy_store.page(db, filters, cursor, PAGE_SIZE + 1)
        page = page_of(rows, PAGE_SIZE, lambda row: encode_cursor(row["ratio"], row["id"]))
        items = discrepancy_store.served(db, page["items"])
        if page["next"]:
            next_url = "/ui/?" + urlencode({**chosen, "cursor": page["next"]})
    except Problem as problem:
        error, status = problem, problem.status
    here = request.full_path.rstrip("?")
    groups = grouped(items, settings().window_days)
    shown = [d for group in groups for d in group["discrepancies"]]
    for d, after in zip(shown, [*shown[1:], None], strict=False):
        d["then"] = f"d-{after['id']}" if after else "main"  # where the page reopens after it
    page = render_template(
        "ui/queue.html",
        groups=groups,
        chosen=chosen,
        error=error,
        next_url=next_url,
        here=here,
        kinds=DISCREPANCY_KINDS,
        statuses=REVIEW_STATUSES,
        grades=JUDGED,
        metrics=list(metric_store.all_metrics(db)),
        places=[row["name"] for row in places.listing(db, places.LOCATIONS, 0, 500)],
        actions=ACTIONS,
    )
    return page, status


def _query() -> dict:
    try:
        return resources.DiscrepanciesQuery().load(request.args.to_dict())
    except ValidationError as error:
        raise Problem(400, "Bad Request", "Invalid filters.", error.normalized_messages()) from None


def grouped(items: list[dict], window_days: int) -> list[dict]:
    """Discrepancies of one place and metric whose dates lie within WINDOW_DAYS of each other
    read as one item to review (ten sources disagreeing about one week are one item); items
    keep the queue's order, most severe first."""
    found: dict[tuple, dict] = {}
    for order, d in enumerate(items):
        start, end = _span(d)
        key = (d["location"]["id"], d["metric"])
        chosen = None
        for item in found.get(key, {}).get("windows", []):
            if start is None or item["start"] is None:
                if start is None and item["start"] is None:
                    chosen = item
            elif (max(start, item["start"]) - min(end, item["end"])).days <= window_days:
                chosen = item
            if chosen:
                break
        if chosen is None:
            chosen = {"start": start, "end": end, "discrepancies": [], "order": order}
            found.setdefault(key, {"windows": []})["windows"].append(chosen)
        elif start is not None:
            chosen["start"], chosen["end"] = min(start, chosen["start"]), max(end, chosen["end"])
        chosen["discrepancies"].append(d)
    windows = [w for group in found.values() for w in group["windows"]]
    windows.sort(key=lambda w: w["order"])
    for n, window in enumerate(windows):
        first = window["discrepancies"][0]
        window |= {
            "id": f"g-{n}",
            "location": first["location"],
            "metric": first["metric"],
            "label": window_label(window["start"], window["end"]) if window["start"] else "undated",
            "sources": sorted(
                {c["source"]["name"] for d in window["discrepancies"] for c in d["claims"]}
            ),
        }
    return windows


def _span(discrepancy: dict) -> tuple[date | None, date | None]:
    dated = [c["as_of"] for c in discrepancy["claims"] if c.get("as_of")]
    if not dated:
        return None, None
    return (
        min(date.fromisoformat(a["start"]) for a in dated),
        max(date.fromisoformat(a["end"]) for a in dated),
    )


@signed_in
def review(discrepancy_id: int):
    """POST /ui/discrepancies/<id>/review: as PATCH /discrepancies/<id> does, in the signed-in
    token's name; then back to the same queue, at the next item."""
    back = local_path(request.form.get("back"))
    then = request.form.get("then", "")
    anchor = then if ANCHOR.match(then) else f"d-{discrepancy_id}"
    note = request.form.get("note", "").strip()
    try:
        args = resources.Review().load(
            {"status": request.form.get("status", "")} | ({"note": note} if note else {})
        )
        writes.review_discrepancy(
            get_db(), discrepancy_id, args["status"], args.get("note"), analyst()
        )
    except ValidationError as error:
        messages = error.normalized_messages()
        flash(f"Discrepancy {discrepancy_id} not reviewed: {_words(messages)}", "error")
        return redirect(f"{back}#d-{discrepancy_id}", 303)
    except FiguresError as error:
        flash(f"Discrepancy {discrepancy_id} not reviewed: {error.detail}", "error")
        return redirect(f"{back}#d-{discrepancy_id}", 303)
    flash(f"Discrepancy {discrepancy_id} {args['status']}" + (" with a note." if note else "."))
    return redirect(f"{back}#{anchor}", 303)


def _words(messages: dict) -> str:
    return "; ".join(f"{field}: {' '.join(map(str, text))}" for field, text in messages.items())
