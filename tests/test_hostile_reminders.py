"""Issue 17, reminders: ways a hostile or unlucky environment lost a reminder or showed it twice.

Each test was seen failing before its fix (the issue names the reproduction).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import pytest

from tests.fault_helpers import notifications, pacer_argv, process_env, run_pacer


def wait_until(predicate, timeout: float, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


# --- 1. a relative PACER_HOME ------------------------------------------------------------------


def test_a_relative_pacer_home_is_one_data_dir_for_the_cli_and_the_daemon(tmp_path, fake_bin):
    work = tmp_path / "w"
    work.mkdir()
    record = fake_bin.tool("notify-send")
    env = process_env(work / "unused", fake_bin.dir, autostart=True)
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
    assert resolve({"PACER_HOME": "rel"}).data_dir == str(tmp_path / "rel")
    assert resolve({"PACER_HOME": "a/../b"}).db == str(tmp_path / "b" / "pacer.db")
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


# --- 3 and 5. what a notifier prints -------------------------------------------------------------


def fake_notify_send(bin_dir: Path, body: str) -> None:
    bin_dir.mkdir(parents=True, exist_ok=True)
    script = bin_dir / "notify-send"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)


def gone(pid: int) -> bool:
    """Not running any more: no such process, or a zombie waiting for whoever adopted it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def test_a_notifier_that_writes_bytes_that_are_not_utf8_but_exits_0_has_shown_it(tmp_path):
    from pacer.daemon.notify import NotifySendNotifier

    fake_notify_send(tmp_path / "bin", "printf 'caf\\351 cr\\350me\\n' >&2\nexit 0\n")  # Latin-1, not UTF-8
    NotifySendNotifier({"PATH": str(tmp_path / "bin")}).send("Checkpoint", "hello")  # no NotificationFailed


def test_a_failing_notifier_with_latin1_words_is_reported_in_readable_words(tmp_path):
    from pacer.daemon.notify import NotificationFailed, NotifySendNotifier

    fake_notify_send(tmp_path / "bin", "printf 'Verbindung verweigert: caf\\351\\n' >&2\nexit 3\n")
    with pytest.raises(NotificationFailed, match="notify-send failed: Verbindung verweigert: caf\ufffd"):
        NotifySendNotifier({"PATH": str(tmp_path / "bin")}).send("Checkpoint", "hello")


SLEEP, YES = shutil.which("sleep"), shutil.which("yes")  # the fake's PATH holds only itself
CHATTY = """
import sys, time, tracemalloc
from pacer.daemon.notify import NotificationFailed, NotifySendNotifier
notifier = NotifySendNotifier({"PATH": sys.argv[1]}, command_timeout=1.0)
tracemalloc.start()
began = time.monotonic()
try:
    notifier.send("Checkpoint", "hello")
    outcome = "shown"
except NotificationFailed as failure:
    outcome = failure.message
print(outcome)
print(time.monotonic() - began)
print(tracemalloc.get_traced_memory()[1] // 2**20)  # the most Python held at once, in MiB
"""


