"""`make bench`: ingest, reads and scale against their floors, side by side in one run.

    .venv/bin/python tests/bench/run.py                     # 10k, 100k and 1M claims (~15 min)
    .venv/bin/python tests/bench/run.py --quick             # small sizes, a smoke test
    .venv/bin/python tests/bench/run.py --sizes 10000,100000
    .venv/bin/python tests/bench/run.py --import-rows 1000000   # the full-size import (slow)

Prints the table and writes it to docs/performance.md with the machine's description. Generated
databases are cached under bench-results/ (git-ignored), so a rerun skips their generation.
"""

import argparse
import importlib.util
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for entry in (str(HERE.parent), str(ROOT)):  # `bench` is a package under tests/
    if entry not in sys.path:
        sys.path.insert(0, entry)
if str(HERE) in sys.path:
    sys.path.remove(str(HERE))

from bench import generate  # noqa: E402
from bench.measures import SECTIONS, Config, Results, Row, collect  # noqa: E402
from bench.paths import render_profile  # noqa: E402

DOCS = ROOT / "docs" / "performance.md"

# Why a target is missed, when it is: the reasons found while profiling (issue 6).
WHY = {
    "1. Ingest/POST /claims, batches": (
        "Per claim the API validates with marshmallow (ClaimIn), resolves names, derives the "
        "interval, checks for a repeat, writes the claim, its document and citation with three "
        "history rows, runs detection against the claim's group and reads the stored claim "
        "back: about a dozen statements where the floor has one INSERT."
    ),
    "1. Ingest/Single-claim": (
        "Issue 16 keeps one connection per worker thread (row 5), reads the token at most every "
        "5 s, leaves the WAL to a checkpointer thread in each worker (db/checkpoints.py: the "
        "commit that crossed 1,000 pages paid about 25 ms for everyone's) and lets writers take "
        "turns on a lock file instead of SQLite's sleeps (db/connection.py). A write keeps the "
        "metric vocabulary and the place hierarchy while the catalog's stamp stands, and the "
        "names it resolved (alias, merged family, household size) while the names' stamp stands "
        "(db/catalog.py): about 16 statements per single POST, from 26; in process, side by "
        "side with the code before, 2 to 8 % less CPU under the write lock and 1 to 5 % less "
        "for the whole POST. What remains, in process (thread CPU, kept connection): about "
        "1.9 ms for a POST against 0.38 ms for /ping; under the lock about 1 ms, of which the "
        "claim's INSERT 0.24 ms (its full-text and read-model triggers about 0.1 ms each), "
        "detection 0.25 ms and the COMMIT 0.22 ms (about 32 WAL pages: the claims table and its "
        "10 indexes 11, the full-text index 5, the read model 5, history 3); marshmallow 0.13 ms, "
        "the answer 0.12 ms, the rest Flask. Sampled with perf in the gunicorn workers: 62 % "
        "the interpreter, 13 % SQLite, 15 % the kernel, 1.5 % the checkpointer threads. With "
        "one client thread a POST costs a worker 2.4 to 3 ms of CPU when gunicorn runs one "
        "worker and 4 to 5.6 ms when it runs two (/ping 0.6 to 0.7 and 0.8 to 1.2 ms; a loaded "
        "machine). The cause is the machine, not a code path: when the two workers take turns, "
        "each finds its CPU caches filled with the other's work, and every part of a POST slows "
        "alike (worker thread CPU, one client thread, 1 worker -> 2: marshmallow 68 -> 88 to 97 "
        "us, the answer's JSON 24 -> 29 to 34, the write 450 -> 600 to 632; with one worker "
        "stopped, 2 workers cost what 1 does). Two processes doing whole POSTs in turn through "
        "the test client, each on its own database file (no gunicorn, no socket, no shared "
        "SQLite state), cost 7 to 22 % more CPU per POST than one process doing them all; a "
        "small task (three marshmallow loads) costs the same either way. A POST touches far "
        "more code and data than a ping, so it loses more. On top, in gunicorn: SQLite drops a "
        "connection's page cache when the other process committed (55 to 100 us per POST: "
        "one worker with a third connection writing between its POSTs) and the idle worker "
        "wakes for each connection it does not get. Neither the lock file (3 us), the "
        "checkpointer threads (5 to 30 us per POST), mmap_size nor --preload changes it. "
        "Since then (m018) a superseded_by index that only superseded claims enter: about 37.6 "
        "WAL pages per POST, from 38.9 (the claims table and its indexes 11.5, the read model "
        "6, each full-text index 4.5 and 3.4 (a new document), history 4.5, citations 3). "
        "A commit costs about 4 us per page it writes. "
        "With 2 workers on 2 shared cores the rate is bound by that CPU time."
    ),
    "2. Reads/GET /discrepancies": (
        "In process the first page costs about 6.9 ms against 0.33 ms for /ping (Profile of "
        "the request paths): reading and shaping its 100 claims (about 2.3 ms: one join by "
        "id), giving each its role (1 ms), the query schema built per request (0.7 ms), the "
        "page's cursor (0.9 ms) and orjson (0.7 ms). The claims' citations are left out "
        "unless `expand=citations` asks for them: about 0.5 ms and 16 KB a page less."
    ),
    "2. Reads/GET /claims": (
        "50 claims with their citations: about 2.8 ms in process against 0.33 ms for /ping; "
        "the two queries of db.claims.served, shaping and orjson, then gunicorn's own cost."
    ),
    "2. Reads/Datasette's page": (
        "The SQL of each page takes a few milliseconds at any size (the read models of "
        "db/schema_readmodels.py and the base tables' indexes); the rest is Datasette drawing "
        "the page in Jinja, about 30 microseconds a cell (50 rows of 34 columns for "
        "discrepancy_report), on a shared machine."
    ),
    "2. Reads/GET /reconciliation": (
        "Every claim of the group (about 150) is read as a sqlite-utils dict, parsed into the "
        "domain (to_domain, parse_period) and clustered into windows: about 7.8 ms in process; "
        "the answer grows with the group, not with the database."
    ),
    "6. Cost/POST /claims, one batch": (
        "In process the batch into the full place costs about 11 s of CPU: on the copy, storing "
        "5,000 claims among its 55,000 with their nine indexes (2.1 s) and detection (3.7 s, "
        "of which the shared windows 1.7 s: in this place values move with events, so many "
        "days' bounds allow a disagreement and their rows are tested one by one); copying the "
        "place's 50,000 claims out (1.6 s: the batch spans its twelve years); copying in the "
        "5,860 discrepancies it opens, against 347 in the empty place (2 s); validation (1.2 s). "
        "The empty place gained more from this session's one-statement copy-in than the full "
        "one, so the ratio fell while both rates rose."
    ),
    "7. Extract/POST /extract": (
        "The time goes by figure, not by character: real reports hold about 1,200 figures in "
        "200,000 characters; the densest texts found (a figure and a place every few words, "
        "'12 killed in Sana'a; 14 in Aden; 16 in Taiz.') hold 7,000 to 13,000. Readings that "
        "depend only on a sentence's words are kept (lru_cache); look-backs over everything "
        "named before a figure ('the capital', 'the city', 'the camp', the source a lead "
        "paragraph takes from the next) read once per text or paragraph; the place rules that "
        "depend only on a place are asked once per place and text, a sentence's places worked "
        "out once per sentence (place_memo.py), and the frame pattern tried only where its "
        "words are. What is left is spread thinly: finding places and numbers, reading each "
        "figure's clause, building its candidate."
    ),
    "4. Scale/POST /claims into a DB": (
        "Not a scan: every query of the write path is indexed (tests/bench/legacy.py keeps the "
        "O(places) parts scan this issue removed). Three things grow with a full database. "
        "Storage itself: the same rows go into deeper, colder indexes (ten B-trees and the "
        "full-text index on claims, random dedup keys); the floor's own ratio is in the row "
        "below. Detection has something to find: the claim's group now holds neighbours "
        "(about ten candidates per claim) and a batch of 1,000 opens hundreds of discrepancies "
        "instead of a handful, each stored with its history row. And POST /claims answers with "
        "every discrepancy it found, each carrying both claims in full: the response is twice "
        "as large."
    ),
}

