"""The extractor's word lists live in words.json beside this file, read once, so they are data."""

import json
import re
from pathlib import Path

_HERE = Path(__file__).parent

WORDS = json.loads((_HERE / "words.json").read_text(encoding="utf-8"))


def patterns(name: str) -> list[str]:
    """The regular expressions of a .txt file beside this one, one a line, # for comments."""
    lines = (_HERE / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def alternation(phrases: list[str]) -> str:
    """The phrases as regular-expression alternatives: "said|says|told"."""
    return "|".join(re.escape(phrase) for phrase in phrases)
