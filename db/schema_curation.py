"""m011 onwards: source grades, p-codes in any case, recommended figures, a covering group index."""

import sqlite3

from sqlite_utils import Database

from db.migrations import migrations
from figures.names import name_key, skeleton, source_key


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


@migrations()
def m013_names_folded_again(db: Database) -> None:
    """Names are now folded to Latin before keying, and source synonyms come from a data file:
    recompute every stored key and skeleton so old rows still match and warn. Two aliases that
    now share a key (two places that were always one) keep their old keys: the likely-duplicate
    warning and an alias link are how an analyst joins them, never a silent merge."""
    rekey(
        db,
        (
            ("locations", name_key),
            ("sources", source_key),
            ("location_aliases", name_key),
            ("source_aliases", source_key),
        ),
    )


def rekey(db: Database, tables) -> None:
    """Recompute the stored key (and skeleton) of every row of TABLES, each (table, key
    function); a row whose new key another row holds keeps its old one (m013's rule)."""
    for table, key in tables:
        has_skeleton = table in ("locations", "sources")
        for row_id, name in db.execute(f"SELECT id, name FROM {table} ORDER BY id").fetchall():
            columns = {"key": key(name)} | ({"skeleton": skeleton(name)} if has_skeleton else {})
            assignments = ", ".join(f"{column} = ?" for column in columns)
            try:
                db.execute(
                    f"UPDATE {table} SET {assignments} WHERE id = ?", [*columns.values(), row_id]
                )
            except sqlite3.IntegrityError:
                continue


@migrations()
def m015_group_index_covers_detection(db: Database) -> None:
    """Detection reads a written claim's window by idx_claims_group and keeps only the rows it
    could pair with (source, interval, quantifier, how it is dated): with those columns in the
    index, the agreeing claims of a crowded window are passed over without reading their rows."""
    db.execute("DROP INDEX idx_claims_group")
    db.execute(
        "CREATE INDEX idx_claims_group ON claims(metric_id, location_id, as_of_start,"
        " as_of_end, status, source_id, low, high, quantifier, dated_by)"
    )
