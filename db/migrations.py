"""The schema, built step by step by sqlite_utils.Migrations: never drop-and-recreate."""

from sqlite_utils import Database, Migrations

migrations = Migrations("figures")


@migrations()
def m001_vocabulary(db: Database) -> None:
    db.execute(
        """CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL
                CONSTRAINT metric_kind CHECK (kind IN ('stock', 'flow', 'cumulative')),
            part_of INTEGER REFERENCES metrics(id),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE locations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            skeleton TEXT NOT NULL,
            pcode TEXT UNIQUE,
            part_of INTEGER REFERENCES locations(id),
            household_size REAL CONSTRAINT household_size_positive
                CHECK (household_size IS NULL OR household_size > 0),
            merged_into INTEGER REFERENCES locations(id),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE location_aliases (
            id INTEGER PRIMARY KEY,
            location_id INTEGER NOT NULL REFERENCES locations(id),
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            skeleton TEXT NOT NULL,
            kind TEXT,
            merged_into INTEGER REFERENCES sources(id),
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE source_aliases (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )"""
    )
    for table in ("locations", "sources"):
        db.execute(f"CREATE INDEX idx_{table}_key ON {table}(key)")
        db.execute(f"CREATE INDEX idx_{table}_skeleton ON {table}(skeleton)")
    db.execute("CREATE INDEX idx_location_aliases_location ON location_aliases(location_id)")
    db.execute("CREATE INDEX idx_source_aliases_source ON source_aliases(source_id)")
    db.execute("CREATE INDEX idx_locations_part_of ON locations(part_of)")
    db.execute("CREATE INDEX idx_metrics_part_of ON metrics(part_of)")


@migrations()
def m002_claims(db: Database) -> None:
    db.execute(
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            url TEXT,
            title TEXT,
            publisher TEXT,
            published_on TEXT,
            key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            location_id INTEGER NOT NULL REFERENCES locations(id),
            source_id INTEGER NOT NULL REFERENCES sources(id),
            quantifier TEXT NOT NULL CONSTRAINT quantifier_known CHECK (quantifier IN
                ('exact', 'approximately', 'at_least', 'at_most', 'range', 'vague')),
            value REAL CONSTRAINT value_non_negative CHECK (value IS NULL OR value >= 0),
            value_low REAL CONSTRAINT value_low_non_negative
                CHECK (value_low IS NULL OR value_low >= 0),
            value_high REAL,
            vague TEXT,
            unit_stated TEXT NOT NULL,
            household_size REAL CONSTRAINT claim_household_size_positive
                CHECK (household_size IS NULL OR household_size > 0),
            stated_on TEXT,
            as_of TEXT,
            as_of_start TEXT,
            as_of_end TEXT,
            since TEXT,
            quote TEXT,
            low REAL NOT NULL CONSTRAINT low_non_negative CHECK (low >= 0),
            high REAL,
            best REAL NOT NULL,
            unit TEXT NOT NULL,
            interval_rule TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active'
                CONSTRAINT claim_status CHECK (status IN ('active', 'retracted')),
            retracted_reason TEXT,
            retracted_at TEXT,
            dedup_key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            CONSTRAINT low_le_high CHECK (high IS NULL OR low <= high),
            CONSTRAINT stated_low_le_high CHECK (
                value_low IS NULL OR value_high IS NULL OR value_low <= value_high),
            CONSTRAINT as_of_ordered CHECK (
                as_of_start IS NULL OR as_of_end IS NULL OR as_of_end >= as_of_start)
        )"""
    )
    db.execute(
        """CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            created_at TEXT NOT NULL,
            UNIQUE (claim_id, document_id)
        )"""
    )
    db.execute("CREATE INDEX idx_claims_group ON claims(metric_id, location_id, as_of_start)")
    db.execute("CREATE INDEX idx_claims_location ON claims(location_id, as_of_start)")
    db.execute("CREATE INDEX idx_claims_source ON claims(source_id, as_of_start)")
    db.execute("CREATE INDEX idx_claims_status ON claims(status, id)")
    db.execute("CREATE INDEX idx_claims_as_of ON claims(as_of_start, as_of_end)")
    db.execute("CREATE INDEX idx_citations_document ON citations(document_id)")


@migrations()
def m003_discrepancies_history_tokens(db: Database) -> None:
    db.execute(
        """CREATE TABLE discrepancies (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CONSTRAINT discrepancy_kind CHECK (kind IN
                ('conflict', 'part_exceeds_whole', 'cumulative_decrease')),
            claim_a INTEGER NOT NULL REFERENCES claims(id),
            claim_b INTEGER NOT NULL REFERENCES claims(id),
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            location_id INTEGER NOT NULL REFERENCES locations(id),
            ratio REAL NOT NULL CONSTRAINT ratio_at_least_one CHECK (ratio >= 1),
            explanation TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CONSTRAINT discrepancy_status
                CHECK (status IN ('open', 'explained', 'dismissed', 'resolved')),
            note TEXT,
            detected_at TEXT NOT NULL,
            reviewed_at TEXT,
            CONSTRAINT distinct_claims CHECK (claim_a <> claim_b),
            UNIQUE (kind, claim_a, claim_b)
        )"""
    )
    db.execute("CREATE INDEX idx_discrepancies_severity ON discrepancies(ratio DESC, id)")
    db.execute("CREATE INDEX idx_discrepancies_status ON discrepancies(status, ratio DESC, id)")
    db.execute(
        "CREATE INDEX idx_discrepancies_metric ON discrepancies(metric_id, location_id, ratio DESC)"
    )
    db.execute("CREATE INDEX idx_discrepancies_location ON discrepancies(location_id, ratio DESC)")
    db.execute("CREATE INDEX idx_discrepancies_kind ON discrepancies(kind, ratio DESC)")
    db.execute("CREATE INDEX idx_discrepancies_claim_a ON discrepancies(claim_a)")
    db.execute("CREATE INDEX idx_discrepancies_claim_b ON discrepancies(claim_b)")
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            token_name TEXT,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER,
            detail TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_history_row ON history(table_name, row_id)")
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER history_append_only_{verb.lower()} BEFORE {verb} ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"""
        )
    db.execute(
        """CREATE TRIGGER claims_never_deleted BEFORE DELETE ON claims
        BEGIN SELECT RAISE(ABORT, 'claims are retracted, never deleted'); END"""
    )
    db.execute(
        """CREATE TABLE tokens (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )"""
    )


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


def migrate(db: Database) -> None:
    """Apply whatever migrations this file has not seen yet (idempotent)."""
    migrations.apply(db)
