"""Every `flask --app app` verb: each parses its arguments and calls one use case."""

import contextlib
import io
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from api.database import get_db, settings
from api.imports import claim_row_validator, counts, run_import, sniff, summary
from api.reconciliation import CHART_PATH
from api.worker import WORKER_CLASS
from db import dump, export, imports, writes
from db.demo import load_demo
from db.tokens import create_token, revoke_token
from figures.errors import FiguresError
from figures.extract import extract_candidates

verbs = AppGroup("figures", help="The project's verbs (each runs inside the app context).")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def init_database(api_base_url: str | None = None) -> None:
    """init_db with what the read models need to know of the edge: the chart's path and URL.
    The database's folder must exist: a mistyped path is an error, not a new folder."""
    folder = os.path.dirname(os.path.abspath(current_app.config["DATABASE"]))
    if not os.path.isdir(folder):
        raise click.ClickException(f"no folder {folder} for the database: create it first")
    instance = {"chart_path": CHART_PATH}
    if api_base_url is not None:
        instance["api_base_url"] = api_base_url
    writes.init_db(get_db(), instance)


def datasette_command(path: str, port: int, host: str = "127.0.0.1") -> list[str]:
    """Datasette on the live file, read-only, with our metadata when it exists."""
    command = [
        os.path.join(os.path.dirname(sys.executable), "datasette"),
        "serve",
        path,
        "--host",
        host,
        "--port",
        str(port),
        # Suggesting facets probes every column (50 ms each): seconds per page at 200k claims.
        "--setting",
        "suggest_facets",
        "off",
    ]
    metadata = os.path.join(ROOT, "db", "metadata.yml")
    if os.path.exists(metadata):
        command += ["--metadata", metadata_for(path, metadata)]
    # Always: the plugin keeps token hashes out of custom SQL; Datasette refuses a missing dir.
    command += ["--plugins-dir", os.path.join(ROOT, "db", "datasette_plugins")]
    return command


def metadata_for(path: str, metadata: str) -> str:
    """Our metadata describes the database "figures"; Datasette names a database after its file,
    so for any other name (instance/demo.db is "demo") a copy keyed by that name is written
    beside the database, and canned queries and descriptions work whatever the file is called."""
    name = os.path.splitext(os.path.basename(path))[0]
    if name == "figures":
        return metadata
    import yaml

    with open(metadata, encoding="utf-8") as source:
        described = yaml.safe_load(source)
    described["databases"] = {name: described["databases"]["figures"]}
    copy = os.path.join(os.path.dirname(os.path.abspath(path)), f"{name}.datasette.json")
    with open(copy, "w", encoding="utf-8") as out:
        json.dump(described, out, ensure_ascii=False, indent=1)
    return copy


@verbs.command("init-db")
def init_db_command():
    """Create or migrate the database (idempotent) and add the built-in metrics."""
    init_database()
    click.echo(f"Initialized {current_app.config['DATABASE']}")


@verbs.command("load-demo")
def load_demo_command():
    """Load the seed article's figures into an initialized database."""
    require_database()
    init_database()
    result = load_demo(get_db(), settings())
    click.echo(
        f"Loaded {len(result.claim_ids)} claims "
        f"({sum(result.created)} new), {len(result.discrepancy_ids)} discrepancies"
    )


@verbs.command("create-token")
@click.argument("name")
def create_token_command(name):
    """Print a new write token for NAME (only its hash is stored)."""
    require_database()
    init_database()
    try:
        click.echo(create_token(get_db(), name))
    except FiguresError as error:
        raise click.ClickException(error.message) from None


@verbs.command("revoke-token")
@click.argument("name")
def revoke_token_command(name):
    """Revoke the token called NAME; it is kept, marked revoked."""
    require_database()
    if not revoke_token(get_db(), name):
        raise click.ClickException(f"no live token named {name!r}")
    click.echo(f"Revoked {name}")


@verbs.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="the address to bind")
@click.option("--api-port", default=5000, show_default=True)
@click.option("--datasette-port", default=8001, show_default=True)
@click.option("--workers", default=2, show_default=True)
def serve_command(host, api_port, datasette_port, workers):
    """Start the API (gunicorn) and Datasette on an initialized database; print a new token."""
    path = require_database()
    for port in (api_port, datasette_port):
        _require_free(host, port)
    base = f"http://{host}:{api_port}"
    init_database(base)
    env = {"FIGURES_SECRET_KEY": secrets.token_hex(32), **os.environ, "FIGURES_DATABASE": path}
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    bind = f"{host}:{api_port}"
    api = subprocess.Popen(
        [gunicorn, "-w", str(workers), "-k", WORKER_CLASS, "-b", bind, "app:create_app()"], env=env
    )
    datasette = subprocess.Popen(datasette_command(path, datasette_port, host), env=env)
    try:
        _wait_until_up(f"{base}/ping", api, "the API")
        _wait_until_up(f"http://{host}:{datasette_port}/-/versions.json", datasette, "Datasette")
        token = create_token(get_db(), f"serve-{secrets.token_hex(4)}")
        click.echo(f"API:       {base}/  (docs at /docs)")
        click.echo(f"Datasette: http://{host}:{datasette_port}/")
        click.echo(f"Pages:     {base}/ui/")
        click.echo(f"Database:  {path}")
        click.echo(f"Write token: {token}")
        api.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for process in (api, datasette):
            process.terminate()
            process.wait(timeout=10)
    if api.returncode not in (0, -15):
        raise click.ClickException(f"the API stopped (exit {api.returncode})")


