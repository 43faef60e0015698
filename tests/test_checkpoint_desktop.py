"""A checkpoint with its choices on a real desktop: the daemon process, dunst, a press in dunst's menu.

What was sent is read with dbus-monitor; a press goes through dunst's context
menu, whose `dmenu` is a script that picks a line (as in tests/test_dbus_notify.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.test_dbus_notify import Menu, monitored_calls, require, wait_until, with_dunst_settings

pytestmark = pytest.mark.desktop
ROOT = Path(__file__).resolve().parent.parent
BUTTONS_NO_CONTACT = ["default", "Open pacer checkpoint", "wait", "Keep going", "move-on", "Move on",
                      "reach-out", "Reach out once"]
NIGHTLESS = '[reminders]\ntimes = []\nquiet_hours = []\n[checkpoints]\nnight = []\n'


@pytest.fixture
def menu(tmp_path: Path) -> Menu:
    return Menu(tmp_path / "menu")


@pytest.fixture
def screen(request, monkeypatch, menu):
    return with_dunst_settings(request, monkeypatch, f"    dmenu = {menu.script}\n")


@pytest.fixture
def pacer(screen, tmp_path):
    """pacer inside the desktop session with its own PACER_HOME and a fake terminal; stops the daemon after."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(NIGHTLESS)
    terminal = tmp_path / "terminal"
    terminal.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/terminal.args"\n')
    terminal.chmod(0o755)
    env = {k: v for k, v in screen.env.items() if k != "PACER_NO_AUTOSTART"}
    env.update(PACER_HOME=str(home), PYTHONPATH=str(ROOT), TERMINAL=str(terminal))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True,
                              timeout=30)

    run.home = home  # type: ignore[attr-defined]
    run.terminal_args = tmp_path / "terminal.args"  # type: ignore[attr-defined]
    yield run
    run("daemon", "stop")


class Bus:
    """dbus-monitor's view of the calls to the notification server."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def calls(self, member: str = "Notify") -> list[list]:
        return monitored_calls(self.log.read_text(), member)

    def checkpoints(self) -> list[list]:
        return [c for c in self.calls() if c[3].startswith("Checkpoint")]


@contextmanager
def watching(desktop) -> Iterator[Bus]:
    require("dbus-monitor", "dbus")
    log = desktop.tmp / "calls.log"
    rule = "type='method_call',interface='org.freedesktop.Notifications'"
    with open(log, "wb") as out:
        monitor = subprocess.Popen(["dbus-monitor", "--session", rule], env=desktop.env,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: "member=NameLost" in log.read_text(), "dbus-monitor to start")
        yield Bus(log)
    finally:
        monitor.terminate()
        monitor.wait(5)


def press(menu: Menu, desktop, key: str) -> int:
    """Choose `key` in dunst's menu (one checkpoint on screen); the id of the notification pressed."""
    (menu.dir / "offered").unlink(missing_ok=True)
    (menu.dir / "choice").write_text(f",{key}]")
    subprocess.run(["dunstctl", "context"], env=desktop.env, check=True, timeout=10, capture_output=True)
    offered = menu.dir / "offered"

    def lines() -> list[str]:
        return [line for line in offered.read_text().splitlines() if line.endswith(f",{key}]")] if offered.exists() else []

    wait_until(lines, f"dunst to offer {key}")
    [line] = lines()
    return int(re.search(r"\[(\d+),", line).group(1))


def status(pacer) -> dict:
    return json.loads(pacer("status", "--json").stdout)


def daemon_log(pacer) -> str:
    path = pacer.home / "logs" / "daemon.log"
    return path.read_text()[-2000:] if path.exists() else "(no log)"


def wait_for_checkpoints(bus: Bus, pacer, count: int = 1) -> list[list]:
    try:
        wait_until(lambda: len(bus.checkpoints()) >= count, "the checkpoint's Notify call", timeout=10)
    except AssertionError:
        raise AssertionError(f"no checkpoint shown; daemon log: {daemon_log(pacer)}") from None
    return bus.checkpoints()


