"""pacer.plan.reminders: the plan one reminder at a time, in time order; `pacer status` reads only what it shows."""

import random
from datetime import UTC, datetime, timedelta
from itertools import islice

import pytest

from pacer.commands.status import _ahead
from pacer.env import load_env
from pacer.plan import Pause, pending_checkpoint, plan, reminders, upcoming
from pacer.store import Store
from tests.cli_helpers import run
from tests.test_plan import BERLIN, NEW_YORK, D, period, settings

H = timedelta(hours=1)


def shaped(zone, times=("20:30", "10:00", "08:15")):
    """A period across a daylight-saving change, with every kind of reminder the plan merges."""
    start = datetime(2026, 10, 20, 9, 0, tzinfo=zone)
    the_period = period(start, 30 * D, [3 * D, 7 * D + 13 * H, 14 * D])
    kwargs = dict(
        pauses=[Pause(start + 4 * D, start + 5 * D + 3 * H)],
        check_ins=[("u1", start + 2 * D + 3 * H), ("u2", start + 9 * D)],
        sealed=[("d1", start + 6 * D + 22 * H)],
        safety_times=[("s1", start + 11 * D + 5 * H)],
    )
    return the_period, settings(times=times), kwargs


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, UTC])
def test_the_reminders_come_in_time_order_and_make_the_whole_plan(zone):
    the_period, the_settings, kwargs = shaped(zone)
    full = plan(the_period, the_settings, zone, **kwargs)
    assert full == sorted(full, key=lambda r: (r.at, r.key))
    assert {r.kind for r in full} >= {"daily", "checkpoint", "milestone", "check-in", "draft", "safety-check-in"}
    assert list(islice(reminders(the_period, the_settings, zone, **kwargs), 7)) == full[:7]
    # The daily reminders are counted in the order of the day's reminder times, as they were before.
    dailies = [r for r in full if r.kind == "daily"]
    assert sorted(r.number for r in dailies) == list(range(len(dailies)))
    first_day = [r for r in dailies if r.at.date() == dailies[0].at.date()]
    assert [r.at.strftime("%H:%M") for r in first_day] == ["10:00", "20:30"]
    assert [r.number for r in first_day] == [1, 0]  # 20:30 is the first reminder time in the settings


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK])
def test_status_reads_what_the_whole_plan_says(zone):
    the_period, the_settings, kwargs = shaped(zone)
    full = plan(the_period, the_settings, zone, **kwargs)
    picks = random.Random(7)
    for hours in range(-5, 32 * 24, 5):
        now = the_period.started_at + hours * H
        delivered = {r.key for r in full if r.at <= now + picks.choice((-H, 0 * H, 9 * H))}
        answered_at = now - picks.choice((H, 5 * D)) if picks.random() < 0.3 else None
        waiting = [r for r in full if r.key not in delivered]
        checkpoints, nxt, next_cp = _ahead(iter(full), delivered, now)
        assert nxt == upcoming(waiting, now)
        assert next_cp == upcoming((r for r in waiting if r.kind == "checkpoint"), now)
        assert pending_checkpoint(checkpoints, answered_at, now) == pending_checkpoint(full, answered_at, now)


def test_status_stops_reading_the_plan_after_the_next_checkpoint():
    the_period, the_settings, kwargs = shaped(BERLIN)
    full = plan(the_period, the_settings, BERLIN, **kwargs)
    read = []

    def counted():
        for reminder in reminders(the_period, the_settings, BERLIN, **kwargs):
            read.append(reminder)
            yield reminder

    now = the_period.started_at + H
    checkpoints, nxt, next_cp = _ahead(counted(), set(), now)
    assert next_cp is not None and next_cp.number == 1
    assert nxt is not None and nxt == upcoming(full, now)
    assert read == full[: len(read)] and len(read) < len(full) / 3


def test_the_event_summary_says_what_first_last_and_count_events_say(pacer_home):
    assert run("start", "30d", "--mode", "no-contact").exit_code == 0
    began = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    with Store.open(load_env().paths) as store:
        pid = store.active_period().stored_id
        for hours, kind in [(5, "urge"), (1, "urge"), (3, "slip"), (3, "slip"), (9, "decision"), (2, "reach-out"),
                            (7, "urge"), (2, "heard-back"), (4, "note")]:
            store.add_event(pid, kind, began + hours * H, outcome="passed" if hours == 1 else None)
        summary = store.event_summary(pid)
        assert set(summary) == {"urge", "slip", "decision", "reach-out", "heard-back", "note"}
        for kind, (count, first, last) in summary.items():
            assert count == store.count_events(pid, kind)
            assert first == store.first_event(pid, kind).at and last == store.last_event(pid, kind).at
        assert summary["urge"] == (3, began + H, began + 7 * H)
        assert store.event_summary(pid + 1) == {}
