"""The Flask app factory: configuration, thin HTTP routes, problem+json errors, CLI verbs."""

import base64
import json
import os
import re
import sqlite3
from datetime import date
from functools import partial, wraps

import click
from flask import Flask, Response, g, jsonify, request, send_from_directory
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import IntegerConverter

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import interchange, places
from db import metrics as metric_store
from db.connection import connect, write_transaction
from db.demo import load_demo
from db.ingest import BatchInvalid, recheck_location, recheck_source, store_claims
from db.migrations import migrate
from db.tokens import create_token, revoke_token, token_name
from figures.errors import FiguresError
from figures.extract import extract_candidates
from figures.metrics import Metric
from figures.reconcile import reconcile
from figures.settings import Settings
from schemas import claims as claim_schemas
from schemas import resources
from schemas.openapi import DOCS_HTML, DOCS_INIT_JS, build_spec

PROBLEM = "application/problem+json"
ROW_ID_MAX = 2**63 - 1
RETRY_AFTER_SECONDS = 1


class RowId(IntegerConverter):
    """`<int:...>` in a route is a SQLite row id: a larger number is a 404, not an overflow."""

    def to_python(self, value: str) -> int:
        number = super().to_python(value)
        if number > ROW_ID_MAX:
            raise NotFound(f"No such id: ids are at most {ROW_ID_MAX}.")
        return number


class Problem(Exception):
    """An error answer: status, title, detail and per-field messages."""

    def __init__(self, status: int, title: str, detail: str = "", errors: dict | None = None):
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.errors = status, title, detail, errors or {}


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        DATABASE=os.path.join(app.instance_path, "figures.db"),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        MAX_BATCH=5000,
        REL_TOL=0.10,
        WINDOW_DAYS=31,
        HOUSEHOLD_SIZE_MIN=4.0,
        HOUSEHOLD_SIZE_MAX=7.0,
        BUSY_TIMEOUT_MS=10_000,
    )
    if test_config is None:
        app.config.from_prefixed_env("FIGURES")
    else:
        app.config.from_mapping(test_config)
    os.makedirs(os.path.dirname(os.path.abspath(app.config["DATABASE"])), exist_ok=True)
    app.teardown_appcontext(_close_db)
    _register_errors(app)
    app.url_map.converters["int"] = RowId
    _register_routes(app)
    _register_cli(app)
    app.after_request(_security_headers)
    return app


def get_db():
    if "db" not in g:
        from flask import current_app

        g.db = connect(current_app.config["DATABASE"], current_app.config["BUSY_TIMEOUT_MS"])
        if not current_app.testing:
            _keep_open(current_app.config["DATABASE"])
    return g.db


_ANCHORS: dict[tuple[int, str], sqlite3.Connection] = {}


def _keep_open(path: str) -> None:
    """One idle connection per process keeps the file open. SQLite checkpoints and deletes the
    WAL when a file's last connection closes, so without it every request's close, and the next
    write's new WAL, cost about 30 ms (docs/performance.md). Not under tests (one per test)."""
    key = (os.getpid(), os.path.abspath(path))
    if key not in _ANCHORS:
        anchor = sqlite3.connect(path, check_same_thread=False)
        anchor.execute("SELECT count(*) FROM sqlite_master").fetchall()  # no snapshot kept
        _ANCHORS[key] = anchor


def _close_db(_exception=None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def settings() -> Settings:
    from flask import current_app

    c = current_app.config
    return Settings(
        rel_tol=float(c["REL_TOL"]),
        window_days=int(c["WINDOW_DAYS"]),
        household_size=(float(c["HOUSEHOLD_SIZE_MIN"]), float(c["HOUSEHOLD_SIZE_MAX"])),
    )


# --- errors -------------------------------------------------------------------------------


def problem_response(status: int, title: str, detail: str = "", errors=None, headers=None):
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail or title,
        "errors": errors or {},
    }
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _register_errors(app: Flask) -> None:
    @app.errorhandler(Problem)
    def _problem(error: Problem):
        return problem_response(error.status, error.title, error.detail, error.errors)

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        detail = error.description or error.name
        if error.code == 413:
            limit = app.config["MAX_CONTENT_LENGTH"]
            detail = f"Request body is larger than the limit of {limit} bytes."
        culprit = {404: "path", 405: "method", 413: "body"}.get(error.code)
        errors = {culprit: [detail]} if culprit else {}
        return problem_response(error.code or 500, error.name, detail, errors, headers)

    @app.errorhandler(sqlite3.OperationalError)
    def _busy(error: sqlite3.OperationalError):
        """Still locked after the busy timeout: 503, retry later (the transaction rolled back)."""
        if not getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise error
        seconds = app.config["BUSY_TIMEOUT_MS"] / 1000
        return problem_response(
            503,
            "Service Unavailable",
            f"The database stayed busy for {seconds:g} s; nothing was written. Retry shortly.",
            {},
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        )


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Cache-Control", "no-store")
    if request.path.startswith("/docs"):
        csp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
    else:
        csp = "default-src 'none'; frame-ancestors 'none'"
    response.headers.setdefault("Content-Security-Policy", csp)
    return response


