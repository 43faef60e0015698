"""Stepping the daemon deterministically: a frozen clock, a scheduler we drive, a fake notifier."""

from __future__ import annotations

import random
import time
from pathlib import Path

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from pacer.daemon.notify import NotificationFailed
from pacer.daemon.service import Service
from pacer.paths import resolve


class SteppedScheduler(BaseScheduler):
    """APScheduler without a thread: jobs run when the test calls step()."""

    def wakeup(self) -> None:
        pass

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)

    def step(self) -> None:
        self._process_jobs()


class FakeNotifier:
    name = "fake"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail_with: str | None = None
        self.hang_for = 0.0

    def send(self, title: str, body: str) -> None:
        if self.hang_for:
            time.sleep(self.hang_for)
        if self.fail_with:
            raise NotificationFailed(self.fail_with)
        self.sent.append((title, body))

    def checks(self) -> list:
        return []


class Harness:
    def __init__(self, send_timeout: float = 2.0) -> None:
        self.notifier = FakeNotifier()
        self.scheduler = SteppedScheduler(timezone="UTC", executors={"default": DebugExecutor()})
        self.scheduler.start()
        self.service = Service(
            resolve(), notifier=self.notifier, scheduler=self.scheduler, rng=random.Random(7), send_timeout=send_timeout
        )

    def step(self) -> None:
        """What the daemon does when woken: due jobs first, then the heartbeat's sync."""
        self.scheduler.step()
        self.service.sync()

    @property
    def titles(self) -> list[str]:
        return [title for title, _ in self.notifier.sent]

    def close(self) -> None:
        self.scheduler.shutdown(wait=False)


def write_config(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text)


QUIET_NONE_NO_DAILY = '[reminders]\ntimes = []\nquiet_hours = []\n'
NIGHTLESS = "[checkpoints]\nnight = []\n"  # for tests on the real clock that reach out: no night seal
