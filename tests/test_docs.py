"""Every command is documented: in the README's command table, in `--help` with an example, and in a short help that stands alone."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from pacer.cli.app import LAZY_COMMANDS, cli
from tests.cli_helpers import run

README = Path(__file__).resolve().parent.parent / "README.md"


def commands() -> list[tuple[list[str], click.Command]]:
    """Every command and subcommand, as (path, command)."""
    found = []
    ctx = click.Context(cli)
    for name in LAZY_COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None, name
        found.append(([name], command))
        if isinstance(command, click.Group):
            sub_ctx = click.Context(command)
            found += [([name, sub], command.get_command(sub_ctx, sub)) for sub in command.list_commands(sub_ctx)]
    return found


def table_rows() -> list[str]:
    """The first cell of each row of the README's command table."""
    lines = README.read_text(encoding="utf-8").splitlines()
    return [re.split(r"(?<!\\)\|", line)[1] for line in lines if line.startswith("| `pacer ")]  # `\|` is a | in a cell


@pytest.mark.parametrize("path, command", commands(), ids=lambda value: " ".join(value) if isinstance(value, list) else "")
def test_every_command_is_in_the_readme_table_and_has_help_with_an_example(path, command):
    rows = [row for row in table_rows() if re.search(rf"`pacer {re.escape(path[0])}\b", row)]
    assert rows, f"`pacer {path[0]}` has no row in the README's command table"
    if len(path) == 2:
        assert any(re.search(rf"\b{re.escape(path[1])}\b", row) for row in rows), f"`pacer {' '.join(path)}` is not in its row"
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout, " ".join(path)


def test_every_short_help_stands_alone(monkeypatch):
    """`pacer --help` (and each group's) lists a first line that is a whole sentence, never cut off."""
    monkeypatch.setenv("COLUMNS", "80")
    for group_path in ([], ["config"], ["daemon"]):
        listing = run(*group_path, "--help").stdout.split("Commands:\n", 1)[1]
        ctx = click.Context(cli)
        group = cli if not group_path else cli.get_command(ctx, group_path[0])
        for line in listing.splitlines():
            name, _, shown = line.strip().partition(" ")
            command = group.get_command(click.Context(group), name)
            first = (command.help or "").split("\n\n", 1)[0]
            assert "\n" not in first.strip(), f"{name}: the first paragraph is one line"
            assert shown.strip() == first.strip(), f"{' '.join([*group_path, name])}: {shown.strip()!r}"
            assert first.strip().endswith("."), name