# --- request helpers ----------------------------------------------------------------------


def json_body():
    """The parsed JSON body, or 415 / 400 problems before anything is written."""
    if not request.is_json:
        raise Problem(
            415,
            "Unsupported Media Type",
            "Send the body as application/json.",
            {"body": ["Content-Type must be application/json."]},
        )
    raw = request.get_data(cache=True)
    try:
        body = json.loads(raw, parse_constant=_refuse_constant)
    except ValueError as error:
        raise Problem(
            400, "Malformed JSON", f"The body is not valid JSON: {error}", {"body": [str(error)]}
        ) from None
    except RecursionError:
        raise Problem(
            400,
            "Malformed JSON",
            "The body is nested too deeply.",
            {"body": ["Nested too deeply."]},
        ) from None
    _refuse_unstorable_text(body)
    return body


# "\ud800" is a legal JSON escape but no Unicode text (UTF-8 cannot encode it, so SQLite cannot
# store it); NUL ends strings in C tools that read the file. Anything else is kept verbatim.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def _refuse_unstorable_text(body) -> None:
    """422 naming the first string (or key) with a lone surrogate or a NUL character."""
    stack = [((), body)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*path, str(k)), k) for k in value] + [
                ((*path, str(k)), v) for k, v in value.items()
            ]
        elif isinstance(value, list):
            stack += [((*path, str(i)), v) for i, v in enumerate(value)]
        elif isinstance(value, str) and (found := _UNSTORABLE.search(value)):
            char = found.group()
            what = "a NUL character" if char == "\x00" else "a lone surrogate"
            message = f"Contains {what} (\\u{ord(char):04x}): not storable text."
            errors = [message]
            for key in reversed(path or ("body",)):
                errors = {key: errors}
            raise Problem(422, "Unprocessable Content", message, errors)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a valid JSON number")


def load(schema, data, many=False):
    """Validate with a schema; 422 naming each field."""
    if not many and not isinstance(data, dict):
        raise Problem(
            422,
            "Unprocessable Content",
            "The body must be a JSON object.",
            {"body": ["Must be a JSON object."]},
        )
    try:
        return schema.load(data)
    except ValidationError as error:
        raise Problem(
            422,
            "Unprocessable Content",
            "The request has invalid fields.",
            error.normalized_messages(),
        ) from None


def query(schema_class):
    try:
        return schema_class().load(request.args.to_dict())
    except ValidationError as error:
        raise Problem(
            400, "Bad Request", "Invalid query parameters.", error.normalized_messages()
        ) from None


def encode_cursor(*parts) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode()


def decode_cursor(text: str | None, shape: tuple) -> tuple | None:
    if text is None:
        return None
    try:
        parts = json.loads(base64.urlsafe_b64decode(text.encode()))
        if len(parts) != len(shape) or not all(
            isinstance(p, t) for p, t in zip(parts, shape, strict=True)
        ):
            raise ValueError
        return tuple(parts)
    except (ValueError, TypeError, UnicodeDecodeError):
        raise Problem(
            400, "Bad Request", "Invalid cursor.", {"cursor": ["Not a cursor this API issued."]}
        ) from None


def domain_error(error: FiguresError, status: int = 422) -> Problem:
    return Problem(status, "Unprocessable Content", error.message, {error.field: [error.message]})


