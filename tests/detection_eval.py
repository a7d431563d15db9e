"""Precision and recall of the discrepancy detector (DESIGN 3.6) on a hand-coded corpus.

    python tests/detection_eval.py       # the table
    python tests/detection_eval.py -v    # and every miss, false alarm and unexplained flag

tests/data/detection_corpus/claims.jsonl holds real reported figures, one claim a line, each
with its crisis; verdicts.jsonl holds what a person coded for groups of them: a discrepancy kind,
"consistent" (nothing to flag) or "revision" (the earlier claim is superseded by the later).
Each crisis goes through the API into a fresh SQLite file, as one batch; the stored
discrepancies and claim statuses are then scored against the verdicts.

Scoring:
- a flagging group is a true positive when an open discrepancy of its kind holds all its claims,
  a miss otherwise (flagged with another kind, it counts for the kind accuracy's denominator);
- a "revision" is a hit when the earlier claim is superseded by the later one;
- a "consistent" or "revision" group is a false alarm when an open discrepancy holds all its
  claims (a discrepancy of several claims that a flagging group explains does not count against
  a consistent pair inside it);
- an open discrepancy that holds no group's claims is "unexplained".
precision = TP / (TP + false alarms + unexplained); recall = TP / flagging groups.

The crises in HELD_BACK are reported on their own: keep them out of any tuning.
"""

import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = Path(__file__).with_name("data") / "detection_corpus"
FLAGS = (
    "conflict",
    "part_exceeds_whole",
    "parts_exceed_whole",
    "cumulative_decrease",
    "misquote",
    "divergence",
)
NON_FLAGS = ("consistent", "revision")
# Fixed once (sorted crisis names, every 4th from the 4th): never tune the detector on these.
HELD_BACK = ("libya-derna", "syria-aleppo", "ukraine-refugees")
SPLITS = ("all", "tuning", "held-back")
CLAIM_FIELDS = ("metric", "location", "source", "quantifier", "value", "low", "high", "vague")
CLAIM_FIELDS += ("as_of", "stated_on", "since", "quote")


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def posted(claim: dict) -> dict:
    """The corpus claim as POST /claims takes it: null fields left out.

    The document has no title: storage keys a document by url, title, publisher and date, so
    the corpus id as its title would make one article into as many documents as it has claims,
    and two figures from one article would read as a misquote between documents."""
    item = {k: claim[k] for k in CLAIM_FIELDS if claim.get(k) is not None}
    document = {
        "url": claim.get("url"),
        "publisher": claim.get("publisher"),
        "published_on": claim.get("published_on"),
    }
    item["reported_in"] = {k: v for k, v in document.items() if v is not None}
    return item


def _ordered(parents: dict[str, str | None]) -> list[str]:
    """Names with every parent before its children (parents outside the dict come first)."""
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str, path: tuple = ()) -> None:
        if name in seen or name in path:
            return
        parent = parents.get(name)
        if parent is not None:
            visit(parent, (*path, name))
        seen.add(name)
        done.append(name)

    for name in sorted(parents):
        visit(name)
    return done


def _place_parents(claims: list[dict], notes: list[str]) -> dict[str, str | None]:
    """Each place's enclosing place; coded two ways, the inner one (the other encloses it)."""
    coded: dict[str, set] = defaultdict(set)
    for claim in claims:
        coded[claim["location"]].add(claim.get("location_part_of"))
        if claim.get("location_part_of"):
            coded.setdefault(claim["location_part_of"], set())
    parents: dict[str, str | None] = {}
    for name, options in coded.items():
        options = {o for o in options if o}
        parents[name] = next(iter(options)) if len(options) == 1 else None
    for name, options in coded.items():
        options = {o for o in options if o}
        if len(options) < 2:
            continue

        def chain(place: str) -> list[str]:
            out, at = [], parents.get(place)
            while at and at not in out:
                out.append(at)
                at = parents.get(at)
            return out

        inner = [o for o in options if all(p == o or p in chain(o) for p in options)]
        parents[name] = inner[0] if inner else sorted(options)[0]
        notes.append(f"{name!r} coded inside {sorted(options)}: used {parents[name]!r}")
    return parents


