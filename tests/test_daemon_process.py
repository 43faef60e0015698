"""The real daemon as a separate process: readiness, one per data dir, kill -9, restarts, SIGHUP."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes import calls

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def world(pacer_home, fake_bin):
    """A PACER_HOME with no quiet hours or daily reminders, and a notify-send that records."""
    record = fake_bin.tool("notify-send")
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    env = {k: v for k, v in os.environ.items() if k not in ("PACER_NO_AUTOSTART", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(PACER_HOME=str(pacer_home), PATH=fake_bin.path_env(), PYTHONPATH=str(ROOT))
    w = World(env, record, pacer_home)
    yield w
    w.pacer("daemon", "stop")


class World:
    def __init__(self, env: dict, record: Path, home: Path) -> None:
        self.env, self.record, self.home = env, record, home

    def pacer(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pacer", *args], env=self.env, capture_output=True, text=True, timeout=timeout)

    def status(self) -> dict:
        return json.loads(self.pacer("status", "--json").stdout)

    def shown(self) -> list[list[str]]:
        return [call["argv"] for call in calls(self.record)]

    def wait_for(self, count: int, timeout: float) -> float:
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            if len(self.shown()) >= count:
                return time.monotonic() - began
            time.sleep(0.05)
        raise AssertionError(f"expected {count} notifications within {timeout}s, got {self.shown()}")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_start_brings_up_the_daemon_which_delivers_a_checkpoint_on_time(world):
    began = time.monotonic()
    result = world.pacer("start", "30s", "--checkpoints", "3s")
    startup = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    assert "Reminders are running in the background" in result.stdout
    assert startup < 5  # includes the CLI's own start; the daemon is ready well under 2 s
    view = world.status()
    assert view["daemon"]["running"] is True and alive(view["daemon"]["pid"])
    waited = world.wait_for(1, timeout=8)
    assert 1.5 <= waited + startup <= 3 + 2  # due at 3 s, delivered within 2 s
    title_args = world.shown()[0]
    assert "pacer" in title_args and any(a.startswith("Checkpoint") for a in title_args)
    assert world.pacer("daemon", "status").returncode == 0
    assert world.status()["notifications"]["shown"] == 1


def test_only_one_daemon_per_data_dir(world):
    began = time.monotonic()
    assert world.pacer("daemon", "start").returncode == 0
    assert time.monotonic() - began < 2.0  # the whole command, Python's start included: ready well under 2 s
    second = world.pacer("daemon", "run", timeout=10)
    assert second.returncode == 1
    assert "already running" in second.stderr and "Traceback" not in second.stderr


def test_kill_9_then_restart_loses_nothing_and_repeats_nothing(world):
    assert world.pacer("start", "1m", "--checkpoints", "2s,6s").returncode == 0
    world.wait_for(1, timeout=6)
    pid = world.status()["daemon"]["pid"]
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    view = world.status()
    assert view["daemon"] == {"running": False, "pid": None}  # a stale pid does not fool status
    assert world.pacer("daemon", "status").returncode == 1
    time.sleep(6)  # the 6 s checkpoint falls due while the daemon is down
    assert len(world.shown()) == 1
    began = time.monotonic()
    assert world.pacer("daemon", "start").returncode == 0
    world.wait_for(2, timeout=5)
    assert time.monotonic() - began < 4  # delivered promptly after the restart
    time.sleep(1)
    assert len(world.shown()) == 2  # the first checkpoint was not shown again


def test_a_stale_lock_file_with_a_live_foreign_pid_does_not_block(world):
    world.home.joinpath("daemon.lock").write_text(f"{os.getpid()}\n")  # our pid: alive, but not a daemon
    assert world.status()["daemon"]["running"] is False
    assert world.pacer("daemon", "start").returncode == 0
    assert world.status()["daemon"]["pid"] != os.getpid()


def test_a_change_reaches_the_running_daemon_within_a_second(world):
    assert world.pacer("daemon", "start").returncode == 0
    time.sleep(0.5)
    began = time.monotonic()
    assert world.pacer("start", "30s", "--checkpoints", "1s").returncode == 0
    waited = world.wait_for(1, timeout=5)
    assert time.monotonic() - began < 1 + 2  # picked up at once, delivered on time
    log = (world.home / "logs" / "daemon.log").read_text()
    assert "change signalled" in log
    assert waited >= 0


def test_daemon_stop_and_status(world):
    assert world.pacer("daemon", "status").returncode == 1
    assert world.pacer("daemon", "start").returncode == 0
    out = world.pacer("daemon", "status")
    assert out.returncode == 0 and "running" in out.stdout
    stop = world.pacer("daemon", "stop")
    assert stop.returncode == 0 and "Stopped" in stop.stdout
    assert world.pacer("daemon", "status").returncode == 1
    assert world.pacer("daemon", "stop").stdout.strip() == "The reminder service was not running."


def test_a_failing_notifier_is_recorded_and_the_daemon_keeps_going(world, fake_bin):
    fake_bin.tool("notify-send", stderr="GDBus.Error: no notification server\n", exit=1)
    assert world.pacer("start", "30s", "--checkpoints", "1s,2s").returncode == 0
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline and world.status()["notifications"]["failed"] < 2:
        time.sleep(0.1)
    view = world.status()
    assert view["notifications"]["failed"] == 2
    assert "notification server" in view["notifications"]["last_error"]
    assert view["daemon"]["running"] is True


@pytest.mark.parametrize(
    "breakage, fragment",
    [
        (lambda home: (home / "config.toml").write_text("[reminders\n"), "not valid TOML"),
        (lambda home: (home / "pacer.db").write_bytes(b"not a database" * 200), "not a pacer database"),
    ],
)
def test_daemon_start_says_why_it_cannot_run(world, breakage, fragment):
    breakage(world.home)
    result = world.pacer("daemon", "start")
    assert result.returncode == 1
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert world.pacer("daemon", "status").returncode == 1


# -- starting it: from a checkout, without a ready pipe, and when it cannot start ---------------

_START = (
    "import sys\n"
    "sys.path.insert(0, {root!r})\n"
    "from pacer.daemon import control as daemon_control\n"
    "from pacer.paths import resolve\n"
    "print(daemon_control.start_detached(resolve(), ready_pipe={pipe}))\n"
)


@pytest.mark.parametrize("pipe", [True, False], ids=["ready-pipe", "lock-polling"])
def test_a_checkout_starts_its_daemon_from_any_directory(world, tmp_path, pipe):
    """No PYTHONPATH, another working directory: the daemon still finds this pacer (and Windows' way works too)."""
    env = {k: v for k, v in world.env.items() if k != "PYTHONPATH"}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, "-c", _START.format(root=str(ROOT), pipe=pipe)], env=env, cwd=elsewhere,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    pid = int(done.stdout)
    assert world.status()["daemon"]["pid"] == pid and alive(pid)


