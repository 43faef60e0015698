"""Starting and stopping a period. No click here."""

from typing import NamedTuple

from pacer import session
from pacer.daemon import lock as daemon_lock
from pacer.domain import Mode, Outcome
from pacer.durations import parse_duration, parse_duration_list
from pacer.env import Env
from pacer.errors import InvalidInput, PacerError
from pacer.period import Period, new_period
from pacer.session import active_period
from pacer.store import Store


class StartRequest(NamedTuple):
    mode: str | None = None
    length: str | None = None
    checkpoints: str | None = None
    label: str | None = None
    reasons: tuple[str, ...] = ()


def start(env: Env, request: StartRequest) -> Period:
    """Validate and record a new period; refuses while one is active. Changes nothing on error."""
    # `is None`, not falsiness: an empty LENGTH or --mode "" is a mistake to report, not "use the default".
    mode = request.mode if request.mode is not None else env.settings.default_mode
    if mode not in tuple(Mode):
        raise InvalidInput(f"unknown mode {mode!r}; choose one of: {', '.join(Mode)}")
    length = parse_duration(request.length, what="length") if request.length is not None else env.settings.length(mode)
    checkpoints = parse_duration_list(request.checkpoints) if request.checkpoints is not None else None
    period = new_period(
        mode=Mode(mode),
        length=length,
        checkpoints=checkpoints,
        default_checkpoints=env.settings.checkpoints(mode),
        started_at=env.now,
        label=request.label,
        reasons=request.reasons,
    )
    with Store.open(env.paths) as store, store.transaction():
        if store.active_period() is not None:
            raise PacerError(session.ALREADY_ACTIVE)
        period = store.add_period(period)
    daemon_lock.wake(env.paths.daemon_lock)
    return period


def stop(env: Env, outcome: str = Outcome.OTHER) -> Period:
    if outcome not in tuple(Outcome):
        raise InvalidInput(f"unknown outcome {outcome!r}; choose one of: {', '.join(Outcome)}")
    with active_period(env) as (store, period):
        store.end_period(period.id, env.now, outcome)
        ended = store.last_period()
    daemon_lock.wake(env.paths.daemon_lock)
    return ended
