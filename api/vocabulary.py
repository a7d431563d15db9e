"""The vocabulary: metrics, places and sources, their descriptions and their aliases."""

from flask import Blueprint, g, jsonify

from api.answers import remembered
from api.auth import write_access
from api.database import get_db, settings
from api.errors import Problem
from api.http import decode_cursor, encode_cursor, json_body, listed, load, page_of, query
from db import metrics as metric_store
from db import places, writes
from figures.metrics import Metric
from schemas import resources

vocabulary = Blueprint("vocabulary", __name__)
_OUT = {places.LOCATIONS: resources.LocationOut(), places.SOURCES: resources.SourceOut()}


@vocabulary.get("/metrics")
@remembered
def list_metrics():
    metrics = metric_store.all_metrics(get_db()).values()
    return jsonify({"items": resources.MetricOut(many=True).dump(metrics), "next": None})


@vocabulary.post("/metrics")
@write_access
def create_metric():
    args = load(resources.MetricIn(), json_body())
    metric = writes.create_metric(get_db(), Metric(**args), g.token_name)
    return jsonify(resources.MetricOut().dump(metric)), 201


def _listing(kind: places.Kind):
    args = query(resources.PageQuery)
    (after,) = decode_cursor(args.get("cursor"), (int,)) or (0,)
    rows = places.listing(get_db(), kind, after, args["limit"] + 1)
    page = page_of(rows, args["limit"], lambda row: encode_cursor(row["id"]))
    page["items"] = _OUT[kind].dump(page["items"], many=True)
    return listed(page)


@vocabulary.get("/locations")
@remembered
def list_locations():
    return _listing(places.LOCATIONS)


@vocabulary.get("/sources")
@remembered
def list_sources():
    return _listing(places.SOURCES)


def _one(kind: places.Kind, row_id: int) -> dict:
    rows = [r for r in places.listing(get_db(), kind, row_id - 1, 1) if r["id"] == row_id]
    if not rows:
        raise Problem(
            404, "Not Found", f"No {kind.label} {row_id}.", {"id": [f"No such {kind.label}."]}
        )
    return _OUT[kind].dump(rows[0])


@vocabulary.post("/locations")
@write_access
def create_location():
    args = load(resources.LocationIn(), json_body())
    location_id, warnings = writes.create_location(get_db(), args, g.token_name, settings())
    return jsonify({"location": _one(places.LOCATIONS, location_id), "warnings": warnings}), 201


@vocabulary.patch("/locations/<int:location_id>")
@write_access
def patch_location(location_id):
    args = load(resources.LocationPatch(), json_body())
    writes.describe_location(get_db(), location_id, args, g.token_name, settings())
    return jsonify(_one(places.LOCATIONS, location_id))


@vocabulary.patch("/sources/<int:source_id>")
@write_access
def patch_source(source_id):
    args = load(resources.SourcePatch(), json_body())
    writes.describe_source(get_db(), source_id, args, g.token_name)
    return jsonify(_one(places.SOURCES, source_id))


def _alias(kind: places.Kind, row_id: int):
    args = load(resources.AliasIn(), json_body())
    merged, found, already = writes.add_alias(
        get_db(), kind, row_id, args["name"], g.token_name, settings()
    )
    body = {"id": row_id, "merged": merged, "discrepancies": found, "already": already}
    return jsonify(body | {"aliases": _one(kind, row_id)["aliases"]}), 200 if already else 201


@vocabulary.post("/locations/<int:location_id>/aliases")
@write_access
def alias_location(location_id):
    return _alias(places.LOCATIONS, location_id)


@vocabulary.post("/sources/<int:source_id>/aliases")
@write_access
def alias_source(source_id):
    return _alias(places.SOURCES, source_id)
