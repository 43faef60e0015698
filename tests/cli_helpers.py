"""Running pacer's CLI in tests: CliRunner with a frozen clock where it matters."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pacer.cli.app import cli


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def status_json() -> dict:
    result = run("status", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
