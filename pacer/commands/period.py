"""What each command does, without click: the CLI parses, calls one of these, renders."""

from contextlib import contextmanager
from datetime import timedelta
from typing import Any, Iterator, NamedTuple

from pacer import clock
from pacer.daemon import lock as daemon_lock
from pacer.durations import parse_duration, parse_duration_list
from pacer.env import Env
from pacer.errors import InvalidInput, NotFound, PacerError
from pacer.period import OUTCOMES, Period, checkpoint_day, new_period
from pacer.plan import Pause, plan, upcoming
from pacer.store import Store


NO_PERIOD = "there is no active period; `pacer start` begins one"


class StartRequest(NamedTuple):
    mode: str | None = None
    length: str | None = None
    checkpoints: str | None = None
    label: str | None = None
    reasons: tuple[str, ...] = ()


ALREADY_ACTIVE = "a period is already active; `pacer status` shows it and `pacer stop` ends it"


def refuse_if_active(env: Env) -> None:
    """Say at once that a period is already active (before asking anything); reads only."""
    if env.paths.db.exists():
        with Store.open(env.paths, write=False) as store, store.transaction(write=False):
            if store.active_period() is not None:
                raise PacerError(ALREADY_ACTIVE)


def start(env: Env, request: StartRequest) -> Period:
    """Validate and record a new period; refuses while one is active. Changes nothing on error."""
    # `is None`, not falsiness: an empty LENGTH or --mode "" is a mistake to report, not "use the default".
    mode = request.mode if request.mode is not None else env.settings.default_mode
    if mode not in ("wait", "no-contact"):
        raise InvalidInput(f"unknown mode {mode!r}; choose one of: wait, no-contact")
    length = parse_duration(request.length, what="length") if request.length is not None else env.settings.length(mode)
    checkpoints = parse_duration_list(request.checkpoints) if request.checkpoints is not None else None
    period = new_period(
        mode=mode,
        length=length,
        checkpoints=checkpoints,
        default_checkpoints=env.settings.checkpoints(mode),
        started_at=env.now,
        label=request.label,
        reasons=request.reasons,
    )
    with Store.open(env.paths) as store, store.transaction():
        if store.active_period() is not None:
            raise PacerError(ALREADY_ACTIVE)
        period = store.add_period(period)
    daemon_lock.wake(env.paths.daemon_lock)
    return period


def stop(env: Env, outcome: str = "other") -> Period:
    if outcome not in OUTCOMES:
        raise InvalidInput(f"unknown outcome {outcome!r}; choose one of: {', '.join(OUTCOMES)}")
    with active_period(env) as (store, period):
        store.end_period(period.id, env.now, outcome)
        ended = store.last_period()
    daemon_lock.wake(env.paths.daemon_lock)
    return ended


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


def require_active(store: Store) -> Period:
    period = store.active_period()
    if period is None:
        raise NotFound(NO_PERIOD)
    return period


def period_plan(store: Store, period: Period, env: Env) -> list:
    """The plan of `period` with everything stored that shapes it (pauses, urge check-ins)."""
    pauses = [Pause(start, end) for _, start, end in store.pauses(period.id)]
    # A check-in asked for more than a day ago is long past (shown, or skipped as stale): not in the plan any more.
    check_ins = store.check_ins(period.id, since=env.now - timedelta(days=1))
    return plan(period, env.settings, env.zone, pauses=pauses, check_ins=check_ins)