def write_access(view):
    """Writes need a live bearer token: 401 without one, 403 for unknown or revoked."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if not header:
            raise Problem(
                401,
                "Unauthorized",
                "Writes need Authorization: Bearer <token>.",
                {"Authorization": ["Missing bearer token."]},
            )
        if scheme.lower() != "bearer" or not token.strip():
            raise Problem(
                401,
                "Unauthorized",
                "Use Authorization: Bearer <token>.",
                {"Authorization": ["Malformed bearer token."]},
            )
        name = token_name(get_db(), token.strip())
        if name is None:
            raise Problem(
                403,
                "Forbidden",
                "Unknown or revoked token.",
                {"Authorization": ["Unknown or revoked token."]},
            )
        g.token_name = name
        return view(*args, **kwargs)

    wrapped.needs_token = True
    return wrapped


def resolve(kind, ref: str, field: str) -> int:
    try:
        return places.resolve_id(get_db(), kind, ref, field)
    except FiguresError as error:
        raise domain_error(error, 404) from None


def metric_id(slug: str, field: str = "metric") -> int:
    ids = metric_store.metric_ids(get_db())
    if slug not in ids:
        known = ", ".join(sorted(ids))
        raise Problem(
            422,
            "Unprocessable Content",
            f"Unknown metric {slug!r}.",
            {field: [f"Unknown metric {slug!r}; known: {known}"]},
        )
    return ids[slug]


def claim_filters(args: dict) -> dict:
    """GET /claims query arguments as storage filters: names resolved to ids."""
    filters = {"status": args.get("status"), "from": args.get("from_"), "to": args.get("to")}
    if "metric" in args:
        filters["metric_id"] = metric_id(args["metric"])
    if "location" in args:
        filters["location_id"] = resolve(places.LOCATIONS, args["location"], "location")
    if "source" in args:
        filters["source_id"] = resolve(places.SOURCES, args["source"], "source")
    return filters


def discrepancy_filters(args: dict) -> dict:
    """GET /discrepancies query arguments as storage filters."""
    filters = {k: args.get(k) for k in ("kind", "status", "min_ratio")}
    if "metric" in args:
        filters["metric_id"] = metric_id(args["metric"])
    if "location" in args:
        filters["location_id"] = resolve(places.LOCATIONS, args["location"], "location")
    return filters


def page_of(items: list, limit: int, cursor_of) -> dict:
    """{"items", "next"} from limit + 1 fetched rows."""
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next": cursor_of(items[-1]) if more and items else None}


# --- routes -------------------------------------------------------------------------------


def _register_routes(app: Flask) -> None:
    """Thin handlers: parse with a schema, call storage and the domain, dump with a schema."""
    claim_in = claim_schemas.ClaimIn()
    claims_in = claim_schemas.ClaimIn(many=True)
    # Claims and discrepancies leave storage already in their documented shape (ClaimOut,
    # DiscrepancyOut; tests/test_contract.py holds them equal): re-dumping them through
    # marshmallow cost three quarters of a list request.

    @app.get("/health")
    def health():
        db = get_db()
        ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        return jsonify({"status": "ok" if ok else "degraded", "database": ok, "claims": claims})

    @app.get("/ping")
    def ping():
        """A trivial answer without the database: the floor `make bench` compares routes to."""
        return jsonify({"ok": True})

    @app.post("/claims")
    @write_access
    def post_claims_view():
        body = json_body()
        batch = isinstance(body, list)
        if batch:
            if not body:
                raise Problem(
                    422,
                    "Unprocessable Content",
                    "The batch is empty.",
                    {"body": ["Send at least one claim."]},
                )
            limit = app.config["MAX_BATCH"]
            if len(body) > limit:
                raise Problem(
                    413,
                    "Content Too Large",
                    f"A batch holds at most {limit} claims; this one has {len(body)}.",
                    {"body": [f"At most {limit} claims per batch."]},
                )
            items = _load_batch(claims_in, body)
        else:
            items = [load(claim_in, body)]
        db = get_db()
        try:
            with write_transaction(db):
                result = store_claims(db, items, g.token_name, settings())
        except BatchInvalid as error:
            errors = error.errors if batch else error.errors[0]
            raise Problem(422, "Unprocessable Content", "Nothing was stored.", errors) from None
        stored = claim_store.served(db, result.claim_ids)
        found = discrepancy_store.served(db, discrepancy_store.by_ids(db, result.discrepancy_ids))
        body = {
            "discrepancies": found,
            "warnings": result.warnings,
        }
        body.update({"claims": stored} if batch else {"claim": stored[0]})
        return jsonify(body), 201 if any(result.created) else 200

    @app.get("/claims")
    def list_claims():
        args = query(resources.ClaimsQuery)
        filters = claim_filters(args)
        (after,) = decode_cursor(args.get("cursor"), (int,)) or (0,)
        db = get_db()
        ids = claim_store.page(db, filters, after, args["limit"] + 1)
        page = page_of(ids, args["limit"], encode_cursor)
        page["items"] = claim_store.served(db, page["items"])
        return jsonify(page)

    @app.get("/claims/<int:claim_id>")
    def get_claim(claim_id):
        db = get_db()
        found = claim_store.served(db, [claim_id])
        if not found:
            raise Problem(404, "Not Found", f"No claim {claim_id}.", {"id": ["No such claim."]})
        body = found[0]
        rows = discrepancy_store.for_claims(db, [claim_id])
        body["discrepancies"] = discrepancy_store.served(db, rows)
        return jsonify(body)

    @app.post("/claims/<int:claim_id>/retract")
    @write_access
    def retract_claim(claim_id):
        args = load(claim_schemas.Retraction(), json_body())
        db = get_db()
        with write_transaction(db):
            if not claim_store.served(db, [claim_id]):
                raise Problem(404, "Not Found", f"No claim {claim_id}.", {"id": ["No such claim."]})
            if not claim_store.retract(db, claim_id, args["reason"], g.token_name):
                raise Problem(
                    409,
                    "Conflict",
                    f"Claim {claim_id} is already retracted.",
                    {"id": ["Already retracted."]},
                )
            closed = discrepancy_store.close_for_claim(db, claim_id, g.token_name)
        body = claim_store.served(db, [claim_id])[0]
        body["closed_discrepancies"] = closed
        return jsonify(body)

    @app.get("/metrics")
    def list_metrics():
        metrics = metric_store.all_metrics(get_db()).values()
        return jsonify({"items": resources.MetricOut(many=True).dump(metrics), "next": None})

    @app.post("/metrics")
    @write_access
    def create_metric():
        args = load(resources.MetricIn(), json_body())
        db = get_db()
        try:
            with write_transaction(db):
                metric = metric_store.create(db, Metric(**args), g.token_name)
        except FiguresError as error:
            status = 409 if error.field == "slug" else 422
            raise domain_error(error, status) from None
        return jsonify(resources.MetricOut().dump(metric)), 201

    def _listing(kind, out_schema):
        args = query(resources.PageQuery)
        (after,) = decode_cursor(args.get("cursor"), (int,)) or (0,)
        rows = places.listing(get_db(), kind, after, args["limit"] + 1)
        page = page_of(rows, args["limit"], lambda row: encode_cursor(row["id"]))
        page["items"] = out_schema.dump(page["items"], many=True)
        return jsonify(page)

    @app.get("/locations")
    def list_locations():
        return _listing(places.LOCATIONS, resources.LocationOut())

    @app.get("/sources")
    def list_sources():
        return _listing(places.SOURCES, resources.SourceOut())

    def _one(kind, row_id, out_schema):
        rows = [r for r in places.listing(get_db(), kind, row_id - 1, 1) if r["id"] == row_id]
        if not rows:
            raise Problem(
                404, "Not Found", f"No {kind.label} {row_id}.", {"id": [f"No such {kind.label}."]}
            )
        return out_schema.dump(rows[0])

    @app.post("/locations")
    @write_access
    def create_location():
        args = load(resources.LocationIn(), json_body())
        db = get_db()
        with write_transaction(db):
            existing = places.find(db, places.LOCATIONS, args["name"])
            if existing is not None:
                raise Problem(
                    409,
                    "Conflict",
                    f"{args['name']!r} is already place {existing}.",
                    {"name": [f"Already known as place {existing}; PATCH it."]},
                )
            extra = _location_fields(db, args, None)
            location_id, warnings, _ = places.resolve_or_create(
                db, places.LOCATIONS, args["name"], g.token_name, extra
            )
        body = _one(places.LOCATIONS, location_id, resources.LocationOut())
        return jsonify({"location": body, "warnings": warnings}), 201

    @app.patch("/locations/<int:location_id>")
    @write_access
    def patch_location(location_id):
        args = load(resources.LocationPatch(), json_body())
        db = get_db()
        _one(places.LOCATIONS, location_id, resources.LocationOut())
        with write_transaction(db):
            changes = _location_fields(db, args, location_id)
            places.describe(db, location_id, changes, g.token_name)
            if "part_of" in changes:
                recheck_location(db, location_id, g.token_name, settings())
        return jsonify(_one(places.LOCATIONS, location_id, resources.LocationOut()))

    def _location_fields(db, args, location_id) -> dict:
        fields = {k: args[k] for k in ("pcode", "household_size") if k in args}
        if "pcode" in fields:
            owner = places.find_by_pcode(db, fields["pcode"])
            if owner is not None and owner != location_id:
                raise Problem(
                    409,
                    "Conflict",
                    f"p-code {fields['pcode']!r} is place {owner}.",
                    {"pcode": [f"Already used by place {owner}."]},
                )
        if "part_of" in args:
            ref = args["part_of"]
            if isinstance(ref, bool) or not isinstance(ref, int | str):
                raise Problem(
                    422,
                    "Unprocessable Content",
                    "part_of is a place's id or name.",
                    {"part_of": ["Must be a place's id (integer) or name (string)."]},
                )
            try:
                parent = places.resolve_id(db, places.LOCATIONS, ref, "part_of")
            except FiguresError as error:
                raise domain_error(error) from None
            if location_id is not None and location_id in places.enclosing(db, parent):
                raise Problem(
                    422,
                    "Unprocessable Content",
                    "A place cannot enclose itself.",
                    {"part_of": ["That would make a cycle of enclosing places."]},
                )
            fields["part_of"] = parent
        return fields

    def _alias(kind, row_id, recheck):
        args = load(resources.AliasIn(), json_body())
        db = get_db()
        _one(kind, row_id, resources.LocationOut())
        with write_transaction(db):
            merged = places.add_alias(db, kind, row_id, args["name"], g.token_name)
            found = recheck(db, row_id, g.token_name, settings()) if merged else []
        return jsonify(
            {
                "id": row_id,
                "merged": merged,
                "discrepancies": found,
                "aliases": _one(kind, row_id, resources.SourceOut())["aliases"],
            }
        ), 201

    @app.post("/locations/<int:location_id>/aliases")
    @write_access
    def alias_location(location_id):
        return _alias(places.LOCATIONS, location_id, recheck_location)

    @app.post("/sources/<int:source_id>/aliases")
    @write_access
    def alias_source(source_id):
        return _alias(places.SOURCES, source_id, recheck_source)

    @app.get("/discrepancies")
    def list_discrepancies():
        args = query(resources.DiscrepanciesQuery)
        filters = discrepancy_filters(args)
        cursor = decode_cursor(args.get("cursor"), (float, int))
        db = get_db()
        rows = discrepancy_store.page(db, filters, cursor, args["limit"] + 1)
        page = page_of(rows, args["limit"], lambda row: encode_cursor(row["ratio"], row["id"]))
        page["items"] = discrepancy_store.served(db, page["items"])
        return jsonify(page)

    def _discrepancy(discrepancy_id):
        row = discrepancy_store.get(get_db(), discrepancy_id)
        if row is None:
            raise Problem(
                404,
                "Not Found",
                f"No discrepancy {discrepancy_id}.",
                {"id": ["No such discrepancy."]},
            )
        return discrepancy_store.served(get_db(), [row])[0]

    @app.get("/discrepancies/<int:discrepancy_id>")
    def get_discrepancy(discrepancy_id):
        return jsonify(_discrepancy(discrepancy_id))

    @app.patch("/discrepancies/<int:discrepancy_id>")
    @write_access
    def review_discrepancy(discrepancy_id):
        args = load(resources.Review(), json_body())
        db = get_db()
        _discrepancy(discrepancy_id)
        with write_transaction(db):
            discrepancy_store.review(
                db, discrepancy_id, args["status"], args.get("note"), g.token_name
            )
        return jsonify(_discrepancy(discrepancy_id))

    @app.get("/reconciliation")
    def reconciliation():
        args = query(resources.ReconciliationQuery)
        db = get_db()
        metrics = metric_store.all_metrics(db)
        wanted = metric_id(args["metric"])
        location = resolve(places.LOCATIONS, args["location"], "location")
        rows = claim_store.of_metric_at(db, wanted, location)
        claims = [claim_store.to_domain(r) for r in rows]
        found = discrepancy_store.for_claims(db, [c.id for c in claims])
        body = reconcile(claims, metrics[args["metric"]], found, settings().window_days)
        body["location"] = {
            "id": location,
            "name": rows[0]["location_name"]
            if rows
            else places.listing(db, places.LOCATIONS, location - 1, 1)[0]["name"],
        }
        return jsonify(body)

    @app.get("/reconciliation/chart")
    def reconciliation_chart():
        args = query(resources.ChartQuery)
        db = get_db()
        wanted = metric_id(args["metric"])
        location = resolve(places.LOCATIONS, args["location"], "location")
        rows = claim_store.of_metric_at(db, wanted, location)
        claims = [claim_store.to_domain(r) for r in rows]
        found = discrepancy_store.for_claims(db, [c.id for c in claims])
        metric = metric_store.all_metrics(db)[args["metric"]]
        picture = reconcile(claims, metric, found, settings().window_days)
        title = f"{metric.label} at {rows[0]['location_name'] if rows else location}"
        image = render_chart(claims, picture, found, title, args["format"])
        mimetype = "image/svg+xml" if args["format"] == "svg" else "image/png"
        return Response(image, mimetype=mimetype)

    def _export(text_of, filename: str, fmt: str, filters: dict) -> Response:
        """A streamed CSV file, read on its own connection (the request's closes before the
        last row is sent)."""
        path, timeout = app.config["DATABASE"], app.config["BUSY_TIMEOUT_MS"]

        def chunks():
            db = connect(path, timeout)
            try:
                yield from text_of(db, fmt, filters)
            finally:
                db.close()

        response = Response(chunks(), mimetype="text/csv")
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    export_claims_query = partial(resources.ClaimsQuery, exclude=("limit", "cursor"))
    export_discrepancies_query = partial(resources.DiscrepanciesQuery, exclude=("limit", "cursor"))

    @app.get("/export/claims.csv", defaults={"fmt": "csv"})
    @app.get("/export/claims.hxl.csv", defaults={"fmt": "hxl"})
    def export_claims(fmt):
        args = query(export_claims_query)
        filters = claim_filters(args)
        name = "claims.hxl.csv" if fmt == "hxl" else "claims.csv"
        return _export(interchange.claims_text, name, fmt, filters)

    @app.get("/export/discrepancies.csv", defaults={"fmt": "csv"})
    @app.get("/export/discrepancies.hxl.csv", defaults={"fmt": "hxl"})
    def export_discrepancies(fmt):
        args = query(export_discrepancies_query)
        filters = discrepancy_filters(args)
        name = "discrepancies.hxl.csv" if fmt == "hxl" else "discrepancies.csv"
        return _export(interchange.discrepancies_text, name, fmt, filters)

    @app.post("/extract")
    @write_access
    def extract():
        args = load(resources.ExtractIn(), json_body())
        return jsonify({"candidates": extract_candidates(**args)})

    @app.get("/openapi.json")
    def openapi():
        return jsonify(build_spec(app))

    @app.get("/docs")
    def docs():
        return Response(DOCS_HTML, mimetype="text/html")

    @app.get("/docs/init.js")
    def docs_init():
        return Response(DOCS_INIT_JS, mimetype="text/javascript")

    @app.get("/docs/assets/<path:name>")
    def docs_assets(name):
        import swagger_ui_bundle

        return send_from_directory(swagger_ui_bundle.swagger_ui_path, name)


def render_chart(claims, picture: dict, discrepancies: list[dict], title: str, fmt: str) -> bytes:
    """The chart; names in characters the font lacks are drawn as boxes (SVG keeps the text)."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        return _draw_chart(claims, picture, discrepancies, title, fmt)


