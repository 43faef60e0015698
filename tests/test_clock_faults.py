"""Clock faults: jumps forward and back, suspend/resume, a time-zone change, DST both ways.

Each checkpoint must be delivered exactly once and missed daily reminders
must never arrive as a burst.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, timedelta

import pytest
from freezegun import freeze_time

from pacer.paths import resolve
from pacer.store import Store
from tests.cli_helpers import run
from tests.daemon_helpers import Harness, write_config


@pytest.fixture
def harness():
    h = Harness()
    yield h
    h.close()


def shown_keys() -> Counter:
    with Store.open(resolve()) as store:
        period = store.active_period() or store.last_period()
        return Counter(k for k, row in store.ledger(period.id).items() if row.status == "shown")


def checkpoint_titles(h: Harness) -> list[str]:
    return [t for t in h.titles if t.startswith("Checkpoint")]


def test_clock_jumps_back_and_forth(pacer_home, harness):
    write_config(pacer_home, "[reminders]\ntimes = []\nquiet_hours = []\n")
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "4d", "--checkpoints", "1d,2d,3d").exit_code == 0
        frozen.tick(timedelta(days=1, minutes=1))
        harness.step()
        assert len(checkpoint_titles(harness)) == 1
        frozen.tick(-timedelta(days=2))  # someone sets the clock back two days
        for _ in range(5):
            harness.step()
        assert len(checkpoint_titles(harness)) == 1
        frozen.tick(timedelta(days=2))  # and forward again
        harness.step()
        assert len(checkpoint_titles(harness)) == 1  # day 1 was shown already
        frozen.tick(timedelta(days=2, hours=1))  # a jump over two checkpoints: the latest asks (issue 17.7)
        harness.step()
        harness.step()
    assert len(checkpoint_titles(harness)) == 2
    assert all(count == 1 for count in shown_keys().values())


def test_repeated_suspend_and_resume(pacer_home, harness):
    with freeze_time("2026-11-23 08:00:00") as frozen:
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
        harness.step()
        for hours in (5, 17, 30, 2, 49, 80, 11):  # awake a moment, asleep for hours
            frozen.tick(timedelta(hours=hours))
            harness.scheduler.step()
            harness.step()
            harness.step()
    keys = shown_keys()
    assert all(count == 1 for count in keys.values())
    assert len(checkpoint_titles(harness)) == 2  # day 3 and day 7 fell inside the 196 hours
    assert harness.titles.count("While you were away") <= 7  # at most one per wake-up, never a burst
    assert len(harness.titles) <= 7 + 2


def test_a_time_zone_change_while_running(pacer_home, harness, monkeypatch):
    with freeze_time("2026-11-23 08:00:00") as frozen:  # 09:00 Berlin
        assert run("start", "3d", "--checkpoints", "1d,2d").exit_code == 0
        for _ in range(12):
            frozen.tick(timedelta(hours=2))
            harness.step()
        monkeypatch.setenv("TZ", "America/New_York")  # the laptop flies west
        for _ in range(30):
            frozen.tick(timedelta(hours=2))
            harness.step()
    assert len(checkpoint_titles(harness)) == 3  # exact offsets: the same instants in any zone
    assert all(count == 1 for count in shown_keys().values())
    daily_per_day = Counter(k.split(":")[2][:10] for k in shown_keys() if ":daily:" in k)
    assert all(count <= 2 for count in daily_per_day.values())  # never more than the two daily times


@pytest.mark.parametrize(
    "start, daily",
    [
        ("2026-03-27 09:00:00", 8),  # 10:00 CET start; ends 11:00 CEST, after the last 10:00
        ("2026-10-23 09:00:00", 7),  # 11:00 CEST start; ends 10:00 CET, so no last 10:00
    ],
)
def test_dst_both_ways_every_checkpoint_once(pacer_home, harness, start, daily):
    with freeze_time(start) as frozen:
        assert run("start", "4d", "--checkpoints", "1d,2d,3d").exit_code == 0
        for _ in range(4 * 24 * 2):  # every half hour for four days, through the change
            frozen.tick(timedelta(minutes=30))
            harness.step()
    assert len(checkpoint_titles(harness)) == 4
    keys = shown_keys()
    assert all(count == 1 for count in keys.values())
    # 10:00 and 20:30 each day, none twice: a daily reminder, or a milestone in its place (day 1, day 3, the end)
    assert sum(1 for k in keys if ":daily:" in k or ":milestone:" in k) == daily
    assert sum(1 for k in keys if ":milestone:" in k) == 3


def test_a_checkpoint_that_came_due_during_sleep_waits_for_the_end_of_quiet_hours(pacer_home, harness):
    """Asleep when it came due at 21:00, awake at 03:00 (quiet hours 22:30-08:00, Berlin): shown at 08:00, not 03:00."""
    write_config(pacer_home, '[reminders]\ntimes = []\nquiet_hours = ["22:30", "08:00"]\n')
    with freeze_time("2026-11-23 10:00:00") as frozen:  # 11:00 in Berlin
        assert run("start", "3d", "--checkpoints", "10h").exit_code == 0  # due at 21:00, outside quiet hours
        harness.step()
        frozen.tick(timedelta(hours=16))  # the computer slept through 21:00 and wakes at 03:00
        for _ in range(3):
            harness.step()
        assert checkpoint_titles(harness) == []
        frozen.tick(timedelta(hours=4, minutes=59))  # 07:59
        harness.step()
        assert checkpoint_titles(harness) == []
        frozen.tick(timedelta(minutes=1, seconds=1))  # 08:00:01
        harness.step()
        harness.step()
    assert len(checkpoint_titles(harness)) == 1
    assert all(count == 1 for count in shown_keys().values())


def test_what_a_killed_daemon_was_showing_is_counted_as_not_shown_and_never_repeated(pacer_home, harness):
    write_config(pacer_home, "[reminders]\ntimes = []\nquiet_hours = []\n")
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "1d").exit_code == 0
        frozen.tick(timedelta(days=1, minutes=1))
        with Store.open(resolve()) as store, store.transaction():  # claimed, then the daemon died (kill -9)
            period = store.active_period()
            key = f"{period.id}:checkpoint:86400"
            now = frozen().replace(tzinfo=UTC)
            assert store.claim_delivery(key, period.id, "checkpoint", now, now, "Checkpoint")
        harness.service.mark_interrupted()  # what a new daemon does first
        for _ in range(3):
            frozen.tick(timedelta(minutes=10))
            harness.step()
        assert checkpoint_titles(harness) == []  # at most once: it may have appeared
        view = json.loads(run("status", "--json").stdout)
    assert view["notifications"]["failed"] == 1
    assert view["notifications"]["last_error"].startswith("interrupted: the reminder service stopped")
    assert "could not be shown" in run("status").stdout


def test_keep_waiting_after_the_end_brings_no_while_you_were_away_note(pacer_home, harness):
    """The days between the end and the answer were not in the period: nothing of them was missed."""
    write_config(pacer_home, '[reminders]\ntimes = ["10:00", "20:30"]\nquiet_hours = []\n')
    with freeze_time("2026-11-23 08:00:00") as frozen:
        assert run("start", "7d", "--mode", "wait").exit_code == 0
        for _ in range(9 * 24):  # the daemon runs on through the end and two more days
            frozen.tick(timedelta(hours=1))
            harness.step()
        before = list(harness.titles)
        assert run("checkpoint", "--choice", "wait").exit_code == 0
        for _ in range(3):
            frozen.tick(timedelta(minutes=1))
            harness.step()
    assert harness.titles == before  # nothing at all: not a "While you were away" note for the gap


def test_a_checkpoint_answered_while_quiet_hours_held_it_is_not_shown_after_them(pacer_home, harness):
    write_config(pacer_home, '[reminders]\ntimes = []\nquiet_hours = ["22:00", "08:00"]\n')
    with freeze_time("2026-11-23 10:00:00") as frozen:  # 11:00 in Berlin; the 10h checkpoint comes at 21:00
        assert run("start", "2d", "--mode", "wait", "--checkpoints", "10h").exit_code == 0
        harness.step()
        frozen.tick(timedelta(hours=12))  # slept through 21:00; awake at 23:00, in quiet hours
        harness.step()
        assert checkpoint_titles(harness) == []
        answered = run("checkpoint", "--choice", "wait")  # they open pacer themselves and answer it
        assert answered.exit_code == 0, answered.output
        frozen.tick(timedelta(hours=9, minutes=1))  # 08:01
        harness.step()
        harness.step()
        assert checkpoint_titles(harness) == []  # answered: no question about it any more
        frozen.tick(timedelta(days=1, hours=3))  # past the end, two days in: that one is new, and asked
        harness.step()
    assert len(checkpoint_titles(harness)) == 1
