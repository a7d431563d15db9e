"""CSV and HXL in and out: claims and discrepancies streamed to files, claim files imported.

Exports stream rows in id order, 1,000 at a time (`WHERE id > ? LIMIT`), so a table never sits
in memory. The first row holds column names; an HXL export adds a second row of HXL hashtags
(https://hxlstandard.org) that libhxl and HDX tools read:

- the metric slug is `#indicator+code`; the numbers are `#indicator+num` with attributes
  (`+stated`, `+low`, `+high`, `+best`): one column holds many metrics, and HXL's `#value` is for
  money. An export of one metric that has an HXL hashtag of its own (`killed` is
  `#affected+killed`, `civilians_remaining` is `#population`, ...; METRIC_HASHTAGS) uses that
  hashtag for its numbers instead: `#affected+killed+low`;
- the place is `#loc+name` and its p-code `#loc+code` (a p-code here can be any level, a city or a
  district, so `#adm1+code` would claim every place is a governorate); the source is
  `#meta+source`; dates are `#date+reported` (stated_on), `#date+start` / `#date+end` (the as_of
  period), `#date+since`; quantifier and rule are `#meta+quantifier`, `#meta+rule`.

Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
written with a leading apostrophe, and an import strips it again.

An import reads the same columns back (CSV, or HXL with its hashtag row) and posts each row as
POST /claims would (DESIGN 4.1). Column names are the posted field names (`unit` is the unit as
stated); `location_pcode`, `document_title`, `document_url`, `document_publisher` and
`document_published_on` fill `location` and `reported_in`. Derived columns (`id`, `best`,
`canonical_unit`, `interval_rule`, `as_of_start`, `as_of_end`, `created_at`) are ignored; `low` and
`high` are the derived interval when the file has `stated_low` / `stated_high` columns (an
export), else they are the posted range. A file without `as_of` but with `as_of_start` and
`as_of_end` gets the period from them. A row with `status` `retracted` is imported and, once every
row is stored and checked, retracted (its `retracted_reason` kept) when the import created it; a
repeat of a stored claim is left as it is. Only a claim's first citation travels in a file;
aliases, place enclosures and reviews of discrepancies do not travel (discrepancies are derived:
an import detects them afresh).

Column names are matched ignoring case, spaces and hyphens ("As Of" is `as_of`); in an HXL file a
column whose name is not ours is matched by its hashtag, and a file of hashtags without names
works too. An unknown or doubled column, or a missing `metric`, `location` or `source` column,
refuses the file before any row is read.

A file is all or nothing: one write transaction, every row checked, every rejected row reported
(row numbers as a spreadsheet shows them: the column names are row 1), and nothing kept if any
row was rejected.
"""

import csv
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import IO, NamedTuple

from sqlite_utils import Database

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.connection import write_transaction
from db.ingest import BatchInvalid, store_claims
from figures.settings import Settings

BATCH = 1000
FORMATS = ("csv", "hxl")
MAX_REASONS = 1000
MAX_WARNINGS = 100


class Column(NamedTuple):
    name: str
    hashtag: str


NUMBER = "#indicator+num"

CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", "#meta+id"),
    Column("metric", "#indicator+code"),
    Column("location", "#loc+name"),
    Column("location_pcode", "#loc+code"),
    Column("source", "#meta+source"),
    Column("quantifier", "#meta+quantifier"),
    Column("value", NUMBER + "+stated"),
    Column("stated_low", NUMBER + "+stated+low"),
    Column("stated_high", NUMBER + "+stated+high"),
    Column("vague", "#meta+vague"),
    Column("unit", "#meta+unit+stated"),
    Column("household_size", "#meta+household_size"),
    Column("stated_on", "#date+reported"),
    Column("as_of", "#date+as_of"),
    Column("as_of_start", "#date+start"),
    Column("as_of_end", "#date+end"),
    Column("since", "#date+since"),
    Column("quote", "#description+quote"),
    Column("low", NUMBER + "+low"),
    Column("high", NUMBER + "+high"),
    Column("best", NUMBER + "+best"),
    Column("canonical_unit", "#meta+unit"),
    Column("interval_rule", "#meta+rule"),
    Column("status", "#status"),
    Column("retracted_reason", "#status+reason"),
    Column("document_title", "#meta+document+title"),
    Column("document_url", "#meta+document+url"),
    Column("document_publisher", "#org+publisher"),
    Column("document_published_on", "#date+published"),
    Column("created_at", "#date+created"),
)

