"""The active period: finding it, requiring it, and its plan. One place for each.

Every command that reads or changes the active period starts here, so "there
is no active period" is said the same way everywhere, and looking never
creates files where nothing was ever recorded.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from pacer.env import Env
from pacer.errors import NotFound, PacerError, StoreError
from pacer.period import Period
from pacer.plan import Pause, Reminder, reminders
from pacer.store import Store

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from types import TracebackType

NO_PERIOD = "there is no active period; `pacer start` begins one"
NEVER_A_PERIOD = "there has never been a period, so there is no journal yet; `pacer start` begins one when you are ready"
ALREADY_ACTIVE = "a period is already active; `pacer status` shows it and `pacer stop` ends it"


def reading(env: Env) -> _Reading | _Nothing:
    """`with reading(env) as store`: a read transaction, or None when nothing was ever recorded (looking creates no files)."""
    if not os.path.exists(env.paths.db):
        check_data_dir(env.paths.data_dir)  # a file where the folder should be is a problem, not "nothing yet"
        return _Nothing()
    return _Reading(Store.open(env.paths, write=False), write=False)  # creates and chmods nothing


def active_period(env: Env) -> _WithPeriod:
    """`with active_period(env) as (store, period)`: the store, in one write transaction, with its active period.

    NotFound without one; where nothing was ever recorded, nothing is created just to say so.
    """
    if not os.path.exists(env.paths.db):
        check_data_dir(env.paths.data_dir)
        raise NotFound(NO_PERIOD)
    return _WithPeriod(Store.open(env.paths), require_active)


def latest_period(env: Env) -> _WithPeriod:
    """`with latest_period(env) as (store, period)`: the store, in one write transaction, with the active period or
    else the most recent one.

    The journal goes on after a period ends (the week of aftercare and beyond):
    what is written then belongs to the period it follows. NotFound only when
    there has never been a period.
    """
    if not os.path.exists(env.paths.db):
        check_data_dir(env.paths.data_dir)
        raise NotFound(NEVER_A_PERIOD)
    return _WithPeriod(Store.open(env.paths), _latest)


def _latest(store: Store) -> Period:
    period = store.active_period() or store.last_period()
    if period is None:
        raise NotFound(NEVER_A_PERIOD)
    return period


# The `with` blocks above, as classes: contextlib's generators would cost `pacer status` half a millisecond to import.


class _Scope:
    """An open store in one transaction for a `with` block: committed (or rolled back) and closed at its end."""

    def __init__(self, store: Store, *, write: bool) -> None:
        self.store, self._transaction = store, store.transaction(write=write)

    def _begin(self) -> Store:
        try:
            self._transaction.__enter__()
        except BaseException:
            self.store.__exit__(None, None, None)
            raise
        return self.store

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        with self.store:  # closed even when the commit fails
            self._transaction.__exit__(kind, error, trace)


class _Reading(_Scope):
    def __enter__(self) -> Store:
        return self._begin()


class _WithPeriod(_Scope):
    """The block gets (store, the period `find` finds); whatever `find` raises ends the transaction unchanged."""

    def __init__(self, store: Store, find: Callable[[Store], Period]) -> None:
        super().__init__(store, write=True)
        self._find = find

    def __enter__(self) -> tuple[Store, Period]:
        store = self._begin()
        try:
            return store, self._find(store)
        except BaseException as error:
            self.__exit__(type(error), error, error.__traceback__)
            raise


class _Nothing:
    """Nothing was ever recorded: the block gets None."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        return None


def check_data_dir(data_dir: str) -> None:
    """StoreError when the data folder, or a folder on the way to it, is a file (e.g. PACER_HOME names one).

    Without this, looking would find no database and answer "no active period".
    """
    folder = data_dir
    while True:
        if os.path.exists(folder):
            if not os.path.isdir(folder):
                where = " (PACER_HOME)" if folder == data_dir and os.environ.get("PACER_HOME", "").strip() else ""
                raise StoreError(f"{folder}{where} exists but is not a directory; pacer keeps its data in a folder")
            return
        if os.path.dirname(folder) == folder:  # the root: nothing exists on the way
            return
        folder = os.path.dirname(folder)


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
    return list(period_reminders(store, period, env))


def period_reminders(
    store: Store, period: Period, env: Env, paused: list[tuple[int, datetime, datetime]] | None = None
) -> Iterator[Reminder]:
    """`period_plan`, one reminder at a time in time order (pacer.plan.reminders); what shapes it is read now.

    `paused`: the period's pauses (store.pauses), when the caller has read them already.
    """
    rows = store.pauses(period.stored_id) if paused is None else paused
    pauses = [Pause(start, end) for _, start, end in rows]
    pid = period.stored_id
    # A check-in asked for more than a day ago is long past (shown, or skipped as stale): not in the plan any more,
    # so a period with hundreds of thousands of urges is not read through on every `pacer status`.
    check_ins = store.check_ins(pid, since=env.now - timedelta(days=1))
    return reminders(
        period, env.settings, env.zone, pauses=pauses, check_ins=check_ins, safety_times=store.safety_times(pid),
        sealed=store.sealed_at_night(pid),
    )
