"""Sources and days read where reports name outlets in the plural ("local news outlets
reported on Friday") and where a day stands in an unusual place in the attribution: each test
in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    "outlets", ["local news outlets", "news outlets", "regional newspapers", "broadcasters"]
)
def test_outlets_in_the_plural_are_the_source_and_date_it(outlets):
    text = f"Nearly 3,000 people fled the fighting, officials and {outlets} reported on Friday."
    claim = _claim(text, "3,000", "2024-01-25")
    assert claim["source"] == f"officials and {outlets}"
    assert claim["stated_on"] == "2024-01-19"