def _metric_defs(claims: list[dict], notes: list[str]) -> dict[str, tuple]:
    defs: dict[str, set] = defaultdict(set)
    for claim in claims:
        defs[claim["metric"]].add((claim.get("metric_kind"), claim.get("metric_part_of")))
    out = {}
    for slug, options in defs.items():
        if len(options) > 1:
            notes.append(f"metric {slug!r} coded as {sorted(options, key=str)}")
        out[slug] = sorted(options, key=str)[0]
    return out


def _pages(client, path: str, headers: dict) -> list[dict]:
    items, cursor = [], None
    while True:
        url = path + (f"&cursor={cursor}" if cursor else "")
        answer = client.get(url, headers=headers)
        if answer.status_code != 200:
            raise RuntimeError(f"GET {url}: {answer.status_code} {answer.get_json()}")
        body = answer.get_json()
        items += body["items"]
        cursor = body.get("next")
        if not cursor:
            return items


def load_crisis(claims: list[dict], workdir: Path) -> dict:
    """One crisis through the API into a fresh database: ids, discrepancies, statuses, notes."""
    from api.cli import init_database
    from api.database import get_db
    from app import create_app
    from db.tokens import create_token

    app = create_app({"DATABASE": str(workdir / f"{claims[0]['crisis']}.db"), "TESTING": True})
    with app.app_context():
        init_database()
        token = create_token(get_db(), "eval")
    headers = {"Authorization": f"Bearer {token}"}
    client = app.test_client()
    notes: list[str] = []
    errors: list[str] = []

    known = {m["slug"]: m for m in _pages(client, "/metrics?", headers)}
    defs = _metric_defs(claims, notes)
    for slug in _ordered({slug: part_of for slug, (_, part_of) in defs.items()}):
        kind, part_of = defs.get(slug, (None, None))
        if slug in known:
            have = known[slug]
            if slug in defs and (have["kind"], have["part_of"]) != (kind, part_of):
                notes.append(
                    f"metric {slug!r} coded {kind}/{part_of}, stored {have['kind']}/"
                    f"{have['part_of']}"
                )
            continue
        if kind is None:
            errors.append(f"metric {slug!r} is a parent but never coded with a kind")
            continue
        body = {"slug": slug, "label": slug.replace("_", " "), "unit": "person", "kind": kind}
        body["part_of"] = part_of
        answer = client.post("/metrics", json=body, headers=headers)
        if answer.status_code != 201:
            errors.append(f"POST /metrics {slug}: {answer.status_code} {answer.get_json()}")

    parents = _place_parents(claims, notes)
    for name in _ordered(parents):
        body = {"name": name}
        if parents.get(name):
            body["part_of"] = parents[name]
        answer = client.post("/locations", json=body, headers=headers)
        if answer.status_code not in (201, 409):
            errors.append(f"POST /locations {name}: {answer.status_code} {answer.get_json()}")
        elif answer.status_code == 201:
            notes += [f"warning: {w}" for w in answer.get_json()["warnings"]]

    stored: dict[str, int] = {}
    refused: list[str] = []
    answer = client.post("/claims", json=[posted(c) for c in claims], headers=headers)
    if answer.status_code in (200, 201):
        for claim, out in zip(claims, answer.get_json()["claims"], strict=True):
            stored[claim["id"]] = out["id"]
        notes += [f"warning: {w}" for w in answer.get_json()["warnings"]]
    else:
        errors.append(f"batch refused ({answer.status_code}): {answer.get_json()}")
        for claim in claims:
            one = client.post("/claims", json=posted(claim), headers=headers)
            if one.status_code in (200, 201):
                stored[claim["id"]] = one.get_json()["claim"]["id"]
            else:
                refused.append(claim["id"])
                errors.append(f"{claim['id']} refused: {one.get_json()}")

    return {
        "ids": stored,
        "refused": refused,
        "discrepancies": _pages(client, "/discrepancies?limit=500", headers),
        "claims": {c["id"]: c for c in _pages(client, "/claims?limit=500", headers)},
        "notes": notes,
        "errors": errors,
    }


