"""Milestones: day 1, 3, 7, 14, 30, 60, 90, ... and the end; one warm, discreet notification each, kept through slips."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from pacer import config
from pacer.domain import ReminderKind
from pacer.paths import resolve
from pacer.period import new_period
from pacer.plan import milestone_days, milestone_stage, milestones_reached, plan
from pacer.store import Store
from tests.cli_helpers import run
from tests.daemon_helpers import Harness, write_config

BERLIN = ZoneInfo("Europe/Berlin")
D = timedelta(days=1)
START = datetime(2026, 11, 23, 19, 0, tzinfo=BERLIN)


def settings(times=("10:00", "20:30"), quiet=("22:30", "08:00")):
    base = config.load(Path("/nonexistent/config.toml"))
    values = dict(base.values)
    values["reminders.times"] = tuple(time.fromisoformat(t) for t in times)
    values["reminders.quiet_hours"] = tuple(time.fromisoformat(t) for t in quiet) if quiet else None
    return config.Settings(values=values, raw=base.raw)


def period(length, checkpoints=(), **changes):
    made = new_period(mode="no-contact", length=length, checkpoints=list(checkpoints) or None,
                      default_checkpoints=(3 * D, 7 * D, 14 * D, 30 * D), started_at=START).with_id(1)
    return made._replace(**changes)


def milestones(reminders):
    return [(r.key, r.at.strftime("%m-%d %H:%M"), r.due.strftime("%m-%d %H:%M")) for r in reminders
            if r.kind == ReminderKind.MILESTONE]


def test_which_days():
    assert list(milestone_days(365 * D)) == [1, 3, 7, 14, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360]
    assert list(milestone_days(30 * D)) == [1, 3, 7, 14]  # day 30 is the end
    assert list(milestone_days(36 * timedelta(hours=1))) == [1]
    assert list(milestone_days(timedelta(hours=6))) == []


def test_a_milestone_takes_the_place_of_the_next_daily_reminder_and_never_comes_with_a_checkpoint():
    reminders = plan(period(14 * D), settings(), BERLIN)
    assert milestones(reminders) == [
        ("1:milestone:1", "11-24 20:30", "11-24 19:00"),  # reached at 19:00, said with the next reminder
        ("1:milestone:3", "11-26 20:30", "11-26 19:00"),  # the day-3 checkpoint speaks at 19:00 alone
        ("1:milestone:7", "11-30 20:30", "11-30 19:00"),
        ("1:milestone:end", "12-07 10:00", "12-07 19:00"),  # the last reminder before the end's checkpoint
    ]
    moments = [r.at for r in reminders if r.kind in (ReminderKind.MILESTONE, ReminderKind.DAILY, ReminderKind.CHECKPOINT)]
    assert len(moments) == len(set(moments)), "two notifications at the same moment"
    assert plan(period(14 * D), settings(), BERLIN) == reminders  # stable keys and times


def test_stages_follow_the_day():
    reminders = [r for r in plan(period(365 * D), settings(), BERLIN) if r.kind == ReminderKind.MILESTONE]
    stages = {r.key.split(":")[-1]: milestone_stage(r) for r in reminders}
    assert stages["1"] == "day-1" and stages["30"] == "day-30" and stages["60"] == "months"
    assert stages["360"] == "months" and stages["end"] == "end"


def test_without_reminder_times_at_the_moment_itself_unless_a_checkpoint_speaks_then():
    reminders = plan(period(14 * D), settings(times=(), quiet=None), BERLIN)
    # Day 1 alone at its moment; day 3, day 7 and the end fall on checkpoints, which speak for them.
    assert milestones(reminders) == [("1:milestone:1", "11-24 19:00", "11-24 19:00")]


def test_quiet_hours_and_pauses_move_a_milestone_they_never_drop_it():
    from pacer.plan import Pause

    quiet_start = period(14 * D)._replace(started_at=datetime(2026, 11, 23, 23, 0, tzinfo=BERLIN).astimezone(UTC))
    reminders = plan(quiet_start, settings(times=(), quiet=("22:30", "08:00")), BERLIN)
    assert ("1:milestone:1", "11-25 08:00", "11-24 23:00") in milestones(reminders)
    # A pause holds every reminder time in the day after day 1: it comes at the pause's end instead.
    paused = plan(period(14 * D), settings(), BERLIN, pauses=[Pause(START + D, START + 2 * D)])
    assert ("1:milestone:1", "11-25 19:00", "11-24 19:00") in milestones(paused)


def test_only_milestones_reached_before_the_period_ended():
    ended = period(14 * D, ended_at=(START + 5 * D).astimezone(UTC), outcome="moved-on")
    keys = [m[0] for m in milestones(plan(ended, settings(), BERLIN))]
    assert keys == ["1:milestone:1", "1:milestone:3"]
    reached = milestones_reached(ended, START + 9 * D)
    assert [(day, end) for _, day, end in reached] == [(1, False), (3, False)]
    assert [(day, end) for _, day, end in milestones_reached(period(14 * D), START + 15 * D)] == [
        (1, False), (3, False), (7, False), (14, True)]


def test_a_slip_never_takes_a_milestone_away():
    with freeze_time("2026-11-23 18:00:00"):
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
    env_paths = resolve()

    def planned():
        from pacer.env import load_env
        from pacer.session import period_plan

        env = load_env()
        with Store.open(env_paths) as store:
            return [r for r in period_plan(store, store.active_period(), env) if r.kind == ReminderKind.MILESTONE]

    before = planned()
    with freeze_time("2026-11-27 20:00:00"):
        assert run("slipped", "--note", "sent a message").exit_code == 0
        after = planned()
        journal = run("journal").stdout
    assert after == before
    assert "Milestone: day 1, a day since you began" in journal and "Milestone: day 3, 3 days since you began" in journal


def test_the_daemon_shows_each_milestone_once_warmly_and_discreetly(pacer_home):
    write_config(pacer_home, '[reminders]\ntimes = ["10:00", "20:30"]\ndiscreet = false\n')
    harness = Harness()
    try:
        with freeze_time("2026-11-23 18:00:00") as frozen:
            assert run("start", "14d", "--mode", "no-contact", "--label", "Sam", "--reason", "I deserve calm").exit_code == 0
            for _ in range(8 * 48):  # eight days, every half hour
                frozen.tick(timedelta(minutes=30))
                harness.step()
            harness.step()  # a restart would find nothing new to say
    finally:
        harness.close()
    with Store.open(resolve()) as store:
        ledger = store.ledger(1)
    shown = sorted(k for k, row in ledger.items() if k.startswith("1:milestone:") and row.status == "shown")
    assert shown == ["1:milestone:1", "1:milestone:3", "1:milestone:7"]
    from pacer.env import load_env
    from pacer.words.rotation import load

    library, _ = load(load_env())
    titles = {e.title: e for e in library.entries("milestone")}
    said = [(t, b) for t, b in harness.notifier.sent if t in titles]
    assert len(said) == 3
    for title, body in said:
        assert body == titles[title].text  # pacer's words alone: no label, no reason, nothing of theirs
        assert "Sam" not in title + body and "deserve calm" not in body


def test_a_milestone_missed_by_more_than_a_day_is_left_unsaid(pacer_home):
    harness = Harness()
    try:
        with freeze_time("2026-11-23 18:00:00") as frozen:
            assert run("start", "14d", "--mode", "no-contact").exit_code == 0
            harness.step()
            frozen.tick(timedelta(days=2, hours=3))  # the day-1 milestone (24 Nov 20:30) is a day stale
            harness.step()
    finally:
        harness.close()
    with Store.open(resolve()) as store:
        assert store.ledger(1)["1:milestone:1"].status == "skipped"


@pytest.mark.parametrize("mode", ["wait", "no-contact"])
def test_wait_mode_has_milestones_too(mode):
    made = new_period(mode=mode, length=3 * D, checkpoints=None, default_checkpoints=(), started_at=START).with_id(1)
    keys = [m[0] for m in milestones(plan(made, settings(), BERLIN))]
    assert keys == ["1:milestone:1", "1:milestone:end"]
