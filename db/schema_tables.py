"""The tables, with their constraints: frozen migrations m001 to m003 (never edited once run)."""

from sqlite_utils import Database

from db.migrations import migrations


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
