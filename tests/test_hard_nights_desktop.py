"""After hard nights, the checkpoint opened from its notification (a click in dunst) shows the plan first.

The daemon opens `pacer checkpoint` in the person's terminal; here $TERMINAL is a
small program that runs it in a pseudo-terminal, as a real one would, and keeps
what it showed up to the first question.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from pacer.commands.crisis import HARD_NIGHTS, YOUR_PLAN
from pacer.env import load_env
from pacer.paths import resolve
from pacer.safety_plan import SafetyPlan, save
from pacer.store import to_db
from tests.test_checkpoint_desktop import NIGHTLESS, menu, press, screen, wait_for_checkpoints, watching  # noqa: F401
from tests.test_dbus_notify import wait_until

pytestmark = pytest.mark.desktop
ROOT = Path(__file__).resolve().parent.parent
TERMINAL = '''#!{python}
import os, pty, select, signal, sys, time
args = sys.argv[1:]
if args[:1] == ["-e"]:
    args = args[1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
seen = b""
deadline = time.monotonic() + 30
while b"Your choice" not in seen and time.monotonic() < deadline:
    if select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
os.kill(pid, signal.SIGKILL)
with open({part!r}, "wb") as out:
    out.write(seen)
os.rename({part!r}, {log!r})
'''


def test_the_checkpoint_opened_from_its_notification_shows_the_plan_after_hard_nights(screen, menu, tmp_path):  # noqa: F811
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(NIGHTLESS)
    log = tmp_path / "terminal.log"
    terminal = tmp_path / "terminal"
    terminal.write_text(TERMINAL.format(python=sys.executable, part=str(tmp_path / "terminal.part"), log=str(log)))
    terminal.chmod(0o755)
    env = {k: v for k, v in screen.env.items() if k != "PACER_NO_AUTOSTART"}
    env.update(PACER_HOME=str(home), PYTHONPATH=str(ROOT), TERMINAL=str(terminal), PACER_NO_AUTOSTART="1")
    paths = resolve({"PACER_HOME": str(home)})

    def pacer(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30)

    save(Path(paths.safety_plan), SafetyPlan({"people": ("Sam 0151 234",)}))
    try:
        with watching(screen) as bus:
            assert pacer("start", "1h", "--checkpoints", "1s", "--mode", "no-contact").returncode == 0
            now = load_env({"PACER_HOME": str(home)}).now
            with sqlite3.connect(paths.db) as db:  # three hard nights: a slip on each of the last three
                for days in (1, 2, 3):
                    db.execute("INSERT INTO events (period_id, kind, at, data) VALUES (1, 'slip', ?, '{}')",
                               (to_db(now - timedelta(days=days)),))
            assert pacer("daemon", "start").returncode == 0
            wait_for_checkpoints(bus, pacer)
            press(menu, screen, "default")  # a click on the notification: the checkpoint in a terminal
            wait_until(log.exists, "the terminal to show the checkpoint", timeout=30)
    finally:
        pacer("daemon", "stop")
    shown = log.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    assert f"{HARD_NIGHTS}\n{YOUR_PLAN}\n" in shown, shown
    assert shown.index("Sam 0151 234") < shown.index("What would you like to do?")
