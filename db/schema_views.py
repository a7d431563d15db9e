"""What Datasette browses: settings, readable views, search, indexes (m004 onwards, frozen)."""

from sqlite_utils import Database

from db.migrations import migrations

# --- browsing in Datasette (issue 4): settings, readable views, search, indexes ------------
# The SQL below is frozen with its migration: a later change gets a new migration that
# replaces the view, never an edit here.

_M005_NUMBER = (
    "CASE WHEN {col} = CAST({col} AS INTEGER) THEN printf('%,d', {col})"
    " ELSE CAST({col} AS TEXT) END"
)


def _m005_stated(alias: str) -> str:
    """A claim's figure as the source stated it: 'about 300,000', 'between 10 and 20 km'."""

    def number(column: str) -> str:
        return _M005_NUMBER.format(col=f"{alias}.{column}")

    return f"""(CASE {alias}.quantifier
            WHEN 'exact' THEN {number("value")}
            WHEN 'approximately' THEN 'about ' || {number("value")}
            WHEN 'at_least' THEN 'at least ' || {number("value")}
            WHEN 'at_most' THEN 'at most ' || {number("value")}
            WHEN 'range' THEN 'between ' || {number("value_low")} || ' and '
                || {number("value_high")}
            WHEN 'vague' THEN {alias}.vague
        END || CASE WHEN {alias}.unit_stated <> {alias}.unit
            THEN ' ' || {alias}.unit_stated ELSE '' END)"""


@migrations()
def m004_settings(db: Database) -> None:
    """Instance settings the read models need, starting with where the API answers."""
    db.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute("INSERT INTO settings (key, value) VALUES ('api_base_url', 'http://127.0.0.1:5000')")


@migrations()
def m005_readable_views(db: Database) -> None:
    """Read models for Datasette: names instead of ids, both claims of a discrepancy side by side.

    Names and the claims' fields are scalar subqueries on primary keys, not joins: SQLite
    evaluates only the columns a query uses, so Datasette's count(*) and facets stay index scans.
    """

    def of_claim(claim: str, expression: str) -> str:
        return f"(SELECT {expression} FROM claims c WHERE c.id = {claim})"

    def name_of(table: str, column: str, key: str) -> str:
        return f"(SELECT {column} FROM {table} WHERE id = {key})"

    db.create_view(
        "claims_readable",
        f"""SELECT
            c.id,
            {name_of("metrics", "slug", "c.metric_id")} AS metric,
            {name_of("locations", "name", "c.location_id")} AS location,
            {name_of("sources", "name", "c.source_id")} AS source,
            c.quantifier,
            {_m005_stated("c")} AS stated,
            c.low,
            c.high,
            c.best,
            c.unit,
            c.as_of,
            c.as_of_start,
            c.as_of_end,
            c.since,
            c.stated_on,
            c.status,
            c.quote,
            c.interval_rule,
            c.retracted_reason,
            c.created_at,
            c.metric_id,
            c.location_id,
            c.source_id
        FROM claims c""",
    )
    sides = []
    for side in ("a", "b"):
        claim = f"d.claim_{side}"
        source = name_of("sources", "name", "c.source_id")
        sides.append(
            f"""{claim},
            {of_claim(claim, source)} AS source_{side},
            {of_claim(claim, _m005_stated("c"))} AS stated_{side},
            {of_claim(claim, "c.low")} AS low_{side},
            {of_claim(claim, "c.high")} AS high_{side},
            {of_claim(claim, "c.as_of")} AS as_of_{side},
            {of_claim(claim, "c.stated_on")} AS stated_on_{side},
            {of_claim(claim, "c.quote")} AS quote_{side}"""
        )
    db.create_view(
        "discrepancy_report",
        f"""SELECT
            d.id,
            d.kind,
            d.status,
            d.ratio,
            {name_of("metrics", "slug", "d.metric_id")} AS metric,
            {name_of("locations", "name", "d.location_id")} AS location,
            {of_claim("d.claim_a", "c.unit")} AS unit,
            {sides[0]},
            {sides[1]},
            d.explanation,
            d.note,
            d.detected_at,
            d.reviewed_at,
            COALESCE(
                (SELECT value FROM settings WHERE key = 'api_base_url'), 'http://127.0.0.1:5000'
            ) || '/reconciliation/chart?metric=' || {name_of("metrics", "slug", "d.metric_id")}
                || '&location=' || d.location_id AS chart,
            d.metric_id,
            d.location_id
        FROM discrepancies d""",
    )


@migrations()
def m006_full_text_search(db: Database) -> None:
    """Search the words of claims (quote) and documents (title); triggers keep it current."""
    db.table("claims").enable_fts(["quote"], create_triggers=True)
    db.table("documents").enable_fts(["title"], create_triggers=True)


@migrations()
def m007_browsing_indexes(db: Database) -> None:
    """What canned queries and default facets look up: names in any case, status/kind pairs."""
    db.execute("CREATE INDEX idx_locations_name ON locations(name COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_sources_name ON sources(name COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_location_aliases_name ON location_aliases(name COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_source_aliases_name ON source_aliases(name COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_discrepancies_status_kind ON discrepancies(status, kind)")
    db.execute("CREATE INDEX idx_discrepancies_kind_status ON discrepancies(kind, status)")


@migrations()
def m008_chart_path_from_the_edge(db: Database) -> None:
    """The report's chart link uses the path the API stored (`chart_path`), not one of ours."""
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'discrepancy_report'"
    ).fetchone()[0]
    select = sql[sql.index("SELECT") :].replace(
        "'/reconciliation/chart?metric='",
        "(SELECT value FROM settings WHERE key = 'chart_path') || '?metric='",
    )
    db.create_view("discrepancy_report", select, replace=True)


@migrations()
def m010_report_lists_every_claim(db: Database) -> None:
    """The report lists every claim of a discrepancy with its role (parts_exceed_whole has
    more than two); the a and b columns keep the first two side by side."""
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'discrepancy_report'"
    ).fetchone()[0]
    select = sql[sql.index("SELECT") :].replace(
        "d.ratio,",
        """d.ratio,
            (SELECT group_concat(member, ', ') FROM (SELECT dc.claim_id || ' (' || dc.role || ')'
                AS member FROM discrepancy_claims dc WHERE dc.discrepancy_id = d.id
                ORDER BY dc.position)) AS claims,""",
        1,
    )
    db.create_view("discrepancy_report", select, replace=True)
