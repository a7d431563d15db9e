"""The write use cases: each takes primitives, owns its write transaction, and says what it did."""

from sqlite_utils import Database

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from db import places, shadow
from db.connection import write_transaction
from db.detection import recheck
from db.history import now, record
from db.ingest import Ingested, store_claims
from db.migrations import migrate
from figures.errors import Conflict, FiguresError, NotFound
from figures.metrics import Metric
from figures.review import NEXT_REVIEW
from figures.settings import BATCH_OUTSIDE_LOCK, Settings


def init_db(db: Database, instance: dict[str, str] | None = None) -> None:
    """Migrate (idempotent), add the built-in metrics, and store the edge's instance settings
    (where the API answers, the chart's path) that the read models link to."""
    migrate(db)
    with write_transaction(db):
        metric_store.seed_builtin(db)
        for key, value in (instance or {}).items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


def post_claims(db: Database, items: list[dict], token: str | None, settings: Settings) -> Ingested:
    """Store validated claims all or nothing (BatchInvalid names the refused items). A big batch
    is worked out on a copy, outside the write lock (db/shadow); when another writer commits
    meanwhile it is worked out again, and the second time under the lock."""
    if len(items) >= BATCH_OUTSIDE_LOCK:
        try:
            return shadow.post(db, items, token, settings)
        except shadow.Stale:
            pass
    with write_transaction(db):
        return store_claims(db, items, token, settings)


def retract_claim(db: Database, claim_id: int, reason: str, token: str | None) -> list[int]:
    """Mark the claim retracted and close its open discrepancies; their ids."""
    with write_transaction(db):
        if not claim_store.exists(db, claim_id):
            raise NotFound("id", "No such claim.", f"No claim {claim_id}.")
        if not claim_store.retract(db, claim_id, reason, token):
            raise Conflict("id", "Already retracted.", f"Claim {claim_id} is already retracted.")
        return discrepancy_store.close_for_claim(db, claim_id, token, "was retracted")


def review_discrepancy(
    db: Database, discrepancy_id: int, status: str, note: str | None, token: str | None
) -> None:
    with write_transaction(db):
        found = discrepancy_store.get(db, discrepancy_id)
        if found is None:
            raise NotFound("id", "No such discrepancy.", f"No discrepancy {discrepancy_id}.")
        if status not in NEXT_REVIEW[found["status"]]:
            allowed = ", ".join(sorted(NEXT_REVIEW[found["status"]]))
            raise Conflict(
                "status",
                f"A {found['status']} discrepancy can move to: {allowed}.",
                f"Discrepancy {discrepancy_id} is {found['status']}; a review moves forward.",
            )
        discrepancy_store.review(db, discrepancy_id, status, note, token)


def create_metric(db: Database, metric: Metric, token: str | None) -> Metric:
    with write_transaction(db):
        return metric_store.create(db, metric, token)


def create_location(
    db: Database, fields: dict, token: str | None, settings: Settings
) -> tuple[int, list[str]]:
    """A new place from its name and description; 409 when the name is already a place."""
    with write_transaction(db):
        existing = places.find(db, places.LOCATIONS, fields["name"])
        if existing is not None:
            raise Conflict(
                "name",
                f"Already known as place {existing}; PATCH it.",
                f"{fields['name']!r} is already place {existing}.",
            )
        extra = _location_fields(db, fields, None)
        location_id, warnings, _ = places.resolve_or_create(
            db, places.LOCATIONS, fields["name"], token, extra, settings.alias_link
        )
    return location_id, warnings


def describe_location(
    db: Database, location_id: int, fields: dict, token: str | None, settings: Settings
) -> None:
    """Set a place's p-code, enclosing place or household size; re-check when it moved."""
    with write_transaction(db):
        _existing(db, places.LOCATIONS, location_id)
        changes = _location_fields(db, fields, location_id)
        places.describe(db, location_id, changes, token)
        if "part_of" in changes:
            recheck(db, "location_id", location_id, token, settings)


def describe_source(db: Database, source_id: int, fields: dict, token: str | None) -> None:
    """Grade a source or say what kind it is (the old values go to the history)."""
    with write_transaction(db):
        _existing(db, places.SOURCES, source_id)
        changes = {k: fields[k] for k in ("grade", "kind") if k in fields}
        places.describe(db, source_id, changes, token, places.SOURCES)


def add_alias(
    db: Database, kind: places.Kind, row_id: int, name: str, token: str | None, settings: Settings
) -> tuple[int | None, list[int], bool]:
    """NAME now means this place (or source); a row of that name is merged and re-checked.
    The last answer says whether NAME already meant it (then nothing changed)."""
    with write_transaction(db):
        _existing(db, kind, row_id)
        if places.find(db, kind, name) == row_id:
            return None, [], True
        merged = places.add_alias(db, kind, row_id, name, token)
        found = recheck(db, kind.fk, row_id, token, settings) if merged else []
    return merged, found, False


def _existing(db: Database, kind: places.Kind, row_id: int) -> None:
    if not places.exists(db, kind, row_id):
        raise NotFound("id", f"No such {kind.label}.", f"No {kind.label} {row_id}.")


def _check_pcode_within(db: Database, pcode: str | None, parent: int) -> None:
    """A p-code is hierarchical: a place's p-code extends its enclosing place's."""
    row = db.execute("SELECT pcode FROM locations WHERE id = ?", [parent]).fetchone()
    outer = row[0] if row else None
    if pcode and outer and not pcode.strip().upper().startswith(outer.strip().upper()):
        raise FiguresError(
            "pcode",
            f"p-code {pcode!r} does not extend {outer!r}, the p-code of the place given as part_of",
            f"p-code {pcode!r} contradicts part_of (place {parent}, p-code {outer!r}).",
        )


def _location_fields(db: Database, fields: dict, location_id: int | None) -> dict:
    """The stored columns for a place's description: p-code free, part_of resolved, no cycle."""
    found = {k: fields[k] for k in ("pcode", "household_size") if k in fields}
    if "pcode" in found:
        owner = places.find_by_pcode(db, found["pcode"])
        if owner is not None and owner != location_id:
            raise Conflict(
                "pcode",
                f"Already used by place {owner}.",
                f"p-code {found['pcode']!r} is place {owner}.",
            )
    if "part_of" in fields:
        ref = fields["part_of"]
        if isinstance(ref, bool) or not isinstance(ref, int | str):
            raise FiguresError(
                "part_of",
                "Must be a place's id (integer) or name (string).",
                "part_of is a place's id or name.",
            )
        parent = places.resolve_id(db, places.LOCATIONS, ref, "part_of")
        _check_pcode_within(db, found.get("pcode"), parent)
        if location_id is not None and location_id in places.enclosing(db, parent):
            raise FiguresError(
                "part_of",
                "That would make a cycle of enclosing places.",
                "A place cannot enclose itself.",
            )
        found["part_of"] = parent
    return found


def recommend(
    db: Database, metric_id: int, location_id: int, claim_id: int, window: dict, note, token
) -> None:
    """Record the analyst's recommended figure for a window (a later choice replaces it in the
    answer; every choice stays in the table and the history)."""
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO recommendations (metric_id, location_id, claim_id, window_start,"
            " window_end, note, token_name, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [metric_id, location_id, claim_id, window["start"], window["end"], note, token, now()],
        )
        record(db, "recommend", "recommendations", cursor.lastrowid, {"claim": claim_id}, token)