def _describe(claim: dict) -> str:
    if claim["quantifier"] == "range":
        number = f"{claim['low']:,}-{claim['high']:,}"
    elif claim["quantifier"] == "vague":
        number = claim["vague"]
    else:
        number = f"{claim['quantifier']} {claim['value']:,}"
    since = f" since {claim['since']}" if claim.get("since") else ""
    return (
        f"{claim['id']}: {claim['source']} {claim['metric']} at {claim['location']} "
        f"{number} as of {claim['as_of']}{since}"
    )


def _earlier_later(group: list[str], corpus: dict[str, dict]) -> tuple[str, str]:
    def when(cid: str) -> tuple:
        claim = corpus[cid]
        return (claim.get("stated_on") or claim.get("published_on") or "", cid)

    first, second = sorted(group, key=when)
    return first, second


def _covers(members: frozenset, group: frozenset) -> bool:
    """The discrepancy holds every claim of the group (or, for a whole and its parts, the group
    holds every claim of a discrepancy of several claims)."""
    if group <= members:
        return True
    return len(group) > 2 < len(members) and members <= group


def _empty_counts() -> dict:
    return {
        "groups": 0,
        "flagging": 0,
        "tp": 0,
        "misses": 0,
        "wrong_kind": 0,
        "flagged_some_kind": 0,
        "consistent": 0,
        "false_alarms": 0,
        "revisions": 0,
        "revision_hits": 0,
        "discrepancies": 0,
        "unexplained": 0,
        "claims": 0,
        "crises": 0,
        "refused": 0,
        "closed": 0,
    }