DISCREPANCY_COLUMNS: tuple[Column, ...] = (
    Column("id", "#meta+id"),
    Column("kind", "#meta+kind"),
    Column("status", "#status"),
    Column("ratio", "#severity+num+ratio"),
    Column("metric", "#indicator+code"),
    Column("location", "#loc+name"),
    Column("unit", "#meta+unit"),
    Column("claim_a", "#meta+id+claim_a"),
    Column("source_a", "#meta+source+claim_a"),
    Column("low_a", NUMBER + "+low+claim_a"),
    Column("high_a", NUMBER + "+high+claim_a"),
    Column("as_of_a", "#date+as_of+claim_a"),
    Column("claim_b", "#meta+id+claim_b"),
    Column("source_b", "#meta+source+claim_b"),
    Column("low_b", NUMBER + "+low+claim_b"),
    Column("high_b", NUMBER + "+high+claim_b"),
    Column("as_of_b", "#date+as_of+claim_b"),
    Column("explanation", "#description+explanation"),
    Column("detected_at", "#date+detected"),
    Column("reviewed_at", "#date+reviewed"),
    Column("note", "#description+note"),
)

# The HXL hashtag of a metric's own numbers, for an export of that metric alone.
METRIC_HASHTAGS = {
    "civilians_remaining": "#population",
    "civilians_trapped": "#affected+trapped",
    "children_trapped": "#affected+children+trapped",
    "displaced_in_population": "#population+idps",
    "fled": "#affected+displaced",
    "killed": "#affected+killed",
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --- export -------------------------------------------------------------------------------


def _cell(value) -> str:
    """A stored value as a cell: integral floats without '.0', text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return str(value)


class _Buffer:
    """A write target for csv.writer whose text is taken (and cleared) after each batch."""

    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> str:
        text, self.parts = "".join(self.parts), []
        return text


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def _csv_chunks(
    columns: tuple[Column, ...], rows: Iterator[dict], fmt: str, hashtags: dict | None = None
) -> Iterator[str]:
    """The file's text: header, the hashtag row for HXL, then one chunk per batch of rows."""
    _check_format(fmt)
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow([c.name for c in columns])
    if fmt == "hxl":
        writer.writerow([(hashtags or {}).get(c.name, c.hashtag) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(c.name)) for c in columns])
        count += 1
        if count % BATCH == 0:
            yield buffer.take()
    yield buffer.take()


_CLAIM_EXPORT_SELECT = """
SELECT c.id, m.slug AS metric, l.name AS location, l.pcode AS location_pcode,
       s.name AS source, c.quantifier, c.value, c.value_low AS stated_low,
       c.value_high AS stated_high, c.vague, c.unit_stated AS unit, c.household_size,
       c.stated_on, c.as_of, c.as_of_start, c.as_of_end, c.since, c.quote, c.low, c.high,
       c.best, c.unit AS canonical_unit, c.interval_rule, c.status, c.retracted_reason,
       d.title AS document_title, d.url AS document_url, d.publisher AS document_publisher,
       d.published_on AS document_published_on, c.created_at
FROM claims c
JOIN metrics m ON m.id = c.metric_id
JOIN locations l ON l.id = c.location_id
JOIN sources s ON s.id = c.source_id
LEFT JOIN documents d ON d.id = (
    SELECT ci.document_id FROM citations ci WHERE ci.claim_id = c.id ORDER BY ci.id LIMIT 1)
"""


def claim_rows(db: Database, filters: dict | None = None, batch: int = BATCH) -> Iterator[dict]:
    """Claims as export rows, in id order, a batch at a time.

    filters are those of GET /claims as claim_store.page takes them: metric_id, location_id,
    source_id, status, from, to."""
    where, params = claim_store.filter_clause(filters or {})
    where.insert(0, "c.id > ?")
    sql = _CLAIM_EXPORT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY c.id LIMIT ?"
    yield from _batched(db, sql, params, batch)


def _batched(db: Database, sql: str, params: list, batch: int) -> Iterator[dict]:
    """Run sql (its first placeholder is the last id seen, its last the limit) page by page."""
    after = 0
    while True:
        rows = list(db.query(sql, [after, *params, batch]))
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1]["id"]


