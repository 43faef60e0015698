"""The journal: notes and slips, written and read back. No click here.

Each recording function runs in one write transaction and then wakes the
daemon. Everything the user typed is checked by pacer.text before anything
is written, so a refusal records nothing.

The journal goes on after a period ends: what is written in the week of
aftercare (or later) belongs to the period it follows (session.latest_period).
Urges, which are also journal lines, live in pacer.commands.urges.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind, UrgeOutcome
from pacer.env import Env
from pacer.errors import NotFound
from pacer.period import Period
from pacer.plan import milestones_reached
from pacer.session import NEVER_A_PERIOD, latest_period, reading
from pacer.store import Event, Store
from pacer.text import NOTE_MAX, clean_text
from pacer.text import clean_note as clean_note  # its home is pacer.text; imported from here too

# A slip this soon after an urge that had not passed is what that urge became.
SLIP_AFTER_URGE = timedelta(hours=3)


# -- notes -------------------------------------------------------------------


class NoteResult(NamedTuple):
    event: Event
    period: Period  # the active one, or the one it follows (ended_at set)


def add_note(env: Env, text: str) -> NoteResult:
    """A journal line in the active period, or after it has ended, in the most recent one."""
    note = clean_text(text, "note", NOTE_MAX)
    with latest_period(env) as (store, period):
        event = store.add_event(period.stored_id, EventKind.NOTE, env.now, note)
    daemon_lock.wake(env.paths.daemon_lock)  # every change tells the daemon; it decides what matters
    return NoteResult(event, period)


# -- slips -------------------------------------------------------------------


class SlipResult(NamedTuple):
    period: Period  # the active one, or the one it follows (ended_at set)
    slips: int  # in this period, this one included
    after_urge: Event | None  # the urge this slip followed, now recorded as such


def add_slip(env: Env, note: str | None = None) -> SlipResult:
    """"I contacted them after all": recorded, and the period simply goes on (no reset)."""
    text = clean_note(note)
    with latest_period(env) as (store, period):
        urge = _open_urge_before(store, period.stored_id, env.now)
        data = {"after_urge": urge.id} if urge is not None else {}
        store.add_event(period.stored_id, EventKind.SLIP, env.now, text, **data)
        if urge is not None:
            store.update_event(urge.id, outcome=UrgeOutcome.SLIPPED, outcome_at=env.now.isoformat(timespec="seconds"))
        slips = store.count_events(period.stored_id, EventKind.SLIP)
    daemon_lock.wake(env.paths.daemon_lock)  # status and the plan may read slips
    return SlipResult(period, slips, urge)


def _open_urge_before(store: Store, period_id: int, now: datetime) -> Event | None:
    """The latest urge, if it came shortly before `now` and had not passed."""
    urge = store.last_event(period_id, EventKind.URGE)
    if urge is None or now - urge.at > SLIP_AFTER_URGE or urge.data.get("outcome") == UrgeOutcome.PASSED:
        return None
    if urge.data.get("outcome") == UrgeOutcome.SLIPPED:
        return None
    return urge


# -- reading it back -------------------------------------------------------------


class Line(NamedTuple):
    """One thing in the journal: an event, or a milestone the period reached."""

    at: datetime
    kind: str  # an EventKind, or "milestone"
    text: str | None
    data: dict[str, Any]


class Journal(NamedTuple):
    period: Period
    lines: list[Line]  # newest first
    periods: int  # how many there are in all (for "`--period N`" hints)


MILESTONE = "milestone"


def read_journal(env: Env, period_id: int | None = None) -> Journal:
    """The journal of period `period_id`, or else of the active (or most recent) one; reads only."""
    with reading(env) as store:
        if store is None or store.count_periods() == 0:
            raise NotFound(NEVER_A_PERIOD)
        if period_id is None:
            period = store.active_period() or store.last_period()
        else:
            period = next((p for p in store.periods() if p.id == period_id), None)
        if period is None:
            raise NotFound(f"there is no period #{period_id}; `pacer history` lists them with their numbers")
        lines = [Line(e.at, e.kind, e.text, e.data) for e in store.events(period.stored_id)]
        total = store.count_periods()
    for at, day, end in milestones_reached(period, env.now):
        lines.append(Line(at, MILESTONE, None, {"day": day, "end": end}))
    lines.sort(key=lambda line: line.at)
    lines.reverse()  # newest first; of two at the same moment, the one recorded last first
    return Journal(period, lines, total)


def to_json(journal: Journal, zone: tzinfo) -> dict[str, Any]:
    """The `journal --json` shape: {"period": {...}, "entries": [{kind, at, text, ...}]}, newest first."""
    period = journal.period

    def iso(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat(timespec="seconds") if moment else None

    return {
        "period": {
            "id": period.id, "mode": period.mode, "situation": period.situation, "label": period.label,
            "reasons": list(period.reasons), "started_at": iso(period.started_at), "ended_at": iso(period.ended_at),
            "outcome": period.outcome,
        },
        # Extra details (intensity, choice, outcome, ...) first: the three named keys always win.
        "entries": [{**line.data, "kind": line.kind, "at": iso(line.at), "text": line.text} for line in journal.lines],
    }
