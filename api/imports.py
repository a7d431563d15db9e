"""POST /imports: a CSV, HXL or JSON Lines dump as the body, stored all or nothing."""

import csv
import io
from collections.abc import Callable, Iterable

from flask import Blueprint, g, jsonify, request
from marshmallow import ValidationError

from api.auth import write_access
from api.database import get_db, settings
from api.errors import Problem
from db import imports as claim_imports
from db.dump_restore import restore_dump
from db.imports import ImportReport
from schemas import claims as claim_schemas

imports = Blueprint("imports", __name__)
DUMP_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")
CSV_TYPES = ("text/csv",)
FORMATS = ("csv", "hxl", "dump")


def claim_row_validator():
    """The check of one imported row (db.imports, db.dump_restore): ClaimIn, its messages per
    field."""
    schema = claim_schemas.ClaimIn()

    def validate(item: dict) -> dict:
        try:
            return schema.load(item)
        except ValidationError as error:
            raise claim_imports.RowInvalid(error.normalized_messages()) from None

    return validate


def sniff(head: str, content_type: str | None = None) -> str:
    """csv, hxl or dump: by the Content-Type when it says, else by the first non-blank
    character (a dump's lines are JSON objects); HXL is a CSV with a row of hashtags."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in DUMP_TYPES or (kind not in CSV_TYPES and head.lstrip()[:1] == "{"):
        return "dump"
    rows = [r for r in csv.reader(io.StringIO(head, newline="")) if any(c.strip() for c in r)]
    for cells in rows[:2]:
        if all(c.strip().startswith("#") for c in cells if c.strip()):
            return "hxl"
    return "csv"


def run_import(
    db,
    fmt: str,
    lines: Iterable[str],
    token: str | None,
    config,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """The file's rows stored all or nothing: a dump restored, a CSV or HXL file of claims
    imported as POST /claims would take them."""
    validate = claim_row_validator()
    if fmt == "dump":
        return restore_dump(db, lines, validate, config, token, progress)
    rows = claim_imports.read_claim_rows(lines)
    return claim_imports.import_claims(db, rows, validate, config, token)


def counts(report: ImportReport, fmt: str) -> dict:
    """The answer: rows stored, repeated (already there) and refused (row, field, reason)."""
    return {
        "format": fmt,
        "committed": report.committed,
        "rows": report.rows,
        "stored": report.created,
        "repeated": report.repeats,
        "retracted": report.retracted,
        "discrepancies": report.discrepancies,
        "refused_rows": report.rejected_rows,
        "refused": [{"row": r.row, "field": r.field, "reason": r.reason} for r in report.rejected],
        "warnings": report.warnings,
        "seconds": round(report.seconds, 3),
    }


def summary(answer: dict) -> str:
    """One sentence for the command line."""
    unit = "lines" if answer["format"] == "dump" else "rows"
    if answer["committed"]:
        return (
            f"Imported {answer['rows']} {unit} ({answer['format']}): {answer['stored']} stored,"
            f" {answer['repeated']} repeated, {answer['retracted']} retracted,"
            f" {answer['discrepancies']} new discrepancies ({answer['seconds']:.1f} s)."
        )
    return (
        f"Nothing imported: {answer['refused_rows']} of {answer['rows']} {unit} refused"
        f" ({len(answer['refused'])} reasons shown)."
    )


def refusal(answer: dict) -> Problem:
    """422 naming each refused row (line, for a dump) and field; nothing was written."""
    unit = "line" if answer["format"] == "dump" else "row"
    errors: dict[str, dict[str, list[str]]] = {}
    for refused in answer["refused"]:
        errors.setdefault(str(refused["row"]), {}).setdefault(refused["field"], []).append(
            refused["reason"]
        )
    first = answer["refused"][0] if answer["refused"] else {"row": "?", "field": "?"}
    detail = (
        f"Nothing was imported: {unit} {first['row']} ({first['field']}): {first.get('reason')}"
    )
    if answer["refused_rows"] > 1:
        detail += f"; {answer['refused_rows'] - 1} more {unit}s refused"
    return Problem(422, "Unprocessable Content", detail + ".", errors)


@imports.post("/imports")
@write_access
def post_import():
    data = request.get_data(cache=False)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Problem(
            422,
            "Unprocessable Content",
            f"The body is not UTF-8 text (byte {error.start}): send the file as UTF-8.",
            {"body": ["Not UTF-8 text."]},
        ) from None
    fmt = sniff(text[:65536], request.mimetype)
    lines = io.StringIO(text, newline="")
    report = run_import(get_db(), fmt, lines, g.token_name, settings())
    answer = counts(report, fmt)
    if not report.ok:
        raise refusal(answer)
    return jsonify(answer), 201 if report.created else 200