def _side(side: str) -> str:
    claim = f"d.claim_{side}"
    return f"""(SELECT s.name FROM claims c JOIN sources s ON s.id = c.source_id
                WHERE c.id = {claim}) AS source_{side},
            (SELECT c.low FROM claims c WHERE c.id = {claim}) AS low_{side},
            (SELECT c.high FROM claims c WHERE c.id = {claim}) AS high_{side},
            (SELECT c.as_of FROM claims c WHERE c.id = {claim}) AS as_of_{side}"""


_DISCREPANCY_EXPORT_SELECT = f"""
SELECT d.id, d.kind, d.status, d.ratio, m.slug AS metric, l.name AS location,
       (SELECT c.unit FROM claims c WHERE c.id = d.claim_a) AS unit,
       d.claim_a, {_side("a")}, d.claim_b, {_side("b")},
       d.explanation, d.detected_at, d.reviewed_at, d.note
FROM discrepancies d
JOIN metrics m ON m.id = d.metric_id
JOIN locations l ON l.id = d.location_id
"""


def discrepancy_rows(
    db: Database, filters: dict | None = None, batch: int = BATCH
) -> Iterator[dict]:
    """Discrepancies as export rows, in id order; filters: metric_id, location_id, kind,
    status, min_ratio (those of GET /discrepancies)."""
    where, params = discrepancy_store.filter_clause(filters or {})
    where.insert(0, "d.id > ?")
    sql = _DISCREPANCY_EXPORT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY d.id LIMIT ?"
    yield from _batched(db, sql, params, batch)


def _metric_hashtags(db: Database, filters: dict | None) -> dict:
    """For an export of one metric with a hashtag of its own: that hashtag on its numbers."""
    metric_id = (filters or {}).get("metric_id")
    if metric_id is None:
        return {}
    row = db.execute("SELECT slug FROM metrics WHERE id = ?", [metric_id]).fetchone()
    base = METRIC_HASHTAGS.get(row[0]) if row else None
    if base is None:
        return {}
    return {
        c.name: base + c.hashtag[len(NUMBER) :]
        for c in CLAIM_COLUMNS
        if c.hashtag.startswith(NUMBER)
    }


def _snapshot(db: Database, chunks: Iterator[str]) -> Iterator[str]:
    """Every batch read in one read transaction (one snapshot of the file), unless the caller
    already holds a transaction."""
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        yield from chunks
    finally:
        if own and db.conn.in_transaction:
            db.execute("COMMIT")


def claims_text(db: Database, fmt: str = "csv", filters: dict | None = None) -> Iterator[str]:
    """The claims file as chunks of text (for a streamed HTTP response)."""
    _check_format(fmt)
    hashtags = _metric_hashtags(db, filters)
    return _snapshot(db, _csv_chunks(CLAIM_COLUMNS, claim_rows(db, filters), fmt, hashtags))


def discrepancies_text(
    db: Database, fmt: str = "csv", filters: dict | None = None
) -> Iterator[str]:
    """The discrepancies file as chunks of text."""
    _check_format(fmt)
    return _snapshot(db, _csv_chunks(DISCREPANCY_COLUMNS, discrepancy_rows(db, filters), fmt))


def export_claims(db: Database, out: IO[str], fmt: str = "csv", filters: dict | None = None):
    """Write the claims to a text file (open it with newline='')."""
    for chunk in claims_text(db, fmt, filters):
        out.write(chunk)


def export_discrepancies(
    db: Database, out: IO[str], fmt: str = "csv", filters: dict | None = None
) -> None:
    for chunk in discrepancies_text(db, fmt, filters):
        out.write(chunk)


# --- reading a claims file -----------------------------------------------------------------

_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_INTEGER_TEXT = re.compile(r"[+-]?\d+")

# column -> (path in the posted claim, is a number)
_IMPORTED: dict[str, tuple[tuple[str, ...], bool]] = {
    "metric": (("metric",), False),
    "location": (("location", "name"), False),
    "location_pcode": (("location", "pcode"), False),
    "source": (("source", "name"), False),
    "quantifier": (("quantifier",), False),
    "value": (("value",), True),
    "stated_low": (("low",), True),
    "stated_high": (("high",), True),
    "vague": (("vague",), False),
    "unit": (("unit",), False),
    "household_size": (("household_size",), True),
    "stated_on": (("stated_on",), False),
    "as_of": (("as_of",), False),
    "since": (("since",), False),
    "quote": (("quote",), False),
    "document_title": (("reported_in", "title"), False),
    "document_url": (("reported_in", "url"), False),
    "document_publisher": (("reported_in", "publisher"), False),
    "document_published_on": (("reported_in", "published_on"), False),
}
# Read but not posted: the derived columns of an export, and the retraction.
_DERIVED = {"id", "best", "canonical_unit", "interval_rule", "created_at", "low", "high"}
_SPECIAL = {"as_of_start", "as_of_end", "status", "retracted_reason"}
KNOWN_COLUMNS = set(_IMPORTED) | _DERIVED | _SPECIAL


