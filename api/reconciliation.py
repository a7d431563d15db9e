"""The reconciled picture of one metric at one place, as JSON and as a timeline chart."""

from flask import Blueprint, Response, g, jsonify

from api.answers import remembered
from api.auth import write_access
from api.chart import render_binned, render_chart
from api.database import get_db, settings
from api.errors import unprocessable
from api.filters import metric_id, resolve
from api.http import json_body, load, query
from db import claim_groups, places, recommendations, timeline, writes
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from figures.reconcile import reconcile
from figures.settings import CHART_CLAIMS, CHART_STRETCHES
from schemas import resources

reconciliation = Blueprint("reconciliation", __name__)
CHART_PATH = "/reconciliation/chart"


def _metric_and_place(args: dict) -> tuple[int, int]:
    return metric_id(args["metric"]), resolve(places.LOCATIONS, args["location"], "location")


def _place_name(location: int) -> str:
    return places.listing(get_db(), places.LOCATIONS, location - 1, 1)[0]["name"]


def _picture(args: dict, resolved: tuple[int, int] | None = None):
    """One read for both answers: the claims, their discrepancies and the reconciled windows."""
    db = get_db()
    wanted, location = resolved or _metric_and_place(args)
    rows = claim_groups.of_metric_at(db, wanted, location)
    claims = [claim_groups.to_domain(r) for r in rows]
    found = discrepancy_store.for_claims(db, [c.id for c in claims])
    metric = metric_store.all_metrics(db)[args["metric"]]
    chosen = recommendations.of_metric_at(db, wanted, location)
    picture = reconcile(
        claims, metric, found, settings().window_days, args.get("min_grade"), chosen
    )
    return rows, claims, found, metric, location, picture


@reconciliation.get("/reconciliation")
@remembered
def reconciled():
    args = query(resources.ReconciliationQuery)
    read = _picture(args)
    return reconciled_answer(read, read[4])


def reconciled_answer(read, location: int):
    rows, _, _, _, _, body = read
    name = rows[0]["location_name"] if rows else _place_name(location)
    body["location"] = {"id": location, "name": name}
    return jsonify(body)


@reconciliation.put("/reconciliation/recommended")
@write_access
def recommend():
    """The analyst's figure for the window of the chosen claim; answers the new picture."""
    args = load(resources.RecommendationIn(), json_body())
    rows, _, _, _, location, picture = _picture(args)
    window = next((w for w in picture["windows"] if args["claim"] in w["claims"]), None)
    if window is None:
        raise unprocessable(
            f"Claim {args['claim']} is not an active, dated claim of this metric and place.",
            {"claim": ["Not an active, dated claim of this metric and place."]},
        )
    db = get_db()
    writes.recommend(
        db,
        metric_id(args["metric"]),
        location,
        args["claim"],
        window,
        args.get("note"),
        g.token_name,
    )
    return reconciled_answer(_picture(args), location)


@reconciliation.get(CHART_PATH)
@remembered
def chart():
    args = query(resources.ChartQuery)
    db = get_db()
    metric_key, location = resolved = _metric_and_place(args)
    if timeline.active_count(db, metric_key, location) > CHART_CLAIMS:
        metric = metric_store.all_metrics(db)[args["metric"]]
        binned = timeline.binned(db, metric_key, location, CHART_STRETCHES)
        title = f"{metric.label} at {_place_name(location)}"
        image = render_binned(binned, title, metric.unit, args["format"])
    else:
        rows, claims, found, metric, location, picture = _picture(args, resolved)
        title = f"{metric.label} at {rows[0]['location_name'] if rows else location}"
        image = render_chart(claims, picture, found, title, args["format"])
    mimetype = "image/svg+xml" if args["format"] == "svg" else "image/png"
    return Response(image, mimetype=mimetype)
