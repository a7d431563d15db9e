"""Reading a claims file (CSV or HXL): its header matched to our columns, its rows to claims."""

import csv
import re
from collections.abc import Iterable, Iterator

from db.columns import CLAIM_COLUMNS, FORMULA_START

_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_INTEGER_TEXT = re.compile(r"[+-]?\d+")

# column -> (path in the posted claim, is a number)
_IMPORTED: dict[str, tuple[tuple[str, ...], bool]] = {
    "metric": (("metric",), False),
    "location": (("location", "name"), False),
    "location_pcode": (("location", "pcode"), False),
    "source": (("source", "name"), False),
    "quantifier": (("quantifier",), False),
    "value": (("value",), True),
    "stated_low": (("low",), True),
    "stated_high": (("high",), True),
    "vague": (("vague",), False),
    "unit": (("unit",), False),
    "household_size": (("household_size",), True),
    "stated_on": (("stated_on",), False),
    "as_of": (("as_of",), False),
    "since": (("since",), False),
    "quote": (("quote",), False),
    "document_title": (("reported_in", "title"), False),
    "document_url": (("reported_in", "url"), False),
    "document_publisher": (("reported_in", "publisher"), False),
    "document_published_on": (("reported_in", "published_on"), False),
}
# Read but not posted: the derived columns of an export, and the retraction.
_DERIVED = {"id", "best", "canonical_unit", "interval_rule", "created_at", "low", "high"}
_SPECIAL = {"as_of_start", "as_of_end", "status", "retracted_reason"}
KNOWN_COLUMNS = set(_IMPORTED) | _DERIVED | _SPECIAL


