"""m011 onwards: source grades, p-codes in any case, the analyst's recommended figures (frozen)."""

from sqlite_utils import Database

from db.migrations import migrations


@migrations()
def m011_grades_pcodes_recommendations(db: Database) -> None:
    """Admiralty grades on sources; p-codes matched in any case; recommended figures kept."""
    db.execute(
        "ALTER TABLE sources ADD COLUMN grade TEXT CONSTRAINT source_grade"
        " CHECK (grade IS NULL OR grade IN ('A', 'B', 'C', 'D', 'E', 'F'))"
    )
    db.execute("CREATE INDEX idx_sources_grade ON sources(grade)")
    db.execute("CREATE INDEX idx_locations_pcode_nocase ON locations(pcode COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_locations_merged_into ON locations(merged_into)")
    db.execute("CREATE INDEX idx_sources_merged_into ON sources(merged_into)")
    db.execute(
        """CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            location_id INTEGER NOT NULL REFERENCES locations(id),
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            window_start TEXT NOT NULL,
            window_end TEXT NOT NULL,
            note TEXT,
            token_name TEXT,
            chosen_at TEXT NOT NULL,
            CONSTRAINT window_ordered CHECK (window_end >= window_start)
        )"""
    )
    db.execute(
        "CREATE INDEX idx_recommendations_place ON recommendations(metric_id, location_id, id)"
    )
    db.execute(
        "CREATE INDEX idx_claims_statement_day ON claims(source_id, metric_id, dated_by,"
        " as_of_start)"
    )
