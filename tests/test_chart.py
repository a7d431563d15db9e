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
