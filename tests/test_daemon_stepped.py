"""The daemon stepped under a frozen clock: on time, after sleep, after restarts, across DST."""

from __future__ import annotations

from datetime import timedelta

import pytest
from freezegun import freeze_time

from pacer.paths import resolve
from pacer.store import Store
from tests.cli_helpers import run, status_json
from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, write_config

S = timedelta(seconds=1)


@pytest.fixture
def harness():
    h = Harness()
    yield h
    h.close()


def ledger():
    with Store.open(resolve()) as store:
        period = store.active_period() or store.last_period()
        return store.ledger(period.id)


def test_checkpoints_fire_on_time_through_scheduler_jobs(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "30s", "--checkpoints", "10s,20s").exit_code == 0
        harness.service.sync()
        assert len(harness.scheduler.get_jobs()) == 3
        frozen.tick(9 * S)
        harness.scheduler.step()
        assert harness.titles == []
        for expected in (1, 2, 3):
            frozen.tick(10 * S if expected > 1 else 1 * S)
            harness.scheduler.step()
            assert len(harness.titles) == expected
        assert all(title.startswith("Checkpoint") for title in harness.titles)
        assert all("pacer checkpoint" in body for _, body in harness.notifier.sent)
        harness.step()
        assert len(harness.titles) == 3 and harness.scheduler.get_jobs() == []
        assert status_json()["notifications"] == {"shown": 3, "failed": 0, "last_error": None}


def test_sleep_then_resume_delivers_each_due_checkpoint_once_and_no_burst(pacer_home, harness):
    with freeze_time("2026-11-23 09:00:00") as frozen:  # 10:00 in Berlin
        assert run("start", "14d", "--mode", "no-contact").exit_code == 0
        harness.step()
        # The laptop sleeps for 8 days: no job ran, the wall clock jumps.
        frozen.tick(timedelta(days=8))
        harness.scheduler.step()  # APScheduler wakes with every job late
        harness.step()
        harness.step()
    titles = harness.titles
    assert titles.count("While you were away") == 0  # the checkpoints spoke instead
    # Day 3 and day 7 were both missed: one question, the latest (issue 17.7); day 3 is folded into it.
    assert len([t for t in titles if t.startswith("Checkpoint")]) == 1
    shown = {k for k, row in ledger().items() if row.status == "shown"}
    assert "1:checkpoint:604800" in shown and ledger()["1:checkpoint:259200"].status == "skipped"
    assert len(titles) == len(shown)


def test_down_for_days_without_a_checkpoint_gives_one_catch_up(pacer_home, harness):
    with freeze_time("2026-11-23 08:00:00") as frozen:  # 09:00 Berlin
        assert run("start", "30d", "--checkpoints", "20d").exit_code == 0
        harness.step()
        frozen.tick(timedelta(days=2, hours=2))  # 11:00 on day 3
        harness.step()
        harness.step()
    assert harness.titles == ["While you were away"]
    skipped = sorted(k.split(":", 2)[1] for k, row in ledger().items() if row.status == "skipped")
    # four missed daily reminders, one shown as the catch-up; the day-1 milestone (24 Nov 10:00) is a day stale
    assert skipped == ["daily", "daily", "daily", "milestone"]


def test_a_milestone_that_comes_due_speaks_instead_of_a_catch_up(pacer_home, harness):
    with freeze_time("2026-11-23 08:00:00") as frozen:  # 09:00 Berlin
        assert run("start", "30d", "--checkpoints", "20d").exit_code == 0
        harness.step()
        frozen.tick(timedelta(days=3, hours=2))  # 11:00 on day 4: the day-3 milestone came at 10:00
        harness.step()
        harness.step()
    assert harness.titles in (["Three days"], ["Three days in"])
    shown = [k for k, row in ledger().items() if row.status == "shown"]
    assert shown == ["1:milestone:3"]


def test_a_restart_repeats_nothing(pacer_home):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1m", "--checkpoints", "10s,20s").exit_code == 0
        first = Harness()
        frozen.tick(25 * S)
        first.step()
        assert len(first.titles) == 2
        first.close()  # the daemon dies (the ledger is all that survives)
        second = Harness()
        second.step()
        frozen.tick(10 * S)
        second.step()
        assert second.titles == []
        frozen.tick(30 * S)
        second.step()
        assert len(second.titles) == 1  # only the end
        second.close()


