"""Fields stricter than marshmallow's defaults: no numbers as strings, no booleans, no NaN."""

import math

from marshmallow import ValidationError, fields

from figures.errors import FiguresError
from figures.periods import parse_date, parse_period


class StrictNumber(fields.Number):
    """A JSON number only: refuses strings, booleans, NaN, Infinity and floats that overflow."""

    num_type = float

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(
                "Not a valid number: send a JSON number, not a string or boolean."
            )
        try:
            number = float(value)
        except OverflowError:
            raise ValidationError("Number too large to represent as a float.") from None
        if not math.isfinite(number):
            raise ValidationError("Number must be finite (no NaN or Infinity).")
        return number


class IsoDate(fields.String):
    """An ISO calendar date kept as text, checked to exist (no 2017-02-30)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return parse_date(text, attr or "date").isoformat()
        except FiguresError as error:
            raise ValidationError(error.message) from None


class IsoPeriod(fields.String):
    """`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `start/end`, checked and kept as written."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parse_period(text, attr or "as_of")
        except FiguresError as error:
            raise ValidationError(error.message) from None
        return text.strip()


class NameOrObject(fields.Field):
    """A name as a string, or an object validated by a nested schema (`{"name", "pcode"}`)."""

    def __init__(self, nested, **kwargs):
        super().__init__(**kwargs)
        self.nested = nested
        self._schema = nested()  # built once: a schema per load was half of ClaimIn's cost

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            name = value.strip()
            if not name:
                raise ValidationError("Must not be blank.")
            if len(name) > 200:
                raise ValidationError("Longer than maximum length 200.")
            return {"name": name}
        if isinstance(value, dict):
            return self._schema.load(value)
        raise ValidationError("Must be a string or an object with a name.")

    def _serialize(self, value, attr, obj, **kwargs):
        return value
