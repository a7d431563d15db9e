"""m009 onwards: discrepancies of two or more claims, the new kinds, superseded claims (frozen)."""

from sqlite_utils import Database

from db.migrations import migrations

KINDS_BEFORE = "('conflict', 'part_exceeds_whole', 'cumulative_decrease')"
KINDS_AFTER = (
    "('conflict', 'part_exceeds_whole', 'parts_exceed_whole', 'cumulative_decrease',"
    " 'misquote', 'divergence')"
)
STATUS_BEFORE = "CHECK (status IN ('active', 'retracted'))"
STATUS_AFTER = "CHECK (status IN ('active', 'retracted', 'superseded'))"


def widen_check(db: Database, table: str, before: str, after: str) -> None:
    """Let a CHECK list admit more values without rebuilding the table (rows already satisfy
    the wider rule). SQLite documents editing sqlite_schema for changes that leave the stored
    rows valid ("Making Other Kinds Of Table Schema Changes"); the schema version is bumped so
    every open connection re-reads it."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table])
    sql = sql[0] if isinstance(sql, tuple) else sql
    if before not in sql:
        raise RuntimeError(f"{table}: expected {before!r} in its CREATE TABLE")
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
            [sql.replace(before, after), table],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


@migrations()
def m009_discrepancies_of_several_claims(db: Database) -> None:
    """Each discrepancy lists its claims with their roles; new kinds; superseded claims."""
    widen_check(db, "discrepancies", KINDS_BEFORE, KINDS_AFTER)
    widen_check(db, "claims", STATUS_BEFORE, STATUS_AFTER)
    db.execute("ALTER TABLE claims ADD COLUMN superseded_by INTEGER REFERENCES claims(id)")
    db.execute("ALTER TABLE claims ADD COLUMN superseded_at TEXT")
    db.execute("ALTER TABLE claims ADD COLUMN dated_by TEXT")
    db.execute("ALTER TABLE discrepancies ADD COLUMN claims_key TEXT")
    db.execute("UPDATE discrepancies SET claims_key = claim_a || ',' || claim_b")
    db.execute(
        "CREATE UNIQUE INDEX idx_discrepancies_claims_key ON discrepancies(kind, claims_key)"
    )
    db.execute(
        """CREATE TABLE discrepancy_claims (
            discrepancy_id INTEGER NOT NULL REFERENCES discrepancies(id),
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            position INTEGER NOT NULL,
            role TEXT NOT NULL CONSTRAINT discrepancy_role CHECK (role IN ('higher', 'lower',
                'part', 'whole', 'earlier', 'later', 'larger', 'smaller', 'ceiling', 'other')),
            PRIMARY KEY (discrepancy_id, claim_id)
        )"""
    )
    db.execute("CREATE INDEX idx_discrepancy_claims_claim ON discrepancy_claims(claim_id)")
    for side, position in (("claim_a", 0), ("claim_b", 1)):
        db.execute(
            f"""INSERT INTO discrepancy_claims (discrepancy_id, claim_id, position, role)
            SELECT id, {side}, {position}, CASE kind
                WHEN 'conflict' THEN {"'higher'" if position == 0 else "'lower'"}
                WHEN 'part_exceeds_whole' THEN {"'part'" if position == 0 else "'whole'"}
                ELSE {"'earlier'" if position == 0 else "'later'"} END
            FROM discrepancies"""
        )
    db.execute("CREATE INDEX idx_claims_superseded_by ON claims(superseded_by)")
    db.execute(
        "CREATE INDEX idx_claims_statement ON claims(source_id, metric_id, location_id, as_of)"
    )
