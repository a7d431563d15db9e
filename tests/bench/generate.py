"""Realistic synthetic claims for `make bench`, and databases built from them by direct inserts.

The universe: thousands of places (one per 200 claims, Zipf-popular), 30 stock metrics, 40
sources, dates clustered around each place's
few crises (out of 300 events between 2012 and 2024). Within a group
(metric, place) every ordinary claim's interval contains the group's true value, so ordinary
claims never conflict; about 3% are outliers (2.5x to 4x, or a quarter of the truth) that
conflict with what surrounds them, as the real detector decides.

`claim_items` yields claims exactly as `schemas.claims.ClaimIn` loads them (and as they are
posted). `build_database` stores them the way `db.ingest.post_claims` would (same rows, same
derived intervals, same dedup keys, same discrepancies found by `figures.detect.compare`) but
with `executemany` in one transaction, about 50x faster than the API, so a million-claim
database can be made and cached under bench-results/. `OnePlace` puts every claim in one group
(one metric, one place) for section 6: a place already full of claims.
"""

import hashlib
import json
import os
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from db import metrics as metric_store
from db.claims import dedup_key
from db.connection import connect
from db.history import now
from db.ingest import claim_identity, stated_columns
from db.migrations import migrate
from db.tokens import create_token
from figures.claims import Claim, derive
from figures.detect import Relations, compare
from figures.groups import candidate_filter
from figures.intervals import VAGUE_TABLE
from figures.metrics import Metric
from figures.names import name_key, skeleton, source_key
from figures.periods import parse_period

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_VERSION = 5
CACHE = ROOT / "bench-results"
CLAIMS_PER_PLACE = 200
CONFLICT_RATE = 0.03
WINDOW_DAYS = 31
EVENTS_PER_PLACE = 4
FIRST_DAY = date(2012, 1, 1)
DAYS = (date(2024, 12, 31) - FIRST_DAY).days

TOPICS = (
    "people_in_need idps returnees food_insecure cholera_cases measles_cases "
    "malnourished_children pregnant_women host_community refugees_arrived besieged "
    "injured missing detained shelter_residents camp_population students_out_of_school "
    "health_workers aid_workers households_without_water people_without_power "
    "wounded_civilians evacuees landmine_victims unaccompanied_children elderly_in_need "
    "disabled_in_need flood_affected drought_affected quake_affected"
).split()
WORDS = (
    "tal kafr deir ain jisr khan bir ras umm abu sheikh qasr beit hamid zor nabi salam harb "
    "mazraa jab qala suq wadi nahr jabal karm sur bab burj"
).split()
KNOWN_SOURCES = ("UN OCHA", "UNHCR", "UNICEF", "SOHR", "Pentagon", "WHO", "WFP", "IOM", "ICRC")


