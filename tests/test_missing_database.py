"""Issue 14: an app whose FIGURES_DATABASE names no file answers 503 and creates nothing (only
`flask --app app init-db` makes a database)."""

import pytest

from app import create_app


@pytest.mark.parametrize("testing", [True, False])
@pytest.mark.parametrize("path", ["/claims", "/health", "/discrepancies"])
def test_a_missing_database_is_a_503_problem_and_stays_missing(tmp_path, testing, path):
    database = tmp_path / "typo" / "figures.db"
    client = create_app({"DATABASE": str(database), "TESTING": testing}).test_client()
    response = client.get(path)
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["title"] == "Service Unavailable"
    assert "database is missing" in body["detail"] and "init-db" in body["detail"]
    assert str(tmp_path) not in response.get_data(as_text=True)
    assert not database.exists() and not database.parent.exists()


def test_the_pages_answer_503_too(tmp_path):
    client = create_app({"DATABASE": str(tmp_path / "none.db"), "TESTING": True}).test_client()
    response = client.get("/ui/")
    assert response.status_code == 503
    assert list(tmp_path.iterdir()) == []


def test_a_write_to_a_missing_database_creates_nothing(tmp_path):
    database = tmp_path / "figures.db"
    client = create_app({"DATABASE": str(database), "TESTING": True}).test_client()
    response = client.post(
        "/claims",
        json={"metric": "fighters", "location": "Raqqa", "source": "AFP", "value": 7},
        headers={"Authorization": "Bearer x"},
    )
    assert response.status_code == 503
    assert list(tmp_path.iterdir()) == []


def test_ping_needs_no_database(tmp_path):
    client = create_app({"DATABASE": str(tmp_path / "none.db"), "TESTING": True}).test_client()
    assert client.get("/ping").status_code == 200
