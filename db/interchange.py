"""The names app.py still imports from here, now in db.export and db.imports."""

# temporary: removed when app.py moves to api/
from db.export import (  # noqa: F401
    FORMATS,
    claims_text,
    discrepancies_text,
    export_claims,
    export_discrepancies,
)
from db.imports import RowInvalid, import_claims, read_claim_rows  # noqa: F401
