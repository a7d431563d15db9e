"""Issue 5: writes only with a live token, tokens only as hashes, injection strings kept inert.

The write-path test walks `app.url_map`, so an endpoint added later without `write_access`
fails here without anyone remembering to list it.
"""

import hashlib
import re
from pathlib import Path

import pytest
from examples import AFP, OCHA

from db import tokens

WRITES = {"POST", "PATCH", "PUT", "DELETE"}


def rows(db) -> dict:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def database_bytes(app) -> bytes:
    path = Path(app.config["DATABASE"])
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


# --- tokens ---------------------------------------------------------------------------------


def test_tokens_are_stored_only_as_hashes(app, runner):
    issued = runner.invoke(args=["create-token", "analyst"]).output.strip()
    assert re.fullmatch(r"[A-Za-z0-9_-]{40,}", issued)
    stored = database_bytes(app)
    for token in (issued, app.config["TEST_TOKEN"]):
        assert token.encode() not in stored
        assert hashlib.sha256(token.encode()).hexdigest().encode() in stored


def test_token_digests_are_compared_in_constant_time(app, client, monkeypatch):
    calls = []
    real = tokens.hmac.compare_digest

    def recording(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", recording)
    token = app.config["TEST_TOKEN"]
    response = client.post("/claims", json=OCHA, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201
    digest = hashlib.sha256(token.encode()).hexdigest()
    assert calls == [(digest, digest)]


def test_revoke_token_through_the_cli(runner, client):
    token = runner.invoke(args=["create-token", "field-team"]).output.strip()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/claims", json=OCHA, headers=headers).status_code == 201
    result = runner.invoke(args=["revoke-token", "field-team"])
    assert result.exit_code == 0 and "Revoked field-team" in result.output
    refused = client.post("/claims", json=AFP, headers=headers)
    assert refused.status_code == 403
    assert refused.json["errors"]["Authorization"]
    again = runner.invoke(args=["revoke-token", "field-team"])
    assert again.exit_code != 0 and "no live token" in again.output


# --- every write path refuses a missing, malformed, unknown or revoked token ---------------


def write_rules(app) -> list:
    """The JSON API's write routes. The analyst pages under /ui/ write through a signed-in
    session with CSRF tokens instead; tests/test_ui.py checks that they refuse without."""
    return [
        (rule, method)
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith("/ui/")
        for method in sorted(rule.methods & WRITES)
    ]


def url_for_rule(rule) -> str:
    return re.sub(r"<(?:[^:<>]+:)?[^<>]+>", "1", rule.rule)


def test_there_are_write_rules_to_check(app):
    found = {(rule.rule, method) for rule, method in write_rules(app)}
    assert ("/claims", "POST") in found and (
        "/discrepancies/<int:discrepancy_id>",
        "PATCH",
    ) in found
    assert len(found) >= 8


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (None, 401),
        ("Basic dXNlcjpwYXNz", 401),
        ("Bearer", 401),
        ("Bearer ", 401),
        ("Token abc", 401),
        ("Bearer not-a-token-we-issued", 403),
        ("Bearer \u00e9\u00e8", 403),
        ("revoked", 403),
    ],
)
def test_every_write_path_refuses_without_a_live_token(
    app, client, post, db, runner, header, status
):
    assert post("/claims", [OCHA, AFP]).status_code == 201
    revoked = runner.invoke(args=["create-token", "gone"]).output.strip()
    runner.invoke(args=["revoke-token", "gone"])
    if header == "revoked":
        header = f"Bearer {revoked}"
    headers = {"Authorization": header} if header is not None else {}
    before = rows(db)
    checked = []
    for rule, method in write_rules(app):
        url = url_for_rule(rule)
        response = client.open(url, method=method, json={}, headers=headers)
        assert response.status_code == status, (method, url, response.status_code)
        assert response.mimetype == "application/problem+json"
        assert "Authorization" in response.json["errors"]
        checked.append((method, url))
    assert len(checked) >= 8
    assert rows(db) == before


# --- injection strings are data -------------------------------------------------------------