class FileInvalid(Exception):
    """The file cannot be read as claims at all (bad columns, broken CSV): [(row, field, why)]."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        super().__init__("; ".join(f"row {r}, {f}: {why}" for r, f, why in problems))
        self.problems = problems


def _hashtag_key(text: str) -> str:
    """A hashtag spec compared as HXL does: case and attribute order do not matter."""
    parts = [p.strip().lower() for p in text.strip().split("+")]
    return "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


_BY_HASHTAG = {_hashtag_key(c.hashtag): c.name for c in CLAIM_COLUMNS} | {
    _hashtag_key("#date+as_of"): "as_of",  # what exports before 2026-11-30 wrote
    _hashtag_key("#date+created"): "created_at",
}


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _is_hashtag_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def _unguard(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _number(text: str):
    """Digits only ('160000', '2.5', '1e5'): a number; anything else stays text for the schema
    to refuse ('160,000', 'about 5')."""
    if _INTEGER_TEXT.fullmatch(text):
        return int(text)
    if _NUMBER_TEXT.fullmatch(text):
        return float(text)
    return text


class ClaimRows:
    """The rows of a claims file (CSV or HXL) as posted claims: iterate for (row, claim).

    The columns are those of an export (db.columns), named as the posted fields (`unit` is the
    unit as stated); `location_pcode` and the `document_*` columns fill `location` and
    `reported_in`. Derived columns (`id`, `best`, `canonical_unit`, `interval_rule`,
    `as_of_start`, `as_of_end`, `created_at`) are ignored; `low` and `high` are the derived
    interval when the file has `stated_low` / `stated_high` columns (an export), else they are
    the posted range. A file without `as_of` but with `as_of_start` and `as_of_end` gets the
    period from them. Names are matched ignoring case, spaces and hyphens ("As Of" is `as_of`);
    in an HXL file a column whose name is not ours is matched by its hashtag, and a file of
    hashtags without names works too. An unknown or doubled column, or a missing `metric`,
    `location` or `source` column, refuses the file (FileInvalid) before any row is read. Rows
    are numbered as a spreadsheet shows them (the column names are row 1; records, not lines).

    A claim may carry importer directives under keys starting with '_' (`_status`,
    `_retracted_reason`, `_problem` for a row with more cells than columns), which the importer
    pops before validating. A location without a p-code and a source are bare names (the posted
    shape allows both, and a name is checked faster than an object)."""

    def __init__(self, fileobj: Iterable[str]):
        self.reader = csv.reader(fileobj)
        self.record = 0
        self.columns: list[str | None] = []
        self.field_columns: dict[str, str] = {}
        self.hand_range = False

    def column_of(self, field_path: str) -> str:
        """The file's column holding a posted field ('reported_in.title' -> 'document_title')."""
        return self.field_columns.get(field_path, field_path)

    def _next(self) -> list[str] | None:
        """The next record (a quoted cell may span lines: records are counted, not lines)."""
        try:
            cells = next(self.reader)
        except StopIteration:
            return None
        except csv.Error as error:
            reason = f"not readable as CSV: {error}"
            raise FileInvalid([(self.record + 1, "_file", reason)]) from None
        except UnicodeDecodeError:  # text is decoded in blocks: the byte may be a few rows on
            reason = "not UTF-8 text (here or a few rows further on): save the file as UTF-8"
            raise FileInvalid([(self.record + 1, "_file", reason)]) from None
        self.record += 1
        return cells

    def _read_header(self) -> list[str] | None:
        """The column names; returns the first data row when it was read to look for tags."""
        first = self._next()
        if first is None:
            raise FileInvalid([(1, "_file", "the file is empty: no column names")])
        if _is_hashtag_row(first):  # hashtags only: an HXL file without a names row
            names = [_BY_HASHTAG.get(_hashtag_key(c), c) if c.strip() else "" for c in first]
            self._map(names, first)
            return None
        second = self._next()
        if second is not None and _is_hashtag_row(second):
            self._map(first, second)
            return None
        self._map(first, [""] * len(first))
        return second

    def _map(self, names: list[str], hashtags: list[str]) -> None:
        problems, seen = [], {}
        width = max(len(names), len(hashtags))
        names = names + [""] * (width - len(names))
        hashtags = hashtags + [""] * (width - len(hashtags))
        for name, tag in zip(names, hashtags, strict=True):
            key = _header_key(name)
            if key not in KNOWN_COLUMNS and tag.strip():
                key = _BY_HASHTAG.get(_hashtag_key(tag), key)
            if not key:
                self.columns.append(None)
                continue
            if key not in KNOWN_COLUMNS:
                known = ", ".join(c.name for c in CLAIM_COLUMNS)
                problems.append((1, name, f"unknown column {name!r}; known: {known}"))
                key = None
            elif key in seen:
                problems.append((1, name, f"column {key!r} appears twice"))
                key = None
            else:
                seen[key] = name
            self.columns.append(key)
        for required in ("metric", "location", "source"):
            if required not in seen:
                problems.append((1, required, f"the file has no {required!r} column"))
        if problems:
            raise FileInvalid(problems)
        self.hand_range = "stated_low" not in seen and "stated_high" not in seen
        for column, (path, _) in _IMPORTED.items():
            if column in seen:
                self.field_columns[".".join(path)] = seen[column]
        if self.hand_range:
            for column in ("low", "high"):
                if column in seen:
                    self.field_columns[column] = seen[column]
        for name in ("location", "source"):
            if name in seen:
                self.field_columns[name] = seen[name]

    def __iter__(self) -> Iterator[tuple[int, dict]]:
        pending = self._read_header()
        while True:
            cells = pending if pending is not None else self._next()
            pending = None
            if cells is None:
                return
            if not any(c.strip() for c in cells):
                continue
            yield self.record, self._claim(cells)

    def _claim(self, cells: list[str]) -> dict:
        claim: dict = {}
        extra: dict = {}
        if any(c.strip() for c in cells[len(self.columns) :]):
            count = len(self.columns)
            claim["_problem"] = (
                f"{len(cells)} cells for {count} columns: quote a cell that holds a comma"
            )
        for key, raw in zip(self.columns, cells, strict=False):
            if key is None:
                continue
            text = raw if key == "quote" else raw.strip()
            if not text.strip():
                continue
            text = _unguard(text)
            if key in _IMPORTED:
                path, number = _IMPORTED[key]
            elif self.hand_range and key in ("low", "high"):
                path, number = (key,), True
            else:
                extra[key] = text
                continue
            value = _number(text) if number else text
            target = claim
            for part in path[:-1]:
                target = target.setdefault(part, {})
            target[path[-1]] = value
        if "as_of" not in claim and extra.get("as_of_start") and extra.get("as_of_end"):
            start, end = extra["as_of_start"], extra["as_of_end"]
            claim["as_of"] = start if start == end else f"{start}/{end}"
        for name in ("location", "source"):  # a bare name is the same claim, checked faster
            if list(claim.get(name, {})) == ["name"]:
                claim[name] = claim[name]["name"]
        if extra.get("status", "").lower() == "retracted":
            claim["_status"] = "retracted"
            claim["_retracted_reason"] = extra.get("retracted_reason") or "retracted in the file"
        return claim
