"""Crash safety: `kill -9` at random moments never corrupts the data or loses a recorded write.

* Writing commands (note, urge, checkpoint, slipped) run as real processes,
  several at once, and are killed with SIGKILL after a seeded random delay
  that spans their whole life (start-up, reading, the write, the output):
  KILLS kills in all. Afterwards the database passes `PRAGMA integrity_check`,
  every command that reported success is in `pacer history`, and every
  killed one is there whole or not at all.
* The daemon is killed with SIGKILL while it shows a checkpoint, and started
  again: no checkpoint is shown twice and none is lost to the scheduler.

`python -m pytest tests/test_crash.py -s` prints the figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest

from pacer.cli.render import NOT_RUNNING
from tests.fault_helpers import (
    history,
    integrity,
    leaks,
    notifications,
    pacer_argv,
    process_env,
    query,
    run_pacer,
)

SEED = 20261123
KILLS = 300
PARALLEL = 4  # commands alive at once: on 2 cores this keeps every phase of a command in play
BATCH = 40
MAX_RUNS = 700
# A note near pacer's limit, with multi-byte text, so its row spills over a database page.
FILLER = "Ein ruhiger Abend, ein langer Spaziergang · שקט · 平静 · " * 60

# name -> (arguments for a text, the last words of its output when it completed)
COMMANDS = {
    "note": (lambda text: ["note", text], "Noted in your journal."),
    "urge": (lambda text: ["urge", "--no-check-in", "--note", text], "notes it (or `strong` if it hasn't yet)."),
    "checkpoint": (lambda text: ["checkpoint", "--choice", "wait"], "The next checkpoint is "),
    "slipped": (lambda text: ["slipped", "--note", text], "Be kind to yourself "),
}
EVENT_KIND = {"note": "note", "urge": "urge", "checkpoint": "decision", "slipped": "slip"}


@dataclass
class Run:
    number: int
    command: str
    text: str
    delay: float | None  # None: not killed
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    killed: bool = field(default=False)

    @property
    def succeeded(self) -> bool:
        """Exit 0 and the whole of its output: what a person would take as "recorded".

        (The line saying so may be followed by a hint that the reminder service is not running.)
        """
        lines = [line for line in self.stdout.splitlines() if line != NOT_RUNNING]
        return self.returncode == 0 and self.stdout.endswith("\n") and COMMANDS[self.command][1] in lines[-1]


def execute(env: dict, run: Run) -> Run:
    began = time.monotonic()
    process = subprocess.Popen(
        pacer_argv(*COMMANDS[run.command][0](run.text)), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        run.stdout, run.stderr = process.communicate(timeout=run.delay if run.delay is not None else 60)
    except subprocess.TimeoutExpired:
        if run.delay is None:
            raise
        process.send_signal(signal.SIGKILL)
        run.stdout, run.stderr = process.communicate()
    run.returncode = process.returncode
    run.killed = process.returncode == -signal.SIGKILL
    run.seconds = time.monotonic() - began
    return run


def lifetime(runs: list[Run], command: str) -> float:
    """The median life of the latest runs of `command` that were left alone."""
    alone = [r.seconds for r in runs if r.command == command and r.delay is None]
    return statistics.median(alone[-9:])


@pytest.fixture
def home_env(pacer_home):
    env = process_env(pacer_home)
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    started = run_pacer(env, "start", "30d", "--mode", "no-contact", "--reason", "I deserve calm")
    assert started.returncode == 0, started.stderr
    return env


def test_sigkill_at_random_moments_never_corrupts_or_loses_a_recorded_write(home_env, pacer_home):
    rng = random.Random(SEED)
    began = time.monotonic()
    number = 0

    def make(command: str, delay: float | None) -> Run:
        nonlocal number
        number += 1
        token = f"crash-{number:04d}-{rng.getrandbits(32):08x}"
        return Run(number, command, f"{token} {FILLER}"[:3900].strip(), delay)  # as pacer stores it: stripped

    runs: list[Run] = []
    with ThreadPoolExecutor(PARALLEL) as pool:
        # Calibrate under the same load: how long does each command live when left alone?
        # (Twice: the first round runs with cold caches. Later rounds keep it current.)
        for _ in range(2):
            calibration = [make(command, None) for command in COMMANDS for _ in range(3)]
            runs += pool.map(lambda r: execute(home_env, r), calibration)
        kills = 0
        while kills < KILLS and number < MAX_RUNS:
            life = {c: lifetime(runs, c) for c in COMMANDS}
            batch = []
            for _ in range(BATCH):
                command = rng.choice(list(COMMANDS))
                draw = rng.random()
                if draw < 0.1:  # some are left alone (and some outlive their delay): the successes
                    batch.append(make(command, None))
                    continue
                # Half uniform over the whole life; half in its last third, where
                # pacer reads, writes and commits (start-up takes the rest).
                fraction = rng.uniform(0, 1.0) if draw < 0.55 else rng.uniform(0.65, 1.0)
                batch.append(make(command, life[command] * fraction))
            done = list(pool.map(lambda r: execute(home_env, r), batch))
            runs += done
            kills += sum(r.killed for r in done)
    elapsed = time.monotonic() - began

    killed = [r for r in runs if r.killed]
    succeeded = [r for r in runs if r.succeeded]
    assert len(killed) >= KILLS
    assert len(succeeded) >= 40  # enough survivors to make "every success is recorded" mean something
    for run in runs:
        if not run.killed:  # the ones left alone (or that finished first) are clean, even under contention
            assert run.succeeded, (run.command, run.returncode, run.stdout[-200:], run.stderr)
            assert not run.stderr, run.stderr
        assert not leaks(run.stderr), run.stderr

    db = pacer_home / "pacer.db"
    assert integrity(db) == "ok"

    # Whole or absent: every stored text is exactly one that a command sent, of the right kind, once.
    sent = {r.text: r for r in runs}
    rows = query(db, "SELECT kind, text, data FROM events ORDER BY id")
    stored_texts = [text for kind, text, _ in rows if kind != "decision"]
    assert len(stored_texts) == len(set(stored_texts)), "a text was recorded twice"
    for kind, text, data in rows:
        if kind == "decision":
            assert text is None and data == '{"choice": "wait", "stage": "early"}', data
            continue
        assert text in sent, f"a {kind} holds text no command sent (torn write?): {text[:60]!r}"
        assert EVENT_KIND[sent[text].command] == kind
        if kind == "urge":  # as recorded; a slip soon after (another process here) records what it became
            recorded = json.loads(data)
            assert {k: recorded.pop(k) for k in ("intensity", "check_in")} == {"intensity": None, "check_in": False}
            assert recorded in ({}, {"outcome": "slipped", "outcome_at": recorded.get("outcome_at")}), data

    # Every success is in the history; killed ones may be (killed after the commit) or not.
    events = history(home_env)
    in_history = {e["text"] for e in events}
    assert {r.text for r in succeeded if r.command != "checkpoint"} <= in_history
    assert in_history - {None} == set(stored_texts)
    decisions = sum(1 for e in events if e["kind"] == "decision")
    ok_checkpoints = sum(1 for r in succeeded if r.command == "checkpoint")
    killed_checkpoints = sum(1 for r in killed if r.command == "checkpoint")
    assert ok_checkpoints <= decisions <= ok_checkpoints + killed_checkpoints
    after_commit = sum(1 for r in killed if r.text in in_history) + (decisions - ok_checkpoints)

    # And pacer simply carries on.
    final = run_pacer(home_env, "note", "after the storm")
    assert final.returncode == 0 and not final.stderr, final.stderr
    print(
        f"\ncrash: {len(runs)} runs, {len(killed)} SIGKILLs ({after_commit} after the commit, before the output), "
        f"{len(succeeded)} completed; {PARALLEL} at once; {elapsed:.1f}s; "
        f"lifetimes {', '.join(f'{c} {s * 1000:.0f} ms' for c, s in life.items())}; integrity ok"
    )


# --- the daemon, killed while it shows a checkpoint ---------------------------------------

DAEMON_KILLS = 4
SHOW_SECONDS = 0.4  # the fake notify-send takes this long: the window "mid-delivery"


def daemon_pid(home) -> int | None:
    try:
        text = (home / "daemon.lock").read_text().partition("\n")[0].strip()  # the pid; the zone follows
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def wait_gone(pid: int, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    raise AssertionError(f"pid {pid} did not die")


def test_daemon_killed_mid_delivery_never_shows_a_checkpoint_twice(tmp_path, pacer_home, fake_bin):
    rng = random.Random(SEED)
    record = fake_bin.tool("notify-send", sleep=SHOW_SECONDS)
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    env = process_env(pacer_home, fake_bin.dir, autostart=True)
    checkpoints = 10  # 1s ... 9s and the end at 10s
    try:
        started = run_pacer(env, "start", f"{checkpoints}s", "--checkpoints", ",".join(f"{n}s" for n in range(1, checkpoints)))
        assert started.returncode == 0, started.stderr
        began = time.monotonic()
        kills = 0
        seen = 0
        spare = False
        while kills < DAEMON_KILLS and time.monotonic() - began < 30:
            shown = len(notifications(record))
            if shown > seen:
                seen = shown
                spare = not spare
                if spare:  # every other delivery is killed, the others left alone
                    time.sleep(rng.uniform(0, SHOW_SECONDS * 0.9))  # somewhere inside notify-send
                    pid = daemon_pid(pacer_home)
                    assert pid, "the daemon should be running"
                    os.kill(pid, signal.SIGKILL)
                    wait_gone(pid)
                    kills += 1
                    restarted = run_pacer(env, "daemon", "start")
                    assert restarted.returncode == 0, restarted.stderr
            time.sleep(0.02)
        # Let everything due be shown, and any orphaned notify-send finish.
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            rows = query(pacer_home / "pacer.db", "SELECT status FROM deliveries WHERE kind = 'checkpoint'")
            if len(rows) == checkpoints and len(notifications(record)) == len(notifications(record, "end")):
                break
            time.sleep(0.1)
        time.sleep(1.0)  # a repeat would come now, if it were going to
    finally:
        run_pacer(env, "daemon", "stop")

    assert kills == DAEMON_KILLS
    ledger = query(pacer_home / "pacer.db", "SELECT key, status, attempts FROM deliveries WHERE kind = 'checkpoint'")
    keys = [key for key, _, _ in ledger]
    assert len(keys) == len(set(keys)) == checkpoints  # every checkpoint claimed, none twice
    assert all(attempts == 1 for _, _, attempts in ledger)
    # Killed mid-show: never shown again, and counted as not shown once the daemon is back.
    stuck = [key for key, status, _ in ledger if status == "interrupted"]
    assert {status for _, status, _ in ledger} <= {"shown", "interrupted"}
    assert len(stuck) <= kills
    view = json.loads(run_pacer(env, "status", "--json").stdout)
    assert view["notifications"]["failed"] == len(stuck)
    if stuck:
        assert view["notifications"]["last_error"].startswith("interrupted")
    calls = notifications(record)
    # At most once: never more notify-send calls than claimed keys; at most the killed ones uncalled.
    assert checkpoints - kills <= len(calls) <= checkpoints
    assert all(any(a.startswith("Checkpoint") for a in call) for call in calls)
    assert integrity(pacer_home / "pacer.db") == "ok"
    log = (pacer_home / "logs" / "daemon.log").read_text()
    assert "sync failed" not in log
    print(f"\ndaemon: {kills} SIGKILLs mid-delivery, {checkpoints} checkpoints, {len(calls)} notify-send calls, "
          f"{len(stuck)} counted as interrupted, none twice")


def test_restart_with_overdue_checkpoints_and_slow_notifications_is_ready_at_once(tmp_path, pacer_home, fake_bin):
    """After a crash or a night switched off, catching up may take a while; `daemon start` must not wait for it."""
    hold = 1.2
    record = fake_bin.tool("notify-send", sleep=hold)
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    quiet = process_env(pacer_home, fake_bin.dir)
    env = process_env(pacer_home, fake_bin.dir, autostart=True)
    assert run_pacer(quiet, "start", "2s", "--checkpoints", "1s").returncode == 0  # no daemon: both fall due unseen
    time.sleep(2.2)
    try:
        began = time.monotonic()
        result = run_pacer(env, "daemon", "start")
        took = time.monotonic() - began
        assert result.returncode == 0, result.stderr
        assert took < 2 * hold  # not after showing both overdue checkpoints (nor giving up after 10 s)
        deadline = time.monotonic() + 10
        while len(notifications(record, "end")) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
    finally:
        run_pacer(env, "daemon", "stop")
    assert len(notifications(record)) == 2