def metrics() -> list[Metric]:
    """The 30 bench metrics: stock counts of people, no parts (added to the built-ins)."""
    return [Metric(slug, slug.replace("_", " ").capitalize(), "person", "stock") for slug in TOPICS]


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Universe:
    """Names, popularity and events for a database of about `size` claims."""

    label = "claims"  # names its cached databases
    # True: a source says one figure per moment (as_of) of a group within a stream, so no
    # claim revises, repeats or misquotes another, which the direct inserts do not model.
    distinct_moments = False

    def __init__(self, size: int, seed: int = 6):
        rng = random.Random(f"universe-{seed}")
        self.seed = seed
        self.places = [
            f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}"
            for i in range(max(20, size // CLAIMS_PER_PLACE))
        ]
        self.sources = list(KNOWN_SOURCES) + [f"Monitor {i:02d}" for i in range(40 - 9)]
        self.metrics = metrics()
        centres = sorted(rng.randrange(DAYS) for _ in range(300))
        self.events = [FIRST_DAY + timedelta(days=d) for d in centres]
        # Each place lives through a few crises: its claims cluster around those dates.
        self.place_events = [
            rng.sample(range(len(self.events)), EVENTS_PER_PLACE) for _ in self.places
        ]
        # Popularity from one distribution whatever the size, so a bigger database has more
        # places (and busier outliers), not denser groups.
        self.place_cum = _cumulative([rng.lognormvariate(0, 1.0) for _ in self.places])
        self.metric_cum = _cumulative([1 / (k + 1) ** 0.5 for k in range(len(self.metrics))])
        self.source_cum = _cumulative([1 / (k + 1) ** 0.8 for k in range(len(self.sources))])
        self.event_cum = _cumulative([1 / (k + 1) for k in range(EVENTS_PER_PLACE)])
        self.conflict_rate = CONFLICT_RATE
        self._truth: dict[tuple[int, int], float] = {}

    def truth(self, metric: int, place: int) -> float:
        """The group's true value: log-uniform from 200 to 500,000, two significant figures."""
        key = (metric, place)
        if key not in self._truth:
            rng = random.Random(f"truth-{self.seed}-{metric}-{place}")
            self._truth[key] = _round2(10 ** rng.uniform(2.3, 5.7))
        return self._truth[key]


class OnePlace(Universe):
    """Every claim of one stock metric at one place, from the same 40 sources, dated as the
    whole universe's claims are (around its 300 events, 2012 to 2024, none preferred): a place
    that has been reported on for years. `conflict_rate` outliers, as in Universe."""

    def __init__(
        self,
        size: int,
        metric: str = "civilians_remaining",
        place: str = "Full Town",
        conflict_rate: float = CONFLICT_RATE,
        seed: int = 6,
    ):
        super().__init__(size, seed)
        self.places = [place]
        self.metrics = [Metric(metric, metric.replace("_", " ").capitalize(), "person", "stock")]
        self.place_events = [list(range(len(self.events)))]
        self.place_cum = [1.0]
        self.metric_cum = [1.0]
        self.event_cum = _cumulative([1.0] * len(self.events))
        self.conflict_rate = conflict_rate
        self.label = f"place-{metric}-{conflict_rate:g}"
        self.distinct_moments = True


def _round2(x: float) -> float:
    return float(f"{x:.2g}")


def _vague_word(truth: float) -> str | None:
    for word, (low, high) in VAGUE_TABLE.items():
        if word not in ("tens", "dozens", "scores") and low <= truth <= high:
            return word
    return None


def _numbers(rng: random.Random, truth: float, outlier: bool) -> dict:
    """Quantifier and numbers: an interval holding the truth, or an outlier's far from it."""
    if outlier:
        factor = rng.choice((2.5, 3.0, 4.0, 0.25))
        return {"quantifier": rng.choice(("exact", "approximately")), "value": truth * factor}
    roll = rng.random()
    if roll < 0.30:
        return {"quantifier": "exact", "value": truth}
    if roll < 0.70:
        return {"quantifier": "approximately", "value": _round2(truth * rng.uniform(0.93, 1.07))}
    if roll < 0.80:
        return {"quantifier": "at_least", "value": _round2(truth * rng.uniform(0.5, 1.0))}
    if roll < 0.88:
        return {"quantifier": "at_most", "value": _round2(truth * rng.uniform(1.0, 1.6)) + 1}
    if roll < 0.98 or _vague_word(truth) is None:
        low = _round2(truth * rng.uniform(0.6, 1.0))
        return {"quantifier": "range", "low": low, "high": max(low, _round2(truth * 1.3))}
    return {"quantifier": "vague", "vague": _vague_word(truth)}


WORDING = {
    "exact": "{v:,.0f} {what}",
    "approximately": "an estimated {v:,.0f} {what}",
    "at_least": "at least {v:,.0f} {what}",
    "at_most": "as many as {v:,.0f} {what}",
    "range": "between {lo:,.0f} and {hi:,.0f} {what}",
    "vague": "{vague} of {what}",
}


def claim_items(universe: Universe, count: int, stream: str = "db"):
    """`count` claims as ClaimIn loads them, with a flag saying which are outliers.

    Yields (item, group, outlier). Different `stream` names give different claims from the same
    universe (the ones posted by the ingest benchmarks are not already in the database).
    With universe.distinct_moments, a source that has already spoken for a moment of a group
    gives way to the most popular one that has not (the claim is dropped when none is left).
    """
    rng = random.Random(f"claims-{universe.seed}-{stream}")
    places, sources, events = universe.places, universe.sources, universe.events
    spoken: set[tuple] = set()
    made = 0
    while made < count:
        place = rng.choices(range(len(places)), cum_weights=universe.place_cum)[0]
        metric = rng.choices(range(len(universe.metrics)), cum_weights=universe.metric_cum)[0]
        source = rng.choices(range(len(sources)), cum_weights=universe.source_cum)[0]
        nth = rng.choices(range(len(universe.event_cum)), cum_weights=universe.event_cum)[0]
        event = universe.place_events[place][nth]
        day = events[event] + timedelta(days=round(rng.gauss(0, 6)))
        outlier = rng.random() < universe.conflict_rate
        truth = universe.truth(metric, place)
        numbers = _numbers(rng, truth, outlier)
        for key in ("value", "low", "high"):
            if key in numbers:
                numbers[key] = float(numbers[key])
        slug = universe.metrics[metric].slug
        published = events[event] + timedelta(days=3)
        item = {
            "metric": slug,
            "location": {"name": places[place]},
            "source": {"name": sources[source]},
            **numbers,
            "stated_on": day.isoformat(),
        }
        roll = rng.random()
        if roll < 0.12:
            item["as_of"] = (day - timedelta(days=rng.randrange(1, 6))).isoformat()
        elif roll < 0.16:
            item["as_of"] = day.strftime("%Y-%m")
        if universe.distinct_moments:
            moment = (metric, place, item.get("as_of", item["stated_on"]))
            free = (s for s in (source, *range(len(sources))) if (s, *moment) not in spoken)
            source = next(free, None)
            if source is None:
                continue
            spoken.add((source, *moment))
            item["source"] = {"name": sources[source]}
        made += 1
        words = WORDING[numbers["quantifier"]].format(
            v=numbers.get("value", 0),
            lo=numbers.get("low", 0),
            hi=numbers.get("high", 0),
            vague=numbers.get("vague", ""),
            what=slug.replace("_", " "),
        )
        item["quote"] = f"{sources[source]} said {words} in {places[place]}"
        item["reported_in"] = {
            "title": f"{sources[source]} situation report {event}",
            "url": f"https://example.org/reports/{source}/{event}",
            "publisher": sources[source],
            "published_on": published.isoformat(),
        }
        yield item, (metric, place), outlier


# --- direct inserts ------------------------------------------------------------------------


def _identity_and_row(item, metric, metric_id, location_id, source_id, stamp):
    """The claims row db.ingest._store_one writes for this item (no household sizes here)."""
    derived = derive(item, metric, (4.0, 7.0), 0.10)
    where = {"location_id": location_id, "source_id": source_id}
    stated = where | stated_columns(item, metric, derived)
    key = dedup_key(claim_identity(stated, metric.slug))
    interval = derived.interval
    row = (
        metric_id,
        location_id,
        source_id,
        stated["quantifier"],
        item.get("value"),
        item.get("low"),
        item.get("high"),
        item.get("vague"),
        stated["unit_stated"],
        None,
        item.get("stated_on"),
        stated["as_of"],
        derived.as_of.start.isoformat(),
        derived.as_of.end.isoformat(),
        None,
        item.get("quote"),
        interval.low,
        interval.high,
        interval.best,
        derived.unit,
        derived.rule,
        "active",
        key,
        derived.dated_by,
        stamp,
    )
    return key, row, derived


DOCUMENT_KEYS = ("url", "title", "publisher", "published_on")
CLAIM_COLUMNS = (
    "id, metric_id, location_id, source_id, quantifier, value, value_low, value_high, vague,"
    " unit_stated, household_size, stated_on, as_of, as_of_start, as_of_end, since, quote,"
    " low, high, best, unit, interval_rule, status, dedup_key, dated_by, created_at"
)


def prepare(db) -> dict[str, Metric]:
    """A migrated database with the built-in and bench metrics (as the API's set-up does)."""
    migrate(db)
    db.execute("BEGIN IMMEDIATE")
    metric_store.seed_builtin(db)
    known = metric_store.all_metrics(db)
    for metric in metrics():
        if metric.slug not in known:
            metric_store.create(db, metric, "bench")
    db.commit()
    return metric_store.all_metrics(db)


def build_database(
    path: Path, size: int, seed: int = 6, progress=None, universe: Universe | None = None
) -> dict:
    """A database of `size` generated claims by direct inserts in one transaction; its facts.
    The claims come from `universe`, by default Universe(size, seed)."""
    universe = universe or Universe(size, seed)
    path.unlink(missing_ok=True)
    db = connect(str(path))
    known = prepare(db)
    metric_ids = metric_store.metric_ids(db)
    stamp = now()
    location_ids: dict[str, int] = {}
    source_ids: dict[str, int] = {}
    document_ids: dict[str, int] = {}
    documents, citations, history, claims = [], [], [], []
    groups: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    outlier_groups: set[tuple[int, int]] = set()
    seen: set[str] = set()
    claim_id = consumed = 0
    for item, _group, outlier in claim_items(universe, 10 * size + 100):
        consumed += 1
        metric = known[item["metric"]]
        name = item["location"]["name"]
        location_id = location_ids.setdefault(name, len(location_ids) + 1)
        source_id = source_ids.setdefault(item["source"]["name"], len(source_ids) + 1)
        key, row, derived = _identity_and_row(
            item, metric, metric_ids[metric.slug], location_id, source_id, stamp
        )
        if key in seen:
            continue  # the API would cite the existing claim; the generator skips the repeat
        seen.add(key)
        claim_id += 1
        claims.append((claim_id, *row))
        detail = json.dumps({"dedup_key": key})
        history.append((stamp, "bench", "create", "claims", claim_id, detail))
        document = item["reported_in"]
        doc_key = document["url"]
        if doc_key not in document_ids:
            document_ids[doc_key] = len(document_ids) + 1
            documents.append(
                (
                    document_ids[doc_key],
                    document["url"],
                    document["title"],
                    document["publisher"],
                    document["published_on"],
                    dedup_key({k: document.get(k) for k in DOCUMENT_KEYS}),
                    stamp,
                )
            )
        citations.append((len(citations) + 1, claim_id, document_ids[doc_key], stamp))
        interval = derived.interval
        groups[(metric.slug, location_id)].append(
            (
                claim_id,
                source_id,
                interval.low,
                interval.high,
                interval.best,
                row[11],
                outlier,
                row,
                document_ids[doc_key],
            )
        )
        if outlier:
            outlier_groups.add((metric.slug, location_id))
        if progress and claim_id % 100_000 == 0:
            progress(f"generated {claim_id:,} claims")
        if claim_id == size:
            break
    published = {d[0]: d[4] for d in documents}
    discrepancies = _discrepancies(
        groups, outlier_groups, known, source_ids, location_ids, published, stamp
    )
    conn = db.conn
    conn.execute("PRAGMA cache_size = -500000")
    db.execute("BEGIN IMMEDIATE")
    # Full-text triggers off during the bulk insert, the index rebuilt once, the same triggers
    # back: the schema ends as migrated, 20x faster than one FTS insert per row.
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND tbl_name IN ('claims', 'documents') AND name GLOB '*_a[iud]'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    conn.executemany(
        "INSERT INTO locations (id, name, key, skeleton, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, n, name_key(n), skeleton(n), stamp) for n, i in location_ids.items()],
    )
    conn.executemany(
        "INSERT INTO location_aliases (location_id, name, key, created_at) VALUES (?, ?, ?, ?)",
        [(i, n, name_key(n), stamp) for n, i in location_ids.items()],
    )
    conn.executemany(
        "INSERT INTO sources (id, name, key, skeleton, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, n, source_key(n), skeleton(n), stamp) for n, i in source_ids.items()],
    )
    conn.executemany(
        "INSERT INTO source_aliases (source_id, name, key, created_at) VALUES (?, ?, ?, ?)",
        [(i, n, source_key(n), stamp) for n, i in source_ids.items()],
    )
    conn.executemany(
        "INSERT INTO documents (id, url, title, publisher, published_on, key, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        documents,
    )
    marks = ", ".join("?" for _ in CLAIM_COLUMNS.split(","))
    conn.executemany(f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({marks})", claims)
    if progress:
        progress(f"inserted {len(claims):,} claims")
    conn.executemany(
        "INSERT INTO citations (id, claim_id, document_id, created_at) VALUES (?, ?, ?, ?)",
        citations,
    )
    conn.executemany(
        "INSERT INTO discrepancies (kind, claim_a, claim_b, metric_id, location_id, ratio,"
        " explanation, status, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)",
        [(*d[:3], metric_ids[d[3]], *d[4:]) for d in discrepancies],
    )
    conn.executemany(
        "INSERT INTO history (at, token_name, action, table_name, row_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        history,
    )
    for table in ("claims_fts", "documents_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    db.commit()
    token = create_token(db, "bench")
    facts = {
        "claims": len(claims),
        "items": consumed,  # claim_items read, repeats of a stored claim included
        "places": len(location_ids),
        "sources": len(source_ids),
        "metrics": len(known),
        "documents": len(documents),
        "discrepancies": len(discrepancies),
        "outlier_claims": sum(1 for g in groups.values() for c in g if c[6]),
        "token": token,
    }
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return facts


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _discrepancies(
    groups, outlier_groups, known, source_ids, location_ids, published, stamp
) -> list[tuple]:
    """compare() on every pair with an outlier in it (ordinary pairs always overlap), each
    outlier against the claims the API would fetch for it (figures.groups.candidate_filter's
    dates: compare() finds nothing outside them)."""
    source_names = {i: n for n, i in source_ids.items()}
    location_names = {i: n for n, i in location_ids.items()}
    rel = Relations(metrics=known, place_parents={}, window_days=WINDOW_DAYS)
    periods: dict[str, object] = {}
    found: dict[tuple, tuple] = {}
    for slug, location_id in sorted(outlier_groups, key=lambda g: (g[0], g[1])):
        members = groups[(slug, location_id)]

        def domain(c, slug=slug, location_id=location_id):
            as_of = periods.get(c[5])
            if as_of is None:
                as_of = periods[c[5]] = parse_period(c[5])
            row = c[7]  # as claim_groups.to_domain reads the stored row
            return Claim(
                id=c[0],
                metric=slug,
                location=location_id,
                source=c[1],
                low=c[2],
                high=c[3],
                best=c[4],
                as_of=as_of,
                source_name=source_names[c[1]],
                location_name=location_names[location_id],
                stated_on=_day(row[10]),
                published_on=_day(published[c[8]]),
                documents=frozenset((c[8],)),
                stated=row[4:9],
                quantifier=row[3],
                dated_by=row[23],
            )

        claims = [domain(c) for c in members]
        for index, member in enumerate(members):
            if not member[6]:
                continue
            outlier = claims[index]
            wanted = candidate_filter(outlier, rel)
            start, end = wanted["as_of_from"], wanted["as_of_to"]
            for other in claims:
                if (end is not None and other.as_of.start > end) or (
                    start is not None and other.as_of.end < start
                ):
                    continue
                d = compare(outlier, other, rel)
                if d is not None and (d.kind, d.claim_a, d.claim_b) not in found:
                    found[(d.kind, d.claim_a, d.claim_b)] = (
                        d.kind,
                        d.claim_a,
                        d.claim_b,
                        slug,
                        location_id,
                        d.ratio,
                        d.explanation,
                        stamp,
                    )
    return sorted(found.values(), key=lambda d: (d[1], d[2]))


def schema_fingerprint() -> str:
    """Changes when the schema or this generator change: a cached database is then stale."""
    schema = [ROOT / "db" / "migrations.py", *sorted((ROOT / "db").glob("schema_*.py"))]
    text = b"".join(p.read_bytes() for p in schema) + Path(__file__).read_bytes()
    return hashlib.sha256(text).hexdigest()[:10]


def cached_database(
    size: int, seed: int = 6, cache: Path = CACHE, progress=None, universe: Universe | None = None
):
    """The generated database of `size` claims under bench-results/, built once: path, facts.
    From `universe` when given (its seed then), else from Universe(size, seed)."""
    cache.mkdir(parents=True, exist_ok=True)
    if universe is not None:
        seed = universe.seed
    prefix = f"{universe.label if universe else Universe.label}-{size}-seed{seed}-"
    path = cache / f"{prefix}{schema_fingerprint()}.db"
    facts_path = path.with_suffix(".json")
    if path.exists() and facts_path.exists():
        return path, json.loads(facts_path.read_text())
    for stale in cache.glob(f"{prefix}*"):
        stale.unlink()
    partial = path.with_name(path.name + ".partial")
    started = time.perf_counter()
    facts = build_database(partial, size, seed, progress, universe)
    facts["seconds"] = time.perf_counter() - started
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
    facts_path.write_text(json.dumps(facts, indent=1))
    return path, facts


def synthetic_rows(count: int, places: int | None = None, sources: int = 50) -> Iterator[list]:
    """A claims file of `count` plausible rows (column names first), generated one at a time:
    for a large test or benchmark file that never sits in memory.

    Each place gets about 20 claims of one metric, in pairs 40 days apart, so detection
    stays local (one pair per date is compared: some conflict, cumulative series sometimes
    decrease). Write it with csv.writer(f).writerows(synthetic_rows(1_000_000))."""
    places = places or max(100, count // 20)
    yield ["metric", "location", "source", "quantifier", "value", "as_of", "quote"]
    slugs = ("civilians_remaining", "fled", "killed", "fighters")
    quantifiers = ("exact", "approximately", "at_least", "at_most")
    start = date(2000, 1, 1).toordinal()
    for n in range(count):
        place, k = n % places, n // places
        day = date.fromordinal(start + (k // 2) * 40 + place % 30)
        yield [
            slugs[place % len(slugs)],
            f"Place {place}",
            f"Source {(n * 7) % sources}",
            quantifiers[n % len(quantifiers)],
            1000 + (n * 7919) % 500_000,
            day.isoformat(),
            f"row {n}",
        ]
