"""GET /reconciliation/chart: a real matplotlib SVG (and PNG) of the seed's timeline."""

import pytest

from db.demo import load_demo
from figures.settings import Settings


@pytest.fixture
def seeded(app, db):
    with app.app_context():
        load_demo(db, Settings())


def test_svg_shows_each_source_and_marks_the_conflict(seeded, client):
    response = client.get("/reconciliation/chart?metric=civilians_remaining&location=Raqqa")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    svg = response.get_data(as_text=True)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "UN OCHA" in svg and "AFP" in svg and "in conflict" in svg


def test_png_is_a_png(seeded, client):
    response = client.get("/reconciliation/chart?metric=fighters&location=Raqqa&format=png")
    assert response.data[:8] == b"\x89PNG\r\n\x1a\n"


def test_injection_in_a_source_name_is_escaped_in_the_svg(post, client):
    post(
        "/claims",
        {
            "metric": "fighters",
            "location": "Raqqa",
            "value": 10,
            "source": "<script>alert(1)</script>",
            "stated_on": "2017-06-01",
        },
    )
    svg = client.get("/reconciliation/chart?metric=fighters&location=Raqqa").get_data(as_text=True)
    assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.mark.parametrize("query", ["metric=fighters", "metric=fighters&location=Raqqa&format=gif"])
def test_bad_chart_queries(seeded, client, query):
    response = client.get(f"/reconciliation/chart?{query}")
    assert response.status_code == 400 and response.mimetype == "application/problem+json"


def test_a_place_with_more_claims_than_can_be_seen_is_drawn_binned(post, client, monkeypatch):
    """Issues 14 and 15: past CHART_CLAIMS the chart reads stretches of time from SQL instead
    of every claim (50,000 claims took minutes and ended at the budget); the conflict stays red,
    the counts on the axis carry thousands separators."""
    import api.reconciliation

    claims = [
        {
            "metric": "fighters",
            "location": "Raqqa",
            "value": 1000 + 10 * i,
            "source": f"Monitor {i % 4}",
            "stated_on": f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}",
        }
        for i in range(40)
    ]
    claims.append({**claims[0], "value": 90_000, "source": "Outlier", "quantifier": "exact"})
    assert post("/claims", claims).status_code == 201
    query = "/reconciliation/chart?metric=fighters&location=Raqqa"
    detailed = client.get(query).get_data(as_text=True)
    assert "Monitor 1" in detailed and "stretches of" not in detailed
    monkeypatch.setattr(api.reconciliation, "CHART_CLAIMS", 10)
    binned = client.get(query).get_data(as_text=True)
    assert "41 claims from 5 sources in stretches of" in binned
    assert "Monitor 1" not in binned  # no longer one bar per claim
    assert "in open conflict" in binned and "#ff0000" in binned
    assert "80,000" in binned  # the count axis, with separators
    png = client.get(query + "&format=png")
    assert png.status_code == 200 and png.data[:8] == b"\x89PNG\r\n\x1a\n"
