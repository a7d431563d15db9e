"""Datasette plugin: counts read as counts, "150,000" and not "150000.0" (SQLite keeps them as
REAL so hedged intervals can hold fractions), and a ratio with two decimals ("1.42"). Ids and
keys are left as they are."""

from datasette import hookimpl

NOT_COUNTS = {"id", "claim_a", "claim_b", "row_id", "position", "rowid"}


@hookimpl
def render_cell(value, column):
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if column in NOT_COUNTS or column.endswith("_id"):
        return None
    if column == "ratio":
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else None
    return f"{value:,}"
