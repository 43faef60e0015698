"""Starting and stopping a period. No click here."""

from typing import NamedTuple

from pacer import session
from pacer.daemon import lock as daemon_lock
from pacer.domain import MODE_SITUATIONS, SITUATIONS, Mode, Outcome
from pacer.durations import parse_duration, parse_duration_list
from pacer.env import Env
from pacer.errors import InvalidInput, PacerError
from pacer.period import Period, new_period
from pacer.session import active_period
from pacer.store import Store

EARLY_OUTCOMES = (Outcome.MOVED_ON, Outcome.HEARD_BACK, Outcome.OTHER)  # a period ended before it is complete


class StartRequest(NamedTuple):
    mode: str | None = None
    length: str | None = None
    checkpoints: str | None = None
    label: str | None = None
    reasons: tuple[str, ...] = ()
    situation: str | None = None


def mode_for(situation: str | None, default: str) -> str:
    """The mode a situation implies (blocked or chose: no contact; waiting: wait); `default` when it fits either."""
    if situation is None or situation not in SITUATIONS:
        return default
    fitting = [mode for mode, known in MODE_SITUATIONS.items() if situation in known]
    return default if default in fitting else fitting[0]


def start(env: Env, request: StartRequest) -> Period:
    """Validate and record a new period; refuses while one is active. Changes nothing on error."""
    # `is None`, not falsiness: an empty LENGTH or --mode "" is a mistake to report, not "use the default".
    mode = request.mode if request.mode is not None else mode_for(request.situation, env.settings.default_mode)
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
        situation=request.situation,
    )
    with Store.open(env.paths) as store, store.transaction():
        if store.active_period() is not None:
            raise PacerError(session.ALREADY_ACTIVE)
        period = store.add_period(period)
    daemon_lock.wake(env.paths.daemon_lock)
    return period


def stop(env: Env, outcome: str | None = None) -> Period:
    """End the active period. Without an outcome: completed once it is complete, "other" before.

    "completed" is refused before the period is complete: history should say what happened.
    """
    if outcome is not None and outcome not in tuple(Outcome):
        raise InvalidInput(f"unknown outcome {outcome!r}; choose one of: {', '.join(Outcome)}")
    with active_period(env) as (store, period):
        complete = period.is_complete(env.now)
        if outcome is None:
            outcome = Outcome.COMPLETED if complete else Outcome.OTHER
        elif outcome == Outcome.COMPLETED and not complete:
            raise InvalidInput(
                f"the period is not complete yet (day {period.day(env.now)} of {period.days_total}); "
                f"to end it now, choose one of: {', '.join(EARLY_OUTCOMES)}"
            )
        store.end_period(period.stored_id, env.now, outcome)
    daemon_lock.wake(env.paths.daemon_lock)
    return period._replace(ended_at=env.now, outcome=Outcome(outcome))