def test_a_daemon_that_stops_at_once_is_reported_with_what_it_said(world, fake_bin, monkeypatch):
    from pacer.daemon import control as daemon_control
    from pacer.errors import PacerError
    from pacer.paths import resolve

    fake_bin.tool("broken-python", stderr="ModuleNotFoundError: No module named apscheduler\n", exit=3)
    monkeypatch.setattr(sys, "executable", str(fake_bin.dir / "broken-python"))
    began = time.monotonic()
    with pytest.raises(PacerError) as caught:
        daemon_control.start_detached(resolve())
    assert time.monotonic() - began < 5  # not the 10 s wait for an answer that cannot come
    assert "stopped at once (exit status 3: ModuleNotFoundError: No module named apscheduler)" in caught.value.message
    assert "daemon-start.log" in caught.value.message


def test_the_daemon_starts_with_this_very_pacer_importable(world, fake_bin, monkeypatch):
    """It runs in the data dir, where nothing else would lead it to the pacer that started it."""
    from pacer.daemon import control as daemon_control
    from pacer.errors import PacerError
    from pacer.paths import resolve

    log = fake_bin.tool("recording-python", exit=3, env_keys=("PYTHONPATH",))
    monkeypatch.setattr(sys, "executable", str(fake_bin.dir / "recording-python"))
    with pytest.raises(PacerError):
        daemon_control.start_detached(resolve())
    [call] = calls(log)
    assert call["argv"] == ["-m", "pacer", "daemon", "run"]
    assert call["env"]["PYTHONPATH"].split(os.pathsep)[0] == str(ROOT)


# -- suspend and resume, for real: the wall clock jumps, monotonic time does not --------------

_WALL_JUMP_HOOK = '''\
"""Loaded by the daemon under test only: its wall clock reads OFFSET_FILE seconds ahead, and its heartbeat is short."""
import os
import time
from datetime import timedelta

import pacer.clock
import pacer.daemon.service


def _offset():
    try:
        with open(os.environ["PACER_TEST_WALL_OFFSET"]) as handle:
            return float(handle.read() or 0)
    except (OSError, ValueError):
        return 0.0


_real_now, _real_time = pacer.clock.now, time.time
pacer.clock.now = lambda zone=None: _real_now(zone) + timedelta(seconds=_offset())
time.time = lambda: _real_time() + _offset()  # what the daemon compares with time.monotonic()
pacer.daemon.service.HEARTBEAT_S = 0.5
'''


def test_after_a_suspend_the_heartbeat_alone_delivers_the_checkpoint(world, tmp_path):
    """Asleep through a checkpoint: on waking, the wall clock is an hour on, monotonic time a second.

    The scheduler's job for it lies an hour ahead in monotonic terms and nothing
    signals the daemon; only the heartbeat's re-sync against the ledger can show it.
    """
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_WALL_JUMP_HOOK)
    offset = tmp_path / "wall-offset"
    offset.write_text("0")
    quiet = dict(world.env, PACER_NO_AUTOSTART="1")  # the daemon under test is started below, hook and all
    assert subprocess.run([sys.executable, "-m", "pacer", "start", "2h", "--checkpoints", "1h"], env=quiet,
                          capture_output=True, timeout=30).returncode == 0
    env = dict(world.env, PYTHONPATH=f"{hook}{os.pathsep}{ROOT}", PACER_TEST_WALL_OFFSET=str(offset))
    daemon = subprocess.Popen([sys.executable, "-m", "pacer", "daemon", "run"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 10
        while world.status()["daemon"]["pid"] != daemon.pid:
            assert time.monotonic() < deadline and daemon.poll() is None, daemon.stderr.read() if daemon.poll() else ""
            time.sleep(0.05)
        time.sleep(1.5)
        assert world.shown() == []
        offset.write_text(str(3600 + 60))  # the machine wakes a minute after the checkpoint
        waited = world.wait_for(1, timeout=5)
        assert waited < 3  # a heartbeat or two
        time.sleep(2)  # several more heartbeats: nothing twice
        assert len(world.shown()) == 1 and any(arg.startswith("Checkpoint") for arg in world.shown()[0])
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
    log = (world.home / "logs" / "daemon.log").read_text()
    assert "wall clock moved +36" in log and "change signalled" not in log
