"""Metrics, locations and sources over HTTP, and the service endpoints."""

import pytest


def test_builtin_metrics_are_listed(client):
    metrics = {m["slug"]: m for m in client.get("/metrics").json["items"]}
    assert metrics["children_trapped"]["part_of"] == "civilians_trapped"
    assert metrics["killed"]["kind"] == "cumulative"
    assert metrics["airstrikes"]["unit"] == "strike"


def test_post_metric(post, client):
    body = {"slug": "aid_delivered", "label": "Aid delivered", "unit": "tonne", "kind": "flow"}
    assert post("/metrics", body).status_code == 201
    assert any(m["slug"] == "aid_delivered" for m in client.get("/metrics").json["items"])
    assert post("/metrics", body).status_code == 409


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"slug": "Bad Slug", "label": "x", "unit": "person", "kind": "stock"}, "slug"),
        ({"slug": "x", "label": "x", "unit": "person", "kind": "weekly"}, "kind"),
        ({"slug": "x", "label": "x", "unit": "furlongs of joy", "kind": "stock"}, "unit"),
        (
            {"slug": "x", "label": "x", "unit": "person", "kind": "stock", "part_of": "nope"},
            "part_of",
        ),
        (
            {
                "slug": "x",
                "label": "x",
                "unit": "tonne",
                "kind": "stock",
                "part_of": "civilians_trapped",
            },
            "part_of",
        ),
    ],
)
def test_bad_metrics(post, body, field):
    response = post("/metrics", body)
    assert response.status_code == 422
    assert field in response.json["errors"]


def test_locations_create_patch_and_aliases(post, client, auth):
    city = post("/locations", {"name": "Mosul", "pcode": "IQ-MOS"}).json["location"]
    west = post("/locations", {"name": "West Mosul", "part_of": "Mosul"}).json["location"]
    assert west["part_of"] == city["id"]
    patched = client.patch(f"/locations/{city['id']}", json={"household_size": 6}, headers=auth)
    assert patched.json["household_size"] == 6
    assert post("/locations", {"name": "mosul"}).status_code == 409
    cycle = client.patch(f"/locations/{city['id']}", json={"part_of": west["id"]}, headers=auth)
    assert cycle.status_code == 422 and "part_of" in cycle.json["errors"]
    alias = post(f"/locations/{city['id']}/aliases", {"name": "Al-Mawsil"})
    assert alias.status_code == 201
    listed = {loc["name"]: loc for loc in client.get("/locations").json["items"]}
    assert "Al-Mawsil" in listed["Mosul"]["aliases"]


def test_household_size_of_the_place_is_used(post):
    post("/locations", {"name": "Tabqa", "household_size": 5})
    claim = post(
        "/claims",
        {
            "metric": "civilians_remaining",
            "location": "Tabqa",
            "source": "X",
            "value": 10,
            "unit": "household",
        },
    ).json["claim"]
    assert (claim["low"], claim["high"]) == (50, 50)


def test_sources_listed_with_aliases(post, client):
    post("/claims", {"metric": "fighters", "location": "Raqqa", "source": "Pentagon", "value": 1})
    sources = client.get("/sources").json["items"]
    assert [s["name"] for s in sources] == ["Pentagon"]


def test_health_and_openapi(client):
    assert client.get("/health").json["database"] is True
    spec = client.get("/openapi.json").json
    assert spec["openapi"].startswith("3.")
    assert "/claims" in spec["paths"] and "bearer" in spec["components"]["securitySchemes"]
    page = client.get("/docs")
    assert b"/docs/assets/swagger-ui-bundle.js" in page.data
    with client.get("/docs/assets/swagger-ui-bundle.js") as asset:
        assert asset.status_code == 200 and b"SwaggerUIBundle" in asset.data


def test_method_not_allowed_keeps_allow_header(client):
    response = client.delete("/claims")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert response.mimetype == "application/problem+json"


def test_security_headers(client):
    response = client.get("/health")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
