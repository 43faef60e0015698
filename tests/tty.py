"""A fixture for "a person is at a terminal" in CliRunner tests."""

from __future__ import annotations

import importlib

import pytest

from pacer.cli import LAZY_COMMANDS


@pytest.fixture
def tty(monkeypatch):
    """pacer.cli.interactive() is True, so prompts read CliRunner's `input=`.

    Command modules that did `from pacer.cli import interactive` bind the
    function when first imported; import them all before patching, so the
    patch can never get stuck in one of them for the rest of the test run.
    Commands that look it up at call time (pacer.cli.render) see the patch.
    """
    for target in LAZY_COMMANDS.values():
        importlib.import_module(target.split(":")[0])
    monkeypatch.setattr("pacer.cli.interactive", lambda: True)
