"""What every write reads of the catalog (the metric vocabulary, the place hierarchy) and the
names it resolved, kept on the connection while their stamps stand (db/schema_catalog.py renews
them on change)."""

import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import metrics as metric_store
from figures.detect import Relations
from figures.metrics import Metric
from figures.settings import Settings

STAMP = "SELECT stamp, names FROM catalog_stamp"
MAX_NAMES = 100_000  # lookups of names kept per connection (forgotten whole past it)


@dataclass
class Catalog:
    """One reading of the catalog, with the detection relations built on it per settings."""

    stamp: bytes | None
    metrics: dict[str, Metric]
    metric_ids: dict[str, int]
    place_parents: dict[int, int]
    _relations: dict[tuple, Relations] = field(default_factory=dict)
    # The names' lookups writes made while the names' stamp stood (db.ingest's memo keys): each
    # answers as the database would until a place, a source or an alias changes.
    names_stamp: bytes | None = None
    names: dict = field(default_factory=dict)

    def relations(self, settings: Settings) -> Relations:
        """Detection's relations under these settings (their derived maps built once)."""
        key = (settings.window_days, settings.divergence)
        if key not in self._relations:
            self._relations[key] = Relations(
                metrics=self.metrics,
                place_parents=self.place_parents,
                window_days=settings.window_days,
                divergence=settings.divergence,
            )
        return self._relations[key]


def current(db: Database) -> Catalog:
    """The catalog as this connection sees it now: one read of the stamps, the vocabulary and
    hierarchy read again only when theirs changed, the names' lookups forgotten when theirs did.
    A file without stamps (a batch's private copy, db/shadow.py) is read every time."""
    try:
        stamp, names_stamp = db.execute(STAMP).fetchone()
    except sqlite3.OperationalError:  # no catalog_stamp table
        return _read(db, None)
    kept = getattr(db, "kept_catalog", None)
    if kept is None or kept.stamp != stamp:
        kept = db.kept_catalog = _read(db, stamp)
    if kept.names_stamp != names_stamp or len(kept.names) > MAX_NAMES:
        kept.names_stamp, kept.names = names_stamp, {}
    return kept


def _read(db: Database, stamp: bytes | None) -> Catalog:
    metrics, metric_ids = metric_store.vocabulary(db)
    return Catalog(stamp, metrics, metric_ids, _enclosed_places(db))


def _enclosed_places(db: Database) -> dict[int, int]:
    """Every place's enclosing place, leaving out places that have none: detection reads a
    missing place as None, so it need not load every place on every write."""
    return dict(
        db.execute(
            "SELECT id, part_of FROM locations WHERE merged_into IS NULL AND part_of IS NOT NULL"
            " ORDER BY id"
        ).fetchall()
    )
