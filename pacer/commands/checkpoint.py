"""The checkpoint: where the period stands, the one choice, and the promise of "once". No click.

Stages (the words shown and the choices offered follow them):
* early: before the end of the period (also when `pacer checkpoint` is run
  before a checkpoint is due: deciding early is allowed);
* final: the period the user chose is complete;
* after-reach-out: they reached out once; the period is now a reply window
  and the question is: heard back, keep waiting, or move on.

An answer is a `decision` event {choice, stage}. The last decision answers
every checkpoint due before it (pacer.plan.answered); status derives `pending_checkpoint`
from exactly that, so recording one is all it takes to clear it.

Interactive commands call prepare() (read-only, so no write lock is held
while a person thinks), ask their questions, then record with one call that
runs one write transaction and re-checks every rule against the data as it
is by then (another pacer may have recorded a reach-out meanwhile).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import NamedTuple

from pacer.commands.journal import clean_note
from pacer.daemon import lock as daemon_lock
from pacer.domain import CHOICES, Choice, EventKind, Mode, Outcome, ReminderKind, Stage, UrgeOutcome
from pacer.env import Env
from pacer.errors import InvalidInput, PacerError
from pacer.period import Period
from pacer.session import active_period, period_plan, reading, require_active
from pacer.text import RECORDED_MESSAGE_MAX, clean_text
from pacer.words import rotation as picks
from pacer.words.library import GENERAL, SAFETY
from pacer.words.message_check import Finding, check_message
from pacer.words.rotation import Pick

REACH_OUT, WAIT, MOVE_ON, HEARD_BACK = Choice.REACH_OUT, Choice.WAIT, Choice.MOVE_ON, Choice.HEARD_BACK
EARLY, FINAL, AFTER_REACH_OUT = Stage.EARLY, Stage.FINAL, Stage.AFTER_REACH_OUT
TEMPLATES_SHOWN = 3  # enough to see different ways of saying it, few enough to read at 2 a.m.
HEARD_BACK_SHOWN = 2


def stage_of(period: Period, now: datetime, reached_out: bool) -> str:
    if reached_out:
        return AFTER_REACH_OUT
    return FINAL if period.is_complete(now) else EARLY


def menu(stage: str, mode: str = Mode.WAIT, heard_back: bool = False) -> tuple[Choice, ...]:
    """The numbered choices, in this order.

    No contact: keep going first, then move on, then reach out once (never
    twice). Waiting: reach out once, keep waiting, move on; after a reach-out
    the reply window asks first whether they answered. "I heard back" is
    offered until it has been recorded in this period.
    """
    heard = () if heard_back else (HEARD_BACK,)
    if mode == Mode.NO_CONTACT:
        return (WAIT, MOVE_ON) + (() if stage == AFTER_REACH_OUT else (REACH_OUT,)) + heard
    if stage == AFTER_REACH_OUT:
        return heard + (WAIT, MOVE_ON)
    return (REACH_OUT, WAIT, MOVE_ON) + heard


def heard_back_ends_by_default(mode: str) -> bool:
    """Waiting for a reply ends with the reply; a no-contact period may well go on."""
    return mode == Mode.WAIT


class Summary(NamedTuple):
    elapsed: timedelta
    day: int
    days_total: int
    complete: bool
    urges: int
    notes: int
    slips: int
    reached_out_at: datetime | None
    ridden_out: int = 0  # urges that passed
    heard_back_at: datetime | None = None  # the first time they got in touch in this period


class Prepared(NamedTuple):
    period: Period
    stage: str
    menu: tuple[Choice, ...]
    summary: Summary
    reflection: Pick | None  # early checkpoints only: step back, other reasons for silence
    support: Pick  # always: talking to someone
    templates: tuple[Pick, ...]  # reach-out messages that fit mode, situation and stage
    moving_on: Pick
    heard_back: tuple[Pick, ...]  # for when they got in touch: pacing (waiting); no reply owed (no contact)
    safety: tuple[Pick, ...]  # no contact, heard back: safety and their reasons first, and where to find help
    problems: tuple[str, ...]  # the user's content files that could not be used


def prepare(env: Env, rng: random.Random | None = None) -> Prepared:
    """Where the active period stands and the words that fit; writes nothing."""
    rng = rng or random.Random()
    now = env.now
    library, problems = picks.load(env)
    with reading(env) as store:
        period = require_active(store)
        assert store is not None  # require_active raised otherwise
        first = store.first_event(period.stored_id, REACH_OUT)
        heard = store.first_event(period.stored_id, HEARD_BACK)
        summary = Summary(
            elapsed=max(now - period.started_at, timedelta(0)),
            day=period.day(now),
            days_total=period.days_total,
            complete=period.is_complete(now),
            urges=store.count_events(period.stored_id, EventKind.URGE),
            notes=store.count_events(period.stored_id, EventKind.NOTE),
            slips=store.count_events(period.stored_id, EventKind.SLIP),
            reached_out_at=first.at if first else None,
            ridden_out=store.count_urges(period.stored_id, UrgeOutcome.PASSED),
            heard_back_at=heard.at if heard else None,
        )
        stage = stage_of(period, now, first is not None)
        mode = period.mode

        def peek(category: str, stage: str | None = None, count: int = 1) -> list[Pick]:
            return picks.peek(store, library, category, mode=mode, stage=stage, rng=rng, count=count,
                              situation=period.situation, at=now)

        # Message templates know "early" and "final"; a second message (--anyway) comes at the end.
        message_stage = EARLY if stage == EARLY else FINAL
        no_contact = mode == Mode.NO_CONTACT
        return Prepared(
            period=period,
            stage=stage,
            menu=menu(stage, mode, heard is not None),
            summary=summary,
            reflection=peek("reflection", GENERAL)[0] if stage == EARLY else None,
            support=peek("support", GENERAL)[0],
            templates=tuple(peek("message", message_stage, TEMPLATES_SHOWN)),
            moving_on=peek("moving_on")[0],
            heard_back=tuple(peek("heard_back", GENERAL, HEARD_BACK_SHOWN)),
            safety=(peek("heard_back", SAFETY)[0], peek("support", SAFETY)[0]) if no_contact else (),
            problems=tuple(problems),
        )


class Decision(NamedTuple):
    choice: str
    message: str | None = None  # reach-out: the text they will send themselves
    anyway: bool = False  # reach-out: a second one, despite "once"
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


def check_draft(text: str, max_chars: int = RECORDED_MESSAGE_MAX) -> tuple[str, list[Finding]]:
    """(the cleaned text, what the message check finds in it): advice, never a refusal of the words."""
    cleaned = clean_text(text, "message", max_chars)
    return cleaned, check_message(cleaned)


class Recorded(NamedTuple):
    period: Period  # as it is now: ended_at and outcome set when this ended it
    choice: str
    stage: str  # the stage the decision was made in
    anyway: bool  # a reach-out recorded despite "once"
    aftercare: tuple[datetime, ...]  # moved on: the gentle notes of the week after
    next_checkpoint: datetime | None
    followed_up: bool = False  # no checkpoint was left, so the period now runs on to a new one

    @property
    def ended(self) -> bool:
        return self.period.ended_at is not None


def decide(env: Env, decision: Decision, *, period_id: int | None = None, shown: Sequence[Pick] = ()) -> Recorded:
    """Record the answer to a checkpoint; `shown` are the words the command displayed."""
    return _record(env, decision, period_id, shown, as_decision=True)


def move_on(env: Env, note: str | None = None, *, period_id: int | None = None, shown: Sequence[Pick] = ()) -> Recorded:
    """Choose to move on: the period ends (moved-on) and the week of aftercare begins."""
    return _record(env, Decision(MOVE_ON, note=note), period_id, shown, as_decision=True)


def heard_back(
    env: Env, *, end: bool, note: str | None = None, period_id: int | None = None, shown: Sequence[Pick] = (),
    again: bool = False,
) -> Recorded:
    """They got in touch: recorded; with `end` the period ends as heard-back. Not a checkpoint answer."""
    return _record(env, Decision(HEARD_BACK, note=note, end=end, again=again), period_id, shown, as_decision=False)


def check_heard_back_again(heard_back_at: datetime | None, again: bool, zone: tzinfo) -> None:
    """Hearing back is recorded once a period unless they say again: a second time is asked about first."""
    if heard_back_at is not None and not again:
        from pacer.timetext import absolute

        raise PacerError(
            f"you already recorded that you heard back in this period ({absolute(heard_back_at, zone)}); "
            "`pacer heard-back --again` records it once more"
        )


def _record(env: Env, decision: Decision, period_id: int | None, shown: Sequence[Pick], *, as_decision: bool) -> Recorded:
    now = env.now
    with active_period(env) as (store, period):
        if period_id is not None and period.id != period_id:
            raise PacerError("the period changed while you were deciding (another pacer ended it); nothing was recorded")
        first = store.first_event(period.stored_id, REACH_OUT)
        clean = validate(decision, reached_out_at=first.at if first else None, zone=env.zone)
        if clean.choice == HEARD_BACK:
            heard = store.first_event(period.stored_id, HEARD_BACK)
            check_heard_back_again(heard.at if heard else None, clean.again, env.zone)
        stage = stage_of(period, now, first is not None)
        choice = clean.choice
        # Keeping on waiting, or a reply window, with no checkpoint left: one more, so pacer asks again.
        follow_up = period.followed_up(now, env.settings.follow_up) if (
            as_decision and choice in (WAIT, REACH_OUT) and period.next_checkpoint(now) is None
        ) else None
        if as_decision:
            text = clean.note if choice in (WAIT, MOVE_ON) else None
            extra = {"length_s": int(follow_up.length.total_seconds())} if follow_up else {}
            store.add_event(period.stored_id, EventKind.DECISION, now, text, choice=choice, stage=stage, **extra)
        if follow_up is not None:
            store.set_period_length(follow_up)
            # The days between the old end and now were not in the period as they passed: their
            # daily reminders were never due, so they must not come back as "missed". Nor the reminder
            # time the old end's milestone spoke at, which the moved end hands back to a daily reminder.
            for reminder in period_plan(store, follow_up, env):
                if reminder.kind == ReminderKind.DAILY and reminder.at <= now:
                    store.skip_delivery(reminder.key, period.stored_id, reminder.kind, reminder.due, now)
            period = follow_up
        anyway = False
        outcome: Outcome | None = None
        if choice == REACH_OUT:
            anyway = first is not None  # only a reach-out that overrode "once" is marked as such
            store.add_event(period.stored_id, REACH_OUT, now, clean.message, anyway=anyway, stage=stage)
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
        picks.commit(store, shown, now)
    daemon_lock.wake(env.paths.daemon_lock)
    offset = period.next_checkpoint(now) if period.ended_at is None else None
    next_at = period.checkpoint_at(offset) if offset is not None else None
    return Recorded(period, choice, stage, anyway, aftercare, next_at, follow_up is not None)