INJECTIONS = [
    "Robert'); DROP TABLE claims;--",
    '" OR 1=1 --',
    "1; UPDATE tokens SET revoked_at = NULL",
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "{{7*7}} ${7*7} %s %(x)s",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_are_stored_verbatim_everywhere(client, post, db, auth, text):
    metric = {"slug": "aid_trucks", "label": text, "unit": "truck", "kind": "flow"}
    assert post("/metrics", metric).status_code == 201
    body = {
        **OCHA,
        "quote": text,
        "source": text,
        "location": text,
        "reported_in": {"title": text, "publisher": text, "url": "https://x.test/?q=" + text},
    }
    other = {**body, "source": "Another " + text, "value": 300000, "stated_on": "2017-06-10"}
    created = post("/claims", [body, other])
    assert created.status_code == 201, created.json
    assert created.json["discrepancies"]
    claim = client.get(f"/claims/{created.json['claims'][0]['id']}")
    assert claim.mimetype == "application/json"
    served = claim.json
    assert served["quote"] == text
    assert served["source"]["name"] == text
    assert served["location"]["name"] == text
    assert served["citations"][0]["title"] == text
    assert served["citations"][0]["publisher"] == text
    labels = {m["slug"]: m["label"] for m in client.get("/metrics").json["items"]}
    assert labels["aid_trucks"] == text
    discrepancy = served["discrepancies"][0]["id"]
    review = client.patch(
        f"/discrepancies/{discrepancy}", json={"status": "explained", "note": text}, headers=auth
    )
    assert review.status_code == 200 and review.json["note"] == text
    assert client.get(f"/discrepancies/{discrepancy}").json["note"] == text
    assert client.get("/claims", query_string={"source": text}).json["items"][0]["quote"] == text
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"claims", "tokens", "history"} <= tables
    assert db.execute("SELECT count(*) FROM tokens WHERE revoked_at IS NULL").fetchone()[0] == 1


# --- headers, limits, methods ---------------------------------------------------------------

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/claims"),
        ("get", "/health"),
        ("get", "/openapi.json"),
        ("get", "/claims/999"),
        ("post", "/claims"),
        ("delete", "/claims"),
        ("get", "/nowhere"),
    ],
)
def test_security_headers_on_api_responses(client, method, path):
    response = getattr(client, method)(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_body_size_limit_is_413_naming_the_limit(app, client, auth):
    limit = app.config["MAX_CONTENT_LENGTH"]
    data = b'{"quote": "' + b"x" * limit + b'"}'
    response = client.post("/claims", data=data, headers=auth, content_type="application/json")
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert f"{limit} bytes" in response.json["detail"]
    assert f"{limit} bytes" in response.json["errors"]["body"][0]


def test_batch_size_limit_is_413(app, post, db):
    limit = app.config["MAX_BATCH"]
    response = post("/claims", [OCHA] * (limit + 1))
    assert response.status_code == 413
    assert f"at most {limit}" in response.json["detail"]
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_an_undeclared_method_is_405_with_allow(app, client):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(("/static", "/docs/assets")):
            continue
        url = url_for_rule(rule)
        unused = sorted({"PUT", "DELETE", "PATCH", "POST"} - rule.methods)
        allowed = {
            m
            for other in app.url_map.iter_rules()
            if url_for_rule(other) == url
            for m in other.methods
        }
        for method in unused:
            if method in allowed:
                continue
            response = client.open(url, method=method)
            assert response.status_code == 405, (method, url)
            assert response.mimetype == "application/problem+json"
            assert set(response.headers["Allow"].replace(" ", "").split(",")) == allowed


def test_the_document_declares_bearer_auth_and_the_shared_error_answers(client):
    document = client.get("/openapi.json").json
    assert document["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
    }
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            answers = operation["responses"]
            if method in ("post", "patch", "put", "delete"):
                assert operation["security"] == [{"bearer": []}], (method, path)
                for status in ("400", "401", "403", "413", "415", "422"):
                    problem = answers[status]["content"]["application/problem+json"]
                    assert problem["schema"] == {"$ref": "#/components/schemas/Problem"}
            else:
                assert "security" not in operation, (method, path)
    assert "405" in document["info"]["description"]
    assert "Allow" in document["info"]["description"]


def test_every_request_is_logged_with_its_token_name_never_the_token(client, auth):
    import logging

    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    logger = logging.getLogger("figures.requests")
    handler = Collect()
    logger.addHandler(handler)
    try:
        client.post("/claims", json=OCHA, headers=auth)
        client.get("/claims?limit=1")
    finally:
        logger.removeHandler(handler)
    assert lines[0].startswith("POST /claims 201 ") and lines[0].endswith("token=tester")
    assert lines[1].startswith("GET /claims 200 ") and lines[1].endswith("token=-")
    token = auth["Authorization"].split()[1]
    assert all(token not in line for line in lines)
