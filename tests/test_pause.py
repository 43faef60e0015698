"""pause / resume: daily reminders held, checkpoints deferred (never lost), clear refusals, status."""

from __future__ import annotations

from freezegun import freeze_time

from pacer.env import load_env
from pacer.session import period_plan
from pacer.store import Store
from tests.cli_helpers import run, status_json

START = "2026-11-23 18:00:00"  # 19:00 in Berlin; checkpoints day 3, 7, 14 at 18:00 UTC


def start() -> None:
    with freeze_time(START):
        result = run("start", "14d", "--mode", "no-contact")
        assert result.exit_code == 0, result.output


def reminders():
    env = load_env()
    with Store.open(env.paths) as store, store.transaction(write=False):
        return period_plan(store, store.active_period(), env)


def test_pause_holds_dailies_and_defers_a_checkpoint_then_status_says_so():
    start()
    with freeze_time("2026-11-25 12:00:00"):  # 13:00 Berlin; day 3 is 26 Nov 18:00 UTC
        result = run("pause", "2d")
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == [
            "Paused for 2 days, until Fri 27 Nov 13:00 (in 2 days). Daily reminders are held until then.",
            "1 checkpoint in that time will come when the pause ends, not before.",
            "`pacer resume` ends the pause sooner.",
        ]
        plan = reminders()
        dailies = [r.at.isoformat() for r in plan if r.kind == "daily"]
        assert not any("2026-11-25T20:30" in d or d.startswith("2026-11-26") for d in dailies)
        assert "2026-11-27T20:30:00+01:00" in dailies  # back after the pause
        day3 = [r for r in plan if r.kind == "checkpoint"][0]
        assert day3.due.isoformat() == "2026-11-26T19:00:00+01:00"
        assert day3.at.isoformat() == "2026-11-27T13:00:00+01:00"  # deferred to the end, not dropped
        view = status_json()
        assert view["paused_until"] == "2026-11-27T13:00:00+01:00"
        assert view["next_reminder"] == "2026-11-27T13:00:00+01:00"  # the deferred checkpoint comes first
        text = run("status").stdout
        assert "Paused until     Fri 27 Nov 13:00 (in 2 days) · daily reminders held" in text
        assert run("status", "--format", "short").stdout.strip() == "day 2/14 · paused 2d"
        assert run("status", "--format", "waybar").stdout.count('"class": "paused"') == 1
    with freeze_time("2026-11-26 19:00:00"):  # the checkpoint's time has passed, but it waits
        assert status_json()["pending_checkpoint"] is False
    with freeze_time("2026-11-27 12:00:01"):  # the pause is over: it is pending now
        view = status_json()
        assert view["paused_until"] is None and view["pending_checkpoint"] is True


def test_resume_ends_the_pause_now_and_brings_a_held_checkpoint_at_once():
    start()
    with freeze_time("2026-11-25 12:00:00"):
        assert run("pause", "3d").exit_code == 0
    with freeze_time("2026-11-26 20:00:00"):  # after day 3's time (18:00 UTC)
        result = run("resume")
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("Resumed: daily reminders are back.")
        day3 = [r for r in reminders() if r.kind == "checkpoint"][0]
        assert day3.at.isoformat() == "2026-11-26T21:00:00+01:00"  # now: due at once
        view = status_json()
        assert view["paused_until"] is None and view["pending_checkpoint"] is True
        # The reminder times are back (the first of them says the day-3 milestone that came in the pause).
        dailies = [r.at.isoformat() for r in reminders() if r.kind in ("daily", "milestone")]
        assert "2026-11-27T10:00:00+01:00" in dailies
        again = run("resume")
        assert again.exit_code == 1
        assert again.stderr.strip() == "Error: you are not paused; `pacer pause 2d` starts a pause"


def test_refusals_change_nothing(pacer_home):
    no_period = run("pause", "1d")
    assert no_period.exit_code == 1
    assert no_period.stderr.strip() == "Error: there is no active period; `pacer start` begins one"
    start()
    with freeze_time("2026-11-25 12:00:00"):
        too_long = run("pause", "20d")
        assert too_long.exit_code == 2
        assert too_long.stderr.strip() == (
            "Error: a pause of 20 days is longer than the rest of your period (12 days 6 hours); choose 12d6h or less"
        )
        assert run("pause", "12d6h").exit_code == 0 and run("resume").exit_code == 0
        assert run("pause", "6h").exit_code == 0
        overlap = run("pause", "1d")
        assert overlap.exit_code == 1
        assert overlap.stderr.strip() == (
            "Error: you are already paused until today 19:00; `pacer resume` ends that pause, then you can start a new one"
        )
        bad = run("pause", "soon")
        assert bad.exit_code == 2 and "is not a duration" in bad.stderr
        with Store.open(load_env().paths) as store:
            assert len(store.pauses(store.active_period().id)) == 2
    with freeze_time("2026-12-08 10:00:00"):
        done = run("pause", "1h")
        assert done.exit_code == 1 and "already complete" in done.stderr


def test_pause_and_resume_wake_the_daemon(monkeypatch):
    woken = []
    monkeypatch.setattr("pacer.daemon.lock.wake", lambda path: woken.append(path) or True)
    start()
    woken.clear()
    with freeze_time("2026-11-25 12:00:00"):
        run("pause", "1h")
        assert len(woken) == 1
        run("resume")
    assert len(woken) == 2
