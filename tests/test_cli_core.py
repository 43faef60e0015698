"""start / status / stop / config through the CLI: refusals, the JSON contract, files."""

from __future__ import annotations

import json
import stat
from datetime import datetime

import pytest
from freezegun import freeze_time

from pacer.cli.app import cli
from tests.cli_helpers import run, status_json

JSON_KEYS = {
    "active", "mode", "day", "days_total", "started_at", "ends_at", "progress", "next_checkpoint",
    "next_reminder", "reached_out_at", "urges", "daemon", "notifications",
}


def test_status_without_a_period(pacer_home):
    result = run("status", "--json")
    assert result.exit_code == 0
    view = json.loads(result.stdout)
    assert view["active"] is False
    assert JSON_KEYS <= set(view)
    assert view["daemon"] == {"running": False, "pid": None}
    assert run("status").stdout.startswith("No active period")
    assert not (pacer_home / "pacer.db").exists()  # looking creates nothing


@freeze_time("2026-11-23 18:00:00")  # 19:00 in Berlin
def test_start_and_status_json_contract():
    result = run("start", "14d", "--mode", "no-contact", "--reason", "I deserve calm")
    assert result.exit_code == 0, result.output
    assert "Started a no-contact period of 14 days (ends Mon 7 Dec, 19:00)." in result.stdout
    assert "30 days" not in result.stdout
    assert "Checkpoints after 3 days, 7 days and 14 days (the end). Reminders at 10:00 and 20:30." in result.stdout
    view = status_json()
    assert JSON_KEYS <= set(view)
    assert view["active"] is True and view["mode"] == "no-contact"
    assert (view["day"], view["days_total"]) == (1, 14)
    assert view["started_at"] == "2026-11-23T19:00:00+01:00"
    assert view["ends_at"] == "2026-12-07T19:00:00+01:00"
    assert view["progress"] == 0
    assert view["next_checkpoint"] == {"at": "2026-11-26T19:00:00+01:00", "day": 4}  # after 3 days: day 4
    assert view["next_reminder"] == "2026-11-23T20:30:00+01:00"
    assert view["reached_out_at"] is None and view["urges"] == 0
    assert view["notifications"] == {"shown": 0, "failed": 0, "last_error": None}
    for key in ("started_at", "ends_at", "next_reminder"):
        assert datetime.fromisoformat(view[key]).tzinfo is not None


def test_status_over_time():
    with freeze_time("2026-11-23 18:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    with freeze_time("2026-11-28 10:00:00"):
        view = status_json()
        assert view["day"] == 5
        assert view["next_checkpoint"]["day"] == 8  # the day status will show then
        text = run("status").stdout
        assert "No contact · day 5 of 14" in text
        assert "Next checkpoint  after 7 days · Mon 30 Nov 19:00 (in 2 days)" in text
    with freeze_time("2026-12-20 10:00:00"):
        view = status_json()
        assert view["day"] == 14 and view["progress"] == 1 and view["complete"] is True
        assert view["next_checkpoint"] is None
        text = run("status").stdout
        assert "complete" in text and "day 15" not in text


def test_defaults_per_mode_from_config():
    with freeze_time("2026-11-23 09:00:00"):
        assert run("start", "--mode", "wait").exit_code == 0
        view = status_json()
        assert view["days_total"] == 3
        assert view["next_checkpoint"]["at"] == "2026-11-23T16:00:00+01:00"  # 6h


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["start", "banana"], "is not a duration"),
        (["start", "0d"], "longer than zero"),
        (["start", "-3d"], "No such option"),
        (["start", "366d"], "at most 365 days"),
        (["start", "53w"], "at most 365 days"),
        (["start", "14d", "--checkpoints", "0s"], "longer than zero"),
        (["start", "14d", "--checkpoints", "15d"], "after the end"),
        (["start", "14d", "--checkpoints", "3d,3d"], "given twice"),
        (["start", "14d", "--checkpoints", "3d,,4d"], "comma-separated"),
        (["start", "14d", "--mode", "ghost"], "unknown mode"),
        (["start", "14d", "--label", "  "], "label is empty"),
        (["start", "14d", "--reason", ""], "reason is empty"),
        (["stop", "--outcome", "ghosted", "--yes"], "unknown outcome"),
    ],
)
def test_refusals_change_nothing(pacer_home, args, fragment):
    pacer_home.mkdir(parents=True)
    result = run(*args)
    assert sorted(p.name for p in pacer_home.rglob("*")) == []  # not even a cache
    assert result.exit_code != 0
    assert fragment in result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(lines) == 1
    assert status_json()["active"] is False


def test_a_second_start_is_refused_and_says_how_to_stop():
    assert run("start", "14d").exit_code == 0
    before = status_json()
    result = run("start", "3d", "--mode", "wait")
    assert result.exit_code == 1
    assert "already active" in result.stderr and "pacer stop" in result.stderr
    assert status_json()["started_at"] == before["started_at"]