def test_a_time_that_happens_twice_fires_once(pacer_home, harness):
    write_config(pacer_home, '[reminders]\ntimes = ["02:30"]\nquiet_hours = []\n')
    with freeze_time("2026-10-24 10:00:00") as frozen:  # the night Berlin's clocks go back
        assert run("start", "3d", "--checkpoints", "2d").exit_code == 0
        harness.step()
        frozen.move_to("2026-10-24 23:00:00")  # 01:00 CEST
        for _ in range(24):  # through the night, ten minutes at a time
            frozen.tick(timedelta(minutes=10))
            harness.step()
    assert harness.notifier.sent and len(harness.notifier.sent) == 1


def test_quiet_hours_defer_a_checkpoint_and_never_drop_it(pacer_home, harness):
    with freeze_time("2026-11-23 22:00:00") as frozen:  # 23:00 Berlin, inside 22:30-08:00
        assert run("start", "3d", "--checkpoints", "1d").exit_code == 0
        frozen.tick(timedelta(days=1))
        harness.step()
        assert harness.titles == []  # 23:00: quiet
        frozen.move_to("2026-11-25 06:59:00")  # 07:59 Berlin
        harness.step()
        assert harness.titles == []
        frozen.tick(2 * 60 * S)  # 08:01
        harness.step()
        assert [t for t in harness.titles if t.startswith("Checkpoint")] and len(harness.titles) == 1


