"""Where the person stands: the facts read once, as a typed `Status`; views format it.

`Status.to_json()` is the stable `pacer status --json` contract (README lists
its keys; a test pins the exact set). Views read the typed fields and never
re-parse what `to_json` wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from pacer import clock
from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind, Mode, Outcome, ReminderKind, UrgeOutcome
from pacer.env import Env
from pacer.period import Period, checkpoint_day
from pacer.plan import Reminder, pending_checkpoint, upcoming
from pacer.records import Record
from pacer.session import period_plan, period_reminders, reading
from pacer.store import Store

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Container, Iterable
    from typing import Any


_A_DAY = timedelta(days=1)


class NextCheckpoint(Record):
    at: datetime  # the plan's time: quiet hours and pauses may have moved it
    day: int  # the day status will show then (pacer.period.checkpoint_day)
    offset: timedelta  # how far into the period: "after 3 days" (pacer.timetext.checkpoint_name)
    final: bool = False  # the end of the period


class Aftercare(Record):
    """The week of gentle notes after moving on: it runs with no active period."""

    ended_at: datetime  # when they moved on
    until: datetime  # the last note
    next_note: datetime | None


class Notifications(Record):
    shown: int = 0
    failed: int = 0
    last_error: str | None = None


class Status(Record):
    zone: tzinfo  # times are shown in it
    daemon_pid: int | None = None  # None: not running; the lock's holder otherwise
    daemon_running: bool = False
    # The time zone the running daemon's reminders follow (the computer's, unless general.timezone
    # names one; read again on every heartbeat); this terminal may show another (its own TZ).
    daemon_zone: str | None = None
    notifications: Notifications = Notifications()
    period: Period | None = None  # None: no active period; every period field below is then None
    day: int | None = None
    progress: float | None = None
    complete: bool | None = None
    next_checkpoint: NextCheckpoint | None = None
    pending_checkpoint: bool | None = None
    next_reminder: datetime | None = None
    reached_out_at: datetime | None = None
    urges: int = 0
    urges_ridden_out: int = 0  # urges that passed (an urge counts as ridden out only then)
    last_urge_at: datetime | None = None
    heard_back_at: datetime | None = None  # the first time they got in touch in this period
    slips: int = 0  # times they contacted the person after all; never resets the period
    last_contact_at: datetime | None = None  # the latest slip or reach-out: "days since last contact"
    paused_until: datetime | None = None  # the end of the current pause (`pacer pause`)
    aftercare: Aftercare | None = None  # no active period, and the week after moving on is running

    @property
    def active(self) -> bool:
        return self.period is not None

    def to_json(self) -> dict[str, Any]:
        period = self.period
        return {
            "active": self.active,
            "mode": str(period.mode) if period else None,
            "day": self.day,
            "days_total": period.days_total if period else None,
            "started_at": self._iso(period.started_at if period else None),
            "ends_at": self._iso(period.ends_at if period else None),
            "progress": self.progress,
            "complete": self.complete,
            "next_checkpoint": (
                {"at": self._iso(self.next_checkpoint.at), "day": self.next_checkpoint.day}
                if self.next_checkpoint
                else None
            ),
            "pending_checkpoint": self.pending_checkpoint,
            "next_reminder": self._iso(self.next_reminder),
            "reached_out_at": self._iso(self.reached_out_at),
            "urges": self.urges,
            "last_urge_at": self._iso(self.last_urge_at),
            "slips": self.slips,
            "last_contact_at": self._iso(self.last_contact_at),
            "paused_until": self._iso(self.paused_until),
            "daemon": {"running": self.daemon_running, "pid": self.daemon_pid},
            "notifications": {
                "shown": self.notifications.shown,
                "failed": self.notifications.failed,
                "last_error": self.notifications.last_error,
            },
        }

    def _iso(self, moment: datetime | None) -> str | None:
        return moment.astimezone(self.zone).isoformat(timespec="seconds") if moment else None


def read_status(env: Env) -> Status:
    """Everything `pacer status` shows, read in one transaction; creates no files."""
    now = env.now
    pid, zone = daemon_lock.daemon_info(env.paths.daemon_lock)
    base = Status(zone=env.zone, daemon_pid=pid if pid and pid > 0 else None, daemon_running=pid is not None,
                  daemon_zone=zone)
    with reading(env) as store:
        period = store.active_period() if store is not None else None
        if store is None or period is None:
            return base._replace(aftercare=_aftercare(store, env)) if store is not None else base
        # When reminders come is the daemon's plan: in its zone (when it says one), shown in ours.
        pauses = store.pauses(period.stored_id)
        reminders = period_reminders(store, period, env._replace(zone=clock.named_zone(zone) or env.zone), pauses)
        delivered = store.delivered_keys(period.stored_id)
        counts = store.delivery_counts(period.stored_id)
        paused = next((end for _, begin, end in pauses if begin <= now < end), None)
        ridden_out = store.count_urges(period.stored_id, UrgeOutcome.PASSED)
        events = store.event_summary(period.stored_id)  # kind: (count, first time, last time)
    first = {kind: at for kind, (_, at, _) in events.items()}
    last = {kind: at for kind, (_, _, at) in events.items()}
    contacts = [at for at in (last.get(EventKind.SLIP), last.get(EventKind.REACH_OUT)) if at]
    answered_at = last.get(EventKind.DECISION)
    checkpoints, nxt, next_cp = _ahead(reminders, delivered, now)
    return Status(
        zone=env.zone,
        daemon_pid=base.daemon_pid,
        daemon_running=base.daemon_running,
        daemon_zone=base.daemon_zone,
        notifications=Notifications(counts.shown, counts.failed, counts.last_error),
        period=period._replace(mode=Mode(period.mode)),
        day=period.day(now),
        progress=round(period.progress(now), 4),
        complete=period.is_complete(now),
        next_checkpoint=_next_checkpoint(period, next_cp) if next_cp is not None else None,
        pending_checkpoint=pending_checkpoint(checkpoints, answered_at, now),
        next_reminder=nxt.at if nxt else None,
        reached_out_at=first.get(EventKind.REACH_OUT),
        urges=events[EventKind.URGE][0] if EventKind.URGE in events else 0,
        urges_ridden_out=ridden_out,
        last_urge_at=last.get(EventKind.URGE),
        heard_back_at=first.get(EventKind.HEARD_BACK),
        slips=events[EventKind.SLIP][0] if EventKind.SLIP in events else 0,
        last_contact_at=max(contacts) if contacts else None,
        paused_until=paused,
    )


def _ahead(
    reminders: Iterable[Reminder], delivered: Container[str], now: datetime
) -> tuple[list[Reminder], Reminder | None, Reminder | None]:
    """(the checkpoints read, the next reminder, the next checkpoint) of a plan in time order.

    The next ones are the first after `now` not delivered yet (pacer.plan.upcoming).
    The plan is read only a day past the next checkpoint: the order is the wall
    clock's, and a day is more than any clock change, so no checkpoint that came
    before `now` (pacer.plan.pending_checkpoint) is left unread; the daily
    reminders after that are never built.
    """
    now = now.astimezone(UTC)  # compare instants, not wall clocks (DST fold)
    checkpoints: list[Reminder] = []
    nxt = next_cp = None
    for reminder in reminders:
        at = reminder.at.astimezone(UTC)
        checkpoint = reminder.kind == ReminderKind.CHECKPOINT
        if checkpoint:
            checkpoints.append(reminder)
        if at > now and reminder.key not in delivered:
            nxt = nxt or reminder
            next_cp = next_cp or (reminder if checkpoint else None)
        if next_cp is not None and at > now + _A_DAY:
            break
    return checkpoints, nxt, next_cp


def _next_checkpoint(period: Period, reminder: Reminder) -> NextCheckpoint:
    offset = period.checkpoint_offsets[reminder.number - 1]
    # When it will really come (quiet hours or a pause may hold it): the day status will show then.
    day = checkpoint_day(reminder.at - period.started_at, period.length)
    return NextCheckpoint(reminder.at, day, offset, reminder.final)


def _aftercare(store: Store, env: Env) -> Aftercare | None:
    """The week after moving on, while it runs: the last period moved on and a note is still to come."""
    last = store.last_period()
    if last is None or last.ended_at is None or last.outcome != Outcome.MOVED_ON:
        return None
    notes = [r for r in period_plan(store, last, env) if r.kind == ReminderKind.AFTERCARE]
    if not notes or notes[-1].at <= env.now:
        return None
    delivered = store.delivered_keys(last.stored_id)
    nxt = upcoming((r for r in notes if r.key not in delivered), env.now)
    return Aftercare(last.ended_at, notes[-1].at, nxt.at if nxt else None)
