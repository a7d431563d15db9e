"""The OpenAPI 3 document, built from the schemas, and the locally served page that reads it."""

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import validate

from schemas import claims as c
from schemas import resources as r
from schemas.fields import IsoDate, IsoPeriod, NameOrObject, StrictNumber

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
DESCRIPTION = """Every error is `application/problem+json`: `{"type", "title", "status", "detail",
"errors"}`, where `errors` names each culprit field (in a batch, keyed by the item's index).

Writes need `Authorization: Bearer <token>`: 401 without one or with a malformed header, 403 for
an unknown or revoked token. Reads are public.

A method that a path does not declare is answered 405 with an `Allow` header listing the ones it
does. A body over the size limit, or a batch over the batch limit, is 413 naming the limit. Text
with a lone surrogate (such as `\\ud800`) or NUL is refused with 422; any other text is stored
verbatim. An operation that finds the database still locked after the busy timeout answers 503
with `Retry-After`, having written nothing: the one answer worth retrying unchanged."""
# Every operation that opens the database can find it locked past the busy timeout (10 s).
NO_DATABASE = ("/openapi.json", "/ping")
BUSY = {
    "description": "The database stayed locked past the busy timeout; nothing was written."
    " Retry after Retry-After seconds.",
    "headers": {
        "Retry-After": {
            "required": True,
            "description": "Seconds to wait before retrying",
            "schema": {"type": "integer", "minimum": 1},
        }
    },
    "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
}
# A path id is a SQLite row id: Werkzeug routes a larger or negative number nowhere (404).
ROW_ID = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}


def _fields_to_properties(plugin: MarshmallowPlugin):
    def custom(self, field, **kwargs):
        if isinstance(field, StrictNumber):
            exclusive = [
                v.min
                for v in field.validators
                if isinstance(v, validate.Range) and v.min is not None and not v.min_inclusive
            ]
            return {"type": "number"} | ({"exclusiveMinimum": exclusive[0]} if exclusive else {})
        if isinstance(field, IsoDate):
            return {"type": "string", "format": "date"}
        if isinstance(field, IsoPeriod):
            return {
                "type": "string",
                "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
            }
        if isinstance(field, NameOrObject):
            ref = {"$ref": f"#/components/schemas/{field.nested.__name__}"}
            return {"oneOf": [{"type": "string", "minLength": 1, "maxLength": 200}, ref]}
        return {}

    plugin.converter.add_attribute_function(custom)


def _json(schema, status_text="OK"):
    return {"description": status_text, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_of(name: str) -> dict:
    return {
        "type": "object",
        "required": ["items", "next"],
        "properties": {
            "items": {"type": "array", "items": _ref(name)},
            "next": {"type": ["string", "null"]},
        },
    }


def _operation(summary, ok: dict, errors=(), body=None, query=None, secured=False, params=()):
    op = {"summary": summary, "responses": dict(ok)}
    for status in errors:
        op["responses"][str(status)] = {
            "description": ERRORS[status],
            "content": {PROBLEM: {"schema": _ref("Problem")}},
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


def build_spec(app) -> dict:
    """The document for this app (cached on it: the schemas do not change at run time)."""
    cached = app.extensions.get("openapi")
    if cached is not None:
        return cached
    plugin = MarshmallowPlugin()
    spec = APISpec(
        "Humanitarian figures reconciliation API",
        "1.0.0",
        "3.1.0",
        plugins=[plugin],
        info={"description": DESCRIPTION},
    )
    _fields_to_properties(plugin)
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    for schema in (
        c.LocationRef,
        c.SourceRef,
        c.ClaimIn,
        c.ClaimOut,
        c.Retraction,
        r.MetricIn,
        r.LocationIn,
        r.LocationPatch,
        r.LocationOut,
        r.SourceOut,
        r.AliasIn,
        r.Review,
        r.DiscrepancyOut,
        r.ClaimDetail,
        r.RetractedClaim,
        r.ExtractIn,
        r.Problem,
    ):
        spec.components.schema(schema.__name__, schema=schema)
    claim_result = {
        "type": "object",
        "properties": {
            "claim": _ref("ClaimOut"),
            "claims": {"type": "array", "items": _ref("ClaimOut")},
            "discrepancies": {"type": "array", "items": _ref("DiscrepancyOut")},
            "warnings": {"type": "array", "items": {"type": "string"}},
        },
    }
    post_body = {
        "oneOf": [_ref("ClaimIn"), {"type": "array", "minItems": 1, "items": _ref("ClaimIn")}]
    }
    read = (400, 404)
    for path, methods in _paths(claim_result, post_body, read).items():
        spec.path(path=path, operations=methods)
    document = spec.to_dict()
    for path, operations in document["paths"].items():
        if path not in NO_DATABASE:
            for operation in operations.values():
                operation["responses"]["503"] = BUSY
    app.extensions["openapi"] = document
    return document


_RANGE = {
    "type": "object",
    "properties": {"low": {"type": "number"}, "high": {"type": ["number", "null"]}},
}
RECONCILIATION = {
    "type": "object",
    "required": ["metric", "unit", "windows", "changes"],
    "properties": {
        "metric": {"type": "string"},
        "unit": {"type": "string"},
        "location": {"type": "object"},
        "windows": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "start": {"type": "string"},
                    "end": {"type": "string"},
                    "label": {"type": "string"},
                    "claims": {"type": "array", "items": {"type": "integer"}},
                    "sources": {"type": "array", "items": {"type": "string"}},
                    "agreed": {"oneOf": [_RANGE, {"type": "null"}]},
                    "envelope": _RANGE,
                    "best": {"type": "number"},
                    "discrepancies": {"type": "array", "items": {"type": "integer"}},
                },
            },
        },
        "changes": {"type": "array", "items": {"type": "object"}},
        "undated": {"type": "array", "items": {"type": "integer"}},
        "retracted": {"type": "array", "items": {"type": "integer"}},
    },
}


