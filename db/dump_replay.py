"""A dump's claims replayed in time order: stored, checked, retracted, reviewed, recommended."""

import json

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.detection import check
from db.history import record
from db.imports import _flatten
from db.ingest import BatchInvalid, store_claims
from figures.errors import FiguresError
from figures.review import NEXT_REVIEW

CLAIMS_AT_ONCE = 500
ROWS = "temp.dump_rows"
# What happens at one time goes in this order: detection first, then what changes its result.
_ORDER = {"flush": 0, "retract": 1, "review": 2, "recommend": 3}
_RECOMMENDED = "metric_id location_id claim_id window_start window_end note token_name chosen_at"


# The last claim (by id) of each discrepancy of the dump that a later claim changed: one whose
# claim was superseded, or a reading of a whole's parts (a newer reading replaces it). Detection
# runs right after that claim, so it is found before the change, as it was then; elsewhere the
# claims are checked a chunk at a time, which finds the same pairs as checking them one by one.
_CHANGED_AFTER = f"""SELECT max(json_extract(m.value, '$.claim')) FROM {ROWS} r,
json_each(r.body, '$.claims') m LEFT JOIN {ROWS} c ON c.type = 'claim'
AND c.id = json_extract(m.value, '$.claim') WHERE r.type = 'discrepancy' GROUP BY r.line
HAVING max(json_extract(r.body, '$.kind') = 'parts_exceed_whole'
    OR json_extract(c.body, '$.status') = 'superseded')"""


class Refused(Exception):
    """Raised inside the transaction to roll the whole dump back."""


