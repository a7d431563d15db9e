"""The write service: posted claims become stored claims, citations and discrepancies."""

from collections import ChainMap
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import catalog, places, statements
from db import claims as claim_store
from db.detection import check
from db.history import now
from figures.claims import derive
from figures.errors import FiguresError
from figures.settings import Settings


class BatchInvalid(Exception):
    """Some items were refused; nothing of the batch is written. errors: {index: {field: [msg]}}."""

    def __init__(self, errors: dict[int, dict[str, list[str]]]):
        super().__init__("invalid claims")
        self.errors = errors


@dataclass
class Ingested:
    claim_ids: list[int] = field(default_factory=list)
    created: list[bool] = field(default_factory=list)
    discrepancy_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def store_claims(
    db: Database, items: list[dict], token: str | None, settings: Settings, detect: bool = True
) -> Ingested:
    """Store the validated items or raise BatchInvalid; the caller holds the transaction.
    With detect=False nothing is checked (a restore runs detection itself, in time order)."""
    kept = catalog.current(db)
    metrics, metric_ids = kept.metrics, kept.metric_ids
    result, errors = Ingested(), {}
    # Names and household sizes looked up in this batch, over those the connection kept.
    memo = ChainMap({}, kept.names)
    for index, item in enumerate(items):
        try:
            claim_id, created, warnings = _store_one(
                db, item, metrics, metric_ids, token, settings, memo
            )
        except FiguresError as error:
            errors[index] = {error.field: [error.message]}
            continue
        result.claim_ids.append(claim_id)
        result.created.append(created)
        result.warnings += [f"item {index}: {w}" if len(items) > 1 else w for w in warnings]
    if errors:
        raise BatchInvalid(errors)
    named = memo.maps[0].pop(NAMED, False)
    if not named:  # read under the stamp kept.names stands for, which this batch left as it was
        kept.names.update(memo.maps[0])
    if not detect:
        return result
    new_ids = [
        cid for cid, created in zip(result.claim_ids, result.created, strict=True) if created
    ]
    # A batch that made no place left the catalog as it read it (only a place may change it).
    result.discrepancy_ids = check(db, new_ids, token, settings, None if named else kept)
    return result


NAMED = ("named",)  # set in a batch's memo once it made a place or a source


def _store_one(db, item, metrics, metric_ids, token, settings, memo) -> tuple[int, bool, list[str]]:
    metric = metrics.get(item["metric"])
    if metric is None:
        known = ", ".join(sorted(metrics))
        raise FiguresError("metric", f"unknown metric {item['metric']!r}; known: {known}")
    # A name seen earlier in the batch resolves as it did then (a p-code may not: not memoized).
    place_key = None if item["location"].get("pcode") else ("place", item["location"]["name"])
    if place_key in memo:
        location_id, warnings = memo[place_key], []
    else:
        location_id, warnings, made = _location(db, item["location"], token, settings.alias_link)
        if place_key is not None:
            memo[place_key] = location_id
        if made:
            memo[NAMED] = True
    source_ref = item["source"]
    if ("source", source_ref["name"]) in memo:
        source_id, source_warnings = memo[("source", source_ref["name"])], []
    else:
        source_id, source_warnings, made = places.resolve_or_create(
            db,
            places.SOURCES,
            source_ref["name"],
            token,
            {"kind": source_ref.get("kind")},
            settings.alias_link,
        )
        memo[("source", source_ref["name"])] = source_id
        if made:
            memo[NAMED] = True
    size = item.get("household_size")
    if not size:
        if ("size", location_id) not in memo:
            memo[("size", location_id)] = _place_household_size(db, location_id)
        size = memo[("size", location_id)]
    derived = derive(item, metric, size or settings.household_size, settings.rel_tol)
    interval = derived.interval
    row = {
        "metric_id": metric_ids[metric.slug],
        "location_id": location_id,
        "source_id": source_id,
        **stated_columns(item, metric, derived),
        "as_of_start": derived.as_of.start.isoformat() if derived.as_of else None,
        "as_of_end": derived.as_of.end.isoformat() if derived.as_of else None,
        "quote": item.get("quote"),
        "low": interval.low,
        "high": interval.high,
        "best": interval.best,
        "unit": derived.unit,
        "interval_rule": derived.rule,
        "status": "active",
    }
    identity = claim_identity(row, metric.slug)
    key = claim_store.dedup_key(identity)
    existing = _same_claim(db, identity, key, derived, memo)
    if existing is not None:
        claim_store.cite(db, existing, item.get("reported_in"), token)
        return existing, False, warnings + source_warnings
    row |= {
        "dedup_key": key,
        "dated_by": derived.dated_by,
        "created_at": now(),
    }
    claim_id = claim_store.insert(db, row, token)
    claim_store.cite(db, claim_id, item.get("reported_in"), token)
    return claim_id, True, warnings + source_warnings


def _same_claim(db: Database, identity: dict, key: str, derived, memo: dict) -> int | None:
    """A stored claim this post repeats (DESIGN 3.1): the same identity (KEY) under the place
    and source or any merged into them; or, dated only by its publication, the same figure from
    the same source published within a few days (one statement carried by several outlets)."""
    families = []
    for kind, name in ((places.LOCATIONS, "location"), (places.SOURCES, "source")):
        remembered = (kind.table, identity[name])
        if remembered not in memo:
            memo[remembered] = places.merged_family(db, kind, identity[name])
        families.append(memo[remembered])
    others = [(place, source) for place in families[0] for source in families[1]][1:]
    keys = [key] + [  # a family starts with the row itself: KEY is the first pair's
        claim_store.dedup_key(identity | {"location": place, "source": source})
        for place, source in others
    ]
    found = claim_store.find_by_keys(db, keys)
    if found is None and derived.dated_by == "published_on":
        found = statements.same_statement_days(db, identity, families, derived.as_of.start)
    return found


def stated_columns(item: dict, metric, derived) -> dict:
    """The columns of a claim's row that hold what its post stated, as claim_identity reads them."""
    return {
        "quantifier": item.get("quantifier", "exact"),
        "value": item.get("value"),
        "value_low": item.get("low"),
        "value_high": item.get("high"),
        "vague": item.get("vague"),
        "unit_stated": item.get("unit") or metric.unit,
        "household_size": item.get("household_size"),
        "stated_on": item.get("stated_on"),
        "as_of": derived.as_of.text() if derived.as_of else None,
        "since": item.get("since"),
    }


def claim_identity(row: dict, metric: str) -> dict:
    """What makes two posts one claim (DESIGN 3.1), from the claim's row and its metric's slug:
    hashed into the claim's dedup key."""
    return {
        "metric": metric,
        "location": row["location_id"],
        "source": row["source_id"],
        "quantifier": row["quantifier"],
        "value": row["value"],
        "low": row["value_low"],
        "high": row["value_high"],
        "vague": row["vague"],
        "unit": row["unit_stated"],
        "household_size": row["household_size"],
        "as_of": row["as_of"],
        "since": row["since"],
    }


def _location(
    db: Database, ref: dict, token: str | None, link: str | None
) -> tuple[int, list[str], bool]:
    """The place's id, the warnings about it, and whether it was made now."""
    pcode = ref.get("pcode")
    if pcode:
        found = places.find_by_pcode(db, pcode)
        if found is not None:
            return found, [], False
    return places.resolve_or_create(
        db, places.LOCATIONS, ref["name"], token, {"pcode": pcode}, link
    )


def _place_household_size(db: Database, location_id: int) -> float | None:
    """The place's household size, else the nearest enclosing place's."""
    for place in places.enclosing(db, location_id):
        size = db.execute("SELECT household_size FROM locations WHERE id = ?", [place]).fetchone()
        if size and size[0]:
            return size[0]
    return None