def run_notifier(tmp_path: Path, timeout: float = 30) -> tuple[str, float, int]:
    env = process_env(tmp_path / "home")
    result = subprocess.run([sys.executable, "-c", CHATTY, str(tmp_path / "bin")], env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, result.stderr
    outcome, seconds, mib = result.stdout.splitlines()
    return outcome, float(seconds), int(mib)


def test_a_notifier_that_prints_without_end_is_cut_off_at_the_timeout_with_its_children(tmp_path):
    pids = tmp_path / "pids"
    fake_notify_send(tmp_path / "bin", f"{SLEEP} 300 &\necho $! >> {pids}\nexec {YES} 'chatter chatter chatter'\n")
    outcome, seconds, mib = run_notifier(tmp_path)
    assert outcome == "notify-send did not answer within 1s"
    assert seconds < 3
    assert mib < 5, f"{mib} MiB held at once: the chatter was kept"
    child = int(pids.read_text())
    assert wait_until(lambda: gone(child), timeout=5), "an orphan was left running"


def test_a_notifier_that_exits_but_leaves_a_child_holding_its_output_has_shown_it(tmp_path):
    pids = tmp_path / "pids"
    fake_notify_send(tmp_path / "bin", f"{SLEEP} 300 &\necho $! >> {pids}\nexit 0\n")  # the child keeps stdout open
    outcome, seconds, _ = run_notifier(tmp_path)
    assert outcome == "shown" and seconds < 1
    child = int(pids.read_text())
    assert wait_until(lambda: gone(child), timeout=5), "an orphan was left running"


# --- 4. files of the person's own, nested hundreds deep --------------------------------------------

NESTED = "[" * 500 + "]" * 500


def test_a_deeply_nested_content_file_is_skipped_and_the_checkpoint_still_comes(pacer_home):
    from datetime import timedelta

    from freezegun import freeze_time

    from tests.cli_helpers import run
    from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, write_config

    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    (pacer_home / "content").mkdir()
    for category in ("checkpoint", "urge"):
        (pacer_home / "content" / f"{category}.toml").write_text(f"entry = {NESTED}\n")
    h = Harness()
    try:
        with freeze_time("2026-11-23 12:00:00") as frozen:
            assert run("start", "1d", "--checkpoints", "1h").exit_code == 0
            frozen.tick(timedelta(hours=1, minutes=1))
            h.step()
            urge = run("urge", "--no-check-in")
    finally:
        h.close()
    assert [t for t in h.titles if t.startswith("Checkpoint")], "the checkpoint did not come"
    assert urge.exit_code == 0
    assert f"Note: {pacer_home / 'content' / 'urge.toml'}: nested too deeply" in urge.stderr
    assert "this file is skipped" in urge.stderr and "RecursionError" not in urge.output


@pytest.mark.parametrize("args", [("status",), ("note", "hi"), ("config", "get")], ids=lambda a: a[0])
def test_a_deeply_nested_config_is_refused_in_one_clear_line(pacer_home, args):
    from tests.cli_helpers import run

    pacer_home.mkdir()
    (pacer_home / "config.toml").write_text(f"[reminders]\ntimes = {NESTED}\n")
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {pacer_home / 'config.toml'}: nested too deeply to be pacer's settings "
                             "(lists inside lists); see config/default.toml\n")


def test_config_set_with_a_deeply_nested_value_is_refused_in_one_short_line(pacer_home):
    from tests.cli_helpers import run

    result = run("config", "set", "reminders.times", NESTED)
    assert result.exit_code == 1
    assert "is nested too deeply to be a value" in result.stderr and len(result.stderr) < 300
    assert not (pacer_home / "config.toml").exists()


# --- 6. the time zone reminders follow ---------------------------------------------------------------


def test_the_daemon_follows_the_computers_zone_read_again_on_every_heartbeat(pacer_home, monkeypatch):
    """No TZ (as under systemd, or started by `pacer start`): the system zone changes under it; it follows."""
    import random
    from collections import Counter
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from apscheduler.executors.debug import DebugExecutor
    from freezegun import freeze_time

    from pacer import clock
    from pacer.daemon.service import Service
    from pacer.paths import resolve
    from pacer.store import Store
    from tests.cli_helpers import run
    from tests.daemon_helpers import FakeNotifier, SteppedScheduler, write_config

    write_config(pacer_home, '[reminders]\ntimes = ["10:00"]\nquiet_hours = []\n')
    system = {"zone": ZoneInfo("Europe/Berlin")}
    monkeypatch.delenv("TZ")
    monkeypatch.setattr(clock, "_system_zone", lambda: system["zone"])
    said: list[str] = []
    scheduler = SteppedScheduler(timezone="UTC", executors={"default": DebugExecutor()})
    scheduler.start()
    service = Service(resolve(), notifier=FakeNotifier(), scheduler=scheduler, rng=random.Random(3), on_zone=said.append)
    try:
        with freeze_time("2026-11-23 06:00:00") as frozen:  # 07:00 in Berlin
            assert run("start", "5d", "--checkpoints", "4d").exit_code == 0
            for _ in range(2 * 24):
                frozen.tick(timedelta(minutes=30))
                scheduler.step()
                service.sync()
            system["zone"] = ZoneInfo("America/New_York")  # the laptop flies west; the system's zone follows it
            for _ in range(2 * 48):
                frozen.tick(timedelta(minutes=30))
                scheduler.step()
                service.sync()
    finally:
        scheduler.shutdown(wait=False)
    assert said == ["Europe/Berlin", "America/New_York"]
    with Store.open(resolve()) as store:
        shown = [(row.attempted_at, key) for key, row in store.ledger(store.active_period().id).items()
                 if ":daily:" in key and row.status == "shown"]
    hours = Counter(key.rsplit("T", 1)[1] for _, key in shown)
    assert hours == {"10:00": len(shown)}  # 10:00 wall-clock time wherever the computer is
    assert any(at.astimezone(ZoneInfo("America/New_York")).hour == 10 for at, _ in shown)


