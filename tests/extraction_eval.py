"""Precision and recall of figures.extract on the hand-annotated gold set, for `make bench`."""

import json
import sys
from pathlib import Path

from figures.extract import extract_candidates

GOLD = Path(__file__).with_name("data") / "extraction_gold.jsonl"


def _numbers(claim: dict) -> tuple:
    return (claim.get("value"), claim.get("low"), claim.get("high"), claim.get("vague"))


def _expected_numbers(item: dict) -> tuple:
    return (item.get("value"), item.get("low"), item.get("high"), item.get("vague"))


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def evaluate(path: str | Path = GOLD) -> dict:
    """Detection (surface and value), then quantifier and metric among the detected figures."""
    predicted = expected = detected = 0
    quantifier_right = 0
    metric_predicted = metric_expected = metric_right_predicted = metric_right_expected = 0
    misses: list[str] = []
    extras: list[str] = []
    wrong: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        found = extract_candidates(text, record.get("published_on"))
        predicted += len(found)
        expected += len(record["expected"])
        unused = list(found)
        for item in record["expected"]:
            match = next(
                (
                    c
                    for c in unused
                    if text[c["start"] : c["end"]] == item["surface"]
                    and _numbers(c["claim"]) == _expected_numbers(item)
                ),
                None,
            )
            if match is None:
                misses.append(f"{item['surface']!r} in {text!r}")
                continue
            unused.remove(match)
            detected += 1
            claim = match["claim"]
            quantifier_right += claim["quantifier"] == item["quantifier"]
            got, want = claim.get("metric"), item.get("metric")
            metric_predicted += got is not None
            metric_expected += want is not None
            metric_right_predicted += got is not None and got == want
            metric_right_expected += want is not None and got == want
            if got != want or claim["quantifier"] != item["quantifier"]:
                wrong.append(
                    f"{item['surface']!r}: got {claim['quantifier']}/{got}, want "
                    f"{item['quantifier']}/{want} in {text!r}"
                )
        extras += [f"{text[c['start'] : c['end']]!r} in {text!r}" for c in unused]
    return {
        "figures": expected,
        "candidates": predicted,
        "detection": {
            "precision": _ratio(detected, predicted),
            "recall": _ratio(detected, expected),
        },
        "quantifier": {
            "precision": _ratio(quantifier_right, detected),
            "recall": _ratio(quantifier_right, detected),
        },
        "metric": {
            "precision": _ratio(metric_right_predicted, metric_predicted),
            "recall": _ratio(metric_right_expected, metric_expected),
        },
        "misses": misses,
        "extras": extras,
        "wrong": wrong,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the table; `-v` also lists the misses and the extra candidates."""
    argv = sys.argv[1:] if argv is None else argv
    paths = [a for a in argv if not a.startswith("-")]
    result = evaluate(paths[0] if paths else GOLD)
    print(f"gold figures: {result['figures']}, candidates: {result['candidates']}")
    print(f"{'task':<12}{'precision':>10}{'recall':>10}")
    for task in ("detection", "quantifier", "metric"):
        scores = result[task]
        print(f"{task:<12}{scores['precision']:>10.3f}{scores['recall']:>10.3f}")
    if "-v" in argv:
        for kind in ("misses", "extras", "wrong"):
            for entry in result[kind]:
                print(f"{kind}: {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
