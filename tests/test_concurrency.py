"""Concurrency: many writers at once while the daemon delivers; nothing lost, nothing repeated, no "locked".

WRITERS separate processes each record EACH notes and urges through pacer's
click CLI (the whole command, in-process, so the test stays fast) with short
random pauses, while the real daemon, woken by every one of those writes,
shows checkpoints a second apart through a recording notify-send.

`python -m pytest tests/test_concurrency.py -s` prints the figures. This file
is also the writer: `python -m tests.test_concurrency WRITER COUNT SEED OUT`.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from tests.fault_helpers import (
    ROOT,
    history,
    integrity,
    leaks,
    notifications,
    process_env,
    query,
    run_pacer,
)

WRITERS = 8
EACH = 25
CHECKPOINTS = 8  # 1s ... 7s and the end at 8s
GAP = 0.3  # at most this long between two commands of one writer: spreads them over the deliveries
DONE = {"note": "Noted in your journal.", "urge": "notes it (or `strong` if it hasn't yet)."}


def writer(number: int, count: int, seed: int, out: Path) -> None:
    """Record `count` notes and urges, alternating; write what each command returned to `out` (JSON)."""
    from click.testing import CliRunner

    from pacer.cli.app import cli

    rng = random.Random(seed)
    runner = CliRunner()
    results = []
    for i in range(count):
        time.sleep(rng.uniform(0, GAP))
        token = f"writer{number}-{i:02d}-{rng.getrandbits(24):06x}"
        command = "note" if i % 2 == 0 else "urge"
        args = ["note", token] if command == "note" else ["urge", "--no-check-in", "--note", token]
        began = time.monotonic()
        result = runner.invoke(cli, args, catch_exceptions=True)
        crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
        results.append({
            "command": command,
            "token": token,
            "exit": result.exit_code,
            "stdout": result.stdout,
            "stderr": result.stderr,
            "exception": repr(result.exception) if crashed else None,
            "seconds": time.monotonic() - began,
        })
    out.write_text(json.dumps(results))


def test_many_writers_while_the_daemon_delivers(tmp_path, pacer_home, fake_bin):
    record = fake_bin.tool("notify-send")
    pacer_home.mkdir(parents=True)
    (pacer_home / "config.toml").write_text('[reminders]\ntimes = []\nquiet_hours = []\n')
    env = process_env(pacer_home, fake_bin.dir, autostart=True)
    db = pacer_home / "pacer.db"
    try:
        offsets = ",".join(f"{n}s" for n in range(1, CHECKPOINTS))
        started = run_pacer(env, "start", f"{CHECKPOINTS}s", "--checkpoints", offsets)
        assert started.returncode == 0 and "running in the background" in started.stdout, started.stderr
        began = time.monotonic()
        outs = [tmp_path / f"writer{n}.json" for n in range(WRITERS)]
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.test_concurrency", str(n), str(EACH), str(1000 + n), str(out)],
                env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for n, out in enumerate(outs)
        ]
        for process in processes:
            stdout, stderr = process.communicate(timeout=120)
            assert process.returncode == 0, stderr
            assert not stderr, stderr
        writing = time.monotonic() - began
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if len(query(db, "SELECT 1 FROM deliveries WHERE kind = 'checkpoint' AND status = 'shown'")) == CHECKPOINTS:
                break
            time.sleep(0.1)
        time.sleep(1.0)  # a repeat would come now, if it were going to
        view = json.loads(run_pacer(env, "status", "--json").stdout)
    finally:
        run_pacer(env, "daemon", "stop")

    results = [r for out in outs for r in json.loads(out.read_text())]
    assert len(results) == WRITERS * EACH
    for r in results:
        assert r["exception"] is None, r
        assert r["exit"] == 0, r
        assert r["stderr"] == "" and not leaks(r["stdout"]), r
        assert r["stdout"].rstrip().endswith(DONE[r["command"]]), r

    # Nothing lost, nothing doubled: every token exactly once, with its kind; the counts exact.
    events = history(env)
    for kind in ("note", "urge"):
        sent = sorted(r["token"] for r in results if r["command"] == kind)
        stored = sorted(e["text"] for e in events if e["kind"] == kind)
        assert stored == sent
    assert len(events) == WRITERS * EACH
    assert view["urges"] == sum(1 for r in results if r["command"] == "urge")

    # Each checkpoint shown exactly once, while all that went on.
    ledger = query(db, "SELECT key, status, attempts FROM deliveries WHERE kind = 'checkpoint'")
    assert len(ledger) == CHECKPOINTS and all(status == "shown" and attempts == 1 for _, status, attempts in ledger)
    assert len(notifications(record)) == CHECKPOINTS
    assert view["notifications"] == {"shown": CHECKPOINTS, "failed": 0, "last_error": None}
    log = (pacer_home / "logs" / "daemon.log").read_text()
    assert "sync failed" not in log and "ERROR" not in log and "locked" not in log, log
    changes = log.count("change signalled")
    assert integrity(db) == "ok"
    slowest = max(r["seconds"] for r in results)
    print(
        f"\nconcurrency: {WRITERS} writers x {EACH} = {len(results)} writes in {writing:.1f}s while the daemon showed "
        f"{CHECKPOINTS} checkpoints and re-synced {changes} times; slowest write {slowest * 1000:.0f} ms; "
        "none lost, none twice, no errors"
    )


def test_first_use_by_many_at_once(tmp_path):
    """Eight `pacer start` on an empty data dir at the same moment: one database, one period, no "locked"."""
    rounds = 3
    for round_ in range(rounds):
        home = tmp_path / f"home{round_}"
        env = process_env(home)
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "pacer", "start", "1d", "--mode", "wait"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for _ in range(WRITERS)
        ]
        outcomes = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in processes]
        for p in processes:
            p.stdout.close()
            p.stderr.close()
        winners = [o for o in outcomes if o[0] == 0]
        assert len(winners) == 1, outcomes
        assert "Started a waiting period of 1 day" in winners[0][1]
        for code, stdout, stderr in outcomes:
            assert not leaks(stderr), stderr
            if code != 0:
                assert code == 1 and stderr.strip() == (
                    "Error: a period is already active; `pacer status` shows it and `pacer stop` ends it"
                ), stderr
        assert integrity(home / "pacer.db") == "ok"
        assert query(home / "pacer.db", "SELECT count(*) FROM periods") == [(1,)]


def _open_at_the_signal(directory: str, go, answers) -> None:
    from pacer.paths import Paths
    from pacer.store import Store

    go.wait()
    try:
        with Store.open(Paths(directory, directory, os.path.join(directory, "logs"))) as store, store.transaction():
            store.count_periods()
        answers.put(None)
    except Exception as error:
        answers.put(repr(error))


def test_many_open_a_new_database_at_the_same_instant(tmp_path):
    """The race behind the CLI test above, made tight: forked processes released at one instant.

    SQLite does not wait (no busy handler) when switching a new database to WAL;
    before store._switch_to_wal retried, about one round in four failed with "busy".
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    problems = []
    for round_ in range(40):
        directory = str(tmp_path / f"db{round_}")
        go, answers = context.Event(), context.Queue()
        workers = [context.Process(target=_open_at_the_signal, args=(directory, go, answers)) for _ in range(WRITERS)]
        for worker in workers:
            worker.start()
        time.sleep(0.02)
        go.set()
        for worker in workers:
            worker.join(timeout=60)
        problems += [answer for answer in (answers.get(timeout=5) for _ in workers) if answer]
    assert problems == []


if __name__ == "__main__":
    writer(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
