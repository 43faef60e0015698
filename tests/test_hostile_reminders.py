"""Issue 17, reminders: ways a hostile or unlucky environment lost a reminder or showed it twice.

Each test was seen failing before its fix (the issue names the reproduction).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.fault_helpers import notifications, pacer_argv, process_env, recording_notify_send, run_pacer


def wait_until(predicate, timeout: float, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


# --- 1. a relative PACER_HOME ------------------------------------------------------------------


def test_a_relative_pacer_home_is_one_data_dir_for_the_cli_and_the_daemon(tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    record = tmp_path / "shown.log"
    recording_notify_send(tmp_path / "bin", record)
    env = process_env(work / "unused", tmp_path / "bin", autostart=True)
    env["PACER_HOME"] = "rel"
    (work / "rel").mkdir()
    (work / "rel" / "config.toml").write_text("[reminders]\ntimes = []\nquiet_hours = []\n")

    def pacer(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(pacer_argv(*args), env=env, cwd=work, capture_output=True, text=True, timeout=30)

    try:
        started = pacer("start", "60s", "--checkpoints", "2s", "--mode", "wait")
        assert started.returncode == 0, started.stderr
        assert "Reminders are running in the background" in started.stdout
        assert wait_until(lambda: notifications(record), timeout=10), "the checkpoint never came"
        assert not (work / "rel" / "rel").exists()
    finally:
        stopped = pacer("daemon", "stop")
    assert stopped.stdout.startswith("Stopped the reminder service"), stopped.stdout


def test_pacer_home_is_absolute_from_the_start(tmp_path, monkeypatch):
    from pacer.paths import pin_home, resolve

    monkeypatch.chdir(tmp_path)
    assert resolve({"PACER_HOME": "rel"}).data_dir == tmp_path / "rel"
    assert resolve({"PACER_HOME": "a/../b"}).db == tmp_path / "b" / "pacer.db"
    environ = {"PACER_HOME": "rel"}
    pin_home(environ)  # what `pacer` does first, so the daemon and autostart files inherit it
    assert environ == {"PACER_HOME": str(tmp_path / "rel")}


# --- 2. SIGHUP while the daemon starts ------------------------------------------------------------


def test_sighup_while_the_daemon_starts_does_not_kill_it(tmp_path):
    """Every write signals the daemon the moment it holds its lock: hammer it with SIGHUP from then on."""
    from pacer.daemon.lock import running_pid, wake

    home = tmp_path / "home"
    env = process_env(home)
    for attempt in range(5):
        process = subprocess.Popen(pacer_argv("daemon", "run"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            signalled = 0
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and process.poll() is None:
                if wake(home / "daemon.lock"):  # exactly what `pacer note` does after writing
                    signalled += 1
                    if signalled >= 50:
                        break
            assert process.poll() is None, f"attempt {attempt}: the daemon died (exit {process.returncode}) after {signalled} SIGHUP(s)"
            assert signalled >= 50
            assert running_pid(home / "daemon.lock") == process.pid
        finally:
            process.terminate()
            process.wait(timeout=10)
        assert process.returncode == 0, process.stderr.read()