EXTRACTED = {
    "type": "object",
    "required": ["candidates"],
    "properties": {
        "candidates": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["claim", "sentence", "start", "end", "confidence", "missing"],
                "properties": {
                    "claim": {"type": "object"},
                    "sentence": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "confidence": {"type": "number"},
                    "missing": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


def _paths(claim_result, post_body, read) -> dict:
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
                {"200": _json(_ref("ClaimDetail"))},
                (404,),
                params=("claim_id",),
            )
        },
        "/claims/{claim_id}/retract": {
            "post": _operation(
                "Retract a claim (kept, marked retracted); its open discrepancies close",
                {"200": _json(_ref("RetractedClaim"))},
                (*WRITE, 404, 409),
                body=_ref("Retraction"),
                secured=True,
                params=("claim_id",),
            )
        },
        "/metrics": {
            "get": _operation("The metric vocabulary", {"200": _json(_list_of("MetricIn"))}),
            "post": _operation(
                "Add a metric",
                {"201": _json(_ref("MetricIn"), "Created")},
                (*WRITE, 409),
                body=_ref("MetricIn"),
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
                body=_ref("LocationIn"),
                secured=True,
            ),
        },
        "/locations/{location_id}": {
            "patch": _operation(
                "Describe a place: p-code, enclosing place, household size",
                {"200": _json(_ref("LocationOut"))},
                (*WRITE, 404, 409),
                body=_ref("LocationPatch"),
                secured=True,
                params=("location_id",),
            )
        },
        "/locations/{location_id}/aliases": {
            "post": _operation(
                "Link a name to this place (merging a place of that name)",
                {"201": _json({"type": "object"}, "Linked")},
                (*WRITE, 404),
                body=_ref("AliasIn"),
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
        "/sources/{source_id}/aliases": {
            "post": _operation(
                "Link a name to this source (merging a source of that name)",
                {"201": _json({"type": "object"}, "Linked")},
                (*WRITE, 404),
                body=_ref("AliasIn"),
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
                {"200": _json(_ref("DiscrepancyOut"))},
                (404,),
                params=("discrepancy_id",),
            ),
            "patch": _operation(
                "Review: status and note, recorded in the history",
                {"200": _json(_ref("DiscrepancyOut"))},
                (*WRITE, 404),
                body=_ref("Review"),
                secured=True,
                params=("discrepancy_id",),
            ),
        },
        "/reconciliation": {
            "get": _operation(
                "The reconciled timeline of one metric at one place",
                {"200": _json(RECONCILIATION)},
                (*read, 422),
                query=r.ReconciliationQuery,
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
                body=_ref("ExtractIn"),
                secured=True,
            )
        },
        "/openapi.json": {"get": _operation("This document", ok)},
        **_exports(read),
    }


def _exports(read) -> dict:
    """The CSV and HXL files (db/interchange.py): streamed, filtered as the lists are."""
    csv_file = {
        "200": {
            "description": "A CSV file: column names, then (HXL) a row of HXL hashtags, then rows",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    }
    claims = r.ClaimsQuery(exclude=("limit", "cursor"))
    discrepancies = r.DiscrepanciesQuery(exclude=("limit", "cursor"))
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
    return paths


DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Figures API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>
"""

DOCS_INIT_JS = """window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});"""
