"""Notification faults inside the daemon: a backend that raises, hangs or is missing never stops the schedule."""

from __future__ import annotations

import random
from datetime import timedelta

from freezegun import freeze_time

from pacer.daemon.notify import PlyerNotifier
from pacer.daemon.service import Service
from pacer.paths import resolve
from tests.cli_helpers import run, status_json
from tests.daemon_helpers import QUIET_NONE_NO_DAILY, Harness, SteppedScheduler, write_config


class Raising:
    name = "raising"

    def __init__(self, error: BaseException) -> None:
        self.error = error
        self.calls = 0

    def send(self, title: str, body: str) -> None:
        self.calls += 1
        raise self.error

    def checks(self) -> list:
        return []


def service_with(notifier) -> Service:
    from apscheduler.executors.debug import DebugExecutor

    scheduler = SteppedScheduler(timezone="UTC", executors={"default": DebugExecutor()})
    scheduler.start()
    return Service(resolve(), notifier=notifier, scheduler=scheduler, rng=random.Random(1), send_timeout=0.5)


def test_a_missing_notifier_is_recorded_for_every_reminder_and_the_schedule_goes_on(pacer_home, tmp_path):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    nothing = PlyerNotifier({"PATH": str(tmp_path / "empty")}, platform="linux", app_dir=str(tmp_path / "no-app"))
    service = service_with(nothing)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10m,20m").exit_code == 0
        for _ in range(8):
            frozen.tick(timedelta(minutes=10))
            service.scheduler.step()
            service.sync()
    view = status_json()
    assert view["notifications"]["shown"] == 0
    assert view["notifications"]["failed"] == 3  # two checkpoints and the end, none lost silently
    assert "notify-send" in view["notifications"]["last_error"]


def test_an_unexpected_exception_from_a_backend_is_a_failure_not_a_crash(pacer_home):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    raising = Raising(RuntimeError("the tray icon vanished"))
    service = service_with(raising)
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10m").exit_code == 0
        frozen.tick(timedelta(minutes=11))
        service.sync_from_job()  # what a job runs: must never raise
        view = status_json()
    assert raising.calls == 1
    assert view["notifications"]["failed"] == 1
    assert "tray icon vanished" in view["notifications"]["last_error"]


def test_a_hanging_backend_times_out_and_later_reminders_still_go(pacer_home):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    h = Harness(send_timeout=0.2)
    h.notifier.hang_for = 1.0
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10m").exit_code == 0
        frozen.tick(timedelta(minutes=11))
        h.step()
        h.notifier.hang_for = 0
        assert status_json()["notifications"]["failed"] == 1
        frozen.tick(timedelta(hours=1))
        h.step()
    assert len(h.titles) == 2 and all(t.startswith("Checkpoint") for t in h.titles)
    # the hung checkpoint was retried and shown, and the end of the period too
    assert status_json()["notifications"] == {"shown": 2, "failed": 0, "last_error": None}
    h.close()
