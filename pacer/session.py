"""The active period: finding it, requiring it, and its plan. One place for each.

Every command that reads or changes the active period starts here, so "there
is no active period" is said the same way everywhere, and looking never
creates files where nothing was ever recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pacer.env import Env
from pacer.errors import NotFound, PacerError
from pacer.period import Period
from pacer.plan import Pause, Reminder, plan
from pacer.store import Store

NO_PERIOD = "there is no active period; `pacer start` begins one"
NEVER_A_PERIOD = "there has never been a period, so there is no journal yet; `pacer start` begins one when you are ready"
ALREADY_ACTIVE = "a period is already active; `pacer status` shows it and `pacer stop` ends it"


@contextmanager
def reading(env: Env) -> Iterator[Store | None]:
    """A read transaction, or None when nothing was ever recorded (looking creates no files)."""
    if not env.paths.db.exists():
        yield None
        return
    with Store.open(env.paths) as store, store.transaction(write=False):
        yield store


@contextmanager
def active_period(env: Env) -> Iterator[tuple[Store, Period]]:
    """The store, in one write transaction, with its active period.

    NotFound without one; where nothing was ever recorded, nothing is created just to say so.
    """
    data_dir = env.paths.data_dir
    if not env.paths.db.exists() and (data_dir.is_dir() or not data_dir.exists()):
        raise NotFound(NO_PERIOD)  # (an unusable data dir falls through: Store.open says what is wrong)
    with Store.open(env.paths) as store, store.transaction():
        yield store, require_active(store)


@contextmanager
def latest_period(env: Env) -> Iterator[tuple[Store, Period]]:
    """The store, in one write transaction, with the active period or else the most recent one.

    The journal goes on after a period ends (the week of aftercare and beyond):
    what is written then belongs to the period it follows. NotFound only when
    there has never been a period.
    """
    data_dir = env.paths.data_dir
    if not env.paths.db.exists() and (data_dir.is_dir() or not data_dir.exists()):
        raise NotFound(NEVER_A_PERIOD)
    with Store.open(env.paths) as store, store.transaction():
        period = store.active_period() or store.last_period()
        if period is None:
            raise NotFound(NEVER_A_PERIOD)
        yield store, period


def require_active(store: Store | None) -> Period:
    """The active period, or NotFound (store None: nothing was ever recorded)."""
    period = store.active_period() if store is not None else None
    if period is None:
        raise NotFound(NO_PERIOD)
    return period


def refuse_if_active(env: Env) -> None:
    """Say at once that a period is already active (before asking anything); reads only."""
    with reading(env) as store:
        if store is not None and store.active_period() is not None:
            raise PacerError(ALREADY_ACTIVE)


def period_plan(store: Store, period: Period, env: Env) -> list[Reminder]:
    """The plan of `period` with everything stored that shapes it (pauses, urge check-ins)."""
    pauses = [Pause(start, end) for _, start, end in store.pauses(period.stored_id)]
    return plan(period, env.settings, env.zone, pauses=pauses, check_ins=store.check_ins(period.stored_id))
