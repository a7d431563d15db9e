"""DESIGN section 2: each layer imports only what it may, and routes and OpenAPI agree."""

import ast
import re
import sys
from pathlib import Path

import pytest

from schemas.openapi import build_spec

ROOT = Path(__file__).resolve().parent.parent
STDLIB = set(sys.stdlib_module_names)
# Pure-Python text libraries the domain may use (DESIGN 2), beside pint and itself.
DOMAIN_MAY_IMPORT = {"figures", "pint", "anyascii", "confusable_homoglyphs"}
FORBIDDEN = {
    "figures": {"flask", "marshmallow", "sqlite_utils", "werkzeug", "api", "db", "schemas"},
    "schemas": {"flask", "werkzeug", "api", "db"},
    "db": {"flask", "werkzeug", "api", "marshmallow", "schemas"},
}


def imported_top_levels(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def modules(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_what_design_forbids(layer):
    for path in modules(layer):
        wrong = imported_top_levels(path) & FORBIDDEN[layer]
        if layer == "db" and path.parent.name == "datasette_plugins":
            continue
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_the_domain_imports_only_the_standard_library_pint_and_itself():
    for path in modules("figures"):
        extra = imported_top_levels(path) - STDLIB - DOMAIN_MAY_IMPORT
        assert not extra, f"{path.relative_to(ROOT)} imports {sorted(extra)}"


def test_app_py_is_only_the_factory():
    source = (ROOT / "app.py").read_text()
    assert len(source.splitlines()) < 100
    tree = ast.parse(source)
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions == ["create_app"]


@pytest.mark.parametrize("layer", ["api", "figures", "schemas", "db"])
def test_no_module_grows_past_350_lines(layer):
    for path in modules(layer):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 350, f"{path.relative_to(ROOT)} has {lines} lines"


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def test_every_route_is_in_the_openapi_document_and_every_path_is_routed(app):
    documented = {
        (path, method.upper())
        for path, operations in build_spec(app)["paths"].items()
        for method in operations
    }
    routed = {
        (_openapi_path(rule.rule), method)
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith(("/static", "/docs", "/ui/"))  # pages, not the JSON API
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert routed - documented == set(), "routes missing from /openapi.json"
    assert documented - routed == set(), "documented paths nobody serves"
