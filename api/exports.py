"""Claims and discrepancies as CSV and HXL files, and a JSON Lines dump, streamed."""

from functools import partial

from flask import Blueprint, Response, current_app

from api.filters import claim_filters, discrepancy_filters
from api.http import query
from db import dump, export
from db.connection import connect
from schemas import resources

exports = Blueprint("exports", __name__)
_claims_query = partial(resources.ClaimsQuery, exclude=("limit", "cursor"))
_discrepancies_query = partial(resources.DiscrepanciesQuery, exclude=("limit", "cursor", "expand"))


def _streamed(
    text_of, filename: str, fmt: str, filters: dict, mimetype: str = "text/csv"
) -> Response:
    """A streamed file, read on its own connection (the request's closes before the
    last row is sent)."""
    path, timeout = current_app.config["DATABASE"], current_app.config["BUSY_TIMEOUT_MS"]

    def chunks():
        db = connect(path, timeout)
        try:
            yield from text_of(db, fmt, filters)
        finally:
            db.close()

    response = Response(chunks(), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@exports.get("/export/claims.csv", defaults={"fmt": "csv"})
@exports.get("/export/claims.hxl.csv", defaults={"fmt": "hxl"})
def export_claims(fmt):
    filters = claim_filters(query(_claims_query))
    name = "claims.hxl.csv" if fmt == "hxl" else "claims.csv"
    return _streamed(export.claims_text, name, fmt, filters)


@exports.get("/export/discrepancies.csv", defaults={"fmt": "csv"})
@exports.get("/export/discrepancies.hxl.csv", defaults={"fmt": "hxl"})
def export_discrepancies(fmt):
    filters = discrepancy_filters(query(_discrepancies_query))
    name = "discrepancies.hxl.csv" if fmt == "hxl" else "discrepancies.csv"
    return _streamed(export.discrepancies_text, name, fmt, filters)


@exports.get("/export/dump.jsonl")
def export_dump():
    """Everything, one JSON object a line, from one snapshot: what POST /imports restores."""
    return _streamed(
        lambda db, _, __: dump.dump_text(db), "dump.jsonl", "dump", {}, "application/x-ndjson"
    )
