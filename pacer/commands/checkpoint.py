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
from datetime import datetime, timedelta
from typing import NamedTuple

from pacer import hard_nights
from pacer.commands import drafts
from pacer.daemon import lock as daemon_lock
from pacer.decisions import (  # the rules of recording an answer live in the core; named here too
    AFTER_REACH_OUT,
    EARLY,
    FINAL,
    HEARD_BACK,
    MOVE_ON,
    REACH_OUT,
    WAIT,
    Decision,
    Recorded,
    check_choice,
    check_heard_back_again,
    heard_back_ends_by_default,
    record,
    sealed_until,
    stage_of,
    validate,
)
from pacer.domain import Choice, EventKind, Mode, UrgeOutcome
from pacer.env import Env
from pacer.period import Period
from pacer.session import reading, require_active
from pacer.store import Event, Store
from pacer.text import RECORDED_MESSAGE_MAX, clean_text
from pacer.words import rotation as picks
from pacer.words import safety, safety_answers
from pacer.words.library import GENERAL
from pacer.words.library import SAFETY as SAFETY_WORDS
from pacer.words.message_check import SAFETY, Finding, check_message, sort_findings
from pacer.words.rotation import Pick

__all__ = [
    "AFTER_REACH_OUT", "EARLY", "FINAL", "HEARD_BACK", "MOVE_ON", "REACH_OUT", "WAIT", "Decision", "Prepared",
    "Recorded", "Summary", "check_choice", "check_draft", "check_heard_back_again", "decide", "ends_without_asking",
    "heard_back",
    "heard_back_ends_by_default",
    "menu", "move_on", "prepare", "sealed_until", "stage_of", "validate",
]
TEMPLATES_SHOWN = 3  # enough to see different ways of saying it, few enough to read at 2 a.m.
HEARD_BACK_SHOWN = 2


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


def ends_without_asking(choice: str, mode: str) -> bool:
    """Whether `choice` ends the period unless the person says otherwise (so it needs their --yes)."""
    return choice == MOVE_ON or (choice == HEARD_BACK and heard_back_ends_by_default(mode))


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
    kept: tuple[Event, ...] = ()  # drafts whose seal has opened: shown back, with the message check
    sealed: tuple[Event, ...] = ()  # drafts still sealed (until the next checkpoint, or the morning)
    hard_nights: bool = False  # several hard nights lately (pacer.hard_nights): the safety plan comes before the choices


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
            safety=(peek("heard_back", SAFETY_WORDS)[0], peek("support", SAFETY_WORDS)[0]) if no_contact else (),
            problems=tuple(problems),
            **_drafts(store, period, now),
            hard_nights=hard_nights.plan_due(store.moments_since(hard_nights.KINDS, now - hard_nights.WINDOW),
                                             now, env.zone),
        )


def _drafts(store: Store, period: Period, now: datetime) -> dict[str, tuple[Event, ...]]:
    """The period's drafts: those to show back now, and those still sealed."""
    every = store.events(period.stored_id, EventKind.DRAFT)
    answer = store.last_event(period.stored_id, EventKind.DECISION)
    kept = drafts.to_show_back(every, now, period.stored_id, answer.at if answer else None)
    return {"kept": tuple(kept), "sealed": tuple(e for e in every if drafts.is_sealed(e, now, period.stored_id))}


def current_mode(env: Env) -> str | None:
    """The active period's mode (the message check reads a draft in its light), or None."""
    with reading(env) as store:
        period = store.active_period() if store is not None else None
    return str(period.mode) if period else None


def check_draft(
    text: str, max_chars: int = RECORDED_MESSAGE_MAX, *, mode: str | None = None
) -> tuple[str, list[Finding]]:
    """(the cleaned text, what the checks find in it): advice, never a refusal of the words.

    The safety check reads the words first; its finding (code "safety") leads the list.
    """
    crisis = safety.check(text)
    cleaned = clean_text(text, "message", max_chars)
    findings = check_message(cleaned, mode)
    if crisis is not None:
        findings.append(Finding(SAFETY, " ".join(safety_answers.answer(crisis)), crisis.span))
    return cleaned, sort_findings(findings)


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


def _record(env: Env, decision: Decision, period_id: int | None, shown: Sequence[Pick], *, as_decision: bool) -> Recorded:
    """pacer.decisions.record, with the words shown remembered in the same transaction; then wake the daemon."""
    recorded = record(env, decision, period_id=period_id, as_decision=as_decision,
                      also=lambda store: picks.commit(store, shown, env.now))
    daemon_lock.wake(env.paths.daemon_lock)
    return recorded
