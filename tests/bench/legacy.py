"""The ingest path as it was before issue 6's fixes, patched back in for a side-by-side profile.

Each patch restores one replaced piece of code verbatim (or, for a cache, bypasses it); a patch
whose target has since been refactored away is skipped and reported, never forced.
"""

from contextlib import ExitStack, contextmanager
from dataclasses import replace
from unittest import mock

import db.detection
import db.ingest
import db.places
import figures.groups
import figures.units
from figures.metrics import ancestors


def _family_before(item, parents: dict, parts: dict | None = None) -> list:
    """figures.groups.family before: every item of `parents` scanned for each claim."""
    below = [other for other in parents if item in ancestors(other, parents)]
    return [item, *ancestors(item, parents), *below]


def _needs_household_size_before(unit: str) -> bool:
    """figures.units.needs_household_size before: pint parses the unit on every claim."""
    return "[household]" in figures.units.parse_unit(unit).dimensionality


_store_one_after = db.ingest._store_one


def _store_one_before(db_, item, metrics, metric_ids, token, settings, memo=None):
    """db.ingest._store_one without the batch's memo: every name and size looked up again."""
    return _store_one_after(db_, item, metrics, metric_ids, token, settings, {})


def _place_parents_before(db_) -> dict[int, int | None]:
    """db.places.place_parents, as ingest read it before: every live place on every write."""
    return dict(
        db_.execute("SELECT id, part_of FROM locations WHERE merged_into IS NULL").fetchall()
    )


def _uncached(function):
    """A function of figures.names without its lru_cache (the one functools.wraps kept)."""
    return getattr(function, "__wrapped__", function)


PATCHES = (
    (
        db.places,
        "LOCATIONS",
        replace(db.places.LOCATIONS, key=_uncached(db.places.LOCATIONS.key)),
        "place name keys computed per use",
    ),
    (
        db.places,
        "SOURCES",
        replace(db.places.SOURCES, key=_uncached(db.places.SOURCES.key)),
        "source name keys computed per use",
    ),
    (db.places, "skeleton", _uncached(db.places.skeleton), "name skeletons computed per use"),
    (figures.groups, "family", _family_before, "parts of each place scanned per claim"),
    (
        figures.units,
        "needs_household_size",
        _needs_household_size_before,
        "the stated unit parsed by pint per claim",
    ),
    (db.ingest, "_store_one", _store_one_before, "places, sources, household sizes per claim"),
    (db.detection, "_enclosed_places", _place_parents_before, "every place loaded per write"),
)


def describe() -> list[str]:
    return [
        f"{module.__name__}.{name}: {what}"
        + ("" if hasattr(module, name) else " (gone: not patched)")
        for module, name, _, what in PATCHES
    ]


@contextmanager
def before_fixes(active: bool = True):
    with ExitStack() as stack:
        if active:
            for module, name, replacement, _ in PATCHES:
                if hasattr(module, name):
                    stack.enter_context(mock.patch.object(module, name, replacement))
        yield
