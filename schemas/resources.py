"""Schemas of the vocabulary, places, sources, discrepancies, list queries and errors."""

from marshmallow import Schema, fields, validate

from figures.grades import GRADES, JUDGED
from figures.metrics import KINDS
from figures.review import CLAIM_STATUSES, DISCREPANCY_KINDS, REVIEW_STATUSES
from schemas.claims import NAME, UNIT, ClaimOut
from schemas.fields import IsoDate, StrictNumber

SLUG = validate.Regexp(r"^[a-z][a-z0-9_]{0,63}$", error="A slug is lower case letters, digits, _.")


class MetricIn(Schema):
    slug = fields.String(required=True, validate=SLUG)
    label = fields.String(required=True, validate=validate.Length(min=1, max=200))
    unit = fields.String(required=True, validate=UNIT)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    part_of = fields.String(load_default=None, allow_none=True, validate=SLUG)


class MetricOut(MetricIn):
    pass


class LocationIn(Schema):
    name = fields.String(required=True, validate=NAME)
    pcode = fields.String(validate=validate.Length(min=1, max=50))
    part_of = fields.Raw(
        metadata={
            "description": "enclosing place: its id or name",
            "oneOf": [{"type": "integer"}, {"type": "string"}],
        }
    )
    household_size = StrictNumber(validate=validate.Range(min=0, min_inclusive=False, max=1000))


class LocationPatch(LocationIn):
    """What PATCH /locations/{id} may change: everything but the name."""

    class Meta:
        exclude = ("name",)


class LocationOut(Schema):
    id = fields.Integer()
    name = fields.String()
    pcode = fields.String(allow_none=True)
    part_of = fields.Integer(allow_none=True)
    household_size = fields.Float(allow_none=True)
    aliases = fields.List(fields.String())
    created_at = fields.String()


class SourcePatch(Schema):
    """PATCH /sources/{id}: the Admiralty grade and the kind of source (the old go to history)."""

    grade = fields.String(
        allow_none=True,
        validate=validate.OneOf(GRADES),
        metadata={"description": "A completely reliable ... E unreliable, F cannot be judged"},
    )
    kind = fields.String(allow_none=True, validate=validate.Length(min=1, max=100))


class SourceOut(Schema):
    id = fields.Integer()
    name = fields.String()
    kind = fields.String(allow_none=True)
    grade = fields.String(allow_none=True)
    aliases = fields.List(fields.String())
    created_at = fields.String()


class AliasIn(Schema):
    name = fields.String(required=True, validate=NAME)


class Review(Schema):
    status = fields.String(required=True, validate=validate.OneOf(REVIEW_STATUSES))
    note = fields.String(validate=validate.Length(max=5000))


class DiscrepancyClaim(ClaimOut):
    """A claim of a discrepancy, with the part it plays there."""

    role = fields.String(
        metadata={
            "description": "higher, lower, part, whole, earlier, later, larger, smaller,"
            " ceiling or other"
        }
    )


class DiscrepancyOut(Schema):
    id = fields.Integer()
    kind = fields.String(validate=validate.OneOf(DISCREPANCY_KINDS))
    metric = fields.String()
    location = fields.Dict()
    claims = fields.List(fields.Nested(DiscrepancyClaim))
    ratio = fields.Float()
    explanation = fields.String()
    status = fields.String(validate=validate.OneOf(REVIEW_STATUSES))
    note = fields.String(allow_none=True)
    detected_at = fields.String()
    reviewed_at = fields.String(allow_none=True)


class ClaimDetail(ClaimOut):
    """GET /claims/{id}: the claim with its discrepancies."""

    discrepancies = fields.List(fields.Nested(DiscrepancyOut))


class RetractedClaim(ClaimOut):
    """POST /claims/{id}/retract: the claim and the ids of the discrepancies it closed."""

    closed_discrepancies = fields.List(fields.Integer())


class PageQuery(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    cursor = fields.String(  # a page's `next`: base64url, as api/http.encode_cursor writes it
        validate=[validate.Length(min=1, max=200), validate.Regexp(r"^[A-Za-z0-9_-]+={0,2}$")]
    )


class ClaimsQuery(PageQuery):
    metric = fields.String(validate=validate.Length(min=1, max=100))
    location = fields.String(validate=NAME)
    source = fields.String(validate=NAME)
    status = fields.String(validate=validate.OneOf(CLAIM_STATUSES))
    from_ = IsoDate(data_key="from")
    to = IsoDate()
    grade = fields.String(validate=validate.OneOf(GRADES))
    min_grade = fields.String(
        validate=validate.OneOf(JUDGED),
        metadata={"description": "sources graded this or better (A best); ungraded left out"},
    )


class DiscrepanciesQuery(PageQuery):
    metric = fields.String(validate=validate.Length(min=1, max=100))
    location = fields.String(validate=NAME)
    kind = fields.String(validate=validate.OneOf(DISCREPANCY_KINDS))
    status = fields.String(validate=validate.OneOf(REVIEW_STATUSES))
    min_ratio = fields.Float(allow_nan=False, validate=validate.Range(min=1, max=1e12))
    grade = fields.String(validate=validate.OneOf(GRADES))
    min_grade = fields.String(
        validate=validate.OneOf(JUDGED),
        metadata={"description": "sources graded this or better (A best); ungraded left out"},
    )
    claim = fields.Integer(
        strict=False,
        validate=validate.Range(min=0, max=2**63 - 1),
        metadata={"description": "only the discrepancies this claim takes part in"},
    )
    expand = fields.String(
        validate=validate.OneOf(["citations"]),
        metadata={"description": "`citations`: each claim with every document that carried it"},
    )


class ReconciliationQuery(Schema):
    metric = fields.String(required=True, validate=validate.Length(min=1, max=100))
    location = fields.String(required=True, validate=NAME)
    min_grade = fields.String(
        validate=validate.OneOf(JUDGED),
        metadata={"description": "best estimates only from sources graded this or better"},
    )


class RecommendationIn(Schema):
    """PUT /reconciliation/recommended: the figure an organisation publishes for a window."""

    metric = fields.String(required=True, validate=validate.Length(min=1, max=100))
    location = fields.String(required=True, validate=NAME)
    claim = fields.Integer(
        required=True, strict=True, validate=validate.Range(min=1, max=2**63 - 1)
    )
    note = fields.String(validate=validate.Length(max=5000))


class ChartQuery(ReconciliationQuery):
    format = fields.String(load_default="svg", validate=validate.OneOf(["svg", "png"]))


class ExtractIn(Schema):
    """A report's text and where it came from; nothing is stored."""

    text = fields.String(required=True, validate=validate.Length(min=1, max=200_000))
    published_on = IsoDate()
    url = fields.String(validate=validate.Length(max=2000))
    title = fields.String(validate=validate.Length(max=1000))
    publisher = fields.String(validate=validate.Length(max=200))


class Problem(Schema):
    """RFC 9457 problem details; `errors` maps a field (or a batch index) to messages."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.Dict()
