"""docs/CLI.md is what the program's parsers say (regenerated and compared), and names every
command the program has."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import cli_reference  # noqa: E402


def test_the_command_reference_in_docs_matches_the_parsers():
    text = cli_reference.generate()
    assert (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8") == text, (
        "docs/CLI.md is out of date: run python packaging/cli_reference.py")


def test_the_reference_lists_every_command_with_its_options():
    from pickuppoint.cli.main import build_parser

    text = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    for name, _what, parser in cli_reference.commands(build_parser()):
        assert f"### {name}\n" in text
        for action in parser._actions:
            for option in action.option_strings:
                assert option in text
