"""Storage serves claims and discrepancies in exactly the shape the OpenAPI schemas document."""

import pytest

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.demo import load_demo
from figures.settings import Settings
from schemas.claims import ClaimOut
from schemas.resources import DiscrepancyOut


@pytest.fixture
def seeded(app, db):
    with app.app_context():
        load_demo(db, Settings())
    return db


def test_served_claims_are_what_the_schema_dumps(seeded):
    ids = [row[0] for row in seeded.execute("SELECT id FROM claims").fetchall()]
    served = claim_store.served(seeded, ids)
    assert len(served) == 10
    for claim in served:
        assert set(claim) == set(ClaimOut().fields)
        assert ClaimOut().dump(claim) == claim


def test_served_discrepancies_are_what_the_schema_dumps(seeded):
    rows = discrepancy_store.page(seeded, {}, None, 50)
    served = discrepancy_store.served(seeded, rows)
    assert len(served) == 1
    for discrepancy in served:
        assert set(discrepancy) == set(DiscrepancyOut().fields)
        assert DiscrepancyOut().dump(discrepancy) == discrepancy