GROWTH = (
    "The queries are indexed and the pages the same size at every scale, so what grows is the "
    "depth of the B-trees and the share of the file outside the OS page cache."
)

CHANGES = """\
- `figures/detect.py`: `candidate_filter` listed a place's parts by scanning every place and
  walking its chain, for each claim (`_family`): O(places) per claim, the top cost of ingest
  with 5,000 places, growing with the database. `Relations` now builds the parts of every
  metric and place once (`metric_parts`, `place_parts`, cached properties) and `_family` looks
  them up: the same lists in the same order.
- `db/ingest.py`: detection's `Relations` loaded every live place on every write
  (`places.place_parents`); it now loads only the places that have an enclosing place
  (`_enclosed_places`, same order): a missing place reads as "no parent", so detection finds
  the same parts and wholes. And `post_claims` keeps a memo for the batch: a place name
  (without a p-code), a source name and a place's household size are looked up once per batch
  instead of once per claim (about 5 statements fewer per claim); later items get the id the
  first lookup returned and no warnings, exactly what `find` answered before, since nothing in
  a batch merges, renames or re-parents places.
- `figures/units.py`: `needs_household_size` parsed the stated unit with pint for every claim
  (about 25 us); the answer for a unit name is now cached (a unit that fails to parse still
  raises every time).
- `figures/names.py`: `name_key`, `skeleton` and `source_key` are cached per name (an
  `lru_cache` of 65,536 strings; other types go through uncached, as before).
- `app.py`: a server process keeps one idle connection to its database (`_keep_open`, not under
  tests). Without it each request's connection was the file's last one, so closing it
  checkpointed and deleted the WAL, and the next write re-created it: about 30 ms per single
  write (row 5 measures it). Also `GET /ping` (`{"ok": true}`, no database), the trivial endpoint
  the reads are compared with, in the OpenAPI document (`schemas/openapi.py`) and the README.
- Later (issue 15), for big batches: `db/claim_windows.py` reads a batch's groups once per block
  of 64 days and skips, by each day's lowest ceiling and highest floor, the days where no other
  source's figure could disagree (one window query per claim walked about 600 agreeing index
  entries of a crowded place; tests/test_claim_windows.py proves the same rows in the same
  order). `db/shadow_merge.py` copies a batch in with one `INSERT ... SELECT` per table from a
  staging table, and connections keep statement journals in memory (`temp_store = MEMORY`): an
  `executemany` under triggers journaled every changed page once a row and spilled the journal
  to a temporary file (9,730 findings: 2 s under the lock, now 0.7 s). A write's findings are
  stored with one statement for their roles and one for their history.
- Later (issue 16), for single writes: each write read the whole metric vocabulary and the
  place hierarchy again and rebuilt detection's relations on them (about a tenth of a
  single-claim POST's CPU, measured in process side by side). A connection now keeps them while
  the catalog's stamp stands (`db/catalog.py`): triggers renew a random stamp in
  `catalog_stamp` whenever a metric or a place's enclosing place changes, and a write looks at
  it first. A claim's dedup key is hashed once per post. The single-POST row sends bodies made
  before its rounds: the client shares the server's cores, and making each claim out of the
  generator inside the timed loop cost the client more than sending it.
- Later (issue 16): a connection also keeps the names its writes resolved (a place's or
  source's alias and liveness, merged family, household size) while a second stamp,
  `catalog_stamp.names`, stands: triggers renew it on every insert, update or delete of a
  place, a source or an alias, and a write keeps what it found only when it made no place or
  source (a place made by a write rolled back is never remembered). A write that made no place
  hands its catalog to detection, which stores no empty roles: about 16 statements per single
  POST instead of 26.
"""


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}x" if value < 100 else f"{value:,.0f}x"


