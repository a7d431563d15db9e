"""Discrepancies: the review queue's list, one in full, and its review."""

from flask import Blueprint, g, jsonify

from api.answers import remembered
from api.auth import write_access
from api.database import get_db
from api.errors import Problem
from api.filters import discrepancy_filters
from api.http import decode_cursor, encode_cursor, json_body, listed, load, page_of, query
from db import discrepancies as discrepancy_store
from db import writes
from schemas import resources

discrepancies = Blueprint("discrepancies", __name__)


@discrepancies.get("/discrepancies")
@remembered
def list_discrepancies():
    args = query(resources.DiscrepanciesQuery)
    filters = discrepancy_filters(args)
    cursor = decode_cursor(args.get("cursor"), (float, int))
    db = get_db()
    rows = discrepancy_store.page(db, filters, cursor, args["limit"] + 1)
    page = page_of(rows, args["limit"], lambda row: encode_cursor(row["ratio"], row["id"]))
    expanded = args.get("expand") == "citations"
    page["items"] = discrepancy_store.served(db, page["items"], citations=expanded)
    return listed(page)


def _served(discrepancy_id: int) -> dict:
    db = get_db()
    row = discrepancy_store.get(db, discrepancy_id)
    if row is None:
        raise Problem(
            404,
            "Not Found",
            f"No discrepancy {discrepancy_id}.",
            {"id": ["No such discrepancy."]},
        )
    return discrepancy_store.served(db, [row])[0]


@discrepancies.get("/discrepancies/<int:discrepancy_id>")
@remembered
def get_discrepancy(discrepancy_id):
    return jsonify(_served(discrepancy_id))


@discrepancies.patch("/discrepancies/<int:discrepancy_id>")
@write_access
def review_discrepancy(discrepancy_id):
    args = load(resources.Review(), json_body())
    writes.review_discrepancy(
        get_db(), discrepancy_id, args["status"], args.get("note"), g.token_name
    )
    return jsonify(_served(discrepancy_id))
