"""One pint registry for the program; stated units become the metric's canonical unit."""

import re
from functools import lru_cache
from pathlib import Path

import pint

from figures.errors import IncompatibleUnit
from figures.intervals import Interval
from figures.settings import HOUSEHOLD_SIZE


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The registry: pint's defaults plus our count units and the household context."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(Path(__file__).with_name("units.txt")))
    return ureg


# Unit names joined by *, / or spaces, each with an optional small integer power: "person",
# "household", "metric_ton", "kg / day", "m**2". Only text of this shape reaches pint's
# expression evaluator, which would otherwise compute "10**10**10" or divide by zero.
UNIT_PATTERN = (
    r"^[A-Za-z_][A-Za-z0-9_]*(\s*(\*\*|\^)\s*-?\d{1,2})?"
    r"((\s*[*/]\s*|\s+)[A-Za-z_][A-Za-z0-9_]*(\s*(\*\*|\^)\s*-?\d{1,2})?)*$"
)
_UNIT = re.compile(UNIT_PATTERN)


def parse_unit(text: str, field: str = "unit") -> pint.Unit:
    """A pint unit from its name, or IncompatibleUnit naming the field."""
    text = text.strip() if isinstance(text, str) else ""
    if len(text) > 64 or not _UNIT.match(text):
        raise IncompatibleUnit(
            field, f"unknown unit {text!r}: expected a unit name such as 'person'"
        )
    try:
        return registry().Unit(text)
    except Exception as error:  # pint's parser fails in many ways on text it cannot read
        raise IncompatibleUnit(field, f"unknown unit {text!r}") from error


def needs_household_size(unit: str) -> bool:
    if isinstance(unit, str):
        return _needs_household_size(unit)  # pint parses a unit in about 25 us: once is enough
    return "[household]" in parse_unit(unit).dimensionality


@lru_cache(maxsize=1024)
def _needs_household_size(unit: str) -> bool:
    return "[household]" in parse_unit(unit).dimensionality


@lru_cache(maxsize=4096)
def _factor(unit: str, canonical: str, size: float | None) -> float:
    ureg = registry()
    stated, target = parse_unit(unit), parse_unit(canonical)
    quantity = ureg.Quantity(1.0, stated)
    if stated.dimensionless and not target.dimensionless:
        quantity = quantity.to("dimensionless").magnitude * ureg.Quantity(1.0, target)
    try:
        if size is None:
            return float(quantity.to(target).magnitude)
        return float(quantity.to(target, "hh", size=size).magnitude)
    except pint.errors.DimensionalityError as error:
        raise IncompatibleUnit(
            "unit", f"unit {unit!r} cannot be converted to the metric's unit {canonical!r}"
        ) from error


def to_canonical(
    interval: Interval,
    unit: str,
    canonical: str,
    household_size: float | tuple[float, float] | None = None,
) -> tuple[Interval, str]:
    """The interval in the canonical unit and a note on how it was converted."""
    if not needs_household_size(unit):
        factor = _factor(unit, canonical, None)
        if factor == 1.0:
            return interval, ""
        return interval.scaled(factor, factor), f"; converted from {unit} (x{factor:g})"
    sizes = household_size if household_size is not None else HOUSEHOLD_SIZE
    low_size, high_size = sizes if isinstance(sizes, tuple) else (sizes, sizes)
    low_factor = _factor(unit, canonical, low_size)
    high_factor = _factor(unit, canonical, high_size)
    span = f"{low_size:g}" if low_size == high_size else f"{low_size:g} to {high_size:g}"
    return interval.scaled(low_factor, high_factor), f"; {unit} x {span} persons each"
