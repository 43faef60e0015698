"""The reminder service: the plan becomes APScheduler jobs; every wake-up delivers what is due.

Jobs only decide *when* to look; what to show is decided by
pacer.delivery.what_to_show() against the ledger, so a job that APScheduler
drops (misfire after suspend), a restart, or a crash cannot lose or repeat
a reminder. The main thread waits for signals with a heartbeat timeout:
SIGHUP (a CLI change) re-syncs at once, the heartbeat re-syncs after sleep,
clock jumps and time-zone changes, SIGTERM/SIGINT stop cleanly.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from pacer import clock
from pacer.daemon import choices as on_screen
from pacer.daemon import lock as daemon_lock
from pacer.daemon.delivering import Delivering, SyncResult
from pacer.daemon.lock import DaemonLock
from pacer.daemon.notify import Notifier, make_notifier
from pacer.delivery import CHECK_IN_STALE
from pacer.domain import EventKind, ReminderKind
from pacer.env import Env, load_env
from pacer.errors import ConfigError, PacerError
from pacer.paths import LOG_BACKUPS, Paths, open_private
from pacer.period import Period
from pacer.plan import AFTERCARE_DAYS, CHECK_IN_DELAY, Reminder
from pacer.session import period_plan
from pacer.store import Store
from pacer.words.library import LibraryCache

HEARTBEAT_S = 30.0
SEND_TIMEOUT_S = 10.0
INTERRUPTED = ("interrupted: the reminder service stopped while showing it, so it may not have appeared "
               "(pacer never shows a reminder twice)")
LOG_BYTES = 256 * 1024
LATE_CHECK_INS = CHECK_IN_DELAY + CHECK_IN_STALE  # asked for longer ago than this, a check-in is past showing

log = logging.getLogger("pacer.daemon")


class Service(Delivering):
    """Everything the daemon does, with its collaborators passed in so tests can step it."""

    def __init__(
        self,
        paths: Paths,
        *,
        notifier: Notifier | None = None,
        scheduler=None,
        load: Callable[[], Env] = load_env,
        rng: random.Random | None = None,
        send_timeout: float = SEND_TIMEOUT_S,
        desk: on_screen.Desk | None = None,
        choices: bool | None = None,
        wake: Callable[[], object] | None = None,
        on_zone: Callable[[str], None] = lambda zone: None,
    ) -> None:
        """choices: checkpoints with their choices on screen where the server can (None: only with
        pacer's own notifier, i.e. not when a test passes one in); `desk` is where they are shown."""
        self.paths = paths
        self._notifier = notifier
        self.scheduler = scheduler
        self._load = load
        self._rng = rng or random.Random()
        self._send_timeout = send_timeout
        self._lock = threading.Lock()  # one sync (or one answer from a notification) at a time
        self._job_fingerprint: tuple = ()
        self._good_env: Env | None = None
        self._wake = wake or (lambda: daemon_lock.wake(paths.daemon_lock))
        self.answers = on_screen.Answers(load=self._env, lock=self._lock, wake=self._wake, terminal=self._open_terminal)
        self._want_choices = (notifier is None) if choices is None else choices
        self._desk = desk
        self.answers.desk = desk
        self._library = LibraryCache()
        self._on_zone = on_zone  # told the time zone reminders follow, at start and whenever it changes
        self.zone: str | None = None

    def desk(self, env: Env) -> on_screen.Desk | None:
        """Where checkpoints are shown with their choices: Linux with backend "auto"; None elsewhere."""
        if self._desk is None and self._want_choices and sys.platform.startswith("linux") and env.settings.backend == "auto":
            self._desk = on_screen.Desk(self.answers.on_action, self.answers.on_closed)
            self.answers.desk = self._desk
        return self._desk

    def stop(self) -> None:
        """Stop listening for answers (the notifications stay; the next daemon takes them over)."""
        if self._desk is not None:
            self._desk.stop()

    def _open_terminal(self, args: tuple[str, ...]) -> bool:
        from pacer.daemon.terminal import find_terminal, open_in_terminal, pacer_command

        terminal = find_terminal()
        if terminal is None:
            log.warning("no terminal found to open `pacer checkpoint` in; set $TERMINAL")
            return False
        try:
            open_in_terminal(terminal, pacer_command("checkpoint", *args))
        except OSError as error:
            log.warning("could not open %s: %s", terminal.name, error.strerror or error)
            return False
        log.info("opened pacer checkpoint %s in %s", " ".join(args), terminal.name)
        return True

    @property
    def notifier(self) -> Notifier:
        if self._notifier is None:
            self._notifier = make_notifier(self._load().settings.backend)
        return self._notifier

    def sync(self) -> SyncResult:
        """Deliver what is due now and (re)schedule the rest."""
        with self._lock:
            env = self._env()  # settings and the time zone, read again on every heartbeat
            self._follow_zone(env)
            result = SyncResult()
            reminders: list[Reminder] = []
            plans = self._plans(env)
            for period, plan in plans:
                self._deliver(env, period, plan, result)
                reminders.extend(r for r in plan if r.at > env.now)
            self._settle(env, plans)
            self._schedule(reminders, env.now, result)
            return result

    def _follow_zone(self, env: Env) -> None:
        zone = clock.zone_name(env.zone)
        if zone != self.zone:
            if self.zone is None:
                log.info("reminders follow %s time", zone)
            else:
                log.info("the time zone changed from %s to %s; reminders follow it", self.zone, zone)
            self.zone = zone
            self._on_zone(zone)

    def _settle(self, env: Env, plans: list[tuple[Period, list[Reminder]]]) -> None:
        """Checkpoints on screen: close the answered ones, take over those an earlier daemon showed."""
        desk = self.desk(env)
        if desk is None:
            return
        active = next((period for period, _ in plans if period.ended_at is None), None)
        with Store.open(env.paths) as store:
            settled_at = None
            if active is not None:
                with store.transaction(write=False):
                    marks = [store.last_event(active.stored_id, EventKind.DECISION),
                             *(e for e in store.events(active.stored_id, EventKind.DRAFT) if e.data.get("night"))]
                settled_at = max((e.at for e in marks if e is not None), default=None)
            on_screen.settle(desk, store, active.id if active else None, settled_at)

    def _env(self) -> Env:
        """Settings and now; a config file broken while we run must not stop the reminders."""
        try:
            env = self._load()
        except ConfigError as error:
            if self._good_env is None:
                raise
            log.warning("keeping the last good settings: %s", error.message)
            return self._good_env._replace(now=clock.now(self._good_env.zone))
        self._good_env = env
        return env

    def preflight(self) -> None:
        """Settings readable and the database usable, or a PacerError saying why."""
        env = self._env()
        with Store.open(env.paths):
            pass

    def mark_interrupted(self) -> None:
        """What a killed daemon was showing may not have appeared: count it as not shown, never show it twice.

        Only at start, holding the lock: no other daemon can be showing anything now.
        """
        env = self._env()
        with Store.open(env.paths) as store, store.transaction():
            count = store.mark_interrupted(INTERRUPTED)
        if count:
            log.warning("%d reminder(s) were being shown when the daemon stopped; recorded as interrupted", count)

    # -- what to look at ---------------------------------------------------

    def _plans(self, env: Env) -> list[tuple[Period, list[Reminder]]]:
        with Store.open(env.paths) as store, store.transaction(write=False):
            plans = []
            active = store.active_period()
            if active is not None:
                plans.append((active, period_plan(store, active, env)))
            last = store.last_period()
            # After a period ends: the week of its aftercare, a check-in after crisis words said then,
            # and check-ins after urges noted since (the journal goes on).
            if last is not None and last.ended_at is not None:
                week = env.now - last.ended_at <= timedelta(days=AFTERCARE_DAYS + 1)
                after = {ReminderKind.AFTERCARE, ReminderKind.SAFETY_CHECK_IN} if week else set()
                if store.check_ins(last.stored_id, since=env.now - LATE_CHECK_INS):
                    after.add(ReminderKind.CHECK_IN)
                if after:
                    plans.append((last, [r for r in period_plan(store, last, env) if r.kind in after]))
            return plans

    # -- scheduling ----------------------------------------------------------

    def _schedule(self, reminders: list[Reminder], now: datetime, result: SyncResult) -> None:
        """One APScheduler job per upcoming reminder, with stable ids; stale ones removed."""
        if self.scheduler is None:
            return
        fingerprint = tuple((r.key, r.at) for r in reminders)
        result.scheduled = len(reminders)
        if fingerprint == self._job_fingerprint:
            return  # nothing changed: most heartbeats end here, cheaply
        wanted = {r.key: r for r in reminders}
        for job in self.scheduler.get_jobs():
            # A job that is due belongs to APScheduler, which removes it after
            # running it (we may be inside that very run); remove only future ones.
            if job.id not in wanted and (job.next_run_time is None or job.next_run_time > now):
                job.remove()
        for key, reminder in wanted.items():
            self.scheduler.add_job(
                self.sync_from_job,
                trigger="date",
                run_date=reminder.at,
                id=key,
                replace_existing=True,
                misfire_grace_time=None,  # run late rather than silently drop; the ledger prevents repeats
                coalesce=True,
            )
        self._job_fingerprint = fingerprint

    def sync_from_job(self) -> None:
        try:
            self.sync()
        except PacerError as error:
            log.error("sync failed: %s", error.message)
        except Exception:
            log.exception("sync failed")


def run(paths: Paths, *, ready: Callable[[str], None] = lambda message: None) -> int:
    """`pacer daemon run`: the foreground service. Returns the exit code."""
    handled = [signal.SIGTERM, signal.SIGINT] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    use_sigwait = hasattr(signal, "sigtimedwait")
    if use_sigwait:
        # Blocked before the lock is visible: every write sends SIGHUP as soon as it
        # sees a daemon holding it, and SIGHUP's default action would end us. Blocked
        # before any thread starts (threads inherit the mask); the main thread waits
        # for them in _wait_loop, so no Python code runs inside a handler.
        signal.pthread_sigmask(signal.SIG_BLOCK, handled)
    paths.ensure()
    os.umask(0o077)
    _setup_logging(paths)
    lock = DaemonLock(paths.daemon_lock)
    if not _acquire(lock):
        message = "another pacer daemon is already running for this data directory"
        ready(f"error: {message}")
        raise PacerError(message)
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC", job_defaults={"max_instances": 1})
    service = Service(paths, scheduler=scheduler, on_zone=lock.describe)
    try:
        service.preflight()
        service.mark_interrupted()
    except PacerError as error:  # say so to `pacer daemon start`, not only to the log
        lock.release()
        log.error("cannot start: %s", error.message)
        ready(f"error: {error.message}")
        raise
    try:
        scheduler.start()
        log.info("daemon ready (pid %d)", os.getpid())
        # Ready before the first sync: showing what fell due while we were down
        # may wait on slow notifications (up to SEND_TIMEOUT_S each), longer than
        # `pacer daemon start` waits for this word.
        ready("ready")
        service.sync_from_job()
        _wait_loop(service, use_sigwait, handled)
    finally:
        scheduler.shutdown(wait=False)
        service.stop()
        lock.release()
        log.info("daemon stopped")
    return 0


def _wait_loop(service: Service, use_sigwait: bool, handled: list) -> None:
    wall, mono = time.time(), time.monotonic()
    while True:
        if use_sigwait:
            info = signal.sigtimedwait(handled, HEARTBEAT_S)
            signo = info.si_signo if info else None
        else:  # pragma: no cover - Windows: the heartbeat alone picks up changes
            try:
                time.sleep(HEARTBEAT_S)
                signo = None
            except KeyboardInterrupt:
                signo = signal.SIGINT
        if signo in (signal.SIGTERM, signal.SIGINT):
            return
        now_wall, now_mono = time.time(), time.monotonic()
        drift = (now_wall - wall) - (now_mono - mono)
        if abs(drift) > 5:
            log.info("wall clock moved %+.0fs against the monotonic clock (sleep, resume or clock change); re-syncing", drift)
        wall, mono = now_wall, now_mono
        if signo is not None:
            log.info("change signalled; re-syncing")
        service.sync_from_job()


def _acquire(lock: DaemonLock) -> bool:
    # `pacer status` probes the lock for a moment; do not mistake that for a daemon.
    for _ in range(10):
        if lock.acquire():
            return True
        time.sleep(0.05)
    return False


class _PrivateLog(logging.handlers.RotatingFileHandler):
    """daemon.log opened 0600 and never through a symbolic link (paths.open_private)."""

    def _open(self):
        return open(open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND), "a", encoding=self.encoding)


def _setup_logging(paths: Paths) -> None:
    handler = _PrivateLog(paths.log, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
