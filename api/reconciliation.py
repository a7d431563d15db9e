"""The reconciled picture of one metric at one place, as JSON and as a timeline chart."""

from flask import Blueprint, Response, jsonify

from api.chart import render_chart
from api.database import get_db, settings
from api.filters import metric_id, resolve
from api.http import query
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from db import places
from figures.reconcile import reconcile
from schemas import resources

reconciliation = Blueprint("reconciliation", __name__)
CHART_PATH = "/reconciliation/chart"


def _picture(args: dict):
    """One read for both answers: the claims, their discrepancies and the reconciled windows."""
    db = get_db()
    wanted = metric_id(args["metric"])
    location = resolve(places.LOCATIONS, args["location"], "location")
    rows = claim_store.of_metric_at(db, wanted, location)
    claims = [claim_store.to_domain(r) for r in rows]
    found = discrepancy_store.for_claims(db, [c.id for c in claims])
    metric = metric_store.all_metrics(db)[args["metric"]]
    picture = reconcile(claims, metric, found, settings().window_days)
    return rows, claims, found, metric, location, picture


@reconciliation.get("/reconciliation")
def reconciled():
    rows, _, _, _, location, body = _picture(query(resources.ReconciliationQuery))
    name = (
        rows[0]["location_name"]
        if rows
        else places.listing(get_db(), places.LOCATIONS, location - 1, 1)[0]["name"]
    )
    body["location"] = {"id": location, "name": name}
    return jsonify(body)


@reconciliation.get(CHART_PATH)
def chart():
    args = query(resources.ChartQuery)
    rows, claims, found, metric, location, picture = _picture(args)
    title = f"{metric.label} at {rows[0]['location_name'] if rows else location}"
    image = render_chart(claims, picture, found, title, args["format"])
    mimetype = "image/svg+xml" if args["format"] == "svg" else "image/png"
    return Response(image, mimetype=mimetype)