def _met(row: Row) -> str:
    return "" if row.met is None else ("yes" if row.met else "**no**")


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(rows: list[Row]) -> str:
    lines = [
        "| | Measure | Result | Compared with | Ratio | Target | Met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in sorted(rows, key=lambda r: r.section):  # stable: measured order within one
        cells = [
            row.section,
            row.measure,
            row.result,
            row.compared,
            _num(row.ratio),
            row.target,
            _met(row),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def _missed(rows: list[Row]) -> list[str]:
    out = []
    for row in sorted(rows, key=lambda r: r.section):
        if row.met is not False:
            continue
        why = next(
            (text for key, text in WHY.items() if f"{row.section}/{row.measure}".startswith(key)),
            "",
        )
        if "median latencies" in row.measure:
            why = GROWTH
        target = row.target
        if row.ratio is not None and "<=" in target:
            bound = float(target.split("<=")[1].split("x")[0].split()[0])
            by = f"{row.ratio:.2f}x against at most {bound:g}x: {row.ratio / bound:.1f} times over"
        elif row.ratio is not None and ">=" in target:
            bound = float(target.split(">=")[1].split()[0])
            by = f"{row.ratio:.2f} against at least {bound:g}: {bound / row.ratio:.1f} times short"
        elif row.ratio is not None and "<" in target:
            bound = float(target.split("<")[1].split()[0])
            by = f"{row.ratio:.2f} against under {bound:g}"
        else:
            by = f"{row.result} against {target}"
        out.append(f"- **{row.measure}**: {by}. {why}".rstrip())
    return out


def extraction_table(results: dict) -> str:
    """tests/extraction_eval.py's splits side by side: dev, held-back and the old gold set."""
    module = sys.modules["extraction_eval"]
    names = list(results)
    lines = [
        "| measure | " + " | ".join(names) + " |",
        "| --- |" + " --- |" * len(names),
    ]
    for key in ("passages", "figures", "candidates"):
        cells = " | ".join(str(results[n]["counts"][key]) for n in names)
        lines.append(f"| {key} | {cells} |")
    for label, hit, total in module.ROWS:
        cells = []
        for n in names:
            counts = results[n]["counts"]
            ratio = module.ratio(counts, hit, total)
            cells.append(f"{ratio:.3f} ({counts[hit]}/{counts[total]})" if counts[total] else "-")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def detection_scores() -> dict | None:
    """tests/detection_eval.py on the hand-coded corpus (a few seconds), or None without it."""
    path = ROOT / "tests" / "detection_eval.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("detection_eval", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("detection_eval", module)
    spec.loader.exec_module(module)
    return module.evaluate()


def detection_table(result: dict) -> str:
    splits = ("all", "tuning", "held-back")
    lines = [
        f"Corpus: {result['all']['claims']} claims from {result['all']['crises']} crises, "
        f"{result['all']['groups']} coded groups ({result['all']['flagging']} to flag); held "
        f"back from tuning: {', '.join(result['held_back'])}.",
        "",
        "| groups | precision | recall | kind accuracy | true positives | misses "
        "| false alarms | unexplained | revisions superseded |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for split in splits:
        c = result[split]
        lines.append(
            f"| {split} | {c['precision']:.3f} | {c['recall']:.3f} | {c['kind_accuracy']:.3f} "
            f"| {c['tp']}/{c['flagging']} | {c['misses']} | {c['false_alarms']} "
            f"| {c['unexplained']} | {c['revision_hits']}/{c['revisions']} |"
        )
    return "\n".join(lines)


def data_sets(results: Results) -> str:
    lines = [
        "| claims | places | sources | metrics | documents | discrepancies | outlier claims "
        "| generated in | group for /discrepancies filter | group for /claims, /reconciliation |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, facts in results.facts.items():
        if not key.startswith("generated_"):
            continue
        size = int(key.split("_")[1])
        targets = results.facts.get(f"db_{size}", {}).get("targets", {})
        dg = targets.get("discrepancies_group")
        bg = targets.get("busy_group")
        lines.append(
            f"| {facts['claims']:,} | {facts['places']:,} | {facts['sources']} | "
            f"{facts['metrics']} | {facts['documents']:,} | {facts['discrepancies']:,} | "
            f"{facts['outlier_claims']:,} | {facts.get('seconds', 0):,.0f} s (then cached) | "
            + (f"{dg[0]} at {dg[1]} ({dg[2]:,} discrepancies)" if dg else "")
            + " | "
            + (f"{bg[0]} at {bg[1]} ({bg[2]:,} claims)" if bg else "")
            + " |"
        )
    return "\n".join(lines)


def render(results: Results, command: str, detection: dict | None = None) -> str:
    machine = "\n".join(f"| {k} | {_cell(v)} |" for k, v in results.machine.items())
    missed = _missed(results.rows)
    profiles = results.profiles
    parts = [
        "# Performance",
        "",
        f"Written by `{command}` (tests/bench/run.py) on {datetime.now():%Y-%m-%d %H:%M}; the "
        f"run took {results.facts.get('seconds', 0) / 60:.1f} minutes. Do not edit by hand: "
        "rerun `make bench`.",
        "",
        "The machine is shared (other engineers run tests on its cores), so no figure here is "
        "a lone timing: each is a median of several runs, and every comparison is a ratio of "
        "two things measured side by side, alternating, in the same run. Ingest and reads go "
        "through a real `gunicorn -w 2 app:create_app()` on a SQLite file, with as many client "
        "threads as workers for throughput and one client for latency.",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
        machine,
        "",
        "## Results",
        "",
        table(results.rows),
        "",
        "Sections: 1 ingest (batch vs raw insert; single POSTs vs /ping), 2 reads (latency vs "
        "/ping, and how it grows from the smallest to the largest database; each Datasette page "
        "the README names, at the smallest and the largest database, against the API's answer "
        "to the same question: under 200 ms a page), 3 what a user "
        "would run instead (a self-join over claims in SQLite, against the stored report), "
        "4 scale and memory, 5 the profiles of the ingest path and of one request of each "
        "kind. The self-join is the query a "
        "Datasette user would write: pairs of active claims of one metric and place whose "
        "periods are within 31 days and whose intervals do not overlap, most severe first "
        "(tests/bench/measures.py: SELF_JOIN). Without statistics SQLite drives the inner loop "
        "by the status index, so it compares every pair; forcing the group index makes it "
        "linear but it still computes every pair of every group before sorting. It also "
        "finds a few more pairs than the stored report, which leaves out a source's own "
        "update. Section 6 is the cost of detection on write: a batch into a place already "
        "full of claims of its metric against the same batch into an empty place, and one "
        "batch whose claims all conflict with one another.",
        "",
        "## Targets missed, and why",
        "",
        "\n".join(missed) if missed else "None.",
        "",
        "## Data sets",
        "",
        "Generated by tests/bench/generate.py: places at one per 200 claims with log-normal "
        "popularity, 30 stock metrics (plus the 9 built-in), 40 sources, dates clustered "
        "around each place's few crises between 2012 and 2024; every ordinary claim's interval "
        "holds its group's true value and 3% are outliers (2.5x to 4x, or a quarter), so the "
        "discrepancies are the outliers' pairs, found by `figures.detect.compare` itself. Rows "
        "are the ones `post_claims` writes (same intervals, dedup keys, discrepancies), put in "
        "with `executemany` in one transaction (the full-text index rebuilt once at the end); "
        "history holds one row per claim only. "
        + (
            f"The largest file takes {results.facts['big_db_bytes_per_claim']:,.0f} bytes per "
            "claim."
            if results.facts.get("big_db_bytes_per_claim")
            else ""
        ),
        "",
        data_sets(results),
        "",
        "## Profile of the ingest path",
        "",
        "cProfile over batches through the Flask test client into a fresh database, with the "
        "code as it was before this issue's fixes patched back in (tests/bench/legacy.py: "
        + "; ".join(profiles.get("patches", []))
        + ") and as it is now. Claims per second are in section 5 of the table; cProfile's own "
        "overhead inflates the many small calls of the code before. Top 5 functions by own "
        "time:",
        "",
        "Before:",
        "",
        "\n".join(f"{i}. {line}" for i, line in enumerate(profiles.get("before", []), 1)),
        "",
        "After:",
        "",
        "\n".join(f"{i}. {line}" for i, line in enumerate(profiles.get("after", []), 1)),
        "",
        "What changed (behaviour identical; tests/test_api_claims.py and "
        "tests/test_api_vocabulary.py green after each change):",
        "",
        CHANGES,
        "## Profile of the request paths",
        "",
        render_profile(results),
        "",
    ]
    if results.extraction is not None:
        parts += [
            "## Extraction quality",
            "",
            "`tests/extraction_eval.py` on tests/data/extraction_eval_*.jsonl (dev and held-back "
            "parts; d to zzt are dev only) and the older tuned tests/data/extraction_gold.jsonl:",
            "",
            extraction_table(results.extraction),
            "",
        ]
    if detection is not None:
        parts += [
            "## Detection quality",
            "",
            "`tests/detection_eval.py` on tests/data/detection_corpus/ (`-v` lists the misses "
            "and false alarms):",
            "",
            detection_table(detection),
            "",
        ]
    if results.notes:
        parts += ["## Notes", "", *[f"- {n}" for n in results.notes], ""]
    return "\n".join(parts)


def quick_config(work: Path) -> Config:
    return Config(
        sizes=[2_000, 10_000],
        work=work,
        ingest_claims=2_000,
        batch=500,
        runs=2,
        single_seconds=0.5,
        single_rounds=2,
        read_rounds=10,
        selfjoin_cap=10,
        import_rows=[500, 2_000],
        profile_claims=1_000,
        profile_runs=1,
        place_claims=2_000,
        place_batch=200,
        conflicting=60,
        cost_cap=60,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    parser.add_argument("--sizes", help="database sizes, e.g. 10000,100000,1000000")
    parser.add_argument("--import-rows", help="CSV sizes for the memory test, e.g. 1000000")
    parser.add_argument("--only", help=f"some of: {','.join(SECTIONS)} (implies --no-write)")
    parser.add_argument("--output", default=str(DOCS), help="where to write the markdown")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        cfg = quick_config(work) if args.quick else Config([10_000, 100_000, 1_000_000], work)
        if args.sizes:
            cfg.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
        if args.import_rows:
            cfg.import_rows = [int(s.replace("_", "")) for s in args.import_rows.split(",")]
        started = time.perf_counter()

        def log(message: str) -> None:
            print(f"[{time.perf_counter() - started:6.0f} s] {message}", file=sys.stderr)

        cfg.log = log
        only = set(args.only.split(",")) if args.only else None
        if only and not only <= set(SECTIONS):
            parser.error(f"--only takes some of {', '.join(SECTIONS)}")
        results = collect(cfg, only)
        detection = detection_scores() if not only or "extraction" in only else None
    command = (
        "make bench"
        if not argv and len(sys.argv) == 1
        else "tests/bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    )
    text = render(results, command, detection)
    print(table(results.rows))
    if results.extraction is not None:
        print()
        print(extraction_table(results.extraction))
    if detection is not None:
        print()
        print(detection_table(detection))
    if not args.no_write and not args.only:
        Path(args.output).write_text(text)
        print(f"\nwritten to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    generate.CACHE.mkdir(exist_ok=True)
    sys.exit(main())
