"""Bodies that fresh passages (zzzm to zzzp, read untuned) showed read as places: associations
and their associates are who counted, not where; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    "text",
    [
        "Data from the Iraqi Medical Association showed 6,400 civilians were killed.",
        "From Human Rights Education Associates, Jan. 16: nearly 6,400 civilians were killed.",
    ],
)
def test_an_association_is_no_place(text):
    assert _claim(text, "6,400").get("location") in (None, "Iraq")