class FileInvalid(Exception):
    """The file cannot be read as claims at all (bad columns, broken CSV): [(row, field, why)]."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        super().__init__("; ".join(f"row {r}, {f}: {why}" for r, f, why in problems))
        self.problems = problems


class RowInvalid(ValueError):
    """What a validate callable raises for a row: errors {field: [messages]} (may nest)."""

    def __init__(self, errors: dict):
        super().__init__("invalid row")
        self.errors = errors


def _hashtag_key(text: str) -> str:
    """A hashtag spec compared as HXL does: case and attribute order do not matter."""
    parts = [p.strip().lower() for p in text.strip().split("+")]
    return "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


_BY_HASHTAG = {_hashtag_key(c.hashtag): c.name for c in CLAIM_COLUMNS}


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _is_hashtag_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def _unguard(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def _number(text: str):
    """Digits only ('160000', '2.5', '1e5'): a number; anything else stays text for the schema
    to refuse ('160,000', 'about 5')."""
    if _INTEGER_TEXT.fullmatch(text):
        return int(text)
    if _NUMBER_TEXT.fullmatch(text):
        return float(text)
    return text


class ClaimRows:
    """The rows of a claims file (CSV or HXL) as posted claims: iterate for (row, claim).

    A claim may carry importer directives under keys starting with '_' (`_status`,
    `_retracted_reason`, `_problem` for a row with more cells than columns), which the importer
    pops before validating. A location without a p-code and a source are bare names (the posted
    shape allows both, and a name is checked faster than an object)."""

    def __init__(self, fileobj: Iterable[str]):
        self.reader = csv.reader(fileobj)
        self.record = 0
        self.columns: list[str | None] = []
        self.field_columns: dict[str, str] = {}
        self.hand_range = False

    def column_of(self, field_path: str) -> str:
        """The file's column holding a posted field ('reported_in.title' -> 'document_title')."""
        return self.field_columns.get(field_path, field_path)

    def _next(self) -> list[str] | None:
        """The next record (a quoted cell may span lines: records are counted, not lines)."""
        try:
            cells = next(self.reader)
        except StopIteration:
            return None
        except csv.Error as error:
            reason = f"not readable as CSV: {error}"
            raise FileInvalid([(self.record + 1, "_file", reason)]) from None
        except UnicodeDecodeError:  # text is decoded in blocks: the byte may be a few rows on
            reason = "not UTF-8 text (here or a few rows further on): save the file as UTF-8"
            raise FileInvalid([(self.record + 1, "_file", reason)]) from None
        self.record += 1
        return cells

    def _read_header(self) -> list[str] | None:
        """The column names; returns the first data row when it was read to look for tags."""
        first = self._next()
        if first is None:
            raise FileInvalid([(1, "_file", "the file is empty: no column names")])
        if _is_hashtag_row(first):  # hashtags only: an HXL file without a names row
            names = [_BY_HASHTAG.get(_hashtag_key(c), c) if c.strip() else "" for c in first]
            self._map(names, first)
            return None
        second = self._next()
        if second is not None and _is_hashtag_row(second):
            self._map(first, second)
            return None
        self._map(first, [""] * len(first))
        return second

    def _map(self, names: list[str], hashtags: list[str]) -> None:
        problems, seen = [], {}
        width = max(len(names), len(hashtags))
        names = names + [""] * (width - len(names))
        hashtags = hashtags + [""] * (width - len(hashtags))
        for name, tag in zip(names, hashtags, strict=True):
            key = _header_key(name)
            if key not in KNOWN_COLUMNS and tag.strip():
                key = _BY_HASHTAG.get(_hashtag_key(tag), key)
            if not key:
                self.columns.append(None)
                continue
            if key not in KNOWN_COLUMNS:
                known = ", ".join(c.name for c in CLAIM_COLUMNS)
                problems.append((1, name, f"unknown column {name!r}; known: {known}"))
                key = None
            elif key in seen:
                problems.append((1, name, f"column {key!r} appears twice"))
                key = None
            else:
                seen[key] = name
            self.columns.append(key)
        for required in ("metric", "location", "source"):
            if required not in seen:
                problems.append((1, required, f"the file has no {required!r} column"))
        if problems:
            raise FileInvalid(problems)
        self.hand_range = "stated_low" not in seen and "stated_high" not in seen
        for column, (path, _) in _IMPORTED.items():
            if column in seen:
                self.field_columns[".".join(path)] = seen[column]
        if self.hand_range:
            for column in ("low", "high"):
                if column in seen:
                    self.field_columns[column] = seen[column]
        for name in ("location", "source"):
            if name in seen:
                self.field_columns[name] = seen[name]

    def __iter__(self) -> Iterator[tuple[int, dict]]:
        pending = self._read_header()
        while True:
            cells = pending if pending is not None else self._next()
            pending = None
            if cells is None:
                return
            if not any(c.strip() for c in cells):
                continue
            yield self.record, self._claim(cells)

    def _claim(self, cells: list[str]) -> dict:
        claim: dict = {}
        extra: dict = {}
        if any(c.strip() for c in cells[len(self.columns) :]):
            count = len(self.columns)
            claim["_problem"] = (
                f"{len(cells)} cells for {count} columns: quote a cell that holds a comma"
            )
        for key, raw in zip(self.columns, cells, strict=False):
            if key is None:
                continue
            text = raw if key == "quote" else raw.strip()
            if not text.strip():
                continue
            text = _unguard(text)
            if key in _IMPORTED:
                path, number = _IMPORTED[key]
            elif self.hand_range and key in ("low", "high"):
                path, number = (key,), True
            else:
                extra[key] = text
                continue
            value = _number(text) if number else text
            target = claim
            for part in path[:-1]:
                target = target.setdefault(part, {})
            target[path[-1]] = value
        if "as_of" not in claim and extra.get("as_of_start") and extra.get("as_of_end"):
            start, end = extra["as_of_start"], extra["as_of_end"]
            claim["as_of"] = start if start == end else f"{start}/{end}"
        for name in ("location", "source"):  # a bare name is the same claim, checked faster
            if list(claim.get(name, {})) == ["name"]:
                claim[name] = claim[name]["name"]
        if extra.get("status", "").lower() == "retracted":
            claim["_status"] = "retracted"
            claim["_retracted_reason"] = extra.get("retracted_reason") or "retracted in the file"
        return claim


