"""The whole path on a real desktop: `pacer start` -> daemon -> plyer -> dunst, read back from dunst."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.desktop
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pacer(desktop, tmp_path):
    """Run pacer inside the desktop session, with its own PACER_HOME; stops the daemon afterwards."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    env = {k: v for k, v in desktop.env.items() if k != "PACER_NO_AUTOSTART"}
    env.update(PACER_HOME=str(home), PYTHONPATH=str(ROOT))

    def run(*args):
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=env, capture_output=True, text=True, timeout=30)

    run.home = home
    yield run
    run("daemon", "stop")


def test_a_checkpoint_reaches_the_real_desktop_discreetly(desktop, pacer):
    label, reason = "Alex", "I keep refreshing their page"
    started = pacer("start", "30s", "--checkpoints", "2s", "--mode", "no-contact", "--label", label, "--reason", reason)
    assert started.returncode == 0, started.stderr
    deadline = time.monotonic() + 8
    checkpoints = []
    while time.monotonic() < deadline and not checkpoints:
        checkpoints = [n for n in desktop.history() if n["summary"].startswith("Checkpoint")]
        time.sleep(0.2)
    assert checkpoints, f"nothing arrived; daemon log: {(pacer.home / 'logs' / 'daemon.log').read_text()[-1500:]}"
    [shown] = checkpoints
    assert shown["appname"] == "pacer"
    assert len(shown["summary"]) <= 40 and len(shown["body"]) <= 180
    for text in (shown["summary"], shown["body"]):
        assert label not in text and reason not in text and "no contact" not in text.lower()
    view = json.loads(pacer("status", "--json").stdout)
    assert view["notifications"]["shown"] == 1 and view["notifications"]["failed"] == 0


def test_without_a_notification_server_the_failure_shows_in_status(desktop, pacer):
    desktop.stop_notification_server()
    assert pacer("start", "30s", "--checkpoints", "1s").returncode == 0
    deadline = time.monotonic() + 8
    view = {}
    while time.monotonic() < deadline:
        view = json.loads(pacer("status", "--json").stdout)
        if view["notifications"]["failed"]:
            break
        time.sleep(0.2)
    assert view["notifications"]["failed"] == 1
    assert view["notifications"]["last_error"]
    text = pacer("status").stdout
    assert "could not be shown" in text and "pacer doctor" in text
    doctor = pacer("doctor")
    assert doctor.returncode == 1 and "fix:" in doctor.stdout


def test_doctor_fails_when_the_service_runs_outside_the_desktop_session(desktop, pacer):
    """The terminal can reach the screen; the service, started without the session's bus, cannot."""
    outside = {k: v for k, v in desktop.env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    outside.update(PACER_HOME=str(pacer.home), PYTHONPATH=str(ROOT), XDG_RUNTIME_DIR=str(pacer.home / "no-runtime"))
    outside.pop("PACER_NO_AUTOSTART", None)
    started = subprocess.run([sys.executable, "-m", "pacer", "daemon", "start"], env=outside,
                             capture_output=True, text=True, timeout=30)
    assert started.returncode == 0, started.stderr
    doctor = pacer("doctor", "--no-test")
    assert doctor.returncode == 1, doctor.stdout
    assert "Notifications can reach you." in doctor.stdout  # this terminal's session is fine
    assert "The reminder service (pid" in doctor.stdout and "cannot show reminders there" in doctor.stdout
    pacer("daemon", "stop")
    assert pacer("daemon", "start").returncode == 0  # from the desktop session, as the doctor says
    again = pacer("doctor", "--no-test")
    assert again.returncode == 0, again.stdout