def test_a_failure_is_recorded_shown_in_status_and_the_checkpoint_retried(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10s").exit_code == 0
        harness.notifier.fail_with = "no notification server on the session bus"
        frozen.tick(11 * S)
        harness.step()
        view = status_json()
        assert view["notifications"] == {"shown": 0, "failed": 1, "last_error": "no notification server on the session bus"}
        assert "could not be shown" in run("status").stdout and "pacer doctor" in run("status").stdout
        harness.notifier.fail_with = None
        frozen.tick(timedelta(minutes=6))
        harness.step()
        assert len(harness.titles) == 1
        assert status_json()["notifications"]["shown"] == 1


def test_a_hanging_notifier_cannot_stall_the_daemon(pacer_home):
    import time

    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    h = Harness(send_timeout=0.2)
    h.notifier.hang_for = 3
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10s").exit_code == 0
        frozen.tick(11 * S)
        began = time.monotonic()
        result = h.service.sync()
        assert time.monotonic() - began < 2
    assert result.failed == 1
    assert "did not answer" in status_json()["notifications"]["last_error"]
    h.close()


def test_notifications_are_discreet(pacer_home, harness):
    secret_label, secret_reason = "Sam from work", "they hurt me and I keep checking their profile"
    with freeze_time("2026-11-23 08:00:00") as frozen:
        assert run("start", "14d", "--mode", "no-contact", "--label", secret_label, "--reason", secret_reason).exit_code == 0
        for _ in range(14 * 4):
            frozen.tick(timedelta(hours=6))
            harness.step()
    assert len(harness.notifier.sent) > 20
    for title, body in harness.notifier.sent:
        assert len(title) <= 40 and len(body) <= 180
        for text in (title, body):
            assert secret_label not in text and secret_reason not in text
            assert "no contact" not in text.lower() and "no-contact" not in text.lower()
    # daily reminders alternate encouragement and self-care, and do not repeat
    bodies = [body for title, body in harness.notifier.sent if not title.startswith("Checkpoint")]
    assert len(set(bodies)) == len(bodies)


def test_a_stopped_period_gets_no_more_reminders(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10s").exit_code == 0
        harness.step()
        assert run("stop", "--yes").exit_code == 0
        frozen.tick(timedelta(hours=2))
        harness.step()
    assert harness.titles == [] and harness.scheduler.get_jobs() == []


def test_moving_on_brings_a_week_of_aftercare(pacer_home, harness):
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "30d").exit_code == 0
        assert run("stop", "--outcome", "moved-on", "--yes").exit_code == 0
        for _ in range(10 * 24):
            frozen.tick(timedelta(hours=1))
            harness.step()
    assert len(harness.notifier.sent) == 7


def test_a_config_broken_while_running_does_not_stop_the_reminders(pacer_home, harness):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10m").exit_code == 0
        harness.step()
        (pacer_home / "config.toml").write_text("[reminders\n")  # a typo, saved while the daemon runs
        frozen.tick(timedelta(minutes=11))
        harness.step()
    assert len(harness.titles) == 1 and harness.titles[0].startswith("Checkpoint")


def test_the_words_do_not_repeat_across_a_daemon_restart(pacer_home):
    first, second = Harness(), Harness()
    second.service._rng.seed(99)  # a new process would not share the first one's random state
    with freeze_time("2026-11-23 08:00:00") as frozen:
        assert run("start", "30d", "--checkpoints", "29d").exit_code == 0
        for harness in (first, second):  # the daemon is restarted after ten days
            for _ in range(10 * 4):
                frozen.tick(timedelta(hours=6))
                harness.step()
            harness.close()
    bodies = [body for h in (first, second) for _, body in h.notifier.sent]
    assert len(bodies) == 40  # 20 kind words and 20 small self-care steps
    assert len(set(bodies)) == len(bodies)


def _checkpoint_and_daily(pacer_home, discreet_line: str, label: str) -> list[tuple[str, str]]:
    """What a 1h checkpoint and the 10:00 daily reminder say, for a period with `label` and one reason."""
    write_config(pacer_home, f'[reminders]\ntimes = ["10:00"]\nquiet_hours = []\n{discreet_line}')
    harness = Harness()
    try:
        with freeze_time("2026-11-23 08:00:00") as frozen:  # 09:00 in Berlin
            assert run("start", "3d", "--checkpoints", "1h", "--label", label, "--reason", "I deserve calm").exit_code == 0
            frozen.tick(timedelta(hours=1, seconds=1))  # both at 10:00
            harness.step()
            harness.step()
    finally:
        harness.close()
    assert len(harness.notifier.sent) == 2
    return harness.notifier.sent


def test_not_discreet_the_label_and_a_reason_of_their_own_appear_within_the_limits(pacer_home):
    sent = _checkpoint_and_daily(pacer_home, "discreet = false\n", "Sam, and everything that summer meant to me")
    [checkpoint] = [title for title, _ in sent if title.startswith("Checkpoint")]
    assert " · Sam" in checkpoint and checkpoint.endswith("…") and len(checkpoint) <= 40
    [daily] = [body for title, body in sent if not title.startswith("Checkpoint")]
    assert daily.endswith("You wrote: “I deserve calm”") and len(daily) <= 180


def test_discreet_by_default_nothing_of_theirs_appears(pacer_home):
    for title, body in _checkpoint_and_daily(pacer_home, "", "Sam"):
        assert "Sam" not in title + body and "deserve calm" not in body


def test_a_checkpoint_answered_while_quiet_hours_held_it_is_answered_for_status_and_daemon(pacer_home, harness):
    """One rule decides "answered": status and the daemon agree (they once compared with different times).

    Berlin, default quiet hours (22:30-08:00): a 1-day checkpoint falls due at 23:00, is held
    until 08:00, and is answered at 23:30 meanwhile. At 09:30 nothing is pending and nothing is shown.
    """
    with freeze_time("2026-11-23 22:00:00") as frozen:  # 23:00 Berlin
        assert run("start", "3d", "--mode", "wait", "--checkpoints", "1d").exit_code == 0
        harness.step()
        frozen.tick(timedelta(days=1, minutes=30))  # 23:30 the next day: due, held by quiet hours
        harness.step()
        assert harness.titles == []
        assert run("checkpoint", "--choice", "wait").exit_code == 0
        frozen.tick(timedelta(hours=10))  # 09:30 the morning after
        assert status_json()["pending_checkpoint"] is False
        harness.step()
        harness.step()
    assert not [t for t in harness.titles if t.startswith("Checkpoint")]
    assert ledger()["1:checkpoint:86400"].status == "skipped"
