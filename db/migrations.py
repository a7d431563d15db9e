"""The schema, built step by step by sqlite_utils.Migrations: never drop-and-recreate."""

from sqlite_utils import Database, Migrations

migrations = Migrations("figures")

# Registered in order (pending ones apply in this order): tables, kinds, curation, guards,
# views, then the read models behind them, then the catalog's stamp, then the lighter writes,
# then keys recomputed.
from db import (  # noqa: E402, F401, I001
    schema_tables,
    schema_kinds,
    schema_curation,
    schema_guards,
    schema_views,
    schema_readmodels,
    schema_catalog,
    schema_write_cost,
    schema_rekey,
)


def migrate(db: Database) -> None:
    """Apply whatever migrations this file has not seen yet (idempotent)."""
    migrations.apply(db)
