"""The seed article's figures as demo data: places, sources, aliases and claims."""

import json
from pathlib import Path

from sqlite_utils import Database

from db import places
from db.connection import write_transaction
from db.ingest import Ingested, store_claims
from figures.settings import Settings

DEMO_FILE = Path(__file__).with_name("demo.json")


def load_demo(db: Database, settings: Settings, token: str | None = "load-demo") -> Ingested:
    """Load the seed (idempotent: a second load only adds nothing new)."""
    demo = json.loads(DEMO_FILE.read_text())
    with write_transaction(db):
        for spec in demo["locations"]:
            location_id, _, _ = places.resolve_or_create(
                db, places.LOCATIONS, spec["name"], token, link=settings.alias_link
            )
            if spec.get("part_of"):
                parent = places.resolve_id(db, places.LOCATIONS, spec["part_of"], "part_of")
                db.execute(
                    "UPDATE locations SET part_of = ? WHERE id = ? AND part_of IS NULL",
                    [parent, location_id],
                )
            for alias in spec.get("aliases", []):
                places.add_alias(db, places.LOCATIONS, location_id, alias, token)
        for spec in demo["sources"]:
            source_id, _, _ = places.resolve_or_create(
                db,
                places.SOURCES,
                spec["name"],
                token,
                {"kind": spec.get("kind")},
                settings.alias_link,
            )
            for alias in spec.get("aliases", []):
                places.add_alias(db, places.SOURCES, source_id, alias, token)
        items = [
            {
                "quantifier": "exact",
                **claim,
                "location": {"name": claim["location"]},
                "source": {"name": claim["source"]},
                "reported_in": demo["document"],
            }
            for claim in demo["claims"]
        ]
        return store_claims(db, items, token, settings)
