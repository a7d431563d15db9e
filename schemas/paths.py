"""Every path of the API with what it takes and answers, for the OpenAPI document."""

from schemas import resources as r
from schemas.answers import EXTRACTED, RECONCILIATION

PROBLEM = "application/problem+json"
ERRORS = {
    400: "Bad request: malformed JSON, query or cursor",
    401: "Missing or malformed bearer token",
    403: "Unknown or revoked token",
    404: "No such resource",
    409: "Conflicts with what is stored",
    413: "Body or batch over the size limit",
    415: "Body is not application/json",
    422: "Invalid fields; nothing was written",
}
WRITE = (401, 403, 413, 415, 400, 422)
REVIEWS = (
    "A review moves forward (figures/review.py): open to explained, dismissed or resolved;"
    " explained to dismissed or resolved; dismissed and resolved are final. The same status"
    " again adds a note. Any other move is a 409 naming the allowed ones. Every review is kept"
    " in the history with its note."
)
# A path id is a SQLite row id: Werkzeug routes a larger or negative number nowhere (404).
ROW_ID = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}


def _json(schema, status_text="OK"):
    return {"description": status_text, "content": {"application/json": {"schema": schema}}}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_of(name: str) -> dict:
    return {
        "type": "object",
        "required": ["items", "next"],
        "properties": {
            "items": {"type": "array", "items": ref(name)},
            "next": {"type": ["string", "null"], "description": "the cursor of the next page"},
            "next_url": {
                "type": ["string", "null"],
                "description": "the next page's path and query (also in the Link header)",
            },
        },
    }


def _operation(summary, ok: dict, errors=(), body=None, query=None, secured=False, params=()):
    op = {"summary": summary, "responses": dict(ok)}
    for status in errors:
        op["responses"][str(status)] = {
            "description": ERRORS[status],
            "content": {PROBLEM: {"schema": ref("Problem")}},
        }
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    parameters = [{"in": "path", "name": p, "required": True, "schema": ROW_ID} for p in params]
    if query is not None:
        parameters.append({"in": "query", "schema": query})
    if parameters:
        op["parameters"] = parameters
    if secured:
        op["security"] = [{"bearer": []}]
    return op


def paths(claim_result, post_body, read) -> dict:
    ok = {"200": _json({"type": "object"})}
    return {
        "/health": {"get": _operation("Liveness and a database check", ok)},
        "/ping": {"get": _operation("A trivial answer without the database (benchmark floor)", ok)},
        "/claims": {
            "get": _operation(
                "List claims",
                {"200": _json(_list_of("ClaimOut"))},
                (*read, 422),
                query=r.ClaimsQuery,
                params=(),
            )
            | {},
            "post": _operation(
                "Store one claim or a batch (all or nothing)",
                {
                    "201": _json(claim_result, "Stored"),
                    "200": _json(claim_result, "Already stored: the existing claim"),
                },
                WRITE,
                body=post_body,
                secured=True,
            ),
        },
        "/claims/{claim_id}": {
            "get": _operation(
                "One claim with its citations and discrepancies",
                {"200": _json(ref("ClaimDetail"))},
                (404,),
                params=("claim_id",),
            )
        },
        "/claims/{claim_id}/retract": {
            "post": _operation(
                "Retract a claim (kept, marked retracted); its open discrepancies close",
                {"200": _json(ref("RetractedClaim"))},
                (*WRITE, 404, 409),
                body=ref("Retraction"),
                secured=True,
                params=("claim_id",),
            )
        },
        "/metrics": {
            "get": _operation("The metric vocabulary", {"200": _json(_list_of("MetricIn"))}),
            "post": _operation(
                "Add a metric",
                {"201": _json(ref("MetricIn"), "Created")},
                (*WRITE, 409),
                body=ref("MetricIn"),
                secured=True,
            ),
        },
        "/locations": {
            "get": _operation(
                "Places with aliases",
                {"200": _json(_list_of("LocationOut"))},
                (400,),
                query=r.PageQuery,
            ),
            "post": _operation(
                "Create a place",
                {"201": _json({"type": "object"}, "Created")},
                (*WRITE, 409),
                body=ref("LocationIn"),
                secured=True,
            ),
        },
        "/locations/{location_id}": {
            "patch": _operation(
                "Describe a place: p-code, enclosing place, household size",
                {"200": _json(ref("LocationOut"))},
                (*WRITE, 404, 409),
                body=ref("LocationPatch"),
                secured=True,
                params=("location_id",),
            )
        },
        "/locations/{location_id}/aliases": {
            "post": _operation(
                "Link a name to this place (merging a place of that name)",
                {
                    "201": _json({"type": "object"}, "Linked"),
                    "200": _json({"type": "object"}, "Already"),
                },
                (*WRITE, 404),
                body=ref("AliasIn"),
                secured=True,
                params=("location_id",),
            )
        },
        "/sources": {
            "get": _operation(
                "Sources with aliases",
                {"200": _json(_list_of("SourceOut"))},
                (400,),
                query=r.PageQuery,
            )
        },
        "/sources/{source_id}": {
            "patch": _operation(
                "Grade a source (Admiralty A to F) or say what kind it is",
                {"200": _json(ref("SourceOut"))},
                (*WRITE, 404),
                body=ref("SourcePatch"),
                secured=True,
                params=("source_id",),
            )
        },
        "/sources/{source_id}/aliases": {
            "post": _operation(
                "Link a name to this source (merging a source of that name)",
                {
                    "201": _json({"type": "object"}, "Linked"),
                    "200": _json({"type": "object"}, "Already"),
                },
                (*WRITE, 404),
                body=ref("AliasIn"),
                secured=True,
                params=("source_id",),
            )
        },
        "/discrepancies": {
            "get": _operation(
                "Discrepancies, most severe first",
                {"200": _json(_list_of("DiscrepancyOut"))},
                (*read, 422),
                query=r.DiscrepanciesQuery,
            )
        },
        "/discrepancies/{discrepancy_id}": {
            "get": _operation(
                "One discrepancy with both claims in full",
                {"200": _json(ref("DiscrepancyOut"))},
                (404,),
                params=("discrepancy_id",),
            ),
            "patch": _operation(
                "Review: status and note, recorded in the history",
                {"200": _json(ref("DiscrepancyOut"))},
                (*WRITE, 404, 409),
                body=ref("Review"),
                secured=True,
                params=("discrepancy_id",),
            )
            | {"description": REVIEWS},
        },
        "/reconciliation": {
            "get": _operation(
                "The reconciled timeline of one metric at one place",
                {"200": _json(RECONCILIATION)},
                (*read, 422),
                query=r.ReconciliationQuery,
            )
        },
        "/reconciliation/recommended": {
            "put": _operation(
                "Record the analyst's recommended figure for the chosen claim's window",
                {"200": _json(RECONCILIATION)},
                (*WRITE, 404),
                body=ref("RecommendationIn"),
                secured=True,
            )
        },
        "/reconciliation/chart": {
            "get": _operation(
                "The timeline chart: each claim's interval over time, coloured by source",
                {
                    "200": {
                        "description": "The chart",
                        "content": {
                            "image/svg+xml": {"schema": {"type": "string"}},
                            "image/png": {"schema": {"type": "string", "format": "binary"}},
                        },
                    }
                },
                (*read, 422),
                query=r.ChartQuery,
            )
        },
        "/extract": {
            "post": _operation(
                "Candidate claims found in a report's text (nothing is stored)",
                {"200": _json(EXTRACTED)},
                WRITE,
                body=ref("ExtractIn"),
                secured=True,
            )
        },
        "/openapi.json": {"get": _operation("This document", ok)},
        "/imports": {"post": _imports()},
        **_exports(read),
    }


