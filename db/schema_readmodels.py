"""m014 onwards: read models kept in step on write, so Datasette's pages stay fast (frozen).

Datasette filters a view's columns as written: `metric = 'idps'` on a column computed by a
subquery reads every row (2 s at 100,000 claims). Two narrow tables hold what the pages filter,
facet and sort by, each row written by a trigger on the base table, with the indexes those
filters need; the README's views keep their names and columns, read from these rows and fetch the
rest by primary key, one row at a time, only for the rows shown. Derived data: the base tables'
append-only guards (db/schema_guards.py) stay as they are; these rows move with them.
"""

from sqlite_utils import Database

from db.migrations import migrations
from db.schema_views import _m005_stated

CLAIM_LABELS = """CREATE TABLE claim_labels (
    id INTEGER PRIMARY KEY,
    metric TEXT,
    location TEXT,
    source TEXT,
    status TEXT
)"""
DISCREPANCY_LABELS = """CREATE TABLE discrepancy_labels (
    id INTEGER PRIMARY KEY,
    kind TEXT,
    status TEXT,
    ratio REAL,
    metric TEXT,
    location TEXT,
    claim_a INTEGER,
    claim_b INTEGER
)"""
# No constraints: the base tables hold them (a row here is written only after its base row
# passed them). What the README's pages filter and sort by (a row id ends every index).
INDEXES = {
    "claim_labels": ["metric, location", "location", "source", "status"],
    "discrepancy_labels": [
        "ratio",
        "metric, location, ratio",
        "location, ratio",
        "status, ratio",
        "status, kind, ratio",
        "kind, ratio",
    ],
}


def _name(table: str, column: str, key: str) -> str:
    return f"(SELECT {column} FROM {table} WHERE id = {key})"


def _claim_label_values(c: str) -> str:
    return ", ".join(
        [
            f"{c}.id",
            _name("metrics", "slug", f"{c}.metric_id"),
            _name("locations", "name", f"{c}.location_id"),
            _name("sources", "name", f"{c}.source_id"),
            f"{c}.status",
        ]
    )


def _discrepancy_label_values(d: str) -> str:
    return ", ".join(
        [
            f"{d}.id",
            f"{d}.kind",
            f"{d}.status",
            f"{d}.ratio",
            _name("metrics", "slug", f"{d}.metric_id"),
            _name("locations", "name", f"{d}.location_id"),
            f"{d}.claim_a",
            f"{d}.claim_b",
        ]
    )


def _triggers(db: Database) -> None:
    """One statement per written claim or discrepancy; renames and merges move the names."""
    db.execute(
        f"""CREATE TRIGGER claim_labels_follow_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claim_labels (id, metric, location, source, status)
            VALUES ({_claim_label_values("NEW")});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER claim_labels_follow_update
        AFTER UPDATE OF status, location_id, source_id ON claims
        WHEN NEW.status IS NOT OLD.status OR NEW.location_id IS NOT OLD.location_id
            OR NEW.source_id IS NOT OLD.source_id
        BEGIN
            UPDATE claim_labels SET status = NEW.status,
                location = {_name("locations", "name", "NEW.location_id")},
                source = {_name("sources", "name", "NEW.source_id")}
            WHERE id = NEW.id;
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER discrepancy_labels_follow_insert AFTER INSERT ON discrepancies BEGIN
            INSERT INTO discrepancy_labels
                (id, kind, status, ratio, metric, location, claim_a, claim_b)
            VALUES ({_discrepancy_label_values("NEW")});
        END"""
    )
    db.execute(
        f"""CREATE TRIGGER discrepancy_labels_follow_update
        AFTER UPDATE OF status, location_id ON discrepancies
        WHEN NEW.status IS NOT OLD.status OR NEW.location_id IS NOT OLD.location_id
        BEGIN
            UPDATE discrepancy_labels SET status = NEW.status,
                location = {_name("locations", "name", "NEW.location_id")}
            WHERE id = NEW.id;
        END"""
    )
    renames = [
        ("metrics", "slug", "metric", "metric_id"),
        ("locations", "name", "location", "location_id"),
        ("sources", "name", "source", None),
    ]
    for table, column, label, discrepancy_fk in renames:
        fk = f"{label}_id"
        discrepancies = (
            f"UPDATE discrepancy_labels SET {label} = NEW.{column} WHERE id IN"
            f" (SELECT id FROM discrepancies WHERE {discrepancy_fk} = NEW.id);"
            if discrepancy_fk
            else ""
        )
        db.execute(
            f"""CREATE TRIGGER {label}_labels_follow_rename AFTER UPDATE OF {column} ON {table}
            WHEN NEW.{column} IS NOT OLD.{column}
            BEGIN
                UPDATE claim_labels SET {label} = NEW.{column} WHERE id IN
                    (SELECT id FROM claims WHERE {fk} = NEW.id);
                {discrepancies}
            END"""
        )


