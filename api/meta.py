"""About the service itself: liveness, the floor for benchmarks, the OpenAPI document and docs."""

from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, send_from_directory

from api.database import get_db
from schemas.openapi import build_spec

meta = Blueprint("meta", __name__)

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Figures API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>
"""

DOCS_INIT_JS = """window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});"""


@meta.get("/health")
def health():
    db = get_db()
    ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    return jsonify({"status": "ok" if ok else "degraded", "database": ok, "claims": claims})


@meta.get("/ping")
def ping():
    """A trivial answer without the database: the floor `make bench` compares routes to."""
    return jsonify({"ok": True})


@meta.get("/openapi.json")
def openapi():
    return jsonify(build_spec(current_app))


@meta.get("/docs")
def docs():
    return Response(DOCS_HTML, mimetype="text/html")


@meta.get("/docs/init.js")
def docs_init():
    return Response(DOCS_INIT_JS, mimetype="text/javascript")


@meta.get("/docs/assets/<path:name>")
def docs_assets(name):
    """Swagger UI 5 (it renders OpenAPI 3.1), from the flask-swagger-ui package: no CDN."""
    import flask_swagger_ui

    return send_from_directory(Path(flask_swagger_ui.__file__).parent / "dist", name)