def status(env: Env) -> tuple[dict[str, Any], Period | None]:
    """The status as the stable `status --json` dict, and the period it describes."""
    now = env.now
    pid, zone = daemon_lock.daemon_info(env.paths.daemon_lock)
    # `zone`: the time zone the running daemon's reminders follow (the computer's, unless
    # general.timezone names one); this terminal may show another (its own TZ).
    daemon = {"running": pid is not None, "pid": pid if pid and pid > 0 else None, "zone": zone}
    view: dict[str, Any] = {
        "active": False,
        "mode": None,
        "day": None,
        "days_total": None,
        "started_at": None,
        "ends_at": None,
        "progress": None,
        "complete": None,
        "next_checkpoint": None,
        "pending_checkpoint": None,
        "next_reminder": None,
        "reached_out_at": None,
        "urges": 0,
        "last_urge_at": None,
        "slips": 0,  # times they contacted the person after all; never resets the period
        "last_contact_at": None,  # the latest slip or reach-out: "days since last contact"
        "paused_until": None,  # the end of the current pause (`pacer pause`)
        "daemon": daemon,
        "notifications": {"shown": 0, "failed": 0, "last_error": None},
    }
    if not env.paths.db.exists():
        return view, None  # nothing recorded yet; do not create files just to look
    with Store.open(env.paths, write=False) as store, store.transaction(write=False):
        period = store.active_period()
        if period is None:
            return view, None
        # When reminders come is the daemon's plan: in its zone (when it says one), shown in ours.
        reminders = period_plan(store, period, env._replace(zone=clock.named_zone(zone) or env.zone))
        delivered = store.delivered_keys(period.id)
        counts = store.delivery_counts(period.id)
        paused = next((end for _, begin, end in store.pauses(period.id) if begin <= now < end), None)
        urges = store.count_events(period.id, "urge")
        last_urge = store.last_event(period.id, "urge")
        reach_out = store.first_event(period.id, "reach-out")
        last_decision = store.last_event(period.id, "decision")
        slips = store.count_events(period.id, "slip")
        contacts = [e for e in (store.last_event(period.id, "slip"), store.last_event(period.id, "reach-out")) if e]
    waiting = [r for r in reminders if r.key not in delivered]
    nxt = upcoming(waiting, now)
    # The plan's time, not the raw offset: quiet hours and pauses may have moved it.
    next_cp = upcoming((r for r in waiting if r.kind == "checkpoint"), now)
    due_checkpoints = [r for r in reminders if r.kind == "checkpoint" and r.at.timestamp() <= now.timestamp()]
    answered_at = last_decision.at if last_decision else None
    pending = bool(due_checkpoints) and (answered_at is None or answered_at < due_checkpoints[-1].at)
    view.update(
        active=True,
        mode=period.mode,
        day=period.day(now),
        days_total=period.days_total,
        started_at=_iso(period.started_at, env),
        ends_at=_iso(period.ends_at, env),
        progress=round(period.progress(now), 4),
        complete=period.is_complete(now),
        next_checkpoint=(
            {"at": _iso(next_cp.at, env), "day": checkpoint_day(period.checkpoint_offsets[next_cp.number - 1])}
            if next_cp is not None
            else None
        ),
        pending_checkpoint=pending,
        paused_until=_iso(paused, env) if paused else None,
        next_reminder=_iso(nxt.at, env) if nxt else None,
        reached_out_at=_iso(reach_out.at, env) if reach_out else None,
        urges=urges,
        last_urge_at=_iso(last_urge.at, env) if last_urge else None,
        slips=slips,
        last_contact_at=_iso(max(e.at for e in contacts), env) if contacts else None,
        notifications={"shown": counts.shown, "failed": counts.failed, "last_error": counts.last_error},
    )
    return view, period


def _iso(moment, env: Env) -> str:
    return moment.astimezone(env.zone).isoformat(timespec="seconds")


def daemon_health(env: Env) -> list[str]:
    """What `pacer doctor` adds about the service: is it running, and what failed last."""
    pid = daemon_lock.running_pid(env.paths.daemon_lock)
    lines = [f"Reminder service: {'running (pid %d)' % pid if pid else 'not running; `pacer daemon start` starts it'}"]
    if env.paths.db.exists():
        with Store.open(env.paths, write=False) as store, store.transaction(write=False):
            period = store.active_period()
            counts = store.delivery_counts(period.id) if period else None
        if counts and counts.failed:
            lines.append(f"Reminders not shown in this period: {counts.failed}; the last problem: {counts.last_error}")
    lines.append(f"The service's log: {env.paths.log}")
    return lines
