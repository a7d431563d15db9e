"""Places and sources by name: alias resolution, creation with duplicate warnings, merging."""

from dataclasses import dataclass

from sqlite_utils import Database

from db.history import now, record
from figures.errors import FiguresError
from figures.hierarchy import chain
from figures.names import name_key, skeleton, source_key


@dataclass(frozen=True)
class Kind:
    """What differs between places and sources: tables, key function, extra columns."""

    table: str
    aliases: str
    fk: str
    key: object
    label: str


LOCATIONS = Kind("locations", "location_aliases", "location_id", name_key, "place")
SOURCES = Kind("sources", "source_aliases", "source_id", source_key, "source")


def _live(db: Database, kind: Kind, row_id: int) -> int:
    """Follow merged_into to the place (or source) that now stands for this one."""
    seen = set()
    while row_id not in seen:
        seen.add(row_id)
        row = db.execute(f"SELECT merged_into FROM {kind.table} WHERE id = ?", [row_id]).fetchone()
        if row is None or row[0] is None:
            return row_id
        row_id = row[0]
    return row_id


def exists(db: Database, kind: Kind, row_id: int) -> bool:
    """A live (not merged) place or source has this id."""
    sql = f"SELECT 1 FROM {kind.table} WHERE id = ? AND merged_into IS NULL"
    return db.execute(sql, [row_id]).fetchone() is not None


def find(db: Database, kind: Kind, name: str) -> int | None:
    """The id a name resolves to: a place's p-code (any case), else a name or alias; or None."""
    if kind is LOCATIONS and (by_pcode := find_by_pcode(db, name)) is not None:
        return by_pcode
    row = db.execute(
        f"SELECT {kind.fk} FROM {kind.aliases} WHERE key = ?", [kind.key(name)]
    ).fetchone()
    return _live(db, kind, row[0]) if row else None


def find_by_pcode(db: Database, pcode: str) -> int | None:
    """The place with this p-code, in any case (OCHA writes SY02, users sy02)."""
    row = db.execute(
        "SELECT id FROM locations WHERE pcode = ? COLLATE NOCASE", [pcode.strip()]
    ).fetchone()
    return _live(db, LOCATIONS, row[0]) if row else None


def enclosing_by_pcode(db: Database, pcode: str) -> int | None:
    """The known place with the longest p-code that PCODE extends (SY0203 within SY02)."""
    pcode = pcode.strip().upper()
    prefixes = [pcode[:n] for n in range(len(pcode) - 1, 1, -1)]
    if not prefixes:
        return None
    marks = ", ".join("?" for _ in prefixes)
    row = db.execute(
        f"SELECT id FROM locations WHERE upper(pcode) IN ({marks}) AND merged_into IS NULL"
        " ORDER BY length(pcode) DESC LIMIT 1",
        prefixes,
    ).fetchone()
    return row[0] if row else None


def merged_family(db: Database, kind: Kind, row_id: int) -> list[int]:
    """The row and every row merged into it (a claim stored under either is the same claim)."""
    family, frontier = [row_id], [row_id]
    while frontier:
        marks = ", ".join("?" for _ in frontier)
        frontier = [
            r[0]
            for r in db.execute(
                f"SELECT id FROM {kind.table} WHERE merged_into IN ({marks})", frontier
            ).fetchall()
            if r[0] not in family
        ]
        family += frontier
    return family


def resolve_id(db: Database, kind: Kind, ref: str | int, field: str) -> int:
    """An existing place or source from its id or any of its names, or a 4xx naming the field."""
    number = int(ref) if isinstance(ref, str) and ref.isascii() and ref.isdigit() else ref
    if isinstance(number, int) and 0 <= number < 2**63:  # a row id ("²".isdigit() is True too)
        row = db.execute(f"SELECT id FROM {kind.table} WHERE id = ?", [number]).fetchone()
        if row:
            return _live(db, kind, row[0])
    found = find(db, kind, str(ref))
    if found is None:
        raise FiguresError(field, f"unknown {kind.label} {ref!r}")
    return found


def _warnings(db: Database, kind: Kind, row_id: int, name: str, link: str | None) -> list[str]:
    rows = db.execute(
        f"SELECT id, name FROM {kind.table} WHERE skeleton = ? AND key <> ? AND id <> ?"
        " AND merged_into IS NULL ORDER BY id LIMIT 5",
        [skeleton(name), kind.key(name), row_id],
    ).fetchall()
    return [
        f"{kind.label} {name!r} may be the same as {other!r} (id {other_id})"
        + (": " + link.format(table=kind.table, id=other_id) if link else "")
        for other_id, other in rows
    ]


