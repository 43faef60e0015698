"""A checkpoint's choices on screen, stepped under a frozen clock with a stand-in for the notification server.

The real server (dunst) is in tests/test_checkpoint_desktop.py; here a FakeDesk
plays it, so each rule can be driven exactly: one on screen at most, closed
when answered, taken over after a restart, a press recorded once, a server
without actions answered with the plain text.
"""

from __future__ import annotations

import random
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from apscheduler.executors.debug import DebugExecutor
from freezegun import freeze_time

from pacer.daemon.dbus_notify import CloseReason
from pacer.daemon.service import Service
from pacer.paths import resolve
from pacer.store import Store
from pacer.words.notices import NO_CHOICES_HINT
from tests.cli_helpers import run, status_json
from tests.daemon_helpers import QUIET_NONE_NO_DAILY, FakeNotifier, SteppedScheduler, write_config

S = timedelta(seconds=1)


class FakeDesk:
    """The notification server and pacer's listener on it, as far as the service can tell."""

    def __init__(self, *, actions: bool = True, server: str = "bus/:1.5", via: str = ":1.9", first_id: int = 1) -> None:
        self.actions = actions
        self.server = server
        self.via = via
        self.next_id = first_id
        self.shown: list[dict] = []
        self.closed: list[int] = []
        self.told: list[tuple[str, str]] = []
        self.on_screen: set[int] = set()

    def usable(self) -> bool:
        return self.actions

    def here(self):
        return self.server, self.via

    def show(self, title, body, actions, replaces_id=0):
        from pacer.daemon.choices import Shown

        notification = replaces_id or self.next_id
        if not replaces_id:
            self.next_id += 1
        self.shown.append({"id": notification, "title": title, "body": body, "actions": actions,
                           "replaces": replaces_id})
        self.on_screen.add(notification)
        return Shown(notification, self.server, self.via)

    def close(self, notification_id):
        self.closed.append(notification_id)
        self.on_screen.discard(notification_id)

    def tell(self, title, body):
        self.told.append((title, body))

    def stop(self):
        pass


class Daemon:
    def __init__(self, desk: FakeDesk) -> None:
        self.desk = desk
        self.notifier = FakeNotifier()
        self.woken = 0
        self.scheduler = SteppedScheduler(timezone="UTC", executors={"default": DebugExecutor()})
        self.scheduler.start()
        self.service = Service(resolve(), notifier=self.notifier, scheduler=self.scheduler, rng=random.Random(3),
                               desk=desk, wake=self._wake)  # type: ignore[arg-type]

    def _wake(self) -> None:
        self.woken += 1

    def close(self) -> None:
        self.scheduler.shutdown(wait=False)


@pytest.fixture
def daemon(pacer_home):
    write_config(pacer_home, QUIET_NONE_NO_DAILY)
    made: list[Daemon] = []

    def make(desk: FakeDesk | None = None) -> Daemon:
        made.append(Daemon(desk or FakeDesk()))
        return made[-1]

    yield make
    for d in made:
        d.close()


def on_screen() -> list:
    with Store.open(resolve()) as store:
        return store.on_screen()


def decisions() -> list[str]:
    with Store.open(resolve()) as store:
        period = store.active_period() or store.last_period()
        return [e.data["choice"] for e in store.events(period.stored_id, "decision")]


def test_one_checkpoint_on_screen_at_most_and_closed_once_answered(daemon):
    d = daemon()
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "1h", "--checkpoints", "10s,20s", "--mode", "no-contact").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [first] = d.desk.shown
        assert [key for key, _ in first["actions"]] == ["default", "wait", "move-on", "reach-out"]
        assert first["actions"][1][1] == "Keep going" and "pacer checkpoint" not in first["body"]
        assert d.notifier.sent == []  # not through plyer
        frozen.tick(10 * S)
        d.service.sync()
        # The second, unanswered first: shown in its place, never two copies.
        assert d.desk.shown[1]["replaces"] == first["id"] and d.desk.on_screen == {first["id"]}
        assert [row.key for row in on_screen()] == ["1:checkpoint:20"]
        assert status_json()["pending_checkpoint"] is True

        assert run("checkpoint", "--choice", "wait").exit_code == 0
        d.service.sync()  # what SIGHUP does
        assert d.desk.closed == [first["id"]] and on_screen() == []
        d.service.sync()
        assert d.desk.closed == [first["id"]] and len(d.desk.shown) == 2


def test_keep_waiting_pressed_is_recorded_once_and_confirmed(daemon):
    d = daemon()
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s", "--mode", "wait").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [shown] = d.desk.shown
        assert shown["actions"][1] == ("wait", "Keep waiting")
        d.service.answers.on_action(shown["id"], "wait")
        d.service.answers.on_action(shown["id"], "wait")  # a second press: nothing more
        assert decisions() == ["wait"] and d.woken == 1
        assert d.desk.closed == [shown["id"]] and on_screen() == []
        [(title, body)] = d.desk.told
        assert title == "Keep waiting: noted" and "The next checkpoint is" in body
        assert status_json()["pending_checkpoint"] is False


def test_a_press_on_a_checkpoint_answered_meanwhile_records_nothing(daemon):
    d = daemon()
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s", "--mode", "wait").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [shown] = d.desk.shown
        frozen.tick(S)
        assert run("checkpoint", "--choice", "wait").exit_code == 0  # in a terminal, before the daemon's sync
        frozen.tick(S)
        d.service.answers.on_action(shown["id"], "move-on")
        assert decisions() == ["wait"] and status_json()["active"] is True
        assert d.desk.closed == [shown["id"]] and d.desk.told == [] and on_screen() == []


