"""The Flask app factory: configuration, the database, error handlers, blueprints and verbs."""

import os

from flask import Flask

from api import cli, database, logs
from api.claims import claims
from api.discrepancies import discrepancies
from api.errors import errors
from api.exports import exports
from api.http import RowId, security_headers
from api.imports import imports
from api.json_provider import OrjsonProvider
from api.meta import meta
from api.reconciliation import reconciliation
from api.ui import ui
from api.ui_session import check_secret_key
from api.vocabulary import vocabulary
from figures import settings

BLUEPRINTS = (errors, meta, claims, discrepancies, vocabulary, reconciliation, exports, imports, ui)


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        DATABASE=os.path.join(app.instance_path, "figures.db"),
        MAX_CONTENT_LENGTH=settings.MAX_CONTENT_LENGTH,
        MAX_BATCH=settings.MAX_BATCH,
        REL_TOL=settings.REL_TOL,
        WINDOW_DAYS=settings.WINDOW_DAYS,
        HOUSEHOLD_SIZE_MIN=settings.HOUSEHOLD_SIZE[0],
        HOUSEHOLD_SIZE_MAX=settings.HOUSEHOLD_SIZE[1],
        BUSY_TIMEOUT_MS=settings.BUSY_TIMEOUT_MS,
        REQUEST_BUDGET_SECONDS=settings.REQUEST_BUDGET_SECONDS,
        DIVERGENCE=settings.DIVERGENCE,
        MAX_DISCREPANCIES=settings.MAX_DISCREPANCIES,
        SECRET_KEY=None,  # FIGURES_SECRET_KEY: signs the pages' session cookie (api/ui_session)
        SESSION_COOKIE_SAMESITE="Lax",
    )
    if test_config is None:
        app.config.from_prefixed_env("FIGURES")
    else:
        app.config.from_mapping(test_config)
    check_secret_key(app)
    app.json = OrjsonProvider(app)
    database.init_app(app)
    app.url_map.converters["int"] = RowId
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.after_request(security_headers)
    logs.init_app(app)
    cli.init_app(app)
    return app
