"""Recording the answer to a checkpoint: the one write every way of answering goes through.

`pacer checkpoint`, `move-on`, `heard-back` (pacer.commands.checkpoint) and a
choice pressed on a notification (the daemon) all call `record`, so the rules
live once: "reach out once", the follow-up when no checkpoint is left, the
reply window after a reach-out, and the night seal (a reach-out chosen in
`checkpoints.night` is kept as a sealed draft until the morning, unless
`anyway`). No click, no words library, no daemon here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import NamedTuple

from pacer.domain import CHOICES, Choice, EventKind, Mode, Outcome, ReminderKind, Stage
from pacer.env import Env
from pacer.errors import InvalidInput, PacerError
from pacer.period import Period
from pacer.plan import in_quiet, window_end
from pacer.session import active_period, period_plan
from pacer.store import Store
from pacer.text import RECORDED_MESSAGE_MAX, clean_note, clean_text

REACH_OUT, WAIT, MOVE_ON, HEARD_BACK = Choice.REACH_OUT, Choice.WAIT, Choice.MOVE_ON, Choice.HEARD_BACK
EARLY, FINAL, AFTER_REACH_OUT = Stage.EARLY, Stage.FINAL, Stage.AFTER_REACH_OUT


def stage_of(period: Period, now: datetime, reached_out: bool) -> str:
    if reached_out:
        return AFTER_REACH_OUT
    return FINAL if period.is_complete(now) else EARLY


def heard_back_ends_by_default(mode: str) -> bool:
    """Waiting for a reply ends with the reply; a no-contact period may well go on."""
    return mode == Mode.WAIT


class Decision(NamedTuple):
    choice: str
    message: str | None = None  # reach-out: the text they will send themselves
    anyway: bool = False  # reach-out: a second one despite "once", or one at night (recorded as such)
    end: bool = False  # heard-back: end the period now (outcome heard-back)
    note: str | None = None
    again: bool = False  # heard-back: recorded once already in this period, and they said record it again


def check_choice(choice: str, *, reached_out_at: datetime | None, anyway: bool, zone: tzinfo) -> Choice:
    """The choice, normalised, or why it is refused: unknown, or a second reach-out without --anyway."""
    normal = (choice or "").strip().lower()
    if normal not in CHOICES:
        raise InvalidInput(f"unknown choice {choice!r}; choose one of: {', '.join(CHOICES)}")
    if normal == REACH_OUT and reached_out_at is not None and not anyway:
        from pacer.timetext import absolute

        raise PacerError(
            f"you already reached out once in this period ({absolute(reached_out_at, zone)}). "
            "One message, then give them space: the next step is theirs. "
            "If you are sure, --anyway records a second message as such"
        )
    return Choice(normal)


def validate(decision: Decision, *, reached_out_at: datetime | None, zone: tzinfo) -> Decision:
    """The decision with its texts cleaned, or the reason it is refused (before anything is written)."""
    choice = check_choice(decision.choice, reached_out_at=reached_out_at, anyway=decision.anyway, zone=zone)
    if decision.message is not None and choice != REACH_OUT:
        raise InvalidInput(f"a message goes with the choice {REACH_OUT}, not {choice}")
    message = None
    if choice == REACH_OUT:
        if decision.message is None:
            raise InvalidInput("reaching out needs the message: add --message TEXT (pacer only records it; you send it)")
        message = clean_text(decision.message, "message", RECORDED_MESSAGE_MAX)
    return decision._replace(choice=choice, message=message, note=clean_note(decision.note))


def check_heard_back_again(heard_back_at: datetime | None, again: bool, zone: tzinfo) -> None:
    """Hearing back is recorded once a period unless they say again: a second time is asked about first."""
    if heard_back_at is not None and not again:
        from pacer.timetext import absolute

        raise PacerError(
            f"you already recorded that you heard back in this period ({absolute(heard_back_at, zone)}); "
            "`pacer heard-back --again` records it once more"
        )


def sealed_until(env: Env) -> datetime | None:
    """The end of the night when now is inside `checkpoints.night`, else None."""
    night = env.settings.night
    if night is None or not in_quiet(env.now, night):
        return None
    return window_end(env.now, night, env.zone)


class Recorded(NamedTuple):
    period: Period  # as it is now: ended_at and outcome set when this ended it
    choice: str
    stage: str  # the stage the decision was made in
    anyway: bool  # a reach-out recorded despite "once"
    aftercare: tuple[datetime, ...]  # moved on: the gentle notes of the week after
    next_checkpoint: datetime | None
    followed_up: bool = False  # no checkpoint was left, so the period now runs on to a new one
    sealed_until: datetime | None = None  # a reach-out at night: kept as a draft, not recorded as sent
    at_night: bool = False  # a reach-out recorded at night with --anyway

    @property
    def ended(self) -> bool:
        return self.period.ended_at is not None


def record(env: Env, decision: Decision, *, period_id: int | None = None, as_decision: bool = True,
           also: Callable[[Store], None] | None = None, answering: datetime | None = None) -> Recorded:
    """Record one answer in one write transaction; `also` runs inside it (e.g. the words shown).

    Every rule is checked against the data as it is by then. With `answering` (a
    checkpoint's due time), AlreadyAnswered if a decision since then answered it
    (pacer.plan.answered's rule). The caller wakes the daemon.
    """
    now = env.now
    with active_period(env) as (store, period):
        if period_id is not None and period.id != period_id:
            raise PacerError("the period changed while you were deciding (another pacer ended it); nothing was recorded")
        if answering is not None:
            last = store.last_event(period.stored_id, EventKind.DECISION)
            if last is not None and answering <= last.at:
                raise AlreadyAnswered("this checkpoint was answered already")
        first = store.first_event(period.stored_id, REACH_OUT)
        clean = validate(decision, reached_out_at=first.at if first else None, zone=env.zone)
        if clean.choice == HEARD_BACK:
            heard = store.first_event(period.stored_id, HEARD_BACK)
            check_heard_back_again(heard.at if heard else None, clean.again, env.zone)
        stage = stage_of(period, now, first is not None)
        choice = clean.choice
        seal = sealed_until(env) if choice == REACH_OUT and as_decision else None
        if seal is not None and not clean.anyway:
            store.add_event(period.stored_id, EventKind.DRAFT, now, clean.message, sealed_until=seal.astimezone(UTC).isoformat(),
                            night=True, stage=stage)
            if also is not None:
                also(store)
            return Recorded(period, choice, stage, False, (), _next_at(period, now), sealed_until=seal)
        period, followed_up = _reshape(store, env, period, choice if as_decision else None)
        if as_decision:
            text = clean.note if choice in (WAIT, MOVE_ON) else None
            extra = {"length_s": int(period.length.total_seconds())} if followed_up else {}
            store.add_event(period.stored_id, EventKind.DECISION, now, text, choice=choice, stage=stage, **extra)
        anyway = False
        outcome: Outcome | None = None
        if choice == REACH_OUT:
            anyway = first is not None  # only a reach-out that overrode "once" is marked as such
            extra = {"night": True} if seal is not None else {}
            store.add_event(period.stored_id, REACH_OUT, now, clean.message, anyway=anyway, stage=stage, **extra)
        elif choice == HEARD_BACK:
            store.add_event(period.stored_id, HEARD_BACK, now, clean.note, end=clean.end)
            outcome = Outcome.HEARD_BACK if clean.end else None
        elif choice == MOVE_ON:
            outcome = Outcome.MOVED_ON
        aftercare: tuple[datetime, ...] = ()
        if outcome is not None:
            store.end_period(period.stored_id, now, outcome)
            # The row now holds exactly this (to_db keeps microseconds), without reading it back.
            period = period._replace(ended_at=now.astimezone(UTC), outcome=outcome)
            if outcome == Outcome.MOVED_ON:
                aftercare = tuple(r.at for r in period_plan(store, period, env) if r.kind == ReminderKind.AFTERCARE)
        if also is not None:
            also(store)
    next_at = _next_at(period, now) if period.ended_at is None else None
    return Recorded(period, choice, stage, anyway, aftercare, next_at, followed_up, at_night=seal is not None)


def _reshape(store: Store, env: Env, period: Period, choice: str | None) -> tuple[Period, bool]:
    """The period after this answer: a follow-up when no checkpoint is left, a reply window after a reach-out."""
    now = env.now
    changed: Period | None = None
    followed_up = False
    if choice in (WAIT, REACH_OUT) and period.next_checkpoint(now) is None:
        # Keeping on waiting, or a reply window, with no checkpoint left: one more, so pacer asks again.
        by = env.settings.follow_up
        if choice == REACH_OUT:
            by = max(by, env.settings.reply_window(period.mode))
        changed = period.followed_up(now, by)
        followed_up = changed is not None
    elif choice == REACH_OUT:
        changed = period.with_reply_window(now, env.settings.reply_window(period.mode))
    if changed is None:
        return period, False
    # A reminder time a milestone spoke at (the old end's) goes back to a daily reminder when the end moves.
    spoken = {r.at for r in period_plan(store, period, env) if r.kind == ReminderKind.MILESTONE and r.at <= now}
    store.set_period_length(changed)
    # The days between the old end and now were not in the period as they passed: their
    # daily reminders were never due, so they must not come back as "missed"; nor may those times.
    for reminder in period_plan(store, changed, env):
        if reminder.kind == ReminderKind.DAILY and reminder.at <= now and (period.ends_at < reminder.at or reminder.at in spoken):
            store.skip_delivery(reminder.key, period.stored_id, reminder.kind, reminder.due, now)
    return changed, followed_up


def _next_at(period: Period, now: datetime) -> datetime | None:
    offset = period.next_checkpoint(now)
    return period.checkpoint_at(offset) if offset is not None else None


class AlreadyAnswered(PacerError):
    """The checkpoint a notification asked about was answered meanwhile (another way, or a second press)."""


def answer_from_notification(env: Env, period_id: int, due: datetime, choice: str) -> Recorded | None:
    """A choice pressed on a checkpoint's notification, recorded as `pacer checkpoint --choice` records it.

    None when there is nothing to answer any more: the period ended or changed, or a
    decision made since the checkpoint fell due answered it already (a second press).
    """
    try:
        return record(env, Decision(choice), period_id=period_id, answering=due)
    except PacerError:  # AlreadyAnswered, NotFound, or the period changed
        return None
