"""The analyst's recommended figures, read back oldest first (the latest per window wins)."""

from sqlite_utils import Database


def of_metric_at(db: Database, metric_id: int, location_id: int) -> list[dict]:
    return [
        {"claim": claim, "note": note, "chosen_at": chosen_at, "chosen_by": token_name}
        for claim, note, chosen_at, token_name in db.execute(
            "SELECT claim_id, note, chosen_at, token_name FROM recommendations"
            " WHERE metric_id = ? AND location_id = ? ORDER BY id",
            [metric_id, location_id],
        ).fetchall()
    ]
