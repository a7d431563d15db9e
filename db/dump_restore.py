"""Restoring a dump (db/dump.py) all or nothing, so that a database moves without loss."""

import json
import sqlite3
import time
from collections.abc import Callable, Iterable

from sqlite_utils import Database

from db import metrics as metric_store
from db import places
from db.connection import write_transaction
from db.dump import problems
from db.dump_replay import Refused, Replay
from db.imports import MAX_WARNINGS, ImportReport, _errors_of, _flatten
from figures.errors import FiguresError
from figures.metrics import Metric
from figures.settings import Settings

ROWS = "temp.dump_rows"
_POSTED = "metric quantifier value low high vague unit household_size stated_on as_of since quote"
_DOCUMENT = ("title", "url", "publisher", "published_on")
# (type, field, type referred to): every id a record names must be a record of the dump.
_REFERENCES = (
    ("place", "part_of", "place"),
    ("place", "merged_into", "place"),
    ("source", "merged_into", "source"),
    ("claim", "location", "place"),
    ("claim", "source", "source"),
    ("claim", "superseded_by", "claim"),
    ("recommendation", "location", "place"),
    ("recommendation", "claim", "claim"),
)


def restore_dump(
    db: Database,
    lines: Iterable[str],
    validate: Callable[[dict], dict],
    settings: Settings,
    token: str | None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Restore a dump in one write transaction (ids mapped to the new database's), or nothing.

    Metrics, places (p-codes, enclosing places, aliases) and sources (grades, aliases) first;
    then the claims in id order through store_claims without detection, interleaved in time
    with what happened to them: detection runs over the claims stored so far before each
    retraction, review or recommendation is replayed, and after each claim that completed a
    discrepancy of the dump, so a discrepancy is found between claims that were both active
    and a retracted claim leaves no new one. Reviews are replayed onto the discrepancy of the
    same kind between the same claims. validate(claim) loads a claim in the POST /claims shape
    or raises (as for db.imports.import_claims). progress(done, total) follows the claims."""
    started = time.perf_counter()
    report = ImportReport()
    try:
        with write_transaction(db):
            restore = Restore(db, report, validate, settings, token, progress)
            restore.run(lines)
            report.committed = True
    except Refused:
        report.created = report.repeats = report.retracted = report.discrepancies = 0
    report.seconds = time.perf_counter() - started
    return report


class Restore:
    def __init__(self, db, report, validate, settings, token, progress):
        self.db, self.report, self.validate = db, report, validate
        self.settings, self.token, self.progress = settings, token, progress
        self.refused_lines: set[int] = set()
        self.maps: dict[str, dict[int, int]] = {"place": {}, "source": {}, "claim": {}}
        self.created: dict[str, set[int]] = {"place": set(), "source": set(), "claim": set()}

    def refuse(self, line: int, field: str, reason: str) -> None:
        if line not in self.refused_lines:
            self.refused_lines.add(line)
            self.report.rejected_rows += 1
        self.report.reject(line, field, reason)

    def warn(self, text: str) -> None:
        self.report.warning_count += 1
        if len(self.report.warnings) < MAX_WARNINGS:
            self.report.warnings.append(text)

    def stop_if_refused(self) -> None:
        if not self.report.ok:
            raise Refused

    def rows(self, kind: str, order: str = "line"):
        return self.db.execute(
            f"SELECT line, id, body, item FROM {ROWS} WHERE type = ? ORDER BY {order}", [kind]
        )

    def run(self, lines: Iterable[str]) -> None:
        self.db.execute(
            f"CREATE TEMP TABLE {ROWS} (line INTEGER PRIMARY KEY, type TEXT NOT NULL, id INTEGER,"
            " body TEXT NOT NULL, item TEXT, UNIQUE (type, id))"
        )
        self.read(lines)
        self.stop_if_refused()
        self.check_references()
        self.stop_if_refused()
        before = self.db.execute("SELECT coalesce(max(id), 0) FROM discrepancies").fetchone()[0]
        self.metrics()
        self.stop_if_refused()
        self.names(places.LOCATIONS, "place", ("pcode", "household_size"))
        self.names(places.SOURCES, "source", ("kind", "grade"))
        Replay(self, before).run()
        self.stop_if_refused()
        after = self.db.execute("SELECT count(*) FROM discrepancies WHERE id > ?", [before])
        self.report.discrepancies = after.fetchone()[0]
        self.db.execute(f"DROP TABLE {ROWS}")

    # --- reading: every line parsed and checked before anything is written -----------------

    def read(self, lines: Iterable[str]) -> None:
        for number, text in enumerate(lines, 1):
            if not text.strip():
                continue
            self.report.rows += 1
            try:
                found = json.loads(text)
            except ValueError as error:
                self.refuse(number, "_line", f"not JSON: {error}")
                continue
            if not isinstance(found, dict):
                self.refuse(number, "_line", "not a JSON object")
                continue
            for field, reason in problems(found):
                self.refuse(number, field, reason)
            if number in self.refused_lines:
                continue
            item = self.claim_item(number, found) if found["type"] == "claim" else None
            try:
                self.db.execute(
                    f"INSERT INTO {ROWS} VALUES (?, ?, ?, ?, ?)",
                    [number, found["type"], found.get("id"), text, item],
                )
            except sqlite3.IntegrityError:
                self.refuse(number, "id", f"a second {found['type']} with id {found['id']}")
            except OverflowError:
                self.refuse(number, "id", "out of range: ids are at most 2**63 - 1")

    def claim_item(self, line: int, found: dict) -> str | None:
        """The claim as POST /claims takes it, loaded by the validator with each of its
        documents (its place and source are mapped later), as JSON text; None when refused."""
        posted = {k: found[k] for k in _POSTED.split() if found.get(k) is not None}
        documents = [
            {k: d[k] for k in _DOCUMENT if d.get(k) is not None}
            for d in found["citations"]
            if isinstance(d, dict)
        ]
        documents = [d for d in documents if d]
        loaded, cited = None, []
        for index, document in enumerate(documents or [None]):
            item = posted | {"location": "-", "source": "-"}
            item |= {"reported_in": document} if document else {}
            try:
                claim = self.validate(item)
            except Exception as error:  # the validator's own error type
                errors = _errors_of(error)
                if errors is None:
                    raise
                for field, reason in _flatten(errors):
                    self.refuse(line, field.replace("reported_in", f"citations.{index}"), reason)
                continue
            loaded = loaded or claim
            cited += [claim["reported_in"]] if document else []
        if loaded is None or line in self.refused_lines:
            return None
        loaded.pop("reported_in", None)
        return json.dumps(loaded | {"citations": cited})

    def check_references(self) -> None:
        for kind, field, target in _REFERENCES:
            for line, wanted in self.db.execute(
                f"SELECT r.line, json_extract(r.body, '$.{field}') AS wanted FROM {ROWS} r"
                f" WHERE r.type = ? AND wanted IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {ROWS}"
                " t WHERE t.type = ? AND t.id = wanted)",
                [kind, target],
            ).fetchall():
                self.refuse(line, field, f"no {target} with id {wanted} in the dump")
        for line, wanted in self.db.execute(
            f"SELECT r.line, json_extract(m.value, '$.claim') AS wanted FROM {ROWS} r,"
            " json_each(r.body, '$.claims') m WHERE r.type = 'discrepancy' AND NOT EXISTS"
            f" (SELECT 1 FROM {ROWS} t WHERE t.type = 'claim' AND t.id = wanted)"
        ).fetchall():
            self.refuse(line, "claims", f"no claim with id {wanted} in the dump")

    # --- the vocabulary: metrics, places and sources -----------------------------------------

    def metrics(self) -> None:
        known = metric_store.all_metrics(self.db)
        for line, _, body, _ in self.rows("metric").fetchall():
            found = json.loads(body)
            metric = Metric(*(found[k] for k in ("slug", "label", "unit", "kind", "part_of")))
            if metric.slug in known:
                self.report.repeats += 1
                if known[metric.slug] != metric:
                    self.warn(f"line {line}: metric {metric.slug!r} is kept as it was defined")
                continue
            try:
                metric_store.create(self.db, metric, self.token)
            except FiguresError as error:
                self.refuse(line, error.field, error.message)
                continue
            known[metric.slug] = metric
            self.report.created += 1

    def names(self, kind: places.Kind, name: str, columns: tuple[str, str]) -> None:
        """Places (or sources): the live ones found or created with their aliases, then their
        enclosing places, then the merged ones mapped to what they were merged into."""
        mapped, created, merged = self.maps[name], self.created[name], {}
        for line, old, body, _ in self.rows(name).fetchall():
            found = json.loads(body)
            if found["merged_into"] is not None:
                merged[old] = (line, found["merged_into"])
                continue
            described = {c: found.get(c) for c in columns}
            pcode = described.get("pcode")
            existing = places.find(self.db, kind, found["name"])
            if existing is None and pcode:
                existing = places.find_by_pcode(self.db, pcode)
            if existing is None:
                new, _, _ = places.resolve_or_create(
                    self.db, kind, found["name"], self.token, described
                )
                created.add(new)
                self.report.created += 1
            else:
                new = existing
                self.report.repeats += 1
                self.fill_in(kind, new, described)
            mapped[old] = new
            for alias in found["aliases"]:
                owner = places.find(self.db, kind, alias)
                if owner is None:
                    places.add_alias(self.db, kind, new, alias, self.token)
                elif owner != new:
                    self.warn(f"line {line}: {alias!r} already names {kind.label} {owner}")
        if kind is places.LOCATIONS:
            self.enclosures()
        for old, (_, into) in merged.items():
            seen = {old}
            while into in merged and into not in seen:
                seen.add(into)
                into = merged[into][1]
            mapped[old] = mapped[into]
            self.report.created += mapped[into] in created
            self.report.repeats += mapped[into] not in created

    def fill_in(self, kind: places.Kind, row_id: int, described: dict) -> None:
        """What an existing place (or source) does not say yet, from the dump."""
        columns = [c for c, v in described.items() if v is not None]
        if not columns:
            return
        stored = self.db.execute(
            f"SELECT {', '.join(columns)} FROM {kind.table} WHERE id = ?", [row_id]
        ).fetchone()
        changes = {c: described[c] for c, v in zip(columns, stored, strict=True) if v is None}
        if changes.get("pcode") and places.find_by_pcode(self.db, changes["pcode"]) is not None:
            del changes["pcode"]
        places.describe(self.db, row_id, changes, self.token, kind)

    def enclosures(self) -> None:
        """Each created place encloses what it enclosed (a p-code's guess is overruled); an
        existing place without an enclosing place gets the dump's."""
        for line, old, body, _ in self.rows("place").fetchall():
            found = json.loads(body)
            new = self.maps["place"].get(old)
            if new is None or found["merged_into"] is not None:
                continue
            wanted = self.maps["place"].get(found["part_of"]) if found["part_of"] else None
            (current,) = self.db.execute(
                "SELECT part_of FROM locations WHERE id = ?", [new]
            ).fetchone()
            if current == wanted or (new not in self.created["place"] and current is not None):
                continue
            if wanted is not None and new in places.enclosing(self.db, wanted):
                self.warn(f"line {line}: place {new} cannot be within place {wanted} (a cycle)")
                continue
            places.describe(self.db, new, {"part_of": wanted}, self.token)
