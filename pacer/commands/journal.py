"""The period's journal: urges, notes and slips. No click here.

Each recording function runs in one write transaction and then wakes the
daemon (an urge may have asked for a check-in it must schedule). Everything
the user typed is checked by pacer.text before anything is written, so a
refusal records nothing.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import NamedTuple

from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind
from pacer.env import Env
from pacer.errors import InvalidInput, NotFound
from pacer.period import Period
from pacer.plan import CHECK_IN_DELAY
from pacer.session import NO_PERIOD, active_period, reading
from pacer.store import Event
from pacer.text import NOTE_MAX, clean_text
from pacer.text import clean_note as clean_note  # its home is pacer.text; imported from here too
from pacer.words import rotation as picks
from pacer.words.library import GENERAL
from pacer.words.rotation import Pick

INTENSITIES = range(1, 6)
# At the top of the scale, also point to people: an urge that strong is not a thing to carry alone.
SUPPORT_INTENSITY = 5


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


# -- notes -------------------------------------------------------------------


def add_note(env: Env, text: str) -> Event:
    """A journal line in the active period."""
    note = clean_text(text, "note", NOTE_MAX)
    with active_period(env) as (store, period):
        event = store.add_event(period.stored_id, EventKind.NOTE, env.now, note)
    daemon_lock.wake(env.paths.daemon_lock)  # every change tells the daemon; it decides what matters
    return event


# -- slips -------------------------------------------------------------------


class SlipResult(NamedTuple):
    period: Period
    slips: int  # in this period, this one included


def add_slip(env: Env, note: str | None = None) -> SlipResult:
    """"I contacted them after all": recorded, and the period simply goes on (no reset)."""
    text = clean_note(note)
    with active_period(env) as (store, period):
        store.add_event(period.stored_id, EventKind.SLIP, env.now, text)
        slips = store.count_events(period.stored_id, EventKind.SLIP)
    daemon_lock.wake(env.paths.daemon_lock)  # status and the plan may read slips
    return SlipResult(period, slips)


# -- urges -------------------------------------------------------------------


class UrgePrompt(NamedTuple):
    period: Period | None  # None: nothing to record into; the words still help
    prompt: Pick
    reasons: tuple[str, ...]  # the user's own, from `start --reason`
    support: Pick | None  # only for the strongest urges
    note: str | None
    intensity: int | None
    problems: tuple[str, ...]  # the user's content files that could not be used


def prepare_urge(env: Env, *, note: str | None, intensity: int | str | None, rng: random.Random | None = None) -> UrgePrompt:
    """Validate what was typed and choose the words to show; writes nothing."""
    text = clean_note(note)
    level = parse_intensity(intensity)
    rng = rng or random.Random()
    library, problems = picks.load(env)
    with reading(env) as store:
        period = store.active_period() if store is not None else None
        mode = period.mode if period else None
        # GENERAL: the `pacer urge` words, not the "check-in" notifications of the same category.
        prompt = picks.peek(store, library, "urge", mode=mode, stage=GENERAL, rng=rng)[0]
        support = None
        if level is not None and level >= SUPPORT_INTENSITY:
            support = picks.peek(store, library, "support", mode=mode, stage=None, rng=rng)[0]
    return UrgePrompt(period, prompt, period.reasons if period else (), support, text, level, tuple(problems))


class UrgeResult(NamedTuple):
    event: Event
    urges: int  # in this period, this one included
    check_in_at: datetime | None


def record_urge(env: Env, prepared: UrgePrompt, *, check_in: bool) -> UrgeResult:
    """Record the urge (and the words shown); with check_in, the daemon reminds in 20 minutes."""
    if prepared.period is None:
        raise NotFound(NO_PERIOD)
    data = {"intensity": prepared.intensity, "check_in": bool(check_in)}
    with active_period(env) as (store, period):
        if period.id != prepared.period.id:
            raise NotFound("the period changed while you were here; nothing was recorded, run `pacer urge` again")
        event = store.add_event(period.stored_id, EventKind.URGE, env.now, prepared.note, **data)
        picks.commit(store, [p for p in (prepared.prompt, prepared.support) if p is not None], env.now)
        urges = store.count_events(period.stored_id, EventKind.URGE)
    daemon_lock.wake(env.paths.daemon_lock)  # so the check-in is scheduled now, not at the next heartbeat
    return UrgeResult(event, urges, env.now + CHECK_IN_DELAY if check_in else None)
