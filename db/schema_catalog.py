"""m016 onwards: stamps that change with the catalog, so writes keep what they read (frozen).

Every write read the whole metric vocabulary and place hierarchy again (about a tenth of a
single-claim POST). Triggers give the catalog a new random stamp whenever a metric or a place's
place in the hierarchy changes; a connection keeps what it read while the stamp stands
(db/catalog.py). Random, not a count: a rolled-back change's stamp never comes back. A second
stamp (m017) does the same for the names a write resolves: any change to a place, a source or
their aliases renews it.
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


# The tables whose every change renews the names' stamp (m017): what a name resolves to, its
# merged family and a place's household size are read from these alone.
NAMED = ("locations", "location_aliases", "sources", "source_aliases")
NEW_NAMES_STAMP = "UPDATE catalog_stamp SET names = randomblob(16)"


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


@migrations()
def m017_names_stamp(db: Database) -> None:
    """The names' stamp, renewed by every insert, update or delete of a place, a source or an
    alias: a write keeps the names it resolved while it stands (db/catalog.py)."""
    db.execute("ALTER TABLE catalog_stamp ADD COLUMN names BLOB")
    db.execute(NEW_NAMES_STAMP)
    for table in NAMED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_change_the_names_{event.lower()} AFTER {event} ON {table}"
                f" BEGIN {NEW_NAMES_STAMP}; END"
            )
