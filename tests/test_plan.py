"""The plan: pure, DST-correct, quiet hours defer checkpoints and skip daily reminders."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from pacer import config
from pacer.period import new_period
from pacer.plan import Pause, plan

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
D = timedelta(days=1)


def settings(times=("10:00", "20:30"), quiet=("22:30", "08:00")):
    base = config.load(Path("/nonexistent/config.toml"))
    values = dict(base.values)
    values["reminders.times"] = tuple(time.fromisoformat(t) for t in times)
    values["reminders.quiet_hours"] = tuple(time.fromisoformat(t) for t in quiet) if quiet else None
    return config.Settings(values=values, raw=base.raw)


def period(start, length, checkpoints=(), pid=1):
    return new_period(mode="no-contact", length=length, checkpoints=list(checkpoints) or None,
                      default_checkpoints=(), started_at=start).with_id(pid)


def daily(reminders):
    return [r for r in reminders if r.kind == "daily"]


def test_daily_reminders_at_local_wall_times_and_keys_are_stable():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    reminders = plan(period(start, 3 * D), settings(), BERLIN)
    times = [(r.at.strftime("%m-%d %H:%M")) for r in daily(reminders)]
    # Two of the six reminder times carry a milestone instead: day 1 (the first after it) and the end (the last before it).
    assert times == ["11-23 10:00", "11-23 20:30", "11-24 20:30", "11-25 10:00"]
    milestones = [(r.key, r.at.strftime("%m-%d %H:%M")) for r in reminders if r.kind == "milestone"]
    assert milestones == [("1:milestone:1", "11-24 10:00"), ("1:milestone:end", "11-25 20:30")]
    assert [r.number for r in daily(reminders)] == list(range(4))
    assert plan(period(start, 3 * D), settings(), BERLIN) == reminders
    assert len({r.key for r in reminders}) == len(reminders)
    assert all(r.at.tzinfo is not None for r in reminders)


def test_the_plan_never_reads_the_clock():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    with freeze_time("2030-01-01 00:00:00"):
        frozen_far = plan(period(start, 5 * D, [D]), settings(), BERLIN)
    with freeze_time("2026-11-24 12:00:00"):
        frozen_near = plan(period(start, 5 * D, [D]), settings(), BERLIN)
    assert frozen_far == frozen_near


def test_checkpoints_at_exact_offsets_and_the_end():
    start = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    reminders = plan(period(start, 14 * D, [3 * D, 7 * D]), settings(quiet=None), BERLIN)
    checkpoints = [r for r in reminders if r.kind == "checkpoint"]
    assert [r.at for r in checkpoints] == [start + 3 * D, start + 7 * D, start + 14 * D]
    assert [r.final for r in checkpoints] == [False, False, True]
    assert [r.number for r in checkpoints] == [1, 2, 3]


@pytest.mark.parametrize(
    "zone, spring_day, fall_day",
    [(BERLIN, datetime(2026, 3, 29), datetime(2026, 10, 25)), (NEW_YORK, datetime(2026, 3, 8), datetime(2026, 11, 1))],
)
def test_dst_wall_times_stay_put(zone, spring_day, fall_day):
    for day in (spring_day, fall_day):
        start = (day - D).replace(hour=12, tzinfo=zone)
        # Every reminder time, whether a daily reminder or a milestone speaks at it.
        reminders = [r for r in plan(period(start, 3 * D), settings(), zone) if r.kind in ("daily", "milestone")]
        assert {r.at.strftime("%H:%M") for r in reminders} == {"10:00", "20:30"}
        # 24 hours of wall time apart is not 24 real hours on the change day
        before, after = reminders[0], reminders[2]  # 20:30 before and on the change day
        assert after.at.strftime("%H:%M") == before.at.strftime("%H:%M")
        real = after.at.astimezone(UTC) - before.at.astimezone(UTC)
        assert real in (timedelta(hours=23), timedelta(hours=25))


@pytest.mark.parametrize(
    "zone, fall_day, ambiguous",
    [(BERLIN, datetime(2026, 10, 25), "02:30"), (NEW_YORK, datetime(2026, 11, 1), "01:30")],
)
def test_a_time_that_happens_twice_fires_once(zone, fall_day, ambiguous):
    start = (fall_day - D).replace(hour=12, tzinfo=zone)
    reminders = daily(plan(period(start, 2 * D), settings(times=(ambiguous,), quiet=None), zone))
    on_the_day = [r for r in reminders if r.at.date() == fall_day.date()]
    assert len(on_the_day) == 1
    assert on_the_day[0].at.fold == 0  # the first of the two


@pytest.mark.parametrize(
    "zone, spring_day, missing, shown",
    [(BERLIN, datetime(2026, 3, 29), "02:30", "03:30"), (NEW_YORK, datetime(2026, 3, 8), "02:30", "03:30")],
)
def test_a_time_that_does_not_exist_moves_forward_once(zone, spring_day, missing, shown):
    start = (spring_day - D).replace(hour=12, tzinfo=zone)
    reminders = daily(plan(period(start, 2 * D), settings(times=(missing,), quiet=None), zone))
    on_the_day = [r for r in reminders if r.at.date() == spring_day.date()]
    assert [r.at.strftime("%H:%M") for r in on_the_day] == [shown]


def test_checkpoint_offsets_are_exact_elapsed_time_across_dst():
    start = datetime(2026, 10, 24, 19, 0, tzinfo=BERLIN)
    reminders = plan(period(start, 3 * D, [D]), settings(quiet=None), BERLIN)
    first = next(r for r in reminders if r.kind == "checkpoint")
    assert first.at.astimezone(UTC) - start.astimezone(UTC) == D
    assert first.at.strftime("%H:%M") == "18:00"  # the clocks went back an hour


def test_quiet_hours_defer_a_checkpoint_to_their_end_never_drop_it():
    start = datetime(2026, 11, 23, 23, 0, tzinfo=BERLIN)  # checkpoints at 23:00 fall in 22:30-08:00
    reminders = plan(period(start, 3 * D, [D]), settings(), BERLIN)
    checkpoints = [r for r in reminders if r.kind == "checkpoint"]
    assert len(checkpoints) == 2
    for r in checkpoints:
        assert r.at.strftime("%H:%M") == "08:00"
        assert r.at > r.due and r.deferred
        assert r.at - r.due == timedelta(hours=9)


def test_quiet_hours_inside_one_day():
    start = datetime(2026, 11, 23, 13, 0, tzinfo=BERLIN)
    reminders = plan(period(start, 2 * D, [D]), settings(quiet=("12:00", "14:30")), BERLIN)
    cp = next(r for r in reminders if r.kind == "checkpoint")
    assert cp.at == datetime(2026, 11, 24, 14, 30, tzinfo=BERLIN)


def test_quiet_hours_across_dst_end_at_local_wall_time():
    start = datetime(2026, 10, 24, 23, 30, tzinfo=BERLIN)
    reminders = plan(period(start, 2 * D, [D]), settings(), BERLIN)
    cp = next(r for r in reminders if r.kind == "checkpoint")
    assert cp.due.strftime("%H:%M") == "22:30"  # 24 real hours later, the clock went back
    assert cp.at == datetime(2026, 10, 26, 8, 0, tzinfo=BERLIN)


def test_daily_reminders_inside_quiet_hours_are_skipped():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    reminders = daily(plan(period(start, 2 * D), settings(times=("07:00", "12:00", "23:00")), BERLIN))
    assert {r.at.strftime("%H:%M") for r in reminders} == {"12:00"}


def test_no_quiet_hours_and_no_daily_times():
    start = datetime(2026, 11, 23, 23, 0, tzinfo=BERLIN)
    reminders = plan(period(start, 2 * D, [D]), settings(times=(), quiet=None), BERLIN)
    assert [r.kind for r in reminders] == ["checkpoint", "checkpoint"]
    assert reminders[0].at.strftime("%H:%M") == "23:00"


def test_a_pause_holds_daily_reminders_and_defers_checkpoints():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    pause = Pause(start + timedelta(hours=2), start + 2 * D)
    reminders = plan(period(start, 4 * D, [D]), settings(quiet=None), BERLIN, pauses=[pause])
    assert all(not pause.covers(r.at) for r in daily(reminders))
    cp = next(r for r in reminders if r.kind == "checkpoint")
    assert cp.at == pause.end and cp.due == start + D


def test_seconds_long_periods_for_tests():
    start = datetime(2026, 11, 23, 12, 0, 0, tzinfo=BERLIN)
    reminders = plan(period(start, timedelta(seconds=10), [timedelta(seconds=3)]), settings(), BERLIN)
    assert [(r.kind, (r.at - start).seconds) for r in reminders] == [("checkpoint", 3), ("checkpoint", 10)]


def test_aftercare_follows_moving_on_for_a_week():

    start = datetime(2026, 11, 1, 9, 0, tzinfo=BERLIN)
    ended = period(start, 30 * D)._replace(ended_at=datetime(2026, 11, 10, 15, 0, tzinfo=BERLIN), outcome="moved-on")
    reminders = plan(ended, settings(), BERLIN)
    aftercare = [r for r in reminders if r.kind == "aftercare"]
    assert [r.at.day for r in aftercare] == list(range(11, 18))
    assert all(r.at.strftime("%H:%M") == "10:00" for r in aftercare)
    assert all(r.at <= ended.ended_at for r in daily(reminders))


def test_a_year_long_plan_is_quick():
    import time as systime

    start = datetime(2026, 1, 1, 9, 0, tzinfo=BERLIN)
    began = systime.perf_counter()
    reminders = plan(period(start, 365 * D, [7 * D]), settings(), BERLIN)
    assert len(daily(reminders)) > 500
    assert systime.perf_counter() - began < 0.5
