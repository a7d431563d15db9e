"""The metric vocabulary in the database: the built-ins, user additions, and their parents."""

from sqlite_utils import Database

from db.history import now, record
from figures.errors import Conflict, FiguresError
from figures.metrics import BUILTIN_METRICS, KINDS, Metric
from figures.units import parse_unit


def seed_builtin(db: Database) -> None:
    """Insert the built-in vocabulary once; existing rows are never rewritten."""
    for metric in BUILTIN_METRICS:
        if db.execute("SELECT 1 FROM metrics WHERE slug = ?", [metric.slug]).fetchone() is None:
            _insert(db, metric, None)


def _insert(db: Database, metric: Metric, token: str | None) -> int:
    parent = None
    if metric.part_of:
        row = db.execute("SELECT id FROM metrics WHERE slug = ?", [metric.part_of]).fetchone()
        parent = row[0]
    cursor = db.execute(
        "INSERT INTO metrics (slug, label, unit, kind, part_of, created_at) VALUES (?,?,?,?,?,?)",
        [metric.slug, metric.label, metric.unit, metric.kind, parent, now()],
    )
    record(db, "create", "metrics", cursor.lastrowid, metric.__dict__, token)
    return cursor.lastrowid


def vocabulary(db: Database) -> tuple[dict[str, Metric], dict[str, int]]:
    """Every metric by slug, and every metric's id by slug: one read of a small table."""
    rows = db.execute(
        "SELECT m.slug, m.label, m.unit, m.kind, p.slug, m.id FROM metrics m"
        " LEFT JOIN metrics p ON p.id = m.part_of ORDER BY m.id"
    ).fetchall()
    return {row[0]: Metric(*row[:5]) for row in rows}, {row[0]: row[5] for row in rows}


def all_metrics(db: Database) -> dict[str, Metric]:
    """Every metric by slug (a small table, read whole)."""
    return vocabulary(db)[0]


def metric_ids(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT slug, id FROM metrics").fetchall())


def create(db: Database, metric: Metric, token: str | None) -> Metric:
    """Add a metric after checking its slug is new, its unit real and its parent known."""
    known = all_metrics(db)
    if metric.slug in known:
        raise Conflict("slug", f"metric {metric.slug!r} already exists")
    if metric.kind not in KINDS:
        raise FiguresError("kind", f"kind must be one of {', '.join(KINDS)}")
    parse_unit(metric.unit)
    if metric.part_of is not None:
        if metric.part_of not in known:
            raise FiguresError("part_of", f"unknown metric {metric.part_of!r}")
        parent_unit = parse_unit(known[metric.part_of].unit)
        if parse_unit(metric.unit).dimensionality != parent_unit.dimensionality:
            raise FiguresError("part_of", "a part must be counted in its whole's unit")
    _insert(db, metric, token)
    return metric