def resolve_or_create(
    db: Database,
    kind: Kind,
    name: str,
    token: str | None,
    extra: dict | None = None,
    link: str | None = None,
) -> tuple[int, list[str], bool]:
    """The id for a name, creating the row (and warnings about look-alikes) when it is new."""
    existing = find(db, kind, name)
    if existing is not None:
        return existing, [], False
    stamp = now()
    columns = {"name": name, "key": kind.key(name), "skeleton": skeleton(name), "created_at": stamp}
    columns.update({k: v for k, v in (extra or {}).items() if v is not None})
    if columns.get("pcode") and "part_of" not in columns:
        enclosing = enclosing_by_pcode(db, columns["pcode"])
        if enclosing is not None:
            columns["part_of"] = enclosing  # SY0203 is within SY02 unless part_of says otherwise
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    cursor = db.execute(
        f"INSERT INTO {kind.table} ({names}) VALUES ({marks})", list(columns.values())
    )
    row_id = cursor.lastrowid
    db.execute(
        f"INSERT INTO {kind.aliases} ({kind.fk}, name, key, created_at) VALUES (?, ?, ?, ?)",
        [row_id, name, kind.key(name), stamp],
    )
    record(db, "create", kind.table, row_id, columns, token)
    return row_id, _warnings(db, kind, row_id, name, link), True


def add_alias(db: Database, kind: Kind, row_id: int, name: str, token: str | None) -> int | None:
    """Make NAME mean row_id; returns the id of a row merged into it, if any."""
    key = kind.key(name)
    row = db.execute(f"SELECT {kind.fk} FROM {kind.aliases} WHERE key = ?", [key]).fetchone()
    if row is None:
        db.execute(
            f"INSERT INTO {kind.aliases} ({kind.fk}, name, key, created_at) VALUES (?, ?, ?, ?)",
            [row_id, name, key, now()],
        )
        record(db, "alias", kind.table, row_id, {"name": name}, token)
        return None
    other = _live(db, kind, row[0])
    if other == row_id:
        return None
    merge(db, kind, other, row_id, token)
    return other


def merge(db: Database, kind: Kind, old: int, new: int, token: str | None) -> None:
    """Fold one place (or source) into another: aliases and claims move, the old row stays."""
    db.execute(f"UPDATE {kind.table} SET merged_into = ? WHERE id = ?", [new, old])
    db.execute(f"UPDATE {kind.aliases} SET {kind.fk} = ? WHERE {kind.fk} = ?", [new, old])
    moved = db.execute(f"UPDATE claims SET {kind.fk} = ? WHERE {kind.fk} = ?", [new, old]).rowcount
    if kind is LOCATIONS:
        db.execute("UPDATE discrepancies SET location_id = ? WHERE location_id = ?", [new, old])
        db.execute("UPDATE locations SET part_of = ? WHERE part_of = ?", [new, old])
    record(db, "merge", kind.table, new, {"merged": old, "claims_moved": moved}, token)


def listing(db: Database, kind: Kind, after: int = 0, limit: int = 50) -> list[dict]:
    """Live places (or sources) with their aliases, in id order, one page."""
    rows = list(
        db.query(
            f"SELECT * FROM {kind.table} WHERE merged_into IS NULL AND id > ? ORDER BY id LIMIT ?",
            [after, limit],
        )
    )
    if not rows:
        return rows
    ids = [row["id"] for row in rows]
    aliases: dict[int, list[str]] = {}
    marks = ", ".join("?" for _ in ids)
    for owner, alias in db.execute(
        f"SELECT {kind.fk}, name FROM {kind.aliases} WHERE {kind.fk} IN ({marks}) ORDER BY id", ids
    ):
        aliases.setdefault(owner, []).append(alias)
    for row in rows:
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return rows


def enclosing(db: Database, location_id: int) -> list[int]:
    """The place and every place that encloses it, nearest first."""

    def parent_of(place: int) -> int | None:
        row = db.execute("SELECT part_of FROM locations WHERE id = ?", [place]).fetchone()
        return row[0] if row else None

    return chain(location_id, parent_of)


def describe(
    db: Database, location_id: int, changes: dict, token: str | None, kind: Kind = LOCATIONS
) -> None:
    """Set a place's p-code, enclosing place or household size (a source's grade or kind);
    the old values go to history."""
    if not changes:
        return
    before = dict(
        zip(
            changes,
            db.execute(
                f"SELECT {', '.join(changes)} FROM {kind.table} WHERE id = ?", [location_id]
            ).fetchone(),
            strict=True,
        )
    )
    assignments = ", ".join(f"{column} = ?" for column in changes)
    db.execute(
        f"UPDATE {kind.table} SET {assignments} WHERE id = ?", [*changes.values(), location_id]
    )
    record(db, "describe", kind.table, location_id, {"before": before, "after": changes}, token)
