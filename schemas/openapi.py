"""The OpenAPI 3 document, built from the schemas: what every path takes and answers."""

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import fields, validate

from schemas import claims as c
from schemas import resources as r
from schemas.fields import IsoDate, IsoPeriod, NameOrObject, StrictNumber
from schemas.paths import PROBLEM, paths, ref

DESCRIPTION = """Every error is `application/problem+json`: `{"type", "title", "status", "detail",
"errors"}`, where `errors` names each culprit field (in a batch, keyed by the item's index).

Writes need `Authorization: Bearer <token>`: 401 without one or with a malformed header, 403 for
an unknown or revoked token. Reads are public.

A method that a path does not declare is answered 405 with an `Allow` header listing the ones it
does. A body over the size limit, or a batch over the batch limit, is 413 naming the limit. Text
with a lone surrogate (such as `\\ud800`) or NUL is refused with 422; any other text is stored
verbatim. A metric or unit that is not stored is a 422 listing the known ones (an unknown place
in a filter, a 404): JSON Schema cannot say which names exist.

An operation that finds the database still locked after the busy timeout, or that outlasts the
request's time budget, answers 503 with `Retry-After`, having written nothing: the one answer
worth retrying unchanged (a body over 64 KiB that outlasts the budget is a 413: send less)."""
# Every operation that opens the database can find it locked past the busy timeout (10 s), or
# outlast the request's time budget (20 s).
NO_DATABASE = ("/openapi.json", "/ping")
BUSY = {
    "description": "The database stayed locked past the busy timeout, or the request outlasted"
    " its time budget; nothing was written. Retry after Retry-After seconds.",
    "headers": {
        "Retry-After": {
            "required": True,
            "description": "Seconds to wait before retrying",
            "schema": {"type": "integer", "minimum": 1},
        }
    },
    "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
}


# Years 0001 to 9999 (no year 0), months 01 to 12, days 01 to 31: what figures/periods.py reads
# (a day that does not exist, such as 2017-02-30, is still a 422: a pattern cannot say it).
YEAR, MONTH, DAY = (
    "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})",
    "(0[1-9]|1[0-2])",
    "(0[1-9]|[12][0-9]|3[01])",
)
DATE = f"^{YEAR}-{MONTH}-{DAY}$"
ONE_PERIOD = f"{YEAR}(-{MONTH}(-{DAY})?)?"
PERIOD = f"^{ONE_PERIOD}(/{ONE_PERIOD})?$"
NO_NUL = r"^[^\x00]*$"  # text with NUL is refused (api/http): said of every other string


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
            return {"type": "string", "format": "date", "pattern": DATE}
        if isinstance(field, IsoPeriod):
            return {"type": "string", "pattern": PERIOD}
        if isinstance(field, NameOrObject):
            ref = {"$ref": f"#/components/schemas/{field.nested.__name__}"}
            name = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": NO_NUL}
            return {"oneOf": [name, ref]}
        if isinstance(field, fields.String) and not any(
            isinstance(v, validate.Regexp | validate.OneOf) for v in field.validators
        ):
            return {"pattern": NO_NUL}
        return {}

    plugin.converter.add_attribute_function(custom)


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
        r.SourcePatch,
        r.RecommendationIn,
        r.AliasIn,
        r.Review,
        r.DiscrepancyClaim,
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
            "claim": ref("ClaimOut"),
            "claims": {"type": "array", "items": ref("ClaimOut")},
            "discrepancies": {
                "type": "array",
                "items": ref("DiscrepancyOut"),
                "description": "the first 100 this request opened or met; the rest through"
                " GET /discrepancies?claim=",
            },
            "discrepancy_count": {"type": "integer", "description": "all of them"},
            "warnings": {"type": "array", "items": {"type": "string"}},
        },
    }
    post_body = {
        "oneOf": [ref("ClaimIn"), {"type": "array", "minItems": 1, "items": ref("ClaimIn")}]
    }
    read = (400, 404)
    for path, methods in paths(claim_result, post_body, read).items():
        spec.path(path=path, operations=methods)
    document = spec.to_dict()
    for path, operations in document["paths"].items():
        if path not in NO_DATABASE:
            for operation in operations.values():
                operation["responses"]["503"] = BUSY
    app.extensions["openapi"] = document
    return document