def test_status_says_which_zone_the_running_daemons_reminders_follow(tmp_path):
    """Started from a terminal with its own TZ, the daemon still follows the computer's zone, and status says so."""
    home = tmp_path / "home"
    env = process_env(home, autostart=True)
    env["TZ"] = "Pacific/Chatham"  # this terminal's zone; surely not the computer's
    system_env = {k: v for k, v in env.items() if k != "TZ"}
    system_zone = subprocess.run(
        ["python", "-c", "from pacer import clock; print(clock.zone_name(clock.local_zone()))"],
        env=system_env, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert system_zone != "Pacific/Chatham"
    try:
        assert run_pacer(env, "start", "14d").returncode == 0
        text = run_pacer(env, "status").stdout
        assert f"Reminders        running on {system_zone} time · 0 shown" in text
        (home / "config.toml").write_text('[general]\ntimezone = "Asia/Tokyo"\n')  # pinned on purpose
        assert run_pacer(env, "note", "a change, so it re-reads now").returncode == 0
        assert wait_until(lambda: "running on Asia/Tokyo time" in run_pacer(env, "status").stdout, 5)
    finally:
        run_pacer(env, "daemon", "stop")


# --- 7. no burst of checkpoints ----------------------------------------------------------------------


def test_missed_checkpoints_fold_into_the_latest_and_one_on_time_asks_for_all():
    from datetime import datetime, timedelta

    from pacer.delivery import what_to_show as decide
    from pacer.plan import Reminder

    t0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

    def checkpoint(day: float) -> Reminder:
        at = t0 + timedelta(days=day)
        return Reminder(key=f"1:checkpoint:{day}", at=at, kind="checkpoint", due=at)

    plan = [checkpoint(day) for day in range(1, 11)]
    decision = decide(plan, {}, t0 + timedelta(days=10, hours=1), quiet_now=False)
    assert [r.key for r in decision.show] == ["1:checkpoint:10"]
    assert [r.key for r in decision.skip] == [f"1:checkpoint:{day}" for day in range(1, 10)]
    # Two missed, one on time: the one on time asks.
    decision = decide(plan[:3], {}, t0 + timedelta(days=3, minutes=1), quiet_now=False)
    assert [r.key for r in decision.show] == ["1:checkpoint:3"]
    assert [r.key for r in decision.skip] == ["1:checkpoint:1", "1:checkpoint:2"]


def test_an_import_of_a_period_begun_10_days_ago_brings_one_checkpoint_not_ten(pacer_home, tmp_path):
    import json
    from datetime import timedelta

    from freezegun import freeze_time

    from tests.cli_helpers import run
    from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, write_config

    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    day = 86400
    document = {
        "format": "pacer-export", "version": 1, "exported_at": "2026-11-23T12:00:00+00:00",
        "periods": [{
            "id": 1, "mode": "no-contact", "started_at": "2026-11-13T12:00:00+00:00", "length_s": 30 * day,
            "checkpoints_s": [n * day for n in range(1, 30)], "label": None, "reasons": [], "ended_at": None,
            "outcome": None, "events": [], "pauses": [], "deliveries": [],
        }],
        "settings": {"reminders.times": [], "reminders.quiet_hours": []},
    }
    export = tmp_path / "export.json"
    export.write_text(json.dumps(document))
    h = Harness()
    try:
        with freeze_time("2026-11-23 12:00:30") as frozen:
            assert run("import", str(export)).exit_code == 0
            h.step()
            for _ in range(5):
                frozen.tick(timedelta(seconds=10))
                h.step()
    finally:
        h.close()
    assert len([t for t in h.titles if t.startswith("Checkpoint")]) == 1
