"""Paste a report: the text with each candidate figure highlighted, each candidate editable and
accepted or rejected, then the accepted ones posted as one batch (as POST /claims does)."""

from flask import current_app, flash, render_template, request
from marshmallow import ValidationError

from api.database import get_db, settings
from api.ui_session import analyst, signed_in
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db import metrics as metric_store
from db import writes
from db.ingest import BatchInvalid
from figures.extract import extract_candidates
from figures.intervals import QUANTIFIERS, VAGUE_TABLE
from figures.settings import ANSWER_DISCREPANCIES
from schemas import claims as claim_schemas
from schemas import resources

DOCUMENT = ("title", "url", "publisher", "published_on")
TEXT_FIELDS = "metric location source quantifier value low high vague unit stated_on as_of"
FIELDS = (*TEXT_FIELDS.split(), "since", "quote")
REQUIRED = ("metric", "location", "source")
EVIDENCE = ("source", "place")
COLOURS = 10  # metric colours in the stylesheet: .m0 to .m9


def extract():
    """GET: the form. POST: read the text (do=read), accept every candidate (do=accept_all), or
    post the accepted ones (do=post); writes and reads alike need a signed-in session, as
    POST /extract needs a token."""
    if request.method == "GET":
        return _page(text="", document={}, candidates=[])
    return _post()


@signed_in
def _post():
    document = {k: request.form.get(k, "").strip() for k in DOCUMENT}
    document = {k: v for k, v in document.items() if v}
    text = request.form.get("text", "")
    do = request.form.get("do", "read")
    if do == "read":
        try:
            args = resources.ExtractIn().load({"text": text, **document})
        except ValidationError as error:
            return _page(text, document, [], errors=error.normalized_messages()), 422
        found = [_state(n, c) for n, c in enumerate(extract_candidates(**args))]
        return _page(text, document, found)
    candidates = _from_form(text)
    if do == "accept_all":
        for candidate in candidates:
            candidate["accept"] = True
        return _page(text, document, candidates)
    return _post_accepted(text, document, candidates)


def _post_accepted(text: str, document: dict, candidates: list[dict]):
    accepted = [c for c in candidates if c["accept"]]
    if not accepted:
        flash("Accept at least one candidate to post.", "error")
        return _page(text, document, candidates), 422
    if len(accepted) > current_app.config["MAX_BATCH"]:
        flash(f"At most {current_app.config['MAX_BATCH']} claims per batch.", "error")
        return _page(text, document, candidates), 413
    schema, items = claim_schemas.ClaimIn(), []
    for candidate in accepted:
        try:
            items.append(schema.load(_claim(candidate, document)))
        except ValidationError as error:
            candidate["errors"] = error.normalized_messages()
    if not any(c.get("errors") for c in accepted):
        db = get_db()
        try:
            result = writes.post_claims(db, items, analyst(), settings())
        except BatchInvalid as error:
            for index, messages in error.errors.items():
                accepted[index]["errors"] = messages
        else:
            shown = result.discrepancy_ids[:ANSWER_DISCREPANCIES]
            return render_template(
                "ui/posted.html",
                claims=claim_store.served(db, result.claim_ids),
                created=sum(result.created),
                discrepancies=discrepancy_store.served(db, discrepancy_store.by_ids(db, shown)),
                discrepancy_count=len(result.discrepancy_ids),
                warnings=result.warnings,
            )
    flash("Nothing was posted: correct the candidates marked below.", "error")
    return _page(text, document, candidates), 422


def _claim(candidate: dict, document: dict) -> dict:
    """A candidate as a POST /claims item: empty fields left out, numbers as numbers."""
    quantifier = candidate["quantifier"] or "exact"
    numbers = {"range": ("low", "high"), "vague": ()}.get(quantifier, ("value",))
    item = {k: candidate[k] for k in (*REQUIRED, "unit", "stated_on", "as_of", "since", "quote")}
    item = {k: v for k, v in item.items() if v} | {"quantifier": quantifier}
    item |= {k: _number(candidate[k]) for k in numbers if candidate[k]}
    if quantifier == "vague" and candidate["vague"]:
        item["vague"] = candidate["vague"]
    if document:
        item["reported_in"] = document
    return item


