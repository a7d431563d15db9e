"""m012 onwards: append-only enforced by the database itself (DESIGN 5), whoever writes (frozen).

No DELETE of claims, citations, documents, discrepancies or their claims, recommendations or
history; what a claim states never changes; a claim moves place or source only with a merge;
its status moves only forward; a review moves a discrepancy only forward (figures/review.py).
"""

from sqlite_utils import Database

from db.migrations import migrations

# Everything a claim states or was derived from at write time.
CLAIM_STATEMENT = (
    "metric_id quantifier value value_low value_high vague unit_stated household_size stated_on"
    " as_of as_of_start as_of_end since quote low high best unit interval_rule dedup_key"
    " created_at dated_by"
).split()
DISCREPANCY_FINDING = (
    "kind claim_a claim_b claims_key metric_id ratio explanation detected_at".split()
)


def _refuse(db: Database, name: str, event: str, when: str, message: str) -> None:
    condition = f" WHEN {when}" if when else ""
    db.execute(
        f"CREATE TRIGGER {name} BEFORE {event}{condition}"
        f" BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _changed(columns: list[str]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


@migrations()
def m012_append_only_guards(db: Database) -> None:
    """Triggers that refuse what the API never does, so no other writer can either."""
    for table in ("citations", "documents", "discrepancies", "discrepancy_claims"):
        _refuse(db, f"{table}_never_deleted", f"DELETE ON {table}", "", f"{table} are kept")
    _refuse(db, "recommendations_never_deleted", "DELETE ON recommendations", "", "kept")
    for table in ("citations", "discrepancy_claims", "recommendations"):
        _refuse(db, f"{table}_never_updated", f"UPDATE ON {table}", "", f"{table} never change")
    _refuse(
        db,
        "documents_never_rewritten",
        "UPDATE ON documents",
        _changed("url title publisher published_on key created_at".split()),
        "a document never changes",
    )
    _refuse(
        db,
        "claims_state_is_fixed",
        "UPDATE ON claims",
        _changed(CLAIM_STATEMENT),
        "what a claim states never changes",
    )
    for column, table in (("location_id", "locations"), ("source_id", "sources")):
        _refuse(
            db,
            f"claims_{column}_moves_only_by_merge",
            f"UPDATE OF {column} ON claims",
            f"NEW.{column} IS NOT OLD.{column} AND NEW.{column} IS NOT"
            f" (SELECT merged_into FROM {table} WHERE id = OLD.{column})",
            f"a claim moves to another {table[:-1]} only when its own is merged into it",
        )
    _refuse(
        db,
        "claims_status_moves_forward",
        "UPDATE ON claims",
        "(OLD.status <> 'active' AND NEW.status IS NOT OLD.status)"
        " OR (OLD.retracted_at IS NOT NULL AND"
        f" ({_changed(['retracted_reason', 'retracted_at'])}))"
        " OR (OLD.superseded_by IS NOT NULL AND"
        f" ({_changed(['superseded_by', 'superseded_at'])}))",
        "a retracted or superseded claim stays so",
    )
    _refuse(
        db,
        "discrepancies_finding_is_fixed",
        "UPDATE ON discrepancies",
        _changed(DISCREPANCY_FINDING),
        "what was found never changes; review it instead",
    )
    _refuse(
        db,
        "discrepancies_move_only_by_merge",
        "UPDATE OF location_id ON discrepancies",
        "NEW.location_id IS NOT OLD.location_id AND NEW.location_id IS NOT"
        " (SELECT merged_into FROM locations WHERE id = OLD.location_id)",
        "a discrepancy moves place only when its place is merged",
    )
    _refuse(
        db,
        "discrepancies_review_moves_forward",
        "UPDATE OF status ON discrepancies",
        "NEW.status IS NOT OLD.status AND NOT (OLD.status = 'open'"
        " OR (OLD.status = 'explained' AND NEW.status IN ('dismissed', 'resolved')))",
        "a review moves forward: open, then explained, then dismissed or resolved",
    )
