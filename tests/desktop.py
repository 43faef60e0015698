"""A real, private desktop for end-to-end notification tests: Xvfb + a session bus + dunst.

Use the `desktop` fixture (enable it with `pytest_plugins = ["tests.desktop"]`
in tests/conftest.py, or `from tests.desktop import desktop` in a test module).
It yields a Desktop whose `.env` points DISPLAY and DBUS_SESSION_BUS_ADDRESS at
the private stack and whose `.history()` lists the notifications dunst received.

Nothing of the user's session leaks in or out: the bus has its own config with
no service directories (so D-Bus activation cannot start the user's dunst, or
any other daemon, behind our back), dunst reads a config written to tmp, and
WAYLAND_DISPLAY is removed (dunst would otherwise draw on the real screen).

Missing programs skip the test with the apt packages to install, except under
CI (CI=true), where a skipped end-to-end test would hide a broken setup: there
it fails.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# program -> Debian package. busctl: dunstctl 1.9's `history` calls it and, without
# it, says only "Dunst is not running".
PROGRAMS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "busctl": "systemd",
    "notify-send": "libnotify-bin",
}
APT_PACKAGES = ["xvfb", "dbus", "dbus-x11", "dunst", "libnotify-bin"]
START_TIMEOUT = 10.0

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# idle_threshold = 0: dunst does not expire notifications while the user is idle, and
# under Xvfb nobody ever types.
DUNSTRC = """[global]
    history_length = 100
    idle_threshold = 0
"""


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_programs() -> list[str]:
    return [program for program in PROGRAMS if shutil.which(program) is None]


def require_desktop_programs() -> None:
    """Skip (or under CI fail) naming what is missing and how to install it."""
    missing = missing_programs()
    if not missing:
        return
    extra = sorted({PROGRAMS[program] for program in missing} - set(APT_PACKAGES))
    reason = (f"desktop tests need {', '.join(missing)}, which are missing; install with: "
              f"sudo apt-get install {' '.join(APT_PACKAGES + extra)}")
    if in_ci():
        pytest.fail(f"{reason}; CI must run the desktop tests", pytrace=False)
    pytest.skip(reason)


@dataclass
class Desktop:
    """A running private desktop; `env` is os.environ aimed at it."""

    env: dict[str, str]
    tmp: Path
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    def bus_name_owned(self, name: str = "org.freedesktop.Notifications") -> bool:
        reply = self._run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                          "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                          f"string:{name}")
        return "boolean true" in reply

    def history(self) -> list[dict]:
        """Notifications dunst received, oldest first, each a dict (appname, summary, body, ...)."""
        # close-all moves displayed and waiting notifications into the history.
        self._run("dunstctl", "close-all")
        data = json.loads(self._run("dunstctl", "history"))["data"][0]
        items = [{key: value["data"] for key, value in item.items()} for item in data]
        return sorted(items, key=lambda item: item["id"])

    def stop_notification_server(self) -> None:
        """Stop dunst and wait until nothing owns org.freedesktop.Notifications."""
        _stop(self.procs.pop("dunst"))
        _wait_for(lambda: not self.bus_name_owned(), "dunst to leave the bus", self)

    def log(self, name: str) -> str:
        path = self.tmp / f"{name}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def close(self) -> None:
        for name in reversed(list(self.procs)):
            _stop(self.procs.pop(name))

    def _run(self, *argv: str) -> str:
        proc = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=10)
        # dbus-send is only used to poll a name: its failure while a bus starts means "no".
        if proc.returncode != 0 and argv[0] != "dbus-send":
            raise RuntimeError(f"{' '.join(argv)} failed: {proc.stderr.strip()}")
        return proc.stdout


def start_desktop(tmp: Path) -> Desktop:
    """Start Xvfb, a private session bus and dunst; stop whatever started if one fails."""
    tmp.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DISPLAY")}
    desktop = Desktop(env=env, tmp=tmp)
    try:
        # -displayfd: Xvfb picks a free display number itself and writes it to the pipe.
        read_end, write_end = os.pipe()
        desktop.procs["Xvfb"] = _spawn(
            desktop, "Xvfb", ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp",
                              "-screen", "0", "800x600x24"], pass_fds=(write_end,))
        os.close(write_end)
        display = _read_line(read_end, desktop, "Xvfb")
        os.close(read_end)
        desktop.env["DISPLAY"] = f":{display}"

        (tmp / "bus.conf").write_text(BUS_CONFIG)
        bus = _spawn(desktop, "dbus-daemon", ["dbus-daemon", f"--config-file={tmp / 'bus.conf'}",
                                              "--nofork", "--print-address=1"],
                     stdout=subprocess.PIPE)
        desktop.procs["dbus-daemon"] = bus
        assert bus.stdout is not None
        desktop.env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus.stdout.fileno(), desktop,
                                                             "dbus-daemon")

        (tmp / "dunstrc").write_text(DUNSTRC)
        dunst_env = dict(desktop.env, XDG_CONFIG_HOME=str(tmp / "config"))
        desktop.procs["dunst"] = _spawn(desktop, "dunst",
                                        ["dunst", "-config", str(tmp / "dunstrc")], env=dunst_env)
        _wait_for(desktop.bus_name_owned, "dunst to own org.freedesktop.Notifications", desktop)
    except BaseException:
        desktop.close()
        raise
    return desktop


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """A private Xvfb + session bus + dunst for one test, torn down after it."""
    require_desktop_programs()
    try:
        running = start_desktop(tmp_path / "desktop")
    except RuntimeError as exc:
        problem = str(exc)  # failed outside the except block: no chained traceback
    else:
        problem = ""
    if problem:
        pytest.fail(f"could not start the private desktop: {problem}", pytrace=False)
    try:
        yield running
    finally:
        running.close()


def _spawn(desktop: Desktop, name: str, argv: list[str], **kwargs) -> subprocess.Popen:
    """Start a program logging to tmp/NAME.log (the child keeps its own copy of the file)."""
    with open(desktop.tmp / f"{name}.log", "wb") as log:
        kwargs.setdefault("env", desktop.env)
        kwargs.setdefault("stdout", log)
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stderr=log, **kwargs)


def _read_line(fd: int, desktop: Desktop, name: str) -> str:
    """Read the first line a starting program writes to fd, or fail with its log."""
    deadline = time.monotonic() + START_TIMEOUT
    data = b""
    while b"\n" not in data:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 4096) if ready else b""
        if not chunk:
            what = "exited" if desktop.procs[name].poll() is not None else "timed out"
            raise RuntimeError(f"{name} {what} before it was ready: {desktop.log(name)}")
        data += chunk
    return data.decode().splitlines()[0].strip()


def _wait_for(condition, what: str, desktop: Desktop) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not condition():
        dunst = desktop.procs.get("dunst")
        if dunst is not None and dunst.poll() is not None:
            raise RuntimeError(f"dunst exited (status {dunst.returncode}): {desktop.log('dunst')}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {START_TIMEOUT:g}s waiting for {what}; "
                               f"dunst said: {desktop.log('dunst')}")
        time.sleep(0.02)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


# -- fake programs, for the tests that run without a desktop ---------------------------