def _draw_chart(claims, picture: dict, discrepancies: list[dict], title: str, fmt: str) -> bytes:
    """Each claim as its interval over time, coloured by source; conflicts marked in red."""
    import io
    from datetime import timedelta

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.dates import date2num

    pyplot.rcParams["svg.fonttype"] = "none"
    figure, axes = pyplot.subplots(figsize=(9, 4.5), dpi=100)
    try:
        dated = [c for c in claims if c.as_of is not None and c.status == "active"]
        top = max([c.high or c.low for c in dated] + [1]) * 1.15
        for window in picture["windows"]:
            start, end = (date2num(date.fromisoformat(window[k])) for k in ("start", "end"))
            if window["agreed"]:
                high = window["agreed"]["high"] or top
                axes.fill_between(
                    [start - 1, end + 1],
                    window["agreed"]["low"],
                    high,
                    color="#2ca02c",
                    alpha=0.15,
                    label="agreed range",
                )
        disputed = {
            i for d in discrepancies if d["status"] == "open" for i in (d["claim_a"], d["claim_b"])
        }
        palette = pyplot.get_cmap("tab10")
        colours = {}
        for claim in dated:
            colour = colours.setdefault(claim.source_name, palette(len(colours) % 10))
            start = date2num(claim.as_of.start)
            width = max(date2num(claim.as_of.end + timedelta(days=1)) - start, 1.0)
            high = claim.high if claim.high is not None else top
            axes.bar(
                start,
                high - claim.low,
                width=width,
                bottom=claim.low,
                align="edge",
                color=colour,
                alpha=0.55,
                edgecolor="red" if claim.id in disputed else colour,
                linewidth=2.5 if claim.id in disputed else 0.5,
                label=claim.source_name,
            )
            axes.plot(
                start + width / 2,
                claim.best,
                marker="x" if claim.id in disputed else "o",
                color="red" if claim.id in disputed else "black",
            )
        handles, labels = axes.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        if dated:
            axes.legend(unique.values(), unique.keys(), loc="upper left", fontsize=8)
        axes.set_title(title + (" (red: in conflict)" if disputed else ""))
        axes.set_ylabel(picture["unit"])
        axes.set_ylim(0, top)
        axes.xaxis_date()
        figure.autofmt_xdate()
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, bbox_inches="tight")
        return buffer.getvalue()
    finally:
        pyplot.close(figure)


