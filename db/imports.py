"""Importing a claims file: every row checked and stored in one write transaction, or none."""

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.claim_file import ClaimRows, FileInvalid
from db.connection import write_transaction
from db.ingest import BatchInvalid, store_claims
from figures.settings import Settings

BATCH = 1000
MAX_REASONS = 1000
MAX_WARNINGS = 100


class RowInvalid(ValueError):
    """What a validate callable raises for a row: errors {field: [messages]} (may nest)."""

    def __init__(self, errors: dict):
        super().__init__("invalid row")
        self.errors = errors


def read_claim_rows(fileobj: Iterable[str]) -> ClaimRows:
    """The claims of a CSV or HXL file (a text file opened with newline=''), streamed.

    Iterating yields (row number, claim in the POST /claims shape); FileInvalid when the
    columns are wrong or the CSV is broken."""
    return ClaimRows(fileobj)


@dataclass
class Rejection:
    row: int
    field: str
    reason: str


@dataclass
class ImportReport:
    """What an import did. When any row was rejected nothing was kept (committed is False) and
    the created, repeats, retracted and discrepancies counts are 0."""

    rows: int = 0
    created: int = 0
    repeats: int = 0
    retracted: int = 0
    discrepancies: int = 0
    rejected_rows: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    reasons: int = 0
    warnings: list[str] = field(default_factory=list)
    warning_count: int = 0
    committed: bool = False
    file_refused: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.reasons == 0

    def reject(self, row: int, field_name: str, reason: str) -> None:
        self.reasons += 1
        if len(self.rejected) < MAX_REASONS:
            self.rejected.append(Rejection(row, field_name, reason))

    def summary(self) -> str:
        if self.ok:
            return (
                f"Imported {self.rows} rows: {self.created} claims created, {self.repeats}"
                f" repeats of stored claims, {self.retracted} retracted,"
                f" {self.discrepancies} new discrepancies"
                f" ({self.seconds:.1f} s)."
            )
        if self.file_refused:
            return f"Nothing imported: the file was refused ({self.reasons} reasons)."
        return (
            f"Nothing imported: {self.rejected_rows} of {self.rows} rows rejected"
            f" ({self.reasons} reasons)."
        )


class _Rejected(Exception):
    """Raised inside the transaction to roll the whole file back."""


def _flatten(errors, prefix: str = "") -> Iterator[tuple[str, str]]:
    """{'reported_in': {'published_on': ['bad']}} -> ('reported_in.published_on', 'bad')."""
    if isinstance(errors, dict):
        for key, value in errors.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            yield from _flatten(value, name)
    elif isinstance(errors, list | tuple):
        for value in errors:
            yield from _flatten(value, prefix)
    else:
        yield prefix or "_row", str(errors)


_NUMBER_FIELDS = {"value", "low", "high", "household_size"}
_ITEM_PREFIX = re.compile(r"^item (\d+): ")


