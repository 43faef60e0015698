"""Past and current periods with their journal, and a one-character-per-day picture. No click.

Paginated (newest first, DEFAULT_LIMIT periods unless asked for more) so
`pacer history` stays quick after years of use: it reads the periods it
shows, their events through the (period_id, kind, at) index, and nothing else.
"""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

from pacer.domain import CONTACT_KINDS, EVENT_KINDS, EventKind
from pacer.env import Env
from pacer.errors import InvalidInput
from pacer.period import DAY, Period
from pacer.session import reading
from pacer.store import Event

# What the journal shows; other event kinds (if any appear) are internal bookkeeping.
DEFAULT_LIMIT = 20

# One character per day of the period.
CALM = "·"
URGE_LEVELS = "▁▂▃▄▅▆▇█"  # 1, 2, ... 8 or more urges that day
CONTACT = "●"
HEARD_BACK = "♥"
LEGEND = f"one mark a day: {CALM} calm  {URGE_LEVELS[0]}{URGE_LEVELS[3]}{URGE_LEVELS[7]} urges (taller, more)  {CONTACT} you made contact  {HEARD_BACK} heard back"


class PeriodHistory(NamedTuple):
    period: Period
    events: list[Event]  # oldest first

    def count(self, *kinds: str) -> int:
        return sum(1 for e in self.events if e.kind in kinds)


class History(NamedTuple):
    periods: list[PeriodHistory]  # newest first
    total: int  # periods there are in all, shown or not


def history(env: Env, *, limit: int | None = DEFAULT_LIMIT) -> History:
    """The newest `limit` periods (None: all) with their events."""
    if limit is not None and limit < 1:
        raise InvalidInput(f"the limit must be at least 1 (or use --all), not {limit}")
    if limit is not None and limit > 2**31:  # more than SQLite's numbers hold, and more than anyone has: all
        limit = None
    with reading(env) as store:
        if store is None:
            return History([], 0)
        periods = store.periods(limit=limit)
        total = store.count_periods()
        # One indexed query per shown period: pagination keeps that a handful.
        shown = [PeriodHistory(p, [e for e in store.events(p.stored_id) if e.kind in EVENT_KINDS]) for p in periods]
    return History(shown, total)


def picture(item: PeriodHistory, now: datetime) -> list[tuple[str, str]]:
    """One mark per day from the start to the end (or now), a row for each thing: (name, marks).

    "urges" always (bar heights, CALM for none); "contact" and "heard back" only when
    there was any, so a day with urges, a contact and hearing back shows all three.
    """
    period = item.period
    if period.ended_at is not None:
        days = max(1, math.ceil((period.ended_at - period.started_at) / DAY))
    else:  # today counts, as in `pacer status`: day 3 has three marks
        days = max(1, int((now - period.started_at) // DAY) + 1)
    urges = [0] * days
    contact: set[int] = set()
    heard: set[int] = set()
    for event in item.events:
        if period.ended_at is not None and event.at > period.ended_at:
            continue  # written after the period ended (the journal goes on): not one of its days
        index = min(max(int((event.at - period.started_at) // DAY), 0), days - 1)
        if event.kind == EventKind.URGE:
            urges[index] += 1
        elif event.kind in CONTACT_KINDS:
            contact.add(index)
        elif event.kind == EventKind.HEARD_BACK:
            heard.add(index)
    rows = [("urges", "".join(URGE_LEVELS[min(n, len(URGE_LEVELS)) - 1] if n else CALM for n in urges))]
    for name, marked, mark in (("contact", contact, CONTACT), ("heard back", heard, HEARD_BACK)):
        if marked:
            rows.append((name, "".join(mark if day in marked else CALM for day in range(days))))
    return rows


def to_json(result: History, zone: tzinfo) -> dict[str, Any]:
    """The `history --json` shape: {"periods": [{id, mode, started_at, ended_at, outcome, events}]}."""
    return {
        "periods": [
            {
                "id": item.period.id,
                "mode": item.period.mode,
                "started_at": _iso(item.period.started_at, zone),
                "ended_at": _iso(item.period.ended_at, zone) if item.period.ended_at else None,
                "outcome": item.period.outcome,
                # Extra details (intensity, choice, anyway, ...) first: the three named keys always win.
                "events": [{**e.data, "kind": e.kind, "at": _iso(e.at, zone), "text": e.text} for e in item.events],
            }
            for item in result.periods
        ]
    }


def _iso(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="seconds")