def require_database() -> str:
    """The configured database file, which must exist: only init-db creates one."""
    path = current_app.config["DATABASE"]
    if not os.path.isfile(path):
        raise click.ClickException(
            f"no database at {path}: create it with `flask --app app init-db`"
            " (or set FIGURES_DATABASE to an existing file)"
        )
    return path


def _require_free(host: str, port: int) -> None:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise click.ClickException(
                f"cannot listen on {host}:{port}: {error.strerror}"
            ) from None


def _wait_until_up(url: str, process: subprocess.Popen, what: str, seconds: float = 30) -> None:
    """Until URL answers; a server that dies during start-up is a clear error, not a banner."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise click.ClickException(
                f"{what} stopped during start-up (exit {process.returncode})"
            )
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise click.ClickException(f"{what} did not answer at {url} within {seconds:g} s")


@verbs.command("extract")
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


def _export_to(write, fmt: str, output: str | None) -> None:
    require_database()
    init_database()
    if output is None:
        write(get_db(), sys.stdout, fmt)
        return
    with open(output, "w", newline="", encoding="utf-8") as out:
        write(get_db(), out, fmt)
    click.echo(f"Wrote {output}", err=True)


_formats = click.Choice(export.FORMATS)
_output = click.option(
    "--output", type=click.Path(dir_okay=False), help="file to write (default: stdout)"
)


@verbs.command("export-claims")
@click.option("--format", "fmt", type=_formats, default="csv", show_default=True)
@_output
def export_claims_command(fmt, output):
    """Write every claim as CSV, or HXL (a hashtag row under the names), in id order."""
    _export_to(export.export_claims, fmt, output)


@verbs.command("export-discrepancies")
@click.option("--format", "fmt", type=_formats, default="csv", show_default=True)
@_output
def export_discrepancies_command(fmt, output):
    """Write every discrepancy with both claims' sources and intervals, as CSV or HXL."""
    _export_to(export.export_discrepancies, fmt, output)


@verbs.command("import-claims")
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
    require_database()
    init_database()
    stream = sys.stdin if path == "-" else open(path, newline="", encoding="utf-8-sig")
    try:
        rows = imports.read_claim_rows(stream)
        report = imports.import_claims(
            get_db(), rows, claim_row_validator(), settings(), token_name
        )
    finally:
        if stream is not sys.stdin:
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


@verbs.command("export-dump")
@_output
def export_dump_command(output):
    """Write everything as JSON Lines (one snapshot) that `import` restores without loss."""
    _export_to(lambda db, out, _: dump.export_dump(db, out), "dump", output)


PROGRESS_BYTES = 1_000_000  # a file this long gets a progress bar


@verbs.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--token-name", default="import", show_default=True, help="recorded in history")
@click.option("--show", default=20, show_default=True, help="refused rows to list")
def import_command(path, token_name, show):
    """Import a CSV, HXL or JSON Lines dump, all or nothing; exit 1 listing refused rows."""
    require_database()
    init_database()
    if path == "-":
        stream, size = io.StringIO(sys.stdin.read(), newline=""), 0
    else:
        stream, size = open(path, newline="", encoding="utf-8-sig"), os.path.getsize(path)
    bar = click.progressbar(length=size, label="Importing", file=sys.stderr)
    with stream, bar if size >= PROGRESS_BYTES else contextlib.nullcontext() as shown:
        fmt = sniff(stream.read(65536))
        stream.seek(0)
        lines, progress = stream, None
        if shown is not None and fmt == "dump":

            def progress(done: int, total: int) -> None:  # the claims restored, as a share
                shown.update(done * size // total - shown.pos)

        elif shown is not None:
            lines = _counted(stream, shown)
        answer = counts(run_import(get_db(), fmt, lines, token_name, settings(), progress), fmt)
    click.echo(summary(answer))
    for warning in answer["warnings"][:show]:
        click.echo(f"warning: {warning}")
    for refused in answer["refused"][:show]:
        click.echo(f"row {refused['row']}, {refused['field']}: {refused['reason']}")
    if not answer["committed"]:
        raise click.exceptions.Exit(1)


def _counted(lines, bar):
    for line in lines:
        bar.update(len(line))
        yield line


def init_app(app: Flask) -> None:
    for command in verbs.commands.values():
        app.cli.add_command(command)