def decisions(pacer) -> list[str]:
    history = json.loads(pacer("history", "--json").stdout)
    return [e["choice"] for e in history["periods"][0]["events"] if e["kind"] == "decision"]


def test_keep_going_pressed_on_the_checkpoint_is_recorded_and_confirmed(screen, pacer, menu):
    with watching(screen) as bus:
        assert pacer("start", "1h", "--checkpoints", "1s", "--mode", "no-contact").returncode == 0
        [shown] = wait_for_checkpoints(bus, pacer)
        # Its choices, critical urgency (byte 2), never expiring (int32 0); no command named in the body.
        assert shown[5] == BUTTONS_NO_CONTACT and shown[6] == {"urgency": "byte 2"} and shown[7] == "int32 0"
        assert "pacer checkpoint" not in shown[4] and len(shown[4]) <= 180
        assert status(pacer)["pending_checkpoint"] is True

        notification = press(menu, screen, "wait")
        wait_until(lambda: status(pacer)["pending_checkpoint"] is False, "the press to be recorded")
        wait_until(lambda: any(c[3] == "Keep going: noted" for c in bus.calls()), "the confirmation")
        wait_until(lambda: bus.calls("CloseNotification"), "pacer to close the answered checkpoint")
        assert bus.calls("CloseNotification") == [[f"uint32 {notification}"]]
        [confirmation] = [c for c in bus.calls() if c[3] == "Keep going: noted"]
    assert decisions(pacer) == ["wait"]
    # A short plain note: normal urgency, the server's own expiry, no choices.
    assert "a kind one" in confirmation[4] and confirmation[5:] == [[], {"urgency": "byte 1"}, "int32 -1"]


def test_a_press_after_a_daemon_restart_is_recorded_once(screen, pacer, menu):
    with watching(screen) as bus:
        assert pacer("start", "1h", "--checkpoints", "1s", "--mode", "wait").returncode == 0
        wait_for_checkpoints(bus, pacer)
        first = press(menu, screen, "default")  # a click: opens pacer checkpoint, answers nothing
        wait_until(pacer.terminal_args.exists, "the terminal to be opened")
        assert pacer("daemon", "stop").returncode == 0
        assert pacer("daemon", "start").returncode == 0
        # The new daemon shows it again through its own connection, in place: the same id.
        [_, again] = wait_for_checkpoints(bus, pacer, 2)
        assert again[1] == f"uint32 {first}" and again[5][:2] == ["default", "Open pacer checkpoint"]
        assert press(menu, screen, "move-on") == first
        wait_until(lambda: status(pacer)["active"] is False, "the period to end")
        wait_until(lambda: bus.calls("CloseNotification"), "pacer to close it")
    assert decisions(pacer) == ["move-on"]
    args = pacer.terminal_args.read_text().splitlines()
    assert args[-3:-1] == ["sh", "-c"] and "-m pacer checkpoint;" in args[-1]
    assert [n["summary"] for n in screen.history()].count("You chose to move on") == 1


def test_reach_out_once_opens_the_drafting_flow_in_a_terminal(screen, pacer, menu):
    with watching(screen) as bus:
        assert pacer("start", "1h", "--checkpoints", "1s", "--mode", "wait").returncode == 0
        wait_for_checkpoints(bus, pacer)
        press(menu, screen, "reach-out")
        wait_until(pacer.terminal_args.exists, "the terminal to be opened")
    assert "-m pacer checkpoint --choice reach-out;" in pacer.terminal_args.read_text()
    assert status(pacer)["pending_checkpoint"] is True  # nothing recorded until they write it


def test_without_choices_the_checkpoint_names_the_command(screen, pacer):
    (pacer.home / "config.toml").write_text(NIGHTLESS + '[notifications]\nbackend = "notify-send"\n')
    with watching(screen) as bus:
        assert pacer("start", "1h", "--checkpoints", "1s").returncode == 0
        [shown] = wait_for_checkpoints(bus, pacer)
    assert shown[4].endswith("Open a terminal and run: pacer checkpoint") and len(shown[4]) <= 180
    assert shown[5] == []
    doctor = pacer("doctor", "--no-test").stdout
    assert 'buttons: off (notifications.backend = "notify-send")' in doctor
