"""The most common refusals, word for word: what they say is part of pacer's interface."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.cli_helpers import run, status_json

START = "2026-11-23 18:00:00"  # a Monday, Europe/Berlin (conftest)
NO_PERIOD = "Error: there is no active period; `pacer start` begins one\n"


@pytest.mark.parametrize("args", [
    ["stop", "--yes"],
    ["checkpoint", "--choice", "wait"],
    ["pause", "2h"],
])
def test_without_an_active_period(args):
    result = run(*args)
    assert (result.exit_code, result.stderr, result.stdout) == (1, NO_PERIOD, "")


def test_a_second_period_while_one_is_active():
    with freeze_time(START):
        assert run("start", "14d", "--mode", "wait").exit_code == 0
        result = run("start", "3d", "--mode", "no-contact")
    assert result.exit_code == 1
    assert result.stderr == "Error: a period is already active; `pacer status` shows it and `pacer stop` ends it\n"
    assert status_json()["mode"] == "wait"


def test_a_second_reach_out_without_anyway():
    with freeze_time(START):
        assert run("start", "14d", "--mode", "wait").exit_code == 0
    with freeze_time("2026-11-26 12:00:00"):
        assert run("checkpoint", "--choice", "reach-out", "--message", "I'm here when you're ready.").exit_code == 0
    with freeze_time("2026-11-27 12:00:00"):
        result = run("checkpoint", "--choice", "reach-out", "--message", "Hello again.")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: you already reached out once in this period (Thu 26 Nov, 13:00). One message, then give them "
        "space: the next step is theirs. If you are sure, --anyway records a second message as such\n"
    )
    assert result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["start", "14x", "--mode", "wait"],
     "length '14x' is not a duration; use a number and a unit, e.g. 14d, 2w, 36h, 90m, 1d12h, or in words: 2 weeks, 10 days, 36 hours"),
    (["start", "0d", "--mode", "wait"], "length '0d' must be longer than zero"),
    (["start", "14d", "--mode", "sulk"], "unknown mode 'sulk'; choose one of: wait, no-contact"),
])
def test_a_bad_length_or_mode_is_a_usage_error(args, message):
    result = run(*args)
    assert (result.exit_code, result.stderr, result.stdout) == (2, f"Error: {message}\n", "")
    assert status_json()["active"] is False


def test_a_bad_pause_length():
    with freeze_time(START):
        assert run("start", "14d", "--mode", "wait").exit_code == 0
        result = run("pause", "soon")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: pause length 'soon' is not a duration; use a number and a unit, "
        "e.g. 14d, 2w, 36h, 90m, 1d12h, or in words: 2 weeks, 10 days, 36 hours\n"
    )