def evaluate(corpus: str | Path = CORPUS) -> dict:
    """Load each crisis through the API and score its stored discrepancies against the verdicts."""
    started = time.perf_counter()
    corpus = Path(corpus)
    claims = _read_jsonl(corpus / "claims.jsonl")
    verdicts = _read_jsonl(corpus / "verdicts.jsonl")
    by_id = {c["id"]: c for c in claims}
    by_crisis: dict[str, list[dict]] = defaultdict(list)
    for claim in claims:
        by_crisis[claim["crisis"]].append(claim)

    counts = {split: _empty_counts() for split in SPLITS}
    per_kind: dict[str, Counter] = defaultdict(Counter)
    misses, false_alarms, unexplained, wrong, notes, errors = [], [], [], [], [], []
    revision_misses: list[dict] = []

    def add(crisis: str, key: str, n: int = 1) -> None:
        counts["all"][key] += n
        counts["held-back" if crisis in HELD_BACK else "tuning"][key] += n

    with tempfile.TemporaryDirectory(prefix="detection-eval-") as tmp:
        loaded = {name: load_crisis(group, Path(tmp)) for name, group in sorted(by_crisis.items())}

    for crisis, result in loaded.items():
        add(crisis, "crises")
        add(crisis, "claims", len(result["ids"]))
        add(crisis, "refused", len(result["refused"]))
        notes += [f"{crisis}: {n}" for n in result["notes"]]
        repeats = len(result["ids"]) - len(set(result["ids"].values()))
        if repeats:
            notes.append(f"{crisis}: {repeats} claims stored as repeats of another")
        errors += [f"{crisis}: {e}" for e in result["errors"]]

    # Stored discrepancies as sets of corpus ids, open ones only (superseding closes the rest).
    corpus_of: dict[tuple[str, int], str] = {}
    for crisis, result in loaded.items():
        for cid, sid in result["ids"].items():
            corpus_of[(crisis, sid)] = cid
    flags: list[dict] = []
    closed: list[dict] = []
    for crisis, result in loaded.items():
        for found in result["discrepancies"]:
            members = frozenset(
                corpus_of.get((crisis, c["id"]), f"?{c['id']}") for c in found["claims"]
            )
            if found["status"] != "open":
                closed.append({"crisis": crisis, "members": members, **found})
                add(crisis, "closed")
                continue
            flags.append({"crisis": crisis, "members": members, **found})
            add(crisis, "discrepancies")
            per_kind[found["kind"]]["stored"] += 1

    def crisis_of(group: list[str]) -> str:
        return by_id[group[0]]["crisis"]

    flagging = [v for v in verdicts if v["verdict"] in FLAGS]
    explained: set[int] = set()
    for verdict in flagging:
        group = frozenset(verdict["claims"])
        explained.update(i for i, flag in enumerate(flags) if _covers(flag["members"], group))

    for verdict in verdicts:
        group, kind, crisis = verdict["claims"], verdict["verdict"], crisis_of(verdict["claims"])
        members = frozenset(group)
        add(crisis, "groups")
        if any(cid not in loaded[crisis]["ids"] for cid in group):
            errors.append(f"{crisis}: group {group} has a claim that was not stored")
        matching = [
            (i, flag)
            for i, flag in enumerate(flags)
            if flag["crisis"] == crisis and _covers(flag["members"], members)
        ]
        claims_text = "; ".join(_describe(by_id[c]) for c in group)
        if kind in FLAGS:
            add(crisis, "flagging")
            per_kind[kind]["groups"] += 1
            kinds = [flag["kind"] for _, flag in matching]
            if matching:
                add(crisis, "flagged_some_kind")
            if kind in kinds:
                add(crisis, "tp")
                per_kind[kind]["tp"] += 1
                continue
            add(crisis, "misses")
            per_kind[kind]["misses"] += 1
            stored = loaded[crisis]["claims"]
            statuses = [
                f"{c} {stored.get(loaded[crisis]['ids'].get(c), {}).get('status')}" for c in group
            ]
            entry = {
                "crisis": crisis,
                "want": kind,
                "got": kinds,
                "claims": claims_text,
                "reason": verdict["reason"],
                "statuses": ", ".join(statuses),
                "explanation": " | ".join(flag["explanation"] for _, flag in matching),
                "closed": " | ".join(
                    f"{flag['kind']} ({flag['status']}: {flag['note']})"
                    for flag in closed
                    if flag["crisis"] == crisis and members <= flag["members"]
                ),
            }
            if matching:
                add(crisis, "wrong_kind")
                per_kind[kind]["wrong_kind"] += 1
                wrong.append(entry)
            misses.append(entry)
            continue
        # consistent or revision: any open discrepancy over the group is a false alarm
        against = [
            (i, flag)
            for i, flag in matching
            if len(flag["members"]) == 2 or flag["members"] == members or i not in explained
        ]
        if kind == "consistent":
            add(crisis, "consistent")
        else:
            add(crisis, "revisions")
            ids, stored = loaded[crisis]["ids"], loaded[crisis]["claims"]
            earlier, later = _earlier_later(group, by_id)
            first = stored.get(ids.get(earlier), {})
            if first.get("status") == "superseded" and first.get("superseded_by") == ids.get(later):
                add(crisis, "revision_hits")
            else:
                second = stored.get(ids.get(later), {})
                revision_misses.append(
                    {
                        "crisis": crisis,
                        "claims": claims_text,
                        "reason": verdict["reason"],
                        "statuses": f"{earlier} {first.get('status')} (superseded_by "
                        f"{first.get('superseded_by')}), {later} {second.get('status')} "
                        f"(superseded_by {second.get('superseded_by')})",
                    }
                )
        if against:
            add(crisis, "false_alarms")
            for _, flag in against:
                per_kind[flag["kind"]]["false_alarms"] += 1
            false_alarms.append(
                {
                    "crisis": crisis,
                    "want": kind,
                    "got": [flag["kind"] for _, flag in against],
                    "claims": claims_text,
                    "reason": verdict["reason"],
                    "explanation": " | ".join(flag["explanation"] for _, flag in against),
                }
            )
        explained.update(i for i, _ in matching)

    for i, flag in enumerate(flags):
        if i in explained:
            continue
        add(flag["crisis"], "unexplained")
        per_kind[flag["kind"]]["unexplained"] += 1
        unexplained.append(
            {
                "crisis": flag["crisis"],
                "got": [flag["kind"]],
                "claims": "; ".join(
                    _describe(by_id[c]) if c in by_id else c for c in sorted(flag["members"])
                ),
                "explanation": flag["explanation"],
            }
        )

    scores = {}
    for split, c in counts.items():
        scores[split] = {
            **c,
            "precision": _ratio(c["tp"], c["tp"] + c["false_alarms"] + c["unexplained"]),
            "recall": _ratio(c["tp"], c["flagging"]),
            "kind_accuracy": _ratio(c["tp"], c["flagged_some_kind"]),
            "revision_recall": _ratio(c["revision_hits"], c["revisions"]),
        }
    return {
        **scores,
        "per_kind": {k: dict(per_kind[k]) for k in (*FLAGS, *sorted(set(per_kind) - set(FLAGS)))},
        "held_back": list(HELD_BACK),
        "misses": misses,
        "wrong_kind": wrong,
        "false_alarms": false_alarms,
        "unexplained": unexplained,
        "revision_misses": revision_misses,
        "notes": notes,
        "errors": errors,
        "seconds": time.perf_counter() - started,
    }


