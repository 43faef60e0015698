"""`pacer pause DURATION` / `pacer resume`: a break from daily reminders.

A pause holds the daily reminders that fall inside it; a checkpoint that
falls inside it is not lost but deferred to the pause's end (pacer.plan does
both from the stored pauses). Pauses start now, so at most one is current.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from pacer.daemon import lock as daemon_lock
from pacer.domain import ReminderKind
from pacer.durations import format_compact, format_long, parse_duration
from pacer.env import Env
from pacer.errors import InvalidInput, NotFound, PacerError
from pacer.session import active_period, period_plan


class PauseResult(NamedTuple):
    start: datetime
    end: datetime
    deferred: int  # checkpoints that now wait for the pause's end


def current(pauses: list[tuple[int, datetime, datetime]], now: datetime) -> tuple[int, datetime, datetime] | None:
    """The stored pause covering `now`, if any."""
    return next((p for p in pauses if p[1] <= now < p[2]), None)


def pause(env: Env, length_text: str) -> PauseResult:
    """Record a pause from now; refuses without an active period, past its end, or while paused."""
    from pacer.timetext import when

    length = parse_duration(length_text, what="pause length")
    now = env.now
    with active_period(env) as (store, period):
        if period.is_complete(now):
            raise PacerError("your period is already complete; there is nothing left to pause (`pacer checkpoint` helps you decide)")
        end = now + length
        if end > period.ends_at:
            # Floor to whole minutes, so the length suggested really fits.
            rest = timedelta(minutes=(period.ends_at - now) // timedelta(minutes=1))
            raise InvalidInput(
                f"a pause of {format_long(length)} is longer than the rest of your period "
                f"({format_long(rest)}); choose {format_compact(rest) if rest else 'none'} or less"
            )
        ongoing = current(store.pauses(period.stored_id), now)
        if ongoing is not None:
            raise PacerError(
                f"you are already paused until {when(ongoing[2].astimezone(env.zone), now)}; "
                "`pacer resume` ends that pause, then you can start a new one"
            )
        store.add_pause(period.stored_id, now, end)
        deferred = sum(1 for r in period_plan(store, period, env) if r.kind == ReminderKind.CHECKPOINT and now <= r.due < end)
    daemon_lock.wake(env.paths.daemon_lock)
    return PauseResult(now, end, deferred)


def resume(env: Env) -> PauseResult:
    """End the current pause now: daily reminders return, and a deferred checkpoint comes at once."""
    now = env.now
    with active_period(env) as (store, period):
        ongoing = current(store.pauses(period.stored_id), now)
        if ongoing is None:
            raise NotFound("you are not paused; `pacer pause 2d` starts a pause")
        pause_id, start, _ = ongoing
        store.set_pause_end(pause_id, now)
    daemon_lock.wake(env.paths.daemon_lock)
    return PauseResult(start, now, 0)
