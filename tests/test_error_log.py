"""An unexpected problem: one line for the person, its traceback in a private error log."""

from __future__ import annotations

import pytest

from pacer import errorlog
from tests.cli_helpers import run


def _boom(*_args, **_kwargs):
    raise RuntimeError("the wiring came loose")


@pytest.fixture
def broken_stop(monkeypatch):
    assert run("start", "3d", "--mode", "wait").exit_code == 0
    monkeypatch.setattr("pacer.commands.period.stop", _boom)


def test_an_unexpected_error_is_one_line_naming_a_private_log(broken_stop, pacer_home):
    result = run("stop", "--yes")
    log = pacer_home / "logs" / "error.log"
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: unexpected problem: RuntimeError: the wiring came loose (details in {log}; please report it)\n"
    )
    assert log.stat().st_mode & 0o777 == 0o600
    text = log.read_text()
    assert text.startswith("--- ") and "Traceback (most recent call last):" in text
    assert "in _boom" in text and text.rstrip().endswith("RuntimeError: the wiring came loose")


def test_the_log_grows_by_appending_and_is_capped(broken_stop, pacer_home, monkeypatch):
    monkeypatch.setattr(errorlog, "MAX_BYTES", 1500)
    log = pacer_home / "logs" / "error.log"
    run("stop", "--yes")
    first = log.read_text()
    run("stop", "--yes")
    assert log.read_text().count("Traceback") == 2 and log.read_text().startswith(first)
    while log.stat().st_size <= 1500:
        run("stop", "--yes")
    run("stop", "--yes")  # past the cap: the old log moves aside and a new one begins
    assert log.read_text().count("Traceback") == 1
    old = log.with_name("error.log.1")
    assert old.read_text().count("Traceback") >= 2 and old.stat().st_mode & 0o777 == 0o600


def test_when_the_log_cannot_be_written_it_is_still_one_line(broken_stop, pacer_home):
    (pacer_home / "logs").mkdir(exist_ok=True)
    (pacer_home / "logs" / "error.log").mkdir()  # a directory where the file should be
    result = run("stop", "--yes")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unexpected problem: RuntimeError: the wiring came loose "
        "(the details could not be saved; PACER_DEBUG=1 shows them; please report it)\n"
    )


def test_pacer_debug_shows_the_traceback_instead(broken_stop, monkeypatch, pacer_home):
    monkeypatch.setenv("PACER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="the wiring came loose"):
        run("stop", "--yes")
    assert not (pacer_home / "logs" / "error.log").exists()
