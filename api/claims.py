"""Claims: post one or a batch, list and read them, retract one, and read a report's figures."""

from flask import Blueprint, current_app, g, jsonify

from api.answers import remembered
from api.auth import write_access
from api.database import get_db, settings
from api.errors import Problem, unprocessable
from api.filters import claim_filters
from api.http import (
    decode_cursor,
    encode_cursor,
    json_body,
    listed,
    load,
    load_each,
    page_of,
    query,
)
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import writes
from db.ingest import BatchInvalid
from figures.extract import extract_candidates
from figures.settings import ANSWER_DISCREPANCIES
from schemas import claims as claim_schemas
from schemas import resources

claims = Blueprint("claims", __name__)
_claim_in = claim_schemas.ClaimIn()
# Claims and discrepancies leave storage already in their documented shape (ClaimOut,
# DiscrepancyOut; tests/test_contract.py holds them equal): re-dumping them through
# marshmallow cost three quarters of a list request.


@claims.post("/claims")
@write_access
def post_claims():
    body = json_body()
    batch = isinstance(body, list)
    items = _batch_items(body) if batch else [load(_claim_in, body)]
    db = get_db()
    try:
        result = writes.post_claims(db, items, g.token_name, settings())
    except BatchInvalid as error:
        raise unprocessable(
            "Nothing was stored.", error.errors if batch else error.errors[0]
        ) from None
    stored = claim_store.served(db, result.claim_ids)
    shown = result.discrepancy_ids[:ANSWER_DISCREPANCIES]
    found = discrepancy_store.served(db, discrepancy_store.by_ids(db, shown))
    answer = {
        "discrepancies": found,
        "discrepancy_count": len(result.discrepancy_ids),
        "warnings": result.warnings,
    }
    answer.update({"claims": stored} if batch else {"claim": stored[0]})
    return jsonify(answer), 201 if any(result.created) else 200


def _batch_items(body: list) -> list[dict]:
    if not body:
        raise unprocessable("The batch is empty.", {"body": ["Send at least one claim."]})
    limit = current_app.config["MAX_BATCH"]
    if len(body) > limit:
        raise Problem(
            413,
            "Content Too Large",
            f"A batch holds at most {limit} claims; this one has {len(body)}.",
            {"body": [f"At most {limit} claims per batch."]},
        )
    return load_each(_claim_in, body)


@claims.get("/claims")
@remembered
def list_claims():
    args = query(resources.ClaimsQuery)
    filters = claim_filters(args)
    (after,) = decode_cursor(args.get("cursor"), (int,)) or (0,)
    db = get_db()
    ids = claim_store.page(db, filters, after, args["limit"] + 1)
    page = page_of(ids, args["limit"], encode_cursor)
    page["items"] = claim_store.served(db, page["items"])
    return listed(page)


@claims.get("/claims/<int:claim_id>")
@remembered
def get_claim(claim_id):
    db = get_db()
    found = claim_store.served(db, [claim_id])
    if not found:
        raise Problem(404, "Not Found", f"No claim {claim_id}.", {"id": ["No such claim."]})
    body = found[0]
    body["discrepancies"] = discrepancy_store.served(
        db, discrepancy_store.for_claims(db, [claim_id])
    )
    return jsonify(body)


@claims.post("/claims/<int:claim_id>/retract")
@write_access
def retract_claim(claim_id):
    args = load(claim_schemas.Retraction(), json_body())
    db = get_db()
    closed = writes.retract_claim(db, claim_id, args["reason"], g.token_name)
    body = claim_store.served(db, [claim_id])[0]
    body["closed_discrepancies"] = closed
    return jsonify(body)


@claims.post("/extract")
@write_access
def extract():
    args = load(resources.ExtractIn(), json_body())
    return jsonify({"candidates": extract_candidates(**args)})