def test_move_on_pressed_ends_the_period_and_reach_out_opens_a_terminal(daemon, monkeypatch):
    d = daemon()
    opened: list[tuple[str, ...]] = []
    monkeypatch.setattr(d.service, "_open_terminal", lambda args: opened.append(args) or True)
    d.service.answers._terminal = d.service._open_terminal
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [shown] = d.desk.shown
        d.service.answers.on_action(shown["id"], "reach-out")
        d.service.answers.on_action(shown["id"], "default")
        assert opened == [("--choice", "reach-out"), ()] and decisions() == []
        d.service.answers.on_action(shown["id"], "move-on")
        assert status_json()["active"] is False and decisions() == ["move-on"]
        assert d.desk.told[-1][0] == "You chose to move on"


def test_a_restarted_daemon_shows_each_unanswered_checkpoint_again_in_place(daemon):
    before = daemon(FakeDesk(via=":1.9"))
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        before.service.sync()
        [shown] = before.desk.shown
        after = daemon(FakeDesk(via=":1.20", first_id=50))  # same server, a new connection
        after.service.sync()
        assert after.desk.shown == [{**shown, "replaces": shown["id"]}]
        assert on_screen()[0].notice["via"] == ":1.20"
        after.service.sync()
        assert len(after.desk.shown) == 1  # taken over once
        # After a logout the server is another one: its ids mean nothing, so a new notification.
        elsewhere = daemon(FakeDesk(server="bus2/:1.3", via=":1.4", first_id=7))
        elsewhere.service.sync()
        assert [(s["id"], s["replaces"]) for s in elsewhere.desk.shown] == [(7, 0)]
        assert before.notifier.sent == after.notifier.sent == elsewhere.notifier.sent == []


def test_dismissed_is_not_shown_again_but_still_waits(daemon):
    d = daemon()
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [shown] = d.desk.shown
        d.service.answers.on_closed(shown["id"], CloseReason.DISMISSED)
        assert on_screen() == []
        restarted = daemon(FakeDesk(via=":1.30"))
        restarted.service.sync()
        assert restarted.desk.shown == [] and status_json()["pending_checkpoint"] is True


def test_a_server_without_actions_gets_the_plain_text(daemon):
    d = daemon(FakeDesk(actions=False))
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
    [(title, body)] = d.notifier.sent
    assert title.startswith("Checkpoint") and body.endswith(NO_CHOICES_HINT.strip()) and len(body) <= 180
    assert d.desk.shown == [] and on_screen() == []


def test_answers_arrive_on_another_thread_and_wait_for_a_sync(daemon):
    """The listener's thread takes the service's lock: a press and a sync never interleave."""
    d = daemon()
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
        [shown] = d.desk.shown
        with d.service._lock:  # a sync in progress
            press = threading.Thread(target=d.service.answers.on_action, args=(shown["id"], "wait"))
            press.start()
            press.join(0.3)
            assert press.is_alive() and decisions() == []
        press.join(5)
        assert decisions() == ["wait"]


def test_a_daily_reminder_mentions_a_waiting_checkpoint_at_most_once_a_day(daemon, pacer_home):
    write_config(pacer_home, '[reminders]\ntimes = ["10:00", "20:30"]\nquiet_hours = []\n')
    d = daemon(FakeDesk(actions=False))
    with freeze_time("2026-11-23 08:00:00") as frozen:  # 09:00 in Berlin
        assert run("start", "5d", "--checkpoints", "30m").exit_code == 0
        frozen.tick(timedelta(minutes=30))
        d.service.sync()  # the checkpoint
        for _ in range(4):  # 10:00, 20:30, next day 10:00 (the day-1 milestone speaks then), 20:30
            d.scheduler.step()
            upcoming = min(job.next_run_time for job in d.scheduler.get_jobs())
            frozen.move_to(upcoming)
            d.scheduler.step()
        from pacer.paths import shipped
        from pacer.words.library import load_library

        milestones = {e.title for e in load_library(Path(shipped("content")), None)[0].entries("milestone")}
        assert len([t for t, _ in d.notifier.sent if t in milestones]) == 1  # a milestone carries no such mention
        bodies = [body for title, body in d.notifier.sent if not title.startswith("Checkpoint") and title not in milestones]
        assert len(bodies) == 3
        assert [b.endswith("A checkpoint is still waiting for you.") for b in bodies] == [True, False, True]
        assert run("checkpoint", "--choice", "wait").exit_code == 0
        frozen.move_to(min(job.next_run_time for job in d.scheduler.get_jobs()))
        d.scheduler.step()
        assert not d.notifier.sent[-1][1].endswith("waiting for you.")


def test_if_showing_with_choices_fails_the_checkpoint_still_arrives_plainly(daemon):
    from pacer.daemon.dbus_notify import NotifyError

    class BrokenDesk(FakeDesk):
        def show(self, title, body, actions, replaces_id=0):
            raise NotifyError("the notification server did not reply")

    d = daemon(BrokenDesk())
    with freeze_time("2026-11-23 12:00:00") as frozen:
        assert run("start", "3d", "--checkpoints", "10s").exit_code == 0
        frozen.tick(10 * S)
        d.service.sync()
    [(title, body)] = d.notifier.sent
    assert title.startswith("Checkpoint") and body.endswith(NO_CHOICES_HINT.strip())
    assert status_json()["notifications"]["shown"] == 1 and on_screen() == []
