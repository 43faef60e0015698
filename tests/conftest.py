"""Shared fixtures: every test gets its own PACER_HOME, never the user's data."""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.desktop", "tests.fakes", "tests.tty"]


@pytest.fixture(autouse=True)
def pacer_home(tmp_path, monkeypatch):
    home = tmp_path / "pacer-home"
    monkeypatch.setenv("PACER_HOME", str(home))
    monkeypatch.setenv("TZ", "Europe/Berlin")
    # CliRunner tests must not leave daemons behind; daemon tests opt back in.
    monkeypatch.setenv("PACER_NO_AUTOSTART", "1")
    return home
