"""The JSON Lines dump of everything, so that a database can be restored without loss."""

import json
import re
from collections.abc import Iterator
from itertools import islice
from typing import IO

from sqlite_utils import Database

from db.export import _snapshot
from db.history import now
from figures.grades import GRADES
from figures.metrics import BUILTIN_METRICS, KINDS
from figures.review import CLAIM_STATUSES, DISCREPANCY_KINDS, REVIEW_STATUSES

VERSION = 1
BATCH = 1000
PLACE_COLUMNS = ("pcode", "part_of", "household_size")
# The order a dump is written in and restored in: what a record refers to comes before it.
TYPES = ("dump", "metric", "place", "source", "claim", "discrepancy", "recommendation")
_BUILTIN = tuple(m.slug for m in BUILTIN_METRICS)


def _number(value):
    """An integral float as an integer (160000, not 160000.0); anything else as it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _pages(db: Database, sql: str, params: list = ()) -> Iterator[list[tuple]]:
    """sql's rows (its first column the id, then `WHERE id > ?` last but LIMIT) a page at a
    time: no table sits in memory."""
    after = 0
    while True:
        rows = db.execute(sql + " ORDER BY 1 LIMIT ?", [*params, after, BATCH]).fetchall()
        if rows:
            yield rows
        if len(rows) < BATCH:
            return
        after = rows[-1][0]


def _grouped(db: Database, sql: str, ids: list[int]) -> dict[int, list[tuple]]:
    """Rows of sql (first column the owner's id, `IN ({marks})` in it) by owner, in order."""
    found: dict[int, list[tuple]] = {}
    marks = ", ".join("?" for _ in ids)
    for owner, *rest in db.execute(sql.format(marks=marks), ids).fetchall():
        found.setdefault(owner, []).append(tuple(rest))
    return found


def _metrics(db: Database) -> Iterator[str]:
    marks = ", ".join("?" for _ in _BUILTIN)
    for page in _pages(
        db,
        "SELECT m.id, m.slug, m.label, m.unit, m.kind, p.slug FROM metrics m"
        f" LEFT JOIN metrics p ON p.id = m.part_of WHERE m.slug NOT IN ({marks}) AND m.id > ?",
        list(_BUILTIN),
    ):
        for _, slug, label, unit, kind, part_of in page:
            yield _line(
                {"type": "metric", "slug": slug, "label": label, "unit": unit}
                | {"kind": kind, "part_of": part_of}
            )


def _places(db: Database, table: str, aliases: str, fk: str, columns: tuple) -> Iterator[str]:
    kind = "place" if table == "locations" else "source"
    select = ", ".join(("id", "name", "merged_into", *columns))
    for page in _pages(db, f"SELECT {select} FROM {table} WHERE id > ?"):
        names = _grouped(
            db,
            f"SELECT {fk}, name FROM {aliases} WHERE {fk} IN ({{marks}}) ORDER BY id",
            [row[0] for row in page],
        )
        for row_id, name, merged_into, *described in page:
            record = {"type": kind, "id": row_id, "name": name}
            record |= {c: _number(v) for c, v in zip(columns, described, strict=True)}
            record["aliases"] = [a for (a,) in names.get(row_id, []) if a != name]
            record["merged_into"] = merged_into
            yield _line(record)


_CLAIM_SELECT = """SELECT c.id, m.slug, c.location_id, c.source_id, c.quantifier, c.value,
    c.value_low, c.value_high, c.vague, c.unit_stated, c.household_size, c.stated_on,
    CASE WHEN c.dated_by IS NULL OR c.dated_by = 'as_of' THEN c.as_of END, c.dated_by, c.since,
    c.quote, c.status, c.retracted_reason, c.retracted_at, c.superseded_by, c.superseded_at,
    c.created_at, c.low, c.high, c.best, c.unit, c.interval_rule
FROM claims c JOIN metrics m ON m.id = c.metric_id WHERE c.id > ?"""
_CLAIM_KEYS = (
    "id metric location source quantifier value low high vague unit household_size stated_on"
    " as_of dated_by since quote status retracted_reason retracted_at superseded_by"
    " superseded_at created_at"
).split()
_DOCUMENT_KEYS = ("title", "url", "publisher", "published_on", "cited_at")


def _claims(db: Database) -> Iterator[str]:
    for page in _pages(db, _CLAIM_SELECT):
        cited = _grouped(
            db,
            "SELECT ci.claim_id, d.title, d.url, d.publisher, d.published_on, ci.created_at"
            " FROM citations ci JOIN documents d ON d.id = ci.document_id"
            " WHERE ci.claim_id IN ({marks}) ORDER BY ci.id",
            [row[0] for row in page],
        )
        for row in page:
            record = {"type": "claim"} | {
                key: _number(value)
                for key, value in zip(_CLAIM_KEYS, row[: len(_CLAIM_KEYS)], strict=True)
            }
            record["citations"] = [
                {k: v for k, v in zip(_DOCUMENT_KEYS, document, strict=True) if v is not None}
                for document in cited.get(row[0], [])
            ]
            low, high, best, unit, rule = row[len(_CLAIM_KEYS) :]
            record["interval"] = {"low": _number(low), "high": _number(high)} | {
                "best": _number(best),
                "unit": unit,
                "rule": rule,
            }
            yield _line(record)


def _discrepancies(db: Database) -> Iterator[str]:
    select = (
        "SELECT id, kind, ratio, explanation, status, note, detected_at, reviewed_at"
        " FROM discrepancies WHERE id > ?"
    )
    for page in _pages(db, select):
        ids = [row[0] for row in page]
        members = _grouped(
            db,
            "SELECT discrepancy_id, claim_id, role FROM discrepancy_claims"
            " WHERE discrepancy_id IN ({marks}) ORDER BY discrepancy_id, position",
            ids,
        )
        reviews = _grouped(
            db,
            "SELECT row_id, detail, at, token_name FROM history WHERE table_name ="
            " 'discrepancies' AND action = 'review' AND row_id IN ({marks}) ORDER BY id",
            ids,
        )
        for row_id, kind, ratio, explanation, status, note, detected_at, reviewed_at in page:
            record = {"type": "discrepancy", "id": row_id, "kind": kind}
            record["claims"] = [{"claim": c, "role": r} for c, r in members.get(row_id, [])]
            record |= {"ratio": ratio, "explanation": explanation, "status": status}
            record |= {"note": note, "detected_at": detected_at, "reviewed_at": reviewed_at}
            record["reviews"] = [_review(*review) for review in reviews.get(row_id, [])]
            yield _line(record)


def _review(detail: str, at: str, by: str | None) -> dict:
    found = json.loads(detail or "{}")
    return {"status": found.get("status"), "note": found.get("note"), "at": at, "by": by}


def _recommendations(db: Database) -> Iterator[str]:
    keys = ("id", "metric", "location", "claim", "window_start", "window_end", "note")
    for page in _pages(
        db,
        "SELECT r.id, m.slug, r.location_id, r.claim_id, r.window_start, r.window_end, r.note,"
        " r.token_name, r.chosen_at FROM recommendations r JOIN metrics m ON m.id = r.metric_id"
        " WHERE r.id > ?",
    ):
        for row in page:
            record = {"type": "recommendation"} | dict(zip(keys, row[:7], strict=True))
            yield _line(record | {"chosen_by": row[7], "chosen_at": row[8]})


def _chunks(db: Database) -> Iterator[str]:
    """The lines, a page of records to a chunk."""
    yield _line({"type": "dump", "version": VERSION, "exported_at": now()})
    parts = (
        _metrics(db),
        _places(db, "locations", "location_aliases", "location_id", PLACE_COLUMNS),
        _places(db, "sources", "source_aliases", "source_id", ("kind", "grade")),
        _claims(db),
        _discrepancies(db),
        _recommendations(db),
    )
    for lines in parts:
        while chunk := "".join(islice(lines, BATCH)):
            yield chunk


def dump_text(db: Database) -> Iterator[str]:
    """The dump as chunks of text, every record read in one read transaction (one snapshot)."""
    return _snapshot(db, _chunks(db))


def export_dump(db: Database, out: IO[str]) -> None:
    """Write the dump to a text file."""
    for chunk in dump_text(db):
        out.write(chunk)


# --- what a line of a dump must hold (db/dump_restore.py refuses a line that does not) -------

_TEXT, _NUMBER, _INT = (str,), (int, float), (int,)
_OPT_TEXT, _OPT_NUMBER, _OPT_INT = (str, type(None)), (int, float, type(None)), (int, type(None))
FIELDS = {
    "dump": {"version": _INT},
    "metric": {"slug": _TEXT, "label": _TEXT, "unit": _TEXT, "kind": _TEXT, "part_of": _OPT_TEXT},
    "place": {"id": _INT, "name": _TEXT, "pcode": _OPT_TEXT, "part_of": _OPT_INT}
    | {"household_size": _OPT_NUMBER, "aliases": (list,), "merged_into": _OPT_INT},
    "source": {"id": _INT, "name": _TEXT, "kind": _OPT_TEXT, "grade": _OPT_TEXT}
    | {"aliases": (list,), "merged_into": _OPT_INT},
    "claim": {"id": _INT, "metric": _TEXT, "location": _INT, "source": _INT, "status": _TEXT}
    | {"retracted_reason": _OPT_TEXT, "retracted_at": _OPT_TEXT, "superseded_by": _OPT_INT}
    | {"superseded_at": _OPT_TEXT, "created_at": _TEXT, "citations": (list,)},
    "discrepancy": {"id": _INT, "kind": _TEXT, "claims": (list,), "status": _TEXT}
    | {"note": _OPT_TEXT, "reviews": (list,)},
    "recommendation": {"id": _INT, "metric": _TEXT, "location": _INT, "claim": _INT}
    | {"window_start": _TEXT, "window_end": _TEXT, "note": _OPT_TEXT, "chosen_at": _TEXT},
}
_CHOICES = {
    ("metric", "kind"): KINDS,
    ("source", "grade"): (*GRADES, None),
    ("claim", "status"): CLAIM_STATUSES,
    ("discrepancy", "kind"): DISCREPANCY_KINDS,
    ("discrepancy", "status"): REVIEW_STATUSES,
}


def _wanted(types: tuple) -> str:
    what = "a number" if float in types else "an integer" if int in types else None
    what = what or ("text" if str in types else "a list")
    return what + (" or null" if type(None) in types else "")


def problems(record: dict) -> list[tuple[str, str]]:
    """(field, reason) for each field of a parsed record that is missing or of the wrong kind
    (the claim's posted fields are the validator's to check)."""
    kind = record.get("type")
    if kind not in FIELDS:
        return [("type", f"unknown record type {kind!r}; known: {', '.join(TYPES)}")]
    found = []
    for name, types in FIELDS[kind].items():
        value = record.get(name)
        if name not in record and type(None) not in types:
            found.append((name, "missing"))
        elif isinstance(value, bool) or not isinstance(value, types):
            found.append((name, f"must be {_wanted(types)}"))
        elif (kind, name) in _CHOICES and value not in _CHOICES[(kind, name)]:
            known = ", ".join(str(c) for c in _CHOICES[(kind, name)] if c is not None)
            found.append((name, f"{value!r} is not one of {known}"))
    if _unstorable(record):
        found.append(("_line", "holds a NUL character or a lone surrogate: not storable text"))
    for name in ("aliases",):
        if isinstance(record.get(name), list) and not all(
            isinstance(a, str) and a.strip() for a in record[name]
        ):
            found.append((name, "must be a list of names"))
    if kind == "discrepancy":
        found += _discrepancy_problems(record)
    if kind == "dump" and record.get("version", 0) > VERSION:
        found.append(("version", f"a dump of version {record['version']}; this reads {VERSION}"))
    return found


_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def _unstorable(value) -> bool:
    """Text SQLite cannot store (a lone surrogate) or C tools cut short (NUL), anywhere."""
    if isinstance(value, str):
        return _UNSTORABLE.search(value) is not None
    if isinstance(value, dict):
        return any(_unstorable(k) or _unstorable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_unstorable(v) for v in value)
    return False


def _discrepancy_problems(record: dict) -> list[tuple[str, str]]:
    claims, reviews = record.get("claims"), record.get("reviews")
    found = []
    if isinstance(claims, list) and (
        len(claims) < 2
        or not all(isinstance(c, dict) and type(c.get("claim")) is int for c in claims)
    ):
        found.append(("claims", "must list two or more {'claim': id, 'role': role}"))
    if isinstance(reviews, list) and not all(
        isinstance(r, dict)
        and r.get("status") in REVIEW_STATUSES
        and isinstance(r.get("note"), str | None)
        and isinstance(r.get("at"), str)
        for r in reviews
    ):
        found.append(("reviews", "each review needs a status, a note (or null) and an `at` time"))
    return found
