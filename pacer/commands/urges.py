"""Urges: the words for the moment, recording one, and how it went. No click here.

An urge is recorded open. It counts as ridden out only once it has passed
(`pacer urge --check-in passed`, or the answer at the end of the guided wait);
"still strong" keeps it open to pass later, and a slip soon after records it
as what it was (pacer.commands.journal.add_slip). Like notes, urges go on
being recorded after a period ends, into the most recent one.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind, UrgeOutcome
from pacer.env import Env
from pacer.errors import InvalidInput, NotFound, PacerError
from pacer.period import Period
from pacer.plan import CHECK_IN_DELAY
from pacer.session import latest_period, reading
from pacer.store import Event
from pacer.timetext import when
from pacer.words import rotation as picks
from pacer.words.library import GENERAL
from pacer.words.rotation import Pick

INTENSITIES = range(1, 6)
# At the top of the scale, also point to people: an urge that strong is not a thing to carry alone.
SUPPORT_INTENSITY = 5
ANSWERS = (UrgeOutcome.PASSED, UrgeOutcome.STRONG)


def parse_intensity(value: int | str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number not in INTENSITIES:
        raise InvalidInput(f"the intensity must be a whole number from 1 (mild) to 5 (overwhelming), not {value!r}")
    return number


def parse_answer(value: str) -> UrgeOutcome:
    normal = value.strip().lower()
    if normal not in ANSWERS:
        raise InvalidInput(f"answer the check-in with passed or strong, not {value!r}")
    return UrgeOutcome(normal)


class UrgePrompt(NamedTuple):
    period: Period | None  # the active period, or the one it follows; None: there never was one
    prompt: Pick
    reasons: tuple[str, ...]  # the user's own, from `start --reason`
    support: Pick  # shown for the strongest urges (SUPPORT_INTENSITY) and when it is still strong
    problems: tuple[str, ...]  # the user's content files that could not be used

    def wants_support(self, intensity: int | None) -> bool:
        return intensity is not None and intensity >= SUPPORT_INTENSITY


def prepare_urge(env: Env, rng: random.Random | None = None) -> UrgePrompt:
    """Choose the words to show (for this mode, situation and time of day); writes nothing."""
    rng = rng or random.Random()
    library, problems = picks.load(env)
    with reading(env) as store:
        period = (store.active_period() or store.last_period()) if store is not None else None
        mode, situation = (period.mode, period.situation) if period else (None, None)
        # GENERAL: the `pacer urge` words, not the "check-in" notifications of the same category.
        prompt = picks.peek(store, library, "urge", mode=mode, situation=situation, stage=GENERAL, rng=rng, at=env.now)[0]
        support = picks.peek(store, library, "support", mode=mode, situation=situation, stage=None, rng=rng)[0]
    return UrgePrompt(period, prompt, period.reasons if period else (), support, tuple(problems))


class UrgeResult(NamedTuple):
    event: Event
    period: Period
    urges: int  # in this period, this one included
    check_in_at: datetime | None


def record_urge(
    env: Env, prepared: UrgePrompt, *, note: str | None, intensity: int | None, check_in: bool, shown: Sequence[Pick] = ()
) -> UrgeResult:
    """Record the urge, open, and the words shown (`shown`: the prompt too, when it was); with check_in,
    the daemon asks in 20 minutes how it went.

    `note` and `intensity` are already checked (pacer.commands.journal.clean_note, parse_intensity).
    """
    if prepared.period is None:
        raise NotFound("there has never been a period, so nothing was recorded; `pacer start` begins one")
    data = {"intensity": intensity, "check_in": bool(check_in)}
    with latest_period(env) as (store, period):
        if period.id != prepared.period.id:
            raise NotFound("the period changed while you were here; nothing was recorded, run `pacer urge` again")
        event = store.add_event(period.stored_id, EventKind.URGE, env.now, note, **data)
        picks.commit(store, shown, env.now)
        urges = store.count_events(period.stored_id, EventKind.URGE)
    daemon_lock.wake(env.paths.daemon_lock)  # so the check-in is scheduled now, not at the next heartbeat
    return UrgeResult(event, period, urges, env.now + CHECK_IN_DELAY if check_in else None)


class Answer(NamedTuple):
    urge: Event
    period: Period
    outcome: UrgeOutcome
    ridden_out: int  # urges that passed in this period, this one included if it did


def answer_urge(env: Env, outcome: str, urge_id: int | None = None, shown: Sequence[Pick] = ()) -> Answer:
    """How the urge went: the given one, or else the latest. Passed means ridden out; strong keeps it open."""
    answer = parse_answer(outcome)
    with latest_period(env) as (store, period):
        urge = store.last_event(period.stored_id, EventKind.URGE)
        if urge_id is not None and (urge is None or urge.id != urge_id):
            urge = next((e for e in store.events(period.stored_id, EventKind.URGE) if e.id == urge_id), None)
        if urge is None:
            raise NotFound("there is no urge to check in on; `pacer urge` is there when the pull comes")
        _check_open(urge, env)
        store.update_event(urge.id, outcome=answer, outcome_at=env.now.isoformat(timespec="seconds"))
        picks.commit(store, shown, env.now)
        ridden_out = store.count_urges(period.stored_id, UrgeOutcome.PASSED)
    daemon_lock.wake(env.paths.daemon_lock)  # an answered check-in is not shown any more
    return Answer(urge, period, answer, ridden_out)


def _check_open(urge: Event, env: Env) -> None:
    said = when(urge.at, env.now)
    if urge.data.get("outcome") == UrgeOutcome.PASSED:
        raise PacerError(f"the urge of {said} is already recorded as passed; `pacer urge` is there if a new one comes")
    if urge.data.get("outcome") == UrgeOutcome.SLIPPED:
        raise PacerError(f"a slip followed the urge of {said}, and it stays recorded as it was; "
                         "`pacer urge` is there if a new one comes")