class Replay:
    """The claims of a restore (db/dump_restore.Restore) and what happened to them."""

    def __init__(self, restore, discrepancies_before: int):
        self.restore, self.db, self.token = restore, restore.db, restore.token
        self.report, self.maps = restore.report, restore.maps
        self.created = restore.created["claim"]
        self.before = discrepancies_before
        self.pending: list[tuple[int, int, dict, list[dict]]] = []
        self.matched: dict[int, int | None] = {}  # a discrepancy's line: the one it is now
        self.reviewed: set[int] = set()
        self.done = 0
        (self.total,) = self.db.execute(
            f"SELECT count(*) FROM {ROWS} WHERE type = 'claim'"
        ).fetchone()

    def run(self) -> None:
        events = self.events()
        after = {last for (last,) in self.db.execute(_CHANGED_AFTER)}
        at, last = 0, -(2**63)
        while True:
            page = self.db.execute(
                f"SELECT line, id, body, item FROM {ROWS} WHERE type = 'claim' AND id > ?"
                " ORDER BY id LIMIT ?",
                [last, CLAIMS_AT_ONCE],
            ).fetchall()
            for line, old, body, item in page:
                created_at = json.loads(body)["created_at"]
                while at < len(events) and events[at][0] < created_at:
                    self.happen(events[at])
                    at += 1
                self.add(line, old, json.loads(item))
                if old in after or len(self.pending) >= CLAIMS_AT_ONCE:
                    self.flush()
            if len(page) < CLAIMS_AT_ONCE:
                break
            last = page[-1][1]
        for event in events[at:]:
            self.happen(event)
        self.flush()
        self.verify()

    def events(self) -> list[tuple]:
        """(time, order, what, ...) for each retraction, supersession, review and
        recommendation of the dump, oldest first."""
        found = []
        for line, body in self.db.execute(
            f"SELECT line, body FROM {ROWS} WHERE type IN ('claim', 'discrepancy',"
            " 'recommendation') AND (type <> 'claim' OR json_extract(body, '$.status')"
            " <> 'active')"
        ):
            record_ = json.loads(body)
            kind = record_["type"]
            if kind == "claim" and record_["status"] == "retracted":
                at = max(record_["retracted_at"] or "", record_["created_at"])
                reason = record_["retracted_reason"] or "retracted in the dump"
                found.append((at, _ORDER["retract"], line, "retract", record_["id"], reason))
            elif kind == "claim" and record_["superseded_at"]:
                found.append((record_["superseded_at"], _ORDER["flush"], line, "flush"))
            elif kind == "discrepancy":
                for review in record_["reviews"]:
                    found.append((review["at"], _ORDER["review"], line, "review", review))
            elif kind == "recommendation":
                found.append((record_["chosen_at"], _ORDER["recommend"], line, "recommend"))
        return sorted(found, key=lambda event: event[:3])

    def happen(self, event: tuple) -> None:
        self.flush()
        _, _, line, what, *rest = event
        if what == "retract":
            self.retract(*rest)
        elif what == "review":
            self.review(line, *rest)
        elif what == "recommend":
            self.recommend(line)

    def body(self, line: int) -> dict:
        (text,) = self.db.execute(f"SELECT body FROM {ROWS} WHERE line = ?", [line]).fetchone()
        return json.loads(text)

    # --- claims ---------------------------------------------------------------------------

    def add(self, line: int, old: int, item: dict) -> None:
        documents = item.pop("citations")
        body = self.body(line)
        place = self.maps["place"][body["location"]]
        name, pcode = self.db.execute(
            "SELECT name, pcode FROM locations WHERE id = ?", [place]
        ).fetchone()
        item["location"] = {"name": name} | ({"pcode": pcode} if pcode else {})
        source = self.maps["source"][body["source"]]
        (name,) = self.db.execute("SELECT name FROM sources WHERE id = ?", [source]).fetchone()
        item["source"] = {"name": name}
        if documents:
            item["reported_in"] = documents[0]
        self.pending.append((line, old, item, documents[1:]))

    def flush(self) -> None:
        """Store the pending claims without detection, cite their other documents, then run
        detection over the new ones (what the original posts found, in their order)."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        try:
            result = store_claims(
                self.db, [p[2] for p in pending], self.token, self.restore.settings, detect=False
            )
        except BatchInvalid as error:
            for index, errors in sorted(error.errors.items()):
                for field, reason in _flatten(errors):
                    self.restore.refuse(pending[index][0], field, reason)
            raise Refused from None
        new_ids = []
        for (line, old, _, others), new, created in zip(
            pending, result.claim_ids, result.created, strict=True
        ):
            if created:
                self.report.created += 1
                self.created.add(new)
                new_ids.append(new)
            else:
                self.report.repeats += 1
                if new in self.created:
                    self.restore.warn(f"line {line}: claim {old} became the same claim as another")
            self.maps["claim"][old] = new
            for document in others:
                claim_store.cite(self.db, new, document, self.token)
        try:
            check(self.db, new_ids, self.token, self.restore.settings)
        except FiguresError as error:
            self.restore.refuse(pending[0][0], error.field, error.message)
            raise Refused from None
        self.done += len(pending)
        if self.restore.progress is not None:
            self.restore.progress(self.done, self.total)

    def retract(self, old: int, reason: str) -> None:
        new = self.maps["claim"].get(old)
        if new in self.created and claim_store.retract(self.db, new, reason, self.token):
            discrepancy_store.close_for_claim(self.db, new, self.token, "was retracted")
            self.report.retracted += 1

    # --- discrepancies and recommendations ---------------------------------------------------

    def match(self, line: int) -> int | None:
        """The discrepancy of the same kind between the same (mapped) claims, if found."""
        if self.matched.get(line) is not None:
            return self.matched[line]
        found = self.body(line)
        wanted = {self.maps["claim"].get(c["claim"]) for c in found["claims"]}
        self.matched[line] = None
        if None in wanted:
            return None
        for (candidate,) in self.db.execute(
            "SELECT d.id FROM discrepancy_claims dc CROSS JOIN discrepancies d"  # claim first
            " ON d.id = dc.discrepancy_id WHERE dc.claim_id = ? AND d.kind = ? ORDER BY d.id",
            [min(wanted), found["kind"]],
        ).fetchall():
            members = self.db.execute(
                "SELECT claim_id FROM discrepancy_claims WHERE discrepancy_id = ?", [candidate]
            ).fetchall()
            if {m for (m,) in members} == wanted:
                self.matched[line] = candidate
                return candidate
        return None

    def review(self, line: int, review: dict) -> None:
        """Replay a review with its note and time; one the restore already made (a claim's
        retraction or revision closed it) is not made twice."""
        target = self.match(line)
        if target is None:
            self.restore.warn(f"line {line}: no discrepancy to replay the review of {review['at']}")
            return
        status, note = self.db.execute(
            "SELECT status, note FROM discrepancies WHERE id = ?", [target]
        ).fetchone()
        wanted, text = review["status"], review["note"]
        if (status, note) == (wanted, text) or (
            status == wanted and (text or "").startswith("closed: ")
        ):
            return
        if wanted not in NEXT_REVIEW[status]:
            self.restore.warn(f"line {line}: a review to {wanted} cannot follow {status}")
            return
        self.db.execute(
            "UPDATE discrepancies SET status = ?, note = ?, reviewed_at = ? WHERE id = ?",
            [wanted, text, review["at"], target],
        )
        detail = {"status": wanted, "note": text, "reviewed_at": review["at"], "restored": True}
        record(self.db, "review", "discrepancies", target, detail, self.token)
        self.reviewed.add(line)

    def recommend(self, line: int) -> None:
        found = self.body(line)
        metric = self.db.execute("SELECT id FROM metrics WHERE slug = ?", [found["metric"]])
        metric = metric.fetchone()
        if metric is None:
            self.restore.refuse(line, "metric", f"unknown metric {found['metric']!r}")
            raise Refused
        claim = self.maps["claim"].get(found["claim"])
        if claim is None:
            self.restore.warn(f"line {line}: the recommended claim was not stored before it")
            return
        row = [metric[0], self.maps["place"][found["location"]], claim]
        row += [found[k] for k in ("window_start", "window_end", "note")]
        row += [found.get("chosen_by"), found["chosen_at"]]
        columns = _RECOMMENDED.split()
        same = " AND ".join(f"{c} IS ?" for c in columns)
        if self.db.execute(f"SELECT 1 FROM recommendations WHERE {same}", row).fetchone():
            self.report.repeats += 1
            return
        cursor = self.db.execute(
            f"INSERT INTO recommendations ({', '.join(columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})",
            row,
        )
        record(
            self.db, "recommend", "recommendations", cursor.lastrowid, {"claim": row[2]}, self.token
        )
        self.report.created += 1

    # --- what came out ---------------------------------------------------------------------

    def verify(self) -> None:
        """Count each discrepancy of the dump as stored or repeated, and warn about what did
        not come out as it was: a discrepancy not found again, one found that the dump does not
        hold, a claim whose status differs."""
        found: set[int] = set()
        for (line,) in self.db.execute(f"SELECT line FROM {ROWS} WHERE type = 'discrepancy'"):
            target = self.match(line)
            if target is None:
                self.restore.warn(f"line {line}: this discrepancy was not found again")
                continue
            found.add(target)
            if target > self.before or line in self.reviewed:
                self.report.created += 1
            else:
                self.report.repeats += 1
        extra = [
            d
            for (d,) in self.db.execute(
                "SELECT id FROM discrepancies WHERE id > ? ORDER BY id", [self.before]
            )
            if d not in found
        ]
        if extra:
            shown = ", ".join(str(d) for d in extra[:20])
            self.restore.warn(f"detection found discrepancies the dump does not hold: {shown}")
        for line, body in self.db.execute(f"SELECT line, body FROM {ROWS} WHERE type = 'claim'"):
            dumped = json.loads(body)
            new = self.maps["claim"][dumped["id"]]
            status, by = self.db.execute(
                "SELECT status, superseded_by FROM claims WHERE id = ?", [new]
            ).fetchone()
            wanted_by = self.maps["claim"].get(dumped["superseded_by"])
            if new in self.created and (status, by) != (dumped["status"], wanted_by):
                self.restore.warn(f"line {line}: the claim is {status}, not {dumped['status']}")
