"""A place's page for one metric: the timeline chart, the windows with their agreed range,
envelope, best and recommended figures, the changes, every claim with its citations, and per
window a form to choose the recommended figure (as PUT /reconciliation/recommended does)."""

from collections import Counter

from flask import flash, redirect, render_template, request, url_for
from marshmallow import ValidationError

from api.database import get_db
from api.errors import Problem
from api.filters import metric_id, resolve
from api.reconciliation import _picture as picture_of
from api.ui_session import analyst, signed_in
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from db import places, writes
from figures.errors import FiguresError
from figures.grades import JUDGED
from schemas import resources

MAX_METRICS_SCAN = 500  # claims read to list the metrics a place has figures for


def place(location_id: int):
    """GET /ui/places/<id>?metric=&min_grade=: without a metric, the place's most claimed one."""
    db = get_db()
    live = resolve(places.LOCATIONS, str(location_id), "location")
    if live != location_id:  # merged into another place: its page
        return redirect(url_for("ui.place", location_id=live, **request.args.to_dict()))
    name = _name(live)
    here = claim_store.served(db, claim_store.page(db, {"location_id": live}, 0, MAX_METRICS_SCAN))
    counts = Counter(c["metric"] for c in here)
    metric = request.args.get("metric") or (counts.most_common(1)[0][0] if counts else None)
    context = {
        "location": {"id": live, "name": name},
        "metric": metric,
        "metrics_here": sorted(counts),
        "metrics": list(metric_store.all_metrics(db)),
        "grades": JUDGED,
        "min_grade": request.args.get("min_grade") or "",
    }
    if metric is None:
        return render_template("ui/place.html", picture=None, **context)
    query = {"metric": metric, "location": str(live)}
    if context["min_grade"]:
        query["min_grade"] = context["min_grade"]
    try:
        args = resources.ReconciliationQuery().load(query)
    except ValidationError as error:
        raise Problem(400, "Bad Request", "Invalid query.", error.normalized_messages()) from None
    rows, _, found, metric_row, _, picture = picture_of(args)
    claims = {c["id"]: c for c in claim_store.served(db, [r["id"] for r in rows])}
    discrepancies = discrepancy_store.served(db, found)
    windows = [_window(n, w, claims, discrepancies) for n, w in enumerate(picture["windows"])]
    chart = url_for("reconciliation.chart", metric=metric, location=live)
    return render_template(
        "ui/place.html",
        picture=picture,
        windows=windows,
        claims=list(claims.values()),
        label=metric_row.label,
        chart=chart,
        history={
            k: [claims[i] for i in picture[k]] for k in ("undated", "superseded", "retracted")
        },
        **context,
    )


def _name(location_id: int) -> str:
    rows = places.listing(get_db(), places.LOCATIONS, location_id - 1, 1)
    return rows[0]["name"] if rows and rows[0]["id"] == location_id else str(location_id)


def _window(n: int, window: dict, claims: dict, discrepancies: list[dict]) -> dict:
    """A window with its claims in full and every discrepancy (any status) touching them."""
    members = set(window["claims"])
    return window | {
        "id": f"w-{n}",
        "members": [claims[i] for i in window["claims"]],
        "found": [d for d in discrepancies if members & {c["id"] for c in d["claims"]}],
        "best_of": claims.get(window["best_claim"]),
        "recommended_of": claims.get((window["recommended"] or {}).get("claim")),
    }


@signed_in
def recommend(location_id: int):
    """POST /ui/places/<id>/recommend: metric, claim, note; the claim's window gets it."""
    metric = request.form.get("metric", "")
    back = url_for("ui.place", location_id=location_id, metric=metric)
    note = request.form.get("note", "").strip()
    try:
        claim = int(request.form.get("claim", ""))
        args = resources.RecommendationIn().load(
            {"metric": metric, "location": str(location_id), "claim": claim}
            | ({"note": note} if note else {})
        )
    except (ValueError, ValidationError):
        flash(
            "Choose one of the window's claims (and a note of at most 5,000 characters).", "error"
        )
        return redirect(back, 303)
    _, _, _, _, location, picture = picture_of(args)
    found = [(n, w) for n, w in enumerate(picture["windows"]) if args["claim"] in w["claims"]]
    if not found:
        flash(f"Claim {claim} is not an active, dated claim of this metric and place.", "error")
        return redirect(back, 303)
    n, window = found[0]
    try:
        writes.recommend(
            get_db(), metric_id(metric), location, claim, window, args.get("note"), analyst()
        )
    except FiguresError as error:
        flash(f"Not recorded: {error.detail}", "error")
        return redirect(back, 303)
    flash(f"Claim {claim} is now the recommended figure for {window['label']}.")
    return redirect(f"{back}#w-{n}", 303)