def test_stop_keeps_history_and_needs_confirmation_without_a_tty():
    assert run("stop", "--yes").exit_code == 1  # nothing to stop
    assert run("start", "14d").exit_code == 0
    result = run("stop")
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert status_json()["active"] is True
    result = run("stop", "--outcome", "moved-on", "--yes")
    assert result.exit_code == 0, result.output
    assert status_json()["active"] is False
    assert run("start", "3d").exit_code == 0  # a new one may begin


def test_files_are_private(pacer_home):
    assert run("start", "14d").exit_code == 0
    assert run("config", "set", "reminders.discreet", "true").exit_code == 0
    assert stat.S_IMODE(pacer_home.stat().st_mode) == 0o700
    for path in pacer_home.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_pacer_home_holds_everything(pacer_home):
    assert run("config", "path").stdout.strip() == str(pacer_home / "config.toml")
    assert run("start", "14d").exit_code == 0
    assert (pacer_home / "pacer.db").exists()


def test_config_commands(pacer_home):
    result = run("config", "set", "reminders.times", '["09:00", "21:00"]')
    assert result.exit_code == 0 and result.stdout.strip() == 'reminders.times = ["09:00", "21:00"]'
    assert run("config", "get", "reminders.times").stdout.strip() == '["09:00", "21:00"]'
    assert "reminders.quiet_hours = " in run("config", "get").stdout
    before = (pacer_home / "config.toml").read_bytes()
    for args in (["set", "reminders.times", '["9pm"]'], ["set", "nope.key", "1"], ["get", "nope.key"]):
        result = run("config", *args)
        assert result.exit_code == 1 and result.stderr.startswith("Error: ")
    assert (pacer_home / "config.toml").read_bytes() == before


def test_a_broken_config_file_is_one_line_not_a_traceback(pacer_home):
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = ["25:99"]\n')
    result = run("status")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "reminders.times" in result.stderr and "25:99" in result.stderr and "HH:MM" in result.stderr


def test_a_database_that_is_not_a_database(pacer_home):
    pacer_home.mkdir(parents=True)
    (pacer_home / "pacer.db").write_bytes(b"this is not sqlite" * 100)
    result = run("status")
    assert result.exit_code == 1 and "not a pacer database" in result.stderr
    assert (pacer_home / "pacer.db").read_bytes() == b"this is not sqlite" * 100


def test_a_database_from_a_newer_pacer(pacer_home):
    import sqlite3

    pacer_home.mkdir(parents=True)
    db = sqlite3.connect(pacer_home / "pacer.db")
    db.execute("PRAGMA user_version=99")
    db.close()
    result = run("start", "3d")
    assert result.exit_code == 1 and "newer pacer" in result.stderr


def test_every_command_has_help_with_an_example():
    import click

    def walk(group, prefix):
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            yield prefix + [name], command
            if isinstance(command, click.Group):
                yield from walk(command, prefix + [name])

    for path, command in walk(cli, []):
        result = run(*path, "--help")
        assert result.exit_code == 0
        assert command.help and "Example" in command.help, " ".join(path)


def test_next_checkpoint_is_when_it_will_really_come():
    with freeze_time("2026-11-23 22:00:00"):  # 23:00 in Berlin, inside the default quiet hours
        assert run("start", "3d", "--checkpoints", "1d").exit_code == 0
        view = status_json()
        assert view["next_checkpoint"] == {"at": "2026-11-25T08:00:00+01:00", "day": 2}
        assert run("pause", "2d").exit_code == 0
        # the pause ends at 23:00, inside quiet hours again: the next morning
        assert status_json()["next_checkpoint"]["at"] == "2026-11-26T08:00:00+01:00"


@pytest.mark.parametrize("args", [("note", "hello"), ("slipped",), ("pause", "1h"), ("resume",), ("stop", "--yes")])
def test_without_any_data_a_refusal_creates_nothing(pacer_home, args):
    result = run(*args)
    # The journal (notes, slips) goes on after a period, so it says there never was one.
    said = "never been a period" if args[0] in ("note", "slipped") else "no active period"
    assert result.exit_code == 1 and said in result.stderr
    assert not pacer_home.exists()


def test_start_at_a_terminal_asks_and_asks_again_after_a_mistake(monkeypatch):
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
    result = run("start", input="wait\n\nbanana\n400d\n2d\nI deserve calm\n\n")  # Enter: no situation said
    assert result.exit_code == 0, result.output
    assert result.output.count("How long [3d]:") == 3
    assert "'banana' is not a duration" in result.output and "at most 365 days" in result.output
    view = status_json()
    assert view["mode"] == "wait" and view["days_total"] == 2


def test_start_at_a_terminal_refuses_a_second_period_before_asking_anything(monkeypatch):
    assert run("start", "14d").exit_code == 0
    monkeypatch.setattr("pacer.cli.render.interactive", lambda: True)
    result = run("start", input="wait\n3d\n\n")
    assert result.exit_code == 1
    assert "Mode" not in result.output and "How long" not in result.output
    assert "already active" in result.stderr