def import_claims(
    db: Database,
    rows: Iterable[tuple[int, dict]],
    validate: Callable[[dict], dict],
    settings: Settings,
    token: str | None,
    chunk: int = BATCH,
) -> ImportReport:
    """Post every row of a file in one transaction, all or nothing, as POST /claims would
    (DESIGN 4.1).

    A row with `status` `retracted` is imported and, once every row is stored and checked,
    retracted (its `retracted_reason` kept) when the import created it; a repeat of a stored
    claim is left as it is. Only a claim's first citation travels in a file; aliases, place
    enclosures and reviews of discrepancies do not (discrepancies are derived: an import
    detects them afresh).

    validate(claim) returns the loaded claim or raises RowInvalid (or any exception with
    `errors` or `normalized_messages()`); valid rows go to store_claims `chunk` at a time. Every
    rejected row is reported (the first MAX_REASONS reasons are kept); if there is one, the
    transaction is rolled back. Memory stays bounded: only one chunk is held at a time."""
    started = time.perf_counter()
    report = ImportReport()
    column_of = getattr(rows, "column_of", lambda name: name)

    def reject(row: int, errors, raw: dict | None = None) -> None:
        report.rejected_rows += 1
        for name, reason in _flatten(errors):
            value = (raw or {}).get(name)
            if name in _NUMBER_FIELDS and isinstance(value, str):
                reason = f"not a number: {value!r} (write digits only, such as 160000 or 2.5)"
            report.reject(row, column_of(name), reason)

    pending: list[tuple[int, dict, dict]] = []

    def flush() -> None:
        if not pending:
            return
        try:
            result = store_claims(db, [item for _, item, _ in pending], token, settings)
        except BatchInvalid as error:
            for index, errors in sorted(error.errors.items()):
                reject(pending[index][0], errors)
        else:
            for (_, _, directives), claim_id, created in zip(
                pending, result.claim_ids, result.created, strict=True
            ):
                if not created:
                    report.repeats += 1
                    continue
                report.created += 1
                if directives.get("_status") == "retracted":
                    reason = directives.get("_retracted_reason") or "retracted in the file"
                    db.execute(f"INSERT INTO {_RETRACTIONS} VALUES (?, ?)", [claim_id, reason])
            for warning in result.warnings:
                report.warning_count += 1
                if len(report.warnings) < MAX_WARNINGS:
                    match = _ITEM_PREFIX.match(warning)
                    if match:
                        row = pending[int(match.group(1))][0]
                        warning = f"row {row}: {warning[match.end() :]}"
                    elif len(pending) == 1:
                        warning = f"row {pending[0][0]}: {warning}"
                    report.warnings.append(warning)
        pending.clear()

    try:
        with write_transaction(db):
            before = db.execute("SELECT count(*) FROM discrepancies").fetchone()[0]
            db.execute(f"CREATE TEMP TABLE {_RETRACTIONS} (claim_id INTEGER, reason TEXT)")
            try:
                for row, claim in rows:
                    report.rows += 1
                    directives = {k: claim.pop(k) for k in list(claim) if k.startswith("_")}
                    if "_problem" in directives:
                        reject(row, {"_row": [directives["_problem"]]})
                        continue
                    try:
                        item = validate(claim)
                    except Exception as error:  # the validate callable's own error type
                        errors = _errors_of(error)
                        if errors is None:
                            raise
                        reject(row, errors, claim)
                        continue
                    pending.append((row, item, directives))
                    if len(pending) >= chunk:
                        flush()
                flush()
            except FileInvalid as error:
                report.file_refused = True
                for row, name, reason in error.problems:
                    report.reject(row, name, reason)
            if not report.ok:
                raise _Rejected
            report.retracted = _retract_marked(db, token)
            after = db.execute("SELECT count(*) FROM discrepancies").fetchone()[0]
            report.discrepancies = after - before
            report.committed = True
    except _Rejected:
        report.created = report.repeats = report.retracted = report.discrepancies = 0
    report.seconds = time.perf_counter() - started
    return report


# Claims a file marks retracted, retracted once every row is stored and checked (so their
# discrepancies are found and then closed, as if the retraction came last); a temporary table
# keeps memory flat however many there are, and goes with the transaction.
_RETRACTIONS = "temp.import_retractions"


def _retract_marked(db: Database, token: str | None) -> int:
    done, after = 0, 0
    while True:
        rows = db.execute(
            f"SELECT rowid, claim_id, reason FROM {_RETRACTIONS} WHERE rowid > ?"
            " ORDER BY rowid LIMIT ?",
            [after, BATCH],
        ).fetchall()
        for _, claim_id, reason in rows:
            if claim_store.retract(db, claim_id, reason, token):
                discrepancy_store.close_for_claim(db, claim_id, token, "was retracted")
                done += 1
        if len(rows) < BATCH:
            break
        after = rows[-1][0]
    db.execute(f"DROP TABLE {_RETRACTIONS}")
    return done


def _errors_of(error: Exception):
    """Field messages from a validation error, or None for an unexpected exception."""
    if isinstance(error, RowInvalid):
        return error.errors
    normalized = getattr(error, "normalized_messages", None)
    if callable(normalized):
        return normalized()
    errors = getattr(error, "errors", None)
    if isinstance(errors, dict):
        return errors
    if isinstance(error, ValueError):
        return {"_row": [str(error)]}
    return None
