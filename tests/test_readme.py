"""The README is the manual: every route and every CLI verb must appear in it."""

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_route_is_documented(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.rsplit(".", 1)[-1] in ("static", "docs_assets", "docs_init"):
            continue
        path = re.sub(r"<(?:[a-z]+:)?[a-z_]+>", "{id}", rule.rule)
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        for method in methods:
            assert f"{method} {path}" in README or f"{method}, " in README and path in README, (
                f"{method} {path} is not in the README"
            )
        assert f"$API{path.split('{')[0]}" in README, f"no curl example for {path}"


def test_every_cli_command_is_documented(app):
    for name in app.cli.list_commands(None):
        assert f"flask --app app {name}" in README, f"CLI verb {name} is not in the README"


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block
