"""The detector on the hand-coded corpus of real reporting (tests/detection_eval.py).

The bounds are generous floors, not the current scores: `python tests/detection_eval.py -v`
prints the scores and every miss and false alarm.
"""

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "detection_eval", Path(__file__).with_name("detection_eval.py")
)
detection_eval = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(detection_eval)


def test_detector_scores_on_the_corpus():
    result = detection_eval.evaluate()
    scores = result["all"]
    assert result["errors"] == []
    assert scores["claims"] >= 60 and scores["crises"] >= 5
    assert scores["refused"] == 0
    assert scores["precision"] >= 0.5, result["false_alarms"] + result["unexplained"]
    assert scores["recall"] >= 0.5, result["misses"]


def test_every_corpus_claim_is_real_reporting():
    path = detection_eval.CORPUS / "claims.jsonl"
    claims = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert claims
    for claim in claims:
        assert str(claim.get("url") or "").startswith("http"), claim["id"]
        assert (claim.get("quote") or "").strip(), claim["id"]
    verdicts = detection_eval.CORPUS / "verdicts.jsonl"
    ids = {claim["id"] for claim in claims}
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        if line:
            assert set(json.loads(line)["claims"]) <= ids, line
