"""The claim as posted (DESIGN 4.1) and as served (4.2)."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from figures.intervals import QUANTIFIERS, VAGUE_TABLE
from figures.review import CLAIM_STATUSES
from figures.units import UNIT_PATTERN
from schemas.fields import IsoDate, IsoPeriod, NameOrObject, StrictNumber

NAME = validate.Length(min=1, max=200)
TEXT = validate.Length(max=10_000)
UNIT = [
    validate.Length(min=1, max=64),
    validate.Regexp(UNIT_PATTERN, error="Not a unit name such as 'person' or 'household'."),
]


class LocationRef(Schema):
    name = fields.String(required=True, validate=NAME)
    pcode = fields.String(validate=validate.Length(min=1, max=50))


class SourceRef(Schema):
    name = fields.String(required=True, validate=NAME)
    kind = fields.String(validate=validate.Length(min=1, max=50))


class Document(Schema):
    title = fields.String(validate=validate.Length(max=1000))
    url = fields.String(validate=validate.Length(max=2000))
    publisher = fields.String(validate=validate.Length(max=200))
    published_on = IsoDate()


class ClaimIn(Schema):
    """A posted claim: every field declared, unknown fields refused."""

    metric = fields.String(required=True, validate=validate.Length(min=1, max=100))
    location = NameOrObject(LocationRef, required=True, metadata={"oneOf": True})
    source = NameOrObject(SourceRef, required=True)
    quantifier = fields.String(load_default="exact", validate=validate.OneOf(QUANTIFIERS))
    value = StrictNumber(validate=validate.Range(min=0))
    low = StrictNumber(validate=validate.Range(min=0))
    high = StrictNumber(validate=validate.Range(min=0))
    vague = fields.String(validate=validate.OneOf(list(VAGUE_TABLE)))
    unit = fields.String(validate=UNIT)
    household_size = StrictNumber(validate=validate.Range(min=0, min_inclusive=False, max=1000))
    stated_on = IsoDate()
    as_of = IsoPeriod(validate=validate.Length(max=50))
    since = IsoDate()
    quote = fields.String(validate=TEXT)
    reported_in = fields.Nested(Document)

    @validates_schema
    def numbers_fit_quantifier(self, data, **kwargs):
        quantifier = data.get("quantifier", "exact")
        if quantifier == "range":
            missing = {k: ["Required for a range."] for k in ("low", "high") if k not in data}
            if missing:
                raise ValidationError(missing)
            if data["low"] > data["high"]:
                raise ValidationError({"low": ["low must be <= high."]})
        elif quantifier == "vague":
            if "vague" not in data:
                raise ValidationError({"vague": ["Required for a vague quantifier."]})
        elif "value" not in data:
            raise ValidationError({"value": [f"Required for quantifier {quantifier!r}."]})
        for key in ("low", "high"):
            if key in data and quantifier != "range":
                raise ValidationError({key: ["Only for quantifier 'range'."]})
        if "vague" in data and quantifier != "vague":
            raise ValidationError({"vague": ["Only for quantifier 'vague'."]})


class Retraction(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=2000))


class AsOf(Schema):
    start = fields.String()
    end = fields.String()
    text = fields.String()


class PlaceBrief(Schema):
    id = fields.Integer()
    name = fields.String()
    pcode = fields.String(allow_none=True)


class SourceBrief(Schema):
    id = fields.Integer()
    name = fields.String()


class Citation(Schema):
    id = fields.Integer()
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    published_on = fields.String(allow_none=True)
    created_at = fields.String()


class ClaimOut(Schema):
    """A stored claim: posted fields, derived interval in the metric's unit, citations."""

    id = fields.Integer()
    metric = fields.String()
    location = fields.Nested(PlaceBrief)
    source = fields.Nested(SourceBrief)
    quantifier = fields.String()
    value = fields.Float(allow_none=True)
    stated_low = fields.Float(allow_none=True)
    stated_high = fields.Float(allow_none=True)
    vague = fields.String(allow_none=True)
    stated_unit = fields.String()
    household_size = fields.Float(allow_none=True)
    stated_on = fields.String(allow_none=True)
    as_of = fields.Nested(AsOf, allow_none=True)
    since = fields.String(allow_none=True)
    quote = fields.String(allow_none=True)
    low = fields.Float()
    high = fields.Float(allow_none=True, metadata={"description": "null when unbounded"})
    best = fields.Float()
    unit = fields.String()
    interval_rule = fields.String()
    status = fields.String(validate=validate.OneOf(CLAIM_STATUSES))
    grade = fields.String(allow_none=True, metadata={"description": "the source's grade, A to F"})
    superseded_by = fields.Integer(
        allow_none=True, metadata={"description": "the source's later statement that revised it"}
    )
    retracted_reason = fields.String(allow_none=True)
    retracted_at = fields.String(allow_none=True)
    citations = fields.List(fields.Nested(Citation))
    created_at = fields.String()