def _load_batch(schema, body: list) -> list[dict]:
    """Validate every item, collecting errors by index; nothing is written if any fails."""
    items, errors = [], {}
    single = claim_schemas.ClaimIn()
    for index, item in enumerate(body):
        if not isinstance(item, dict):
            errors[index] = {"_schema": ["Each claim must be a JSON object."]}
            continue
        try:
            items.append(single.load(item))
        except ValidationError as error:
            errors[index] = error.normalized_messages()
    if errors:
        raise Problem(422, "Unprocessable Content", "Nothing was stored.", errors)
    return items


def claim_row_validator():
    """The check of one imported row (db.interchange): ClaimIn, its messages per field."""
    schema = claim_schemas.ClaimIn()

    def validate(item: dict) -> dict:
        try:
            return schema.load(item)
        except ValidationError as error:
            raise interchange.RowInvalid(error.normalized_messages()) from None

    return validate


# --- CLI ----------------------------------------------------------------------------------


def datasette_command(path: str, port: int) -> list[str]:
    """Datasette on the live file, read-only, with our metadata when it exists."""
    import sys

    command = [
        os.path.join(os.path.dirname(sys.executable), "datasette"),
        "serve",
        path,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        # Suggesting facets probes every column (50 ms each): seconds per page at 200k claims.
        "--setting",
        "suggest_facets",
        "off",
    ]
    metadata = os.path.join(os.path.dirname(__file__), "db", "metadata.yml")
    if os.path.exists(metadata):
        command += ["--metadata", metadata]
    # Always: the plugin keeps token hashes out of custom SQL; Datasette refuses a missing dir.
    command += ["--plugins-dir", os.path.join(os.path.dirname(__file__), "db", "datasette_plugins")]
    return command


