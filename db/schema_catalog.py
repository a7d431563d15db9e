"""m016 onwards: a stamp that changes with the catalog, so writes keep what they read (frozen).

Every write read the whole metric vocabulary and place hierarchy again (about a tenth of a
single-claim POST). Triggers give the catalog a new random stamp whenever a metric or a place's
place in the hierarchy changes; a connection keeps what it read while the stamp stands
(db/catalog.py). Random, not a count: a rolled-back change's stamp never comes back.
"""

from sqlite_utils import Database

from db.migrations import migrations

NEW_STAMP = "UPDATE catalog_stamp SET stamp = randomblob(16)"
# (trigger name, event) for each change that alters what db/catalog.py reads
CHANGES = (
    ("metrics_change_the_catalog_insert", "INSERT ON metrics"),
    ("metrics_change_the_catalog_update", "UPDATE ON metrics"),
    ("locations_change_the_catalog_insert", "INSERT ON locations WHEN NEW.part_of IS NOT NULL"),
    ("locations_change_the_catalog_update", "UPDATE OF part_of, merged_into ON locations"),
)


@migrations()
def m016_catalog_stamp(db: Database) -> None:
    """One row whose stamp every change of the vocabulary or the hierarchy renews; and quotes
    re-indexed only when a quote changes (never: a guard refuses it), not on every status move."""
    db.execute(
        "CREATE TABLE catalog_stamp (id INTEGER PRIMARY KEY CHECK (id = 1), stamp BLOB NOT NULL)"
    )
    db.execute("INSERT INTO catalog_stamp (id, stamp) VALUES (1, randomblob(16))")
    db.execute(
        "CREATE TRIGGER catalog_stamp_never_deleted BEFORE DELETE ON catalog_stamp"
        " BEGIN SELECT RAISE(ABORT, 'the catalog stamp is kept'); END"
    )
    for name, event in CHANGES:
        when = event.split(" WHEN ", 1)
        condition = f" WHEN {when[1]}" if len(when) > 1 else ""
        db.execute(f"CREATE TRIGGER {name} AFTER {when[0]}{condition} BEGIN {NEW_STAMP}; END")
    db.execute("DROP TRIGGER claims_au")
    db.execute(
        'CREATE TRIGGER "claims_au" AFTER UPDATE OF quote ON "claims" BEGIN'
        ' INSERT INTO "claims_fts" ("claims_fts", rowid, "quote")'
        " VALUES('delete', old.rowid, old.\"quote\");"
        ' INSERT INTO "claims_fts" (rowid, "quote") VALUES (new.rowid, new."quote"); END'
    )