def table(result: dict) -> str:
    """The scores for all groups, the tuning crises and the held-back ones, then per kind."""
    rows = [
        ("crises", "crises", "d"),
        ("claims stored", "claims", "d"),
        ("claims refused", "refused", "d"),
        ("verdict groups", "groups", "d"),
        ("flagging groups", "flagging", "d"),
        ("true positives", "tp", "d"),
        ("misses", "misses", "d"),
        ("  of them wrong kind", "wrong_kind", "d"),
        ("consistent groups", "consistent", "d"),
        ("false alarms", "false_alarms", "d"),
        ("open discrepancies", "discrepancies", "d"),
        ("unexplained", "unexplained", "d"),
        ("closed by the system", "closed", "d"),
        ("revisions", "revisions", "d"),
        ("revisions superseded", "revision_hits", "d"),
        ("precision", "precision", ".3f"),
        ("recall", "recall", ".3f"),
        ("kind accuracy", "kind_accuracy", ".3f"),
    ]
    lines = [f"{'':<22}" + "".join(f"{s:>11}" for s in SPLITS)]
    for label, key, fmt in rows:
        lines.append(f"{label:<22}" + "".join(f"{result[s][key]:>11{fmt}}" for s in SPLITS))
    lines.append("")
    columns = ("groups", "tp", "misses", "wrong_kind", "stored", "unexplained", "false_alarms")
    lines.append(f"{'kind':<22}" + "".join(f"{c:>13}" for c in columns))
    for kind, c in result["per_kind"].items():
        lines.append(f"{kind:<22}" + "".join(f"{c.get(k, 0):>13d}" for k in columns))
    lines.append(f"held back: {', '.join(result['held_back'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table; `-v` also lists the misses, false alarms and unexplained flags."""
    argv = sys.argv[1:] if argv is None else argv
    paths = [a for a in argv if not a.startswith("-")]
    result = evaluate(paths[0] if paths else CORPUS)
    print(table(result))
    print(f"({result['seconds']:.1f} s)")
    for line in result["errors"]:
        print(f"error: {line}")
    if "-v" in argv:
        for line in result["notes"]:
            print(f"note: {line}")
        labels = {
            "misses": "miss",
            "false_alarms": "false alarm",
            "unexplained": "unexplained",
            "revision_misses": "revision not superseded",
        }
        for key, label in labels.items():
            for entry in result[key]:
                print(f"\n{label} [{entry['crisis']}]")
                if "want" in entry:
                    print(f"  coded {entry['want']}, flagged {entry['got'] or 'nothing'}")
                elif "got" in entry:
                    print(f"  flagged {entry['got']}")
                print(f"  claims: {entry['claims']}")
                if entry.get("reason"):
                    print(f"  reason: {entry['reason']}")
                if entry.get("statuses"):
                    print(f"  statuses: {entry['statuses']}")
                if entry.get("explanation"):
                    print(f"  explanation: {entry['explanation']}")
                if entry.get("closed"):
                    print(f"  closed: {entry['closed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
