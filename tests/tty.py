"""A fixture for "a person is at a terminal" in CliRunner tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def tty(monkeypatch):
    """pacer.cli.render.interactive() is True, so prompts read CliRunner's `input=`.

    Every command looks it up at call time, so this one patch reaches them all.
    """
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
