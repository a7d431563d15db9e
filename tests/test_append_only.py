"""Issue 15: the database itself refuses to rewrite or delete the record (DESIGN 5), tested
through sqlite3 directly, as any other writer of the file would try."""

import sqlite3

import pytest

from db.demo import load_demo
from figures.settings import Settings


@pytest.fixture
def raw(app, db):
    """The demo database opened by plain sqlite3, beside the API."""
    with app.app_context():
        load_demo(db, Settings())
    conn = sqlite3.connect(app.config["DATABASE"])
    yield conn
    conn.close()


def refused(conn, sql: str, params=()) -> str:
    with pytest.raises(sqlite3.IntegrityError) as error:
        conn.execute(sql, params)
    conn.rollback()
    return str(error.value)


@pytest.mark.parametrize(
    "table",
    ["claims", "citations", "documents", "discrepancies", "discrepancy_claims", "history"],
)
def test_no_row_of_the_record_can_be_deleted(raw, table):
    before = raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert before > 0
    refused(raw, f"DELETE FROM {table}")
    assert raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == before


@pytest.mark.parametrize(
    "assignment",
    ["value = 1", "quote = 'rewritten'", "low = 0", "as_of = '2020'", "since = '2000-01-01'"],
)
def test_what_a_claim_states_cannot_be_updated(raw, assignment):
    message = refused(raw, f"UPDATE claims SET {assignment} WHERE id = 1")
    assert "never changes" in message


def test_a_claim_moves_place_only_when_its_place_is_merged(raw):
    refused(raw, "UPDATE claims SET location_id = (SELECT max(id) FROM locations) WHERE id = 1")
    refused(raw, "UPDATE claims SET source_id = (SELECT max(id) FROM sources) WHERE id = 1")


def test_a_retracted_claim_cannot_be_unretracted(raw):
    raw.execute(
        "UPDATE claims SET status = 'retracted', retracted_reason = 'x', retracted_at = 'now'"
        " WHERE id = 1"
    )
    raw.commit()
    assert "stays so" in refused(raw, "UPDATE claims SET status = 'active' WHERE id = 1")
    refused(raw, "UPDATE claims SET retracted_reason = 'changed' WHERE id = 1")


def test_citations_and_documents_cannot_be_rewritten(raw):
    refused(raw, "UPDATE citations SET claim_id = 2 WHERE id = 1")
    refused(raw, "UPDATE documents SET url = 'https://elsewhere.test' WHERE id = 1")


def test_a_finding_cannot_be_rewritten_and_a_review_moves_forward(raw):
    refused(raw, "UPDATE discrepancies SET ratio = 1 WHERE id = 1")
    refused(raw, "UPDATE discrepancies SET explanation = 'nothing' WHERE id = 1")
    raw.execute("UPDATE discrepancies SET status = 'resolved', note = 'checked' WHERE id = 1")
    raw.commit()
    assert "moves forward" in refused(raw, "UPDATE discrepancies SET status = 'open' WHERE id = 1")


def test_history_is_append_only(raw):
    refused(raw, "UPDATE history SET detail = '{}'")


def test_every_review_is_kept_with_its_note(seeded_review):
    client, auth, db = seeded_review
    for status, note in (("explained", "different dates"), ("resolved", "OCHA confirmed")):
        answer = client.patch(
            "/discrepancies/1", json={"status": status, "note": note}, headers=auth
        )
        assert answer.status_code == 200
    notes = [
        row[0]
        for row in db.execute(
            "SELECT json_extract(detail, '$.note') FROM history WHERE action = 'review'"
            " AND table_name = 'discrepancies' AND row_id = 1 ORDER BY id"
        ).fetchall()
    ]
    assert notes == ["different dates", "OCHA confirmed"]
    back = client.patch("/discrepancies/1", json={"status": "open"}, headers=auth)
    assert back.status_code == 409 and "status" in back.json["errors"]


@pytest.fixture
def seeded_review(app, client, auth, db):
    with app.app_context():
        load_demo(db, Settings())
    return client, auth, db