def _number(text: str):
    """ "300,000" or "2.5" as a number; anything else as sent, for ClaimIn to name."""
    try:
        value = float(text.replace(",", "").strip())
    except ValueError:
        return text
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _state(n: int, candidate: dict) -> dict:
    """An extractor candidate as the form shows it: every field a string, the source suggested
    from the publisher when the text names none, where the figure and its evidence stand."""
    claim = candidate["claim"]
    suggested = (
        (candidate.get("suggested") or {}).get("source") if not claim.get("source") else None
    )
    state = {k: _text(claim.get(k)) for k in FIELDS}
    state |= {
        "n": n,
        "source": claim.get("source") or suggested or "",
        "suggested": bool(suggested),
        "start": candidate["start"],
        "end": candidate["end"],
        "accept": False,
        "confidence": candidate.get("confidence"),
        "errors": {},
    }
    evidence = candidate.get("evidence") or {}  # absent from older extractors: no spans shown
    for kind in EVIDENCE:
        span = evidence.get(kind) or {}
        state[f"{kind}_span"] = (span["start"], span["end"]) if "start" in span else None
    return state


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _from_form(text: str) -> list[dict]:
    """The candidates as the analyst left them (hidden offsets checked against the text)."""
    form, found = request.form, []
    try:
        count = min(int(form.get("count", "0")), current_app.config["MAX_BATCH"])
    except ValueError:
        count = 0
    for n in range(count):
        state = {k: form.get(f"c{n}.{k}", "").strip() for k in FIELDS}
        state |= {
            "n": n,
            "accept": form.get(f"c{n}.accept") == "yes",
            "suggested": bool(state["source"]) and form.get(f"c{n}.suggested") == state["source"],
            "confidence": None,
            "errors": {},
        }
        span = _span(form.get(f"c{n}.at", ""), len(text))
        state["start"], state["end"] = span or (0, 0)
        for kind in EVIDENCE:
            state[f"{kind}_span"] = _span(form.get(f"c{n}.{kind}_at", ""), len(text))
        found.append(state)
    return found


def _span(value: str, length: int) -> tuple[int, int] | None:
    """ "start-end" offsets into the text, or None when they are not a span of it."""
    start, _, end = value.partition("-")
    if not (start.isdigit() and end.isdigit()):
        return None
    start_at, end_at = int(start), int(end)
    return (start_at, end_at) if 0 <= start_at < end_at <= length else None


def segments(text: str, candidates: list[dict]) -> list[dict]:
    """The text cut where a figure or an evidence span starts or ends; each piece says which
    candidate's figure it is (if any) and whose source or place it names."""
    cuts = {0, len(text)}
    for c in candidates:
        for span in ((c["start"], c["end"]), c["source_span"], c["place_span"]):
            if span and span[1] > span[0]:
                cuts |= set(span)
    cuts = sorted(cut for cut in cuts if 0 <= cut <= len(text))
    pieces: list[dict] = []
    shown: set[int] = set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        figure = next((c for c in candidates if c["start"] <= start and end <= c["end"]), None)
        piece = {
            "text": text[start:end],
            "figure": figure,
            "first": figure is not None and figure["n"] not in shown,
            "source_of": " ".join(str(c["n"]) for c in candidates if _covers(c, "source", start)),
            "place_of": " ".join(str(c["n"]) for c in candidates if _covers(c, "place", start)),
        }
        if figure is not None:
            shown.add(figure["n"])
        pieces.append(piece)
    return pieces


def _covers(candidate: dict, kind: str, at: int) -> bool:
    span = candidate[f"{kind}_span"]
    return span is not None and span[0] <= at < span[1]


def _page(text: str, document: dict, candidates: list[dict], errors: dict | None = None):
    metrics = list(metric_store.all_metrics(get_db()))
    for c in candidates:
        c["missing"] = [k for k in REQUIRED if not c[k]]
        c["doubts"] = [f"no {k}" for k in c["missing"]]
        c["doubts"] += ["source suggested (the publisher)"] if c["suggested"] else []
        c["colour"] = f"m{metrics.index(c['metric']) % COLOURS}" if c["metric"] in metrics else ""
    return render_template(
        "ui/extract.html",
        text=text,
        document=document,
        candidates=candidates,
        segments=segments(text, candidates) if candidates else [],
        metrics=metrics,
        colours={m: f"m{i % COLOURS}" for i, m in enumerate(metrics)},
        quantifiers=QUANTIFIERS,
        vague_words=list(VAGUE_TABLE),
        errors=errors or {},
    )