# What the document declares: a CSV (or HXL) file, or text told apart by its first non-blank
# character. A dump may also come as application/x-ndjson or application/jsonl (the operation's
# description says so): media types that fuzzers cannot build bodies for.
IMPORT_TYPES = ("text/csv", "text/plain")
IMPORTED = {
    "type": "object",
    "properties": {
        "format": {"type": "string", "enum": ["csv", "hxl", "dump"]},
        "committed": {"type": "boolean"},
        "rows": {"type": "integer", "description": "records read (lines of a dump)"},
        "stored": {"type": "integer", "description": "rows that added something"},
        "repeated": {"type": "integer", "description": "rows already stored"},
        "retracted": {"type": "integer"},
        "discrepancies": {"type": "integer", "description": "discrepancies newly found"},
        "refused_rows": {"type": "integer"},
        "refused": {"type": "array", "items": {"type": "object"}},
        "warnings": {"type": "array", "items": {"type": "string"}},
        "seconds": {"type": "number"},
    },
}


def _imports() -> dict:
    """POST /imports: a file as the body, told apart by its Content-Type or first character."""
    op = _operation(
        "Import a CSV, HXL or JSON Lines dump, all or nothing: the counts of stored, repeated"
        " and refused rows (a refused one is a 422 naming its row, or line, and field)",
        {
            "201": _json(IMPORTED, "Stored"),
            "200": _json(IMPORTED, "Nothing new: every row was already stored"),
        },
        WRITE,
        secured=True,
    )
    op["description"] = (
        "The body is a CSV or HXL file of claims (`text/csv`) or a JSON Lines dump as"
        " `GET /export/dump.jsonl` writes it (`application/x-ndjson` or `application/jsonl`);"
        " any other type is read by its first non-blank character: `{` starts a dump."
    )
    text = {"schema": {"type": "string"}}
    op["requestBody"] = {"required": True, "content": dict.fromkeys(IMPORT_TYPES, text)}
    return op


def _exports(read) -> dict:
    """The CSV and HXL files (db/export.py): streamed, filtered as the lists are."""
    csv_file = {
        "200": {
            "description": "A CSV file: column names, then (HXL) a row of HXL hashtags, then rows",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    }
    claims = r.ClaimsQuery(exclude=("limit", "cursor"))
    discrepancies = r.DiscrepanciesQuery(exclude=("limit", "cursor", "expand"))
    paths = {}
    for name, query, what in (
        ("claims", claims, "Every claim with its interval and first citation"),
        ("discrepancies", discrepancies, "Every discrepancy with both claims' sources"),
    ):
        for suffix, form in (("csv", "CSV"), ("hxl.csv", "HXL (CSV with a hashtag row)")):
            summary = f"{what}, as {form}, in id order"
            paths[f"/export/{name}.{suffix}"] = {
                "get": _operation(summary, csv_file, (*read, 422), query=query)
            }
    lines = {
        "200": {
            "description": "One JSON object a line, each with its `type`: the dump header,"
            " custom metrics, places, sources, claims with every citation, discrepancies with"
            " every review, recommendations",
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        }
    }
    summary = "Everything as JSON Lines, from one snapshot: what POST /imports restores"
    paths["/export/dump.jsonl"] = {"get": _operation(summary, lines)}
    return paths