def read_claim_rows(fileobj: Iterable[str]) -> ClaimRows:
    """The claims of a CSV or HXL file (a text file opened with newline=''), streamed.

    Iterating yields (row number, claim in the POST /claims shape); FileInvalid when the
    columns are wrong or the CSV is broken."""
    return ClaimRows(fileobj)


# --- importing ----------------------------------------------------------------------------


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
    """Post every row of a file in one transaction, all or nothing.

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
                discrepancy_store.close_for_claim(db, claim_id, token)
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


# --- generated rows (tests, benchmarks) -------------------------------------------------------


def synthetic_rows(count: int, places: int | None = None, sources: int = 50) -> Iterator[list]:
    """A claims file of `count` plausible rows (column names first), generated one at a time:
    for a large test or benchmark file that never sits in memory.

    Each place gets about 20 claims of one metric, in pairs 40 days apart, so detection
    stays local (one pair per date is compared: some conflict, cumulative series sometimes
    decrease). Write it with csv.writer(f).writerows(synthetic_rows(1_000_000))."""
    places = places or max(100, count // 20)
    yield ["metric", "location", "source", "quantifier", "value", "as_of", "quote"]
    metrics = ("civilians_remaining", "fled", "killed", "fighters")
    quantifiers = ("exact", "approximately", "at_least", "at_most")
    start = date(2000, 1, 1).toordinal()
    for n in range(count):
        place, k = n % places, n // places
        day = date.fromordinal(start + (k // 2) * 40 + place % 30)
        yield [
            metrics[place % len(metrics)],
            f"Place {place}",
            f"Source {(n * 7) % sources}",
            quantifiers[n % len(quantifiers)],
            1000 + (n * 7919) % 500_000,
            day.isoformat(),
            f"row {n}",
        ]
