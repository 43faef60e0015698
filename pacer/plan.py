"""plan(): every reminder of a period, computed from the period and the settings.

Pure: no I/O and no clock. The daemon turns this list into jobs and the
delivery ledger records which keys were shown, so a key must be stable: the
same period and settings always give the same keys.

Wall-clock times are built in the local zone (a ZoneInfo), so "10:00" stays
10:00 across daylight-saving changes. A time that does not exist on the
spring-forward day moves forward with the clock; a time that occurs twice on
the fall-back day is one key and so fires once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pacer.config import Settings
from pacer.domain import Outcome, ReminderKind
from pacer.period import Period
from pacer.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any

AFTERCARE_DAYS = 7
CHECK_IN_DELAY = timedelta(minutes=20)
SAFETY_CHECK_IN_DELAY = timedelta(hours=1)
MILESTONE_DAYS = (1, 3, 7, 14, 30)  # then every MONTH_DAYS days; and the end of the period
MONTH_DAYS = 30
_DAY = timedelta(days=1)


class Reminder(Record):
    key: str
    at: datetime  # when to show it: aware, in the local zone
    kind: ReminderKind
    due: datetime  # when it was meant for, before quiet hours or a pause moved it
    number: int = 0  # daily: running count (alternates encouragement / self-care); checkpoint: 1-based; milestone: days
    final: bool = False  # the checkpoint (or milestone) at the end of the period

    @property
    def deferred(self) -> bool:
        return self.at != self.due


class Pause(Record):
    start: datetime
    end: datetime

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def plan(period: Period, settings: Settings, zone: tzinfo, **shaping: Any) -> list[Reminder]:
    """Every reminder of `period`, in time order: all of what `reminders` yields (same keywords)."""
    return list(reminders(period, settings, zone, **shaping))


def reminders(
    period: Period,
    settings: Settings,
    zone: tzinfo,
    *,
    pauses: Sequence[Pause] = (),
    check_ins: Sequence[tuple[str, datetime]] = (),
    sealed: Sequence[tuple[str, datetime]] = (),
    safety_times: Sequence[tuple[str, datetime]] = (),
) -> Iterator[Reminder]:
    """Every reminder of `period`, in time order (by time, then key), each built when it is reached.

    So a caller that needs only what comes next (`pacer status`) stops early
    and the daily reminders after that are never built.

    `pauses` hold daily reminders and defer checkpoints to their end;
    `check_ins` are one-off reminders asked for after an urge (id, time asked);
    `safety_times` are moments crisis words were answered: one check-in an hour
    after each, none for a moment within the hour before another's check-in.
    `sealed` are drafts sealed at night (id, end of the night): a gentle note
    then says they are waiting, after quiet hours.
    """
    pid = period.id if period.id is not None else 0
    quiet = settings.quiet_hours
    others: list[Reminder] = []

    for number, offset in enumerate(period.checkpoint_offsets, start=1):
        due = period.checkpoint_at(offset).astimezone(zone)
        at = _deferred(due, quiet, pauses, zone)
        others.append(
            Reminder(
                key=f"{pid}:checkpoint:{int(offset.total_seconds())}",
                at=at,
                kind=ReminderKind.CHECKPOINT,
                due=due,
                number=number,
                final=offset == period.length,
            )
        )

    slots = _Slots(period, settings, pauses, zone)
    found = _milestones(period, slots, quiet, pauses, zone)
    others.extend(found)

    if period.outcome == Outcome.MOVED_ON and period.ended_at is not None:
        others.extend(_aftercare(pid, period.ended_at, settings, zone))

    for check_in_id, asked_at in check_ins:
        due = (asked_at + CHECK_IN_DELAY).astimezone(zone)
        others.append(Reminder(key=f"{pid}:check-in:{check_in_id}", at=due, kind=ReminderKind.CHECK_IN, due=due))

    if settings.safety_check_in:
        others.extend(_safety_check_ins(pid, safety_times, zone))

    for draft_id, until in sealed:
        due = until.astimezone(zone)
        at = _deferred(due, quiet, (), zone)
        others.append(Reminder(key=f"{pid}:draft:{draft_id}", at=at, kind=ReminderKind.DRAFT, due=due))

    others.sort(key=_order)
    yield from _merged(others, _dailies(pid, slots.each(), {m.at for m in found}))


def _order(reminder: Reminder) -> tuple[datetime, str]:
    return reminder.at, reminder.key


def _merged(others: list[Reminder], dailies: Iterator[Reminder]) -> Iterator[Reminder]:
    """Two lists each in time order, as one (a daily reminder's key never equals another kind's)."""
    rest = iter(others)
    other = next(rest, None)
    for daily in dailies:
        while other is not None and _order(other) < _order(daily):
            yield other
            other = next(rest, None)
        yield daily
    if other is not None:
        yield other
        yield from rest


class _Slots:
    """The daily reminder times of a period that are not held back (quiet hours, pauses), each day's worked out once.

    Each day's come in the order of the reminder times, days in order; a
    reminder time belongs to the day it was set on (one skipped by a clock
    change may move into the next day).
    """

    def __init__(self, period: Period, settings: Settings, pauses: Sequence[Pause], zone: tzinfo) -> None:
        self.start, self.end = period.started_at, period.ends_at
        if period.ended_at is not None:
            self.end = min(self.end, period.ended_at)
        self.settings, self.pauses, self.zone = settings, pauses, zone
        self.first, self.last = self.start.astimezone(zone).date(), self.end.astimezone(zone).date()
        self._days: dict[date, list[datetime]] = {}

    def day(self, day: date) -> list[datetime]:
        found = self._days.get(day)
        if found is None:
            quiet, pauses = self.settings.quiet_hours, self.pauses
            found = self._days[day] = [
                moment for moment in _wall_times(self.start, self.end, self.settings.reminder_times, self.zone, day)
                if not in_quiet(moment, quiet) and not any(p.covers(moment) for p in pauses)
            ]
        return found

    def each(self, first: date | None = None, last: date | None = None) -> Iterator[datetime]:
        """The slots of the days from `first` to `last` (of the whole period by default), in order."""
        day = self.first if first is None else max(first, self.first)
        last = self.last if last is None else min(last, self.last)
        while day <= last:
            yield from self.day(day)
            day += _DAY

    def near(self, moment: datetime) -> list[datetime]:
        """All the slots within a day of `moment`, in order (and some more)."""
        return list(self.each(moment.date() - 2 * _DAY, moment.date() + _DAY))


def _dailies(pid: int, slots: Iterator[datetime], taken: set[datetime]) -> Iterator[Reminder]:
    """The daily reminders, in time order: each slot no milestone speaks in, counted in the order of `slots`.

    `slots` come day by day (_Slots): a reminder is passed on once the slots
    have gone two days past it, as none of a later day can come before it then.
    """
    daily = ReminderKind.DAILY
    waiting: list[tuple[datetime, int]] = []  # (moment, count), in order: equal moments keep their count order
    count = 0
    for moment in slots:
        if moment in taken:  # a milestone speaks in place of that daily reminder
            continue
        place = len(waiting)
        while place and waiting[place - 1][0] > moment:
            place -= 1
        waiting.insert(place, (moment, count))
        count += 1
        while waiting[0][0] < moment - 2 * _DAY:
            first, number = waiting.pop(0)
            yield Reminder(f"{pid}:daily:{_wall_key(first)}", first, daily, first, number, False)
    for first, number in waiting:
        yield Reminder(f"{pid}:daily:{_wall_key(first)}", first, daily, first, number, False)


def _safety_check_ins(pid: int, moments: Sequence[tuple[str, datetime]], zone: tzinfo) -> Iterator[Reminder]:
    last_due: datetime | None = None
    for event_id, at in sorted(moments, key=lambda m: m[1]):
        due = (at + SAFETY_CHECK_IN_DELAY).astimezone(zone)
        if last_due is not None and at < last_due:
            continue  # a check-in is already coming for this hour
        last_due = due
        yield Reminder(key=f"{pid}:safety-check-in:{event_id}", at=due, kind=ReminderKind.SAFETY_CHECK_IN, due=due)


def answered(reminder: Reminder, answered_at: datetime | None) -> bool:
    """A checkpoint is answered by any decision made once it fell due.

    Its due time, not the time it was shown: a checkpoint held back by quiet
    hours or a pause, and answered meanwhile, is answered. Status and the
    daemon both ask this one function. The morning note about words sealed at
    night is answered the same way: a decision once the night was over means
    `pacer checkpoint` has shown them back already.
    """
    answerable = (ReminderKind.CHECKPOINT, ReminderKind.DRAFT)
    return reminder.kind in answerable and answered_at is not None and reminder.due <= answered_at


def pending_checkpoint(reminders: Iterable[Reminder], answered_at: datetime | None, now: datetime) -> bool:
    """A checkpoint has been shown (or is showing) and no decision has answered it yet."""
    return any(
        r.kind == ReminderKind.CHECKPOINT and r.at.timestamp() <= now.timestamp() and not answered(r, answered_at)
        for r in reminders
    )


def upcoming(reminders: Iterable[Reminder], now: datetime) -> Reminder | None:
    """The first reminder after `now`."""
    now = now.astimezone(UTC)  # compare instants, not wall clocks (DST fold)
    return next((r for r in reminders if r.at.astimezone(UTC) > now), None)


def milestone_days(length: timedelta) -> Iterator[int]:
    """The whole days marked before the end: 1, 3, 7, 14, 30, 60, 90, ... (the end is marked on its own)."""
    day = 0
    for day in MILESTONE_DAYS:
        if timedelta(days=day) >= length:
            return
        yield day
    while True:
        day += MONTH_DAYS
        if timedelta(days=day) >= length:
            return
        yield day


def milestone_stage(reminder: Reminder) -> str:
    """The content stage (pacer.words.library.STAGES["milestone"]) of a milestone reminder."""
    if reminder.final:
        return "end"
    return f"day-{reminder.number}" if reminder.number in MILESTONE_DAYS else "months"


def _milestones(
    period: Period, slots: _Slots, quiet: tuple[time, time] | None, pauses: Sequence[Pause], zone: tzinfo
) -> list[Reminder]:
    """Day 1, 3, 7, 14, 30, every 30 days, and the end; counted from the start, so a slip changes none of them.

    A milestone is reached (`due`) that many days after the start; it is shown
    in place of the first daily reminder in the day after (`slots`: the daily
    reminder times that are not held back), so it never comes in the same
    breath as a checkpoint. The end is marked at the last daily reminder
    before it, as the final checkpoint asks at the end itself. Without such a
    reminder time, at the moment itself (moved out of quiet hours and pauses),
    unless a checkpoint speaks at that very moment: then that one notification
    is enough. Only the milestones a period reached before it ended.
    """
    pid = period.id if period.id is not None else 0
    asks = set(period.checkpoint_offsets)
    used: list[datetime] = []  # the slots milestones took, each once
    found = []
    for offset, name, day, final in milestone_marks(period):
        due = period.checkpoint_at(offset).astimezone(zone)
        if period.ended_at is not None and period.ended_at < due:
            continue
        free = slots.near(due)
        for taken in used:
            if taken in free:
                free.remove(taken)
        if final:
            slot = next((s for s in reversed(free) if due - timedelta(days=1) < s <= due), None)
        else:
            slot = next((s for s in free if due <= s < due + timedelta(days=1)), None)
        if slot is None and offset in asks:
            continue
        if slot is not None:
            used.append(slot)
        at = slot if slot is not None else _deferred(due, quiet, pauses, zone)
        found.append(Reminder(key=f"{pid}:milestone:{name}", at=at, kind=ReminderKind.MILESTONE, due=due, number=day,
                              final=final))
    return found


def milestone_marks(period: Period) -> list[tuple[timedelta, str, int, bool]]:
    """(offset, key name, day, is the end) of every milestone of the period, the end first."""
    marks = [(period.length, "end", period.days_total, True)]
    return marks + [(timedelta(days=day), str(day), day, False) for day in milestone_days(period.length)]


def milestones_reached(period: Period, now: datetime) -> list[tuple[datetime, int, bool]]:
    """(when, day, is the end) of each milestone the period has reached by `now`, shown or not."""
    until = min(now, period.ended_at) if period.ended_at is not None else now
    reached = [(period.checkpoint_at(offset), day, final) for offset, _, day, final in milestone_marks(period)]
    return sorted(m for m in reached if m[0] <= until)


def _aftercare(pid: int, ended_at: datetime, settings: Settings, zone: tzinfo) -> Iterator[Reminder]:
    """One gentle reminder a day for the week after moving on, at the first reminder time outside quiet hours."""
    times = [t for t in settings.reminder_times if not _in_quiet_time(t, settings.quiet_hours)]
    if not times:
        return
    first_day = ended_at.astimezone(zone).date() + timedelta(days=1)
    for n in range(AFTERCARE_DAYS):
        moment = _localize(first_day + timedelta(days=n), times[0], zone)
        yield Reminder(key=f"{pid}:aftercare:{moment.date().isoformat()}", at=moment, kind=ReminderKind.AFTERCARE, due=moment, number=n)


def _wall_times(start: datetime, end: datetime, times: Sequence[time], zone: tzinfo, day: date) -> Iterator[datetime]:
    """Each local `times` of `day` strictly after `start` and strictly before `end`."""
    for wall in times:
        moment = _localize(day, wall, zone)
        if start < moment < end:
            yield moment


def _localize(day: date, wall: time, zone: tzinfo) -> datetime:
    """`day` at `wall` in `zone`, normalised through UTC.

    For a wall time skipped by a spring-forward change this yields the moment
    the clock shows `wall` + the gap (e.g. 02:30 -> 03:30); for one that
    happens twice it yields the first (fold=0).
    """
    naive = datetime.combine(day, wall, tzinfo=zone)
    return naive.astimezone(UTC).astimezone(zone)


def _wall_key(moment: datetime) -> str:
    """strftime("%Y-%m-%dT%H:%M") without strftime, which costs `pacer status` a tenth of its time (it rereads $TZ)."""
    return f"{moment.year}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"


def _in_quiet_time(wall: time, quiet: tuple[time, time] | None) -> bool:
    if quiet is None:
        return False
    start, end = quiet
    if start < end:
        return start <= wall < end
    return wall >= start or wall < end  # the window crosses midnight


def in_quiet(moment: datetime, quiet: tuple[time, time] | None) -> bool:
    return _in_quiet_time(moment.time(), quiet)


def window_end(moment: datetime, window: tuple[time, time], zone: tzinfo) -> datetime:
    """The end of the daily window (quiet hours, the night) that `moment` falls in."""
    return _quiet_end(moment.astimezone(zone), window, zone)


def _quiet_end(moment: datetime, quiet: tuple[time, time], zone: tzinfo) -> datetime:
    """The end of the quiet window that `moment` falls in."""
    start, end = quiet
    day = moment.date()
    if start > end and moment.time() >= start:
        day += timedelta(days=1)
    return _localize(day, end, zone)


def _deferred(due: datetime, quiet: tuple[time, time] | None, pauses: Sequence[Pause], zone: tzinfo) -> datetime:
    """Move a checkpoint out of pauses and quiet hours; never drop it."""
    moment = due
    for _ in range(len(pauses) + 2):  # each step leaves one window; a few passes settle it
        moved = False
        for pause in pauses:
            if pause.covers(moment):
                moment, moved = pause.end.astimezone(zone), True
        if quiet is not None and in_quiet(moment, quiet):
            moment, moved = _quiet_end(moment, quiet, zone), True
        if not moved:
            break
    return moment
