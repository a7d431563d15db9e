"""Issue 14: what a new user meets first answers right: titles, challenges, aliases, pages."""

from examples import AFP, OCHA


def test_an_unknown_place_in_a_filter_is_a_404_titled_not_found(client):
    answer = client.get("/claims?location=Atlantis")
    assert answer.status_code == 404 and answer.json["title"] == "Not Found"
    assert "location" in answer.json["errors"]


def test_a_401_challenges_for_a_bearer_token(client):
    answer = client.post("/claims", json=OCHA)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert answer.mimetype == "application/problem+json"


def test_an_alias_already_known_answers_200_already(post):
    place = post("/locations", {"name": "Raqqa"}).json["location"]
    first = post(f"/locations/{place['id']}/aliases", {"name": "Raqqa city"})
    again = post(f"/locations/{place['id']}/aliases", {"name": "Raqqa city"})
    assert (first.status_code, first.json["already"]) == (201, False)
    assert (again.status_code, again.json["already"]) == (200, True)


def test_a_page_links_the_next_and_its_cursor_is_bound_to_its_filters(post, client):
    for value in (1000, 2000, 3000):
        post("/claims", {**OCHA, "source": f"Source {value}", "value": value})
    first = client.get("/claims?metric=civilians_remaining&limit=2")
    assert first.json["next_url"].startswith("/claims?")
    assert first.headers["Link"] == f'<{first.json["next_url"]}>; rel="next"'
    second = client.get(first.json["next_url"])
    assert len(second.json["items"]) == 1 and second.json["next_url"] is None
    assert "Link" not in second.headers
    cursor = first.json["next"]
    other = client.get(f"/claims?metric=civilians_trapped&limit=2&cursor={cursor}")
    assert other.status_code == 400 and "other filters" in other.json["errors"]["cursor"][0]


def test_the_chart_may_use_its_own_styles_and_nothing_else(post, client):
    post("/claims", OCHA)
    post("/claims", AFP)
    answer = client.get("/reconciliation/chart?metric=civilians_remaining&location=Raqqa")
    policy = answer.headers["Content-Security-Policy"]
    assert "style-src 'unsafe-inline'" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy
