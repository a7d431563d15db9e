"""Query arguments that name things (metric slugs, places, sources) resolved to stored ids."""

from api.database import get_db
from api.errors import domain_problem, unprocessable
from db import metrics as metric_store
from db import places
from figures.errors import FiguresError


def resolve(kind, ref: str, field: str) -> int:
    try:
        return places.resolve_id(get_db(), kind, ref, field)
    except FiguresError as error:
        raise domain_problem(error, 404) from None


def metric_id(slug: str, field: str = "metric") -> int:
    ids = metric_store.metric_ids(get_db())
    if slug not in ids:
        known = ", ".join(sorted(ids))
        raise unprocessable(
            f"Unknown metric {slug!r}.", {field: [f"Unknown metric {slug!r}; known: {known}"]}
        )
    return ids[slug]


def claim_filters(args: dict) -> dict:
    """GET /claims query arguments as storage filters: names resolved to ids."""
    wanted = ("status", "grade", "min_grade")
    filters = {k: args.get(k) for k in wanted} | {"from": args.get("from_"), "to": args.get("to")}
    filters |= _metric_and_place(args)
    if "source" in args:
        filters["source_id"] = resolve(places.SOURCES, args["source"], "source")
    return filters


def discrepancy_filters(args: dict) -> dict:
    """GET /discrepancies query arguments as storage filters."""
    wanted = {
        k: args.get(k) for k in ("kind", "status", "min_ratio", "claim", "grade", "min_grade")
    }
    return wanted | _metric_and_place(args)


def _metric_and_place(args: dict) -> dict:
    filters = {}
    if "metric" in args:
        filters["metric_id"] = metric_id(args["metric"])
    if "location" in args:
        filters["location_id"] = resolve(places.LOCATIONS, args["location"], "location")
    return filters
