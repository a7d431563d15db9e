"""The extractor's word lists live in words.json beside this file, read once, so they are data."""

import json
import re
from pathlib import Path

_HERE = Path(__file__).parent

WORDS = json.loads((_HERE / "words.json").read_text(encoding="utf-8"))
COUNTRIES = frozenset(WORDS["place"]["countries"])  # asked by name in many modules: built once


def patterns(name: str) -> list[str]:
    """The regular expressions of a .txt file beside this one, one a line, # for comments."""
    lines = (_HERE / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def alternation(phrases: list[str]) -> str:
    """The phrases as one regular expression, factored as a trie ("sa(?:id|ys)|told") so a list
    of hundreds of words costs a few steps per character, not one try per word."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie) if trie else "(?!x)x"


def _pattern(node: dict) -> str:
    """A trie node as a pattern: its branches, optional when a phrase may also end here."""
    branches = [re.escape(char) + _pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = f"(?:{'|'.join(branches)})"
    return f"{group}?" if "" in node else group
