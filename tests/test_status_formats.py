"""status --format text|json|waybar|short, colours only on a terminal without NO_COLOR, shell completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from freezegun import freeze_time

from pacer.cli.status_report import styled
from tests.cli_helpers import run, status_json

ROOT = Path(__file__).resolve().parent.parent
START = "2026-11-23 18:00:00"  # 19:00 in Berlin
ESC = "\x1b["


def start(*extra: str) -> None:
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact", "--label", "Sam", "--reason", "I deserve calm", *extra)
        assert result.exit_code == 0, result.output


def waybar() -> dict:
    result = run("status", "--format", "waybar")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 1  # Waybar reads one JSON object per line
    return json.loads(result.stdout)


def short() -> str:
    result = run("status", "--format", "short")
    assert result.exit_code == 0, result.output
    return result.stdout.rstrip("\n")


def test_waybar_and_short_without_a_period():
    assert waybar() == {"text": "", "tooltip": "pacer: no active period", "class": "none", "percentage": 0}
    assert run("status", "--format", "short").stdout == ""  # nothing at all: i3blocks and tmux show nothing


def answer_checkpoint(at: str) -> None:
    """What `pacer checkpoint --choice wait` records, without depending on that command here."""
    from datetime import datetime

    from pacer.env import load_env
    from pacer.store import Store

    with Store.open(load_env().paths) as store, store.transaction():
        period = store.active_period()
        store.add_event(period.id, "decision", datetime.fromisoformat(at), None, choice="wait")


def test_waybar_and_short_through_a_period():
    start()
    with freeze_time("2026-11-25 10:00:00"):  # day 2 (1d 15h in), next checkpoint after 3 days (26 Nov 19:00)
        bar = waybar()
        assert set(bar) == {"text", "tooltip", "class", "percentage"}
        assert bar == {
            "text": "day 2/14",
            "tooltip": "pacer · day 2 of 14 (12%)\nNext checkpoint: after 3 days · tomorrow 19:00\nNext reminder: today 20:30",
            "class": "active",
            "percentage": 12,
        }
        assert short() == "day 2/14 · next cp 1d"
    with freeze_time("2026-11-26 18:30:00"):  # day 4: the checkpoint after 3 days is waiting
        bar = waybar()
        assert (bar["class"], bar["text"]) == ("checkpoint", "day 4/14 · checkpoint")
        assert "run `pacer checkpoint`" in bar["tooltip"]
        assert short() == "day 4/14 · checkpoint waiting"
    answer_checkpoint("2026-11-26T18:40:00+00:00")
    with freeze_time("2026-11-28 10:00:00"):  # day 5, next checkpoint after 7 days (30 Nov 19:00), 2d 8h away
        assert (waybar()["text"], waybar()["class"], waybar()["percentage"]) == ("day 5/14", "active", 33)
        assert short() == "day 5/14 · next cp 2d"
    answer_checkpoint("2026-12-07T18:30:00+00:00")
    with freeze_time("2026-12-07 17:10:00"):  # the last checkpoint (the end, 18:00 UTC) is 50 minutes away
        assert short() == "day 14/14 · next cp 50m"
    answer_checkpoint("2026-12-08T10:00:00+00:00")
    with freeze_time("2026-12-20 10:00:00"):
        bar = waybar()
        assert (bar["text"], bar["class"], bar["percentage"]) == ("complete", "complete", 100)
        assert short() == "complete"


def test_status_bars_are_discreet():
    start()
    with freeze_time("2026-11-25 10:00:00"):
        for fmt in ("waybar", "short"):
            text = run("status", "--format", fmt).stdout
            for secret in ("Sam", "calm", "no-contact", "No contact"):
                assert secret not in text, (fmt, secret)


def test_short_rounds_to_the_nearest_unit():
    from datetime import timedelta

    from pacer.cli.views import _in

    assert [_in(timedelta(days=2, hours=23)), _in(timedelta(hours=23, minutes=40)), _in(timedelta(hours=5, minutes=10)),
            _in(timedelta(minutes=40)), _in(timedelta(seconds=3))] == ["3d", "1d", "5h", "40m", "1m"]


def test_json_alias_and_format_json_agree():
    start()
    with freeze_time("2026-11-25 10:00:00"):
        assert run("status", "--json").stdout == run("status", "--format", "json").stdout
        conflict = run("status", "--json", "--format", "short")
        assert conflict.exit_code == 2 and "give one of them" in conflict.stderr
        bad = run("status", "--format", "xml")
        assert bad.exit_code == 2


# --- colour --------------------------------------------------------------------------------


def test_styled_only_on_a_terminal_without_no_color(monkeypatch):
    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert styled(Stream(True)) is True
    for value in ("1", "", "0"):  # any value, even empty, turns colour off
        monkeypatch.setenv("NO_COLOR", value)
        assert styled(Stream(True)) is False
    monkeypatch.delenv("NO_COLOR")
    assert styled(Stream(False)) is False


def _status_in_a_pty(extra_env: dict[str, str]) -> bytes:
    """`pacer status` with stdout on a real terminal."""
    pty = pytest.importorskip("pty")
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm", **extra_env)
    env.pop("NO_COLOR", None) if "NO_COLOR" not in extra_env else None
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "pacer", "status"], stdout=follower, stderr=follower, env=env)
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=20)
    finally:
        os.close(leader)
    return output


def test_colours_on_a_terminal_but_not_with_no_color_or_a_pipe():
    start()
    coloured = _status_in_a_pty({})
    assert ESC.encode() in coloured and b"No contact" in coloured
    assert ESC.encode() not in _status_in_a_pty({"NO_COLOR": "1"})
    piped = subprocess.run([sys.executable, "-m", "pacer", "status"], capture_output=True,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=20)
    assert piped.returncode == 0 and ESC.encode() not in piped.stdout
    assert ESC not in run("status").stdout


# --- completion ----------------------------------------------------------------------------


def _complete(env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **env_extra)
    return subprocess.run([sys.executable, "-m", "pacer"], capture_output=True, text=True, env=env, timeout=20)


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files")])
def test_completion_scripts(shell, marker):
    result = _complete({"_PACER_COMPLETE": f"{shell}_source"})
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout and "_PACER_COMPLETE" in result.stdout


def test_completion_lists_lazy_commands_and_choices():
    words = _complete({"_PACER_COMPLETE": "bash_complete", "COMP_WORDS": "pacer sta", "COMP_CWORD": "1"}).stdout
    assert "plain,start" in words and "plain,status" in words
    formats = _complete({"_PACER_COMPLETE": "bash_complete", "COMP_WORDS": "pacer status --format ", "COMP_CWORD": "3"})
    assert {"plain,waybar", "plain,short"} <= set(formats.stdout.split())


STATUS_KEYS = {
    "active", "mode", "day", "days_total", "started_at", "ends_at", "progress", "complete",
    "next_checkpoint", "pending_checkpoint", "next_reminder", "reached_out_at", "urges", "last_urge_at",
    "slips", "last_contact_at", "paused_until", "daemon", "notifications",
}


def test_status_json_has_exactly_the_documented_keys_with_and_without_a_period():
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    section = readme[readme.index("**`pacer status --json`**"):]
    section = section[:section.index("\n\n")]
    documented = set(re.findall(r"`(\w+)`", section)) - {"false", "null", "true"}
    assert documented == STATUS_KEYS
    idle = status_json()
    assert set(idle) == STATUS_KEYS and idle["active"] is False
    assert all(idle[key] is None for key in STATUS_KEYS - {"active", "urges", "slips", "daemon", "notifications"})
    with freeze_time("2026-11-23 09:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
        busy = status_json()
    assert set(busy) == STATUS_KEYS and busy["active"] is True
    assert set(busy["daemon"]) == {"running", "pid"} and set(busy["notifications"]) == {"shown", "failed", "last_error"}
    assert set(busy["next_checkpoint"]) == {"at", "day"}