def _views(db: Database) -> None:
    """The README's views over the labels: same names, same columns, same order as m005-m010."""

    def claim(column: str, key: str = "k.id") -> str:
        return f"(SELECT {column} FROM claims c WHERE c.id = {key})"

    plain = "quantifier {stated} low high best unit as_of as_of_start as_of_end since stated_on"
    before_status = [
        claim(_m005_stated("c")) + " AS stated" if c == "{stated}" else f"{claim('c.' + c)} AS {c}"
        for c in plain.split()
    ]
    last = "quote interval_rule retracted_reason created_at metric_id location_id source_id"
    after_status = [f"{claim('c.' + c)} AS {c}" for c in last.split()]
    db.create_view(
        "claims_readable",
        "SELECT k.id, k.metric, k.location, k.source, "
        + ", ".join([*before_status, "k.status", *after_status])
        + " FROM claim_labels k",
        replace=True,
    )

    def discrepancy(column: str) -> str:
        return f"(SELECT d.{column} FROM discrepancies d WHERE d.id = k.id)"

    sides = []
    for side in ("a", "b"):
        key = f"k.claim_{side}"
        sides += [
            key,
            f"{claim(_name('sources', 'name', 'c.source_id'), key)} AS source_{side}",
            f"{claim(_m005_stated('c'), key)} AS stated_{side}",
            *(
                f"{claim('c.' + c, key)} AS {c}_{side}"
                for c in ("low", "high", "as_of", "stated_on", "quote")
            ),
        ]
    members = (
        "(SELECT group_concat(member, ', ') FROM (SELECT dc.claim_id || ' (' || dc.role || ')'"
        " AS member FROM discrepancy_claims dc WHERE dc.discrepancy_id = k.id"
        " ORDER BY dc.position)) AS claims"
    )
    chart = (
        "COALESCE((SELECT value FROM settings WHERE key = 'api_base_url'),"
        " 'http://127.0.0.1:5000') || (SELECT value FROM settings WHERE key = 'chart_path')"
        f" || '?metric=' || k.metric || '&location=' || {discrepancy('location_id')} AS chart"
    )
    columns = [
        "k.id",
        "k.kind",
        "k.status",
        "k.ratio",
        members,
        "k.metric",
        "k.location",
        f"{claim('c.unit', 'k.claim_a')} AS unit",
        *sides,
        *(f"{discrepancy(c)} AS {c}" for c in ("explanation", "note", "detected_at")),
        f"{discrepancy('reviewed_at')} AS reviewed_at",
        chart,
        f"{discrepancy('metric_id')} AS metric_id",
        f"{discrepancy('location_id')} AS location_id",
    ]
    db.create_view(
        "discrepancy_report",
        "SELECT " + ",\n    ".join(columns) + "\nFROM discrepancy_labels k",
        replace=True,
    )


@migrations()
def m014_read_models(db: Database) -> None:
    """Label tables filled from what is stored, their indexes, the triggers, the views over them."""
    db.execute(CLAIM_LABELS)
    db.execute(DISCREPANCY_LABELS)
    db.execute(
        "INSERT INTO claim_labels (id, metric, location, source, status)"
        f" SELECT {_claim_label_values('c')} FROM claims c ORDER BY c.id"
    )
    db.execute(
        "INSERT INTO discrepancy_labels"
        " (id, kind, status, ratio, metric, location, claim_a, claim_b)"
        f" SELECT {_discrepancy_label_values('d')} FROM discrepancies d ORDER BY d.id"
    )
    for table, indexes in INDEXES.items():
        for columns in indexes:
            name = f"idx_{table}_{columns.replace(', ', '_')}"
            db.execute(f"CREATE INDEX {name} ON {table}({columns})")
    _triggers(db)
    _views(db)