def _register_cli(app: Flask) -> None:
    @app.cli.command("init-db")
    def init_db_command():
        """Create or migrate the database (idempotent) and add the built-in metrics."""
        db = get_db()
        migrate(db)
        with write_transaction(db):
            metric_store.seed_builtin(db)
        click.echo(f"Initialized {app.config['DATABASE']}")

    @app.cli.command("load-demo")
    def load_demo_command():
        """Load the seed article's figures (runs init-db first)."""
        db = get_db()
        migrate(db)
        with write_transaction(db):
            metric_store.seed_builtin(db)
        result = load_demo(db, settings())
        click.echo(
            f"Loaded {len(result.claim_ids)} claims "
            f"({sum(result.created)} new), {len(result.discrepancy_ids)} discrepancies"
        )

    @app.cli.command("create-token")
    @click.argument("name")
    def create_token_command(name):
        """Print a new write token for NAME (only its hash is stored)."""
        db = get_db()
        migrate(db)
        if db.execute("SELECT 1 FROM tokens WHERE name = ?", [name]).fetchone():
            raise click.ClickException(f"a token named {name!r} already exists")
        click.echo(create_token(db, name))

    @app.cli.command("serve")
    @click.option("--api-port", default=5000, show_default=True)
    @click.option("--datasette-port", default=8001, show_default=True)
    @click.option("--workers", default=2, show_default=True)
    def serve_command(api_port, datasette_port, workers):
        """Create the database with the seed's figures, start the API and Datasette."""
        import secrets
        import subprocess
        import sys

        db = get_db()
        migrate(db)
        with write_transaction(db):
            metric_store.seed_builtin(db)
        load_demo(db, settings())
        with write_transaction(db):
            db.execute(
                "INSERT INTO settings (key, value) VALUES ('api_base_url', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [f"http://127.0.0.1:{api_port}"],
            )
        token = create_token(db, f"make-run-{secrets.token_hex(4)}")
        path = app.config["DATABASE"]
        bin_dir = os.path.dirname(sys.executable)
        env = {**os.environ, "FIGURES_DATABASE": path}
        api = subprocess.Popen(
            [
                os.path.join(bin_dir, "gunicorn"),
                "-w",
                str(workers),
                "-b",
                f"127.0.0.1:{api_port}",
                "app:create_app()",
            ],
            env=env,
        )
        datasette = subprocess.Popen(datasette_command(path, datasette_port), env=env)
        click.echo(f"API:       http://127.0.0.1:{api_port}/  (docs at /docs)")
        click.echo(f"Datasette: http://127.0.0.1:{datasette_port}/")
        click.echo(f"Database:  {path}")
        click.echo(f"Write token: {token}")
        try:
            api.wait()
        except KeyboardInterrupt:
            pass
        finally:
            for process in (api, datasette):
                process.terminate()
                process.wait(timeout=10)

    @app.cli.command("extract")
    @click.argument("path", type=click.File("r", encoding="utf-8"))
    @click.option("--published-on", help="the report's publication date (YYYY-MM-DD)")
    @click.option("--url")
    @click.option("--title")
    @click.option("--publisher")
    def extract_command(path, **document):
        """Print the candidate claims found in a report's text, as JSON (nothing is stored)."""
        document = {k: v for k, v in document.items() if v is not None}
        candidates = extract_candidates(path.read(), **document)
        click.echo(json.dumps({"candidates": candidates}, indent=2, ensure_ascii=False))

    @app.cli.command("revoke-token")
    @click.argument("name")
    def revoke_token_command(name):
        """Revoke the token called NAME; it is kept, marked revoked."""
        if not revoke_token(get_db(), name):
            raise click.ClickException(f"no live token named {name!r}")
        click.echo(f"Revoked {name}")

    def _export_to(export, fmt: str, output: str | None) -> None:
        import sys

        db = get_db()
        migrate(db)
        if output is None:
            export(db, sys.stdout, fmt)
            return
        with open(output, "w", newline="", encoding="utf-8") as out:
            export(db, out, fmt)
        click.echo(f"Wrote {output}", err=True)

    formats = click.Choice(interchange.FORMATS)
    output_option = click.option(
        "--output", type=click.Path(dir_okay=False), help="file to write (default: stdout)"
    )

    @app.cli.command("export-claims")
    @click.option("--format", "fmt", type=formats, default="csv", show_default=True)
    @output_option
    def export_claims_command(fmt, output):
        """Write every claim as CSV, or HXL (a hashtag row under the names), in id order."""
        _export_to(interchange.export_claims, fmt, output)

    @app.cli.command("export-discrepancies")
    @click.option("--format", "fmt", type=formats, default="csv", show_default=True)
    @output_option
    def export_discrepancies_command(fmt, output):
        """Write every discrepancy with both claims' sources and intervals, as CSV or HXL."""
        _export_to(interchange.export_discrepancies, fmt, output)

    @app.cli.command("import-claims")
    @click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
    @click.option(
        "--token-name",
        default="import-claims",
        show_default=True,
        help="the name the history records for these writes",
    )
    @click.option("--show", default=20, show_default=True, help="rejected rows to list")
    def import_claims_command(path, token_name, show):
        """Import a CSV or HXL file of claims, all or nothing; exit 1 listing rejected rows."""
        import sys

        db = get_db()
        migrate(db)
        with write_transaction(db):
            metric_store.seed_builtin(db)
        if path == "-":
            stream, close = sys.stdin, False
        else:
            stream, close = open(path, newline="", encoding="utf-8-sig"), True
        try:
            report = interchange.import_claims(
                db,
                interchange.read_claim_rows(stream),
                claim_row_validator(),
                settings(),
                token_name,
            )
        finally:
            if close:
                stream.close()
        click.echo(report.summary())
        for warning in report.warnings[:show]:
            click.echo(f"warning: {warning}")
        if report.ok:
            return
        for rejection in report.rejected[:show]:
            click.echo(f"row {rejection.row}, {rejection.field}: {rejection.reason}")
        if report.reasons > show:
            click.echo(f"... {report.reasons - show} more reasons")
        raise click.exceptions.Exit(1)
