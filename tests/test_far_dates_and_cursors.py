"""Issue 15: every period and cursor accepted can be stored, read back, charted and paged;
anything else is a 4xx naming the field, never a 500."""

import base64
import json

import pytest
from examples import OCHA


def cursor(*parts) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode()


@pytest.mark.parametrize("as_of", ["0001", "0999-05", "0001-01-01", "9999-12-31", "9999"])
def test_years_one_to_9999_are_stored_read_back_and_charted(post, client, as_of):
    answer = post("/claims", {**OCHA, "as_of": as_of})
    assert answer.status_code == 201
    stored = client.get(f"/claims/{answer.json['claim']['id']}")
    assert stored.status_code == 200 and stored.json["as_of"]["text"] == as_of
    for path in ("/reconciliation", "/reconciliation/chart"):
        answer = client.get(f"{path}?metric=civilians_remaining&location=Raqqa")
        assert answer.status_code == 200, (path, answer.data[:200])


def test_year_zero_is_refused_naming_the_field(post):
    answer = post("/claims", {**OCHA, "as_of": "0000"})
    assert answer.status_code == 422 and "as_of" in answer.json["errors"]


@pytest.mark.parametrize(
    "forged", [cursor(True), cursor(-1), cursor(2**64), cursor(1.5), cursor("1"), "!!", cursor()]
)
def test_a_forged_claims_cursor_is_a_400(client, forged):
    answer = client.get(f"/claims?cursor={forged}")
    assert answer.status_code == 400 and "cursor" in answer.json["errors"]


@pytest.mark.parametrize("forged", [cursor(1e400, 1), cursor(True, 1), cursor(2.0, 2**70)])
def test_a_forged_discrepancies_cursor_is_a_400(client, forged):
    answer = client.get(f"/discrepancies?cursor={forged}")
    assert answer.status_code == 400 and "cursor" in answer.json["errors"]
