"""Past and current periods with their journal, and a one-character-per-day picture. No click.

Paginated (newest first, DEFAULT_LIMIT periods unless asked for more) so
`pacer history` stays quick after years of use: it reads the periods it
shows, their events through the (period_id, kind, at) index, and nothing else.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, tzinfo
from typing import Iterator, NamedTuple

from pacer.env import Env
from pacer.errors import InvalidInput
from pacer.commands.journal import reading
from pacer.period import DAY, Period
from pacer.store import Event

# What the journal shows; other event kinds (if any appear) are internal bookkeeping.
KINDS = ("urge", "note", "decision", "reach-out", "slip", "heard-back")
CONTACT_KINDS = ("slip", "reach-out")  # the user got in touch with the other person
DEFAULT_LIMIT = 20

# One character per day of the period.
CALM = "·"
URGE_LEVELS = "▁▂▃▄▅▆▇█"  # 1, 2, ... 8 or more urges that day
CONTACT = "●"
HEARD_BACK = "♥"
LEGEND = f"one mark a day: {CALM} calm  {URGE_LEVELS[0]}{URGE_LEVELS[3]}{URGE_LEVELS[7]} urges (taller, more)  {CONTACT} you made contact  {HEARD_BACK} heard back"


class Days(NamedTuple):
    """A period's journal counted per day (from the stored times alone: nothing decoded)."""

    urges: list[int]  # per day of the period
    marks: dict[int, str]  # day -> CONTACT or HEARD_BACK
    counts: dict[str, int]  # kind -> events


class PeriodHistory(NamedTuple):
    period: Period
    events: list[Event]  # of KINDS, oldest first (a picture made from these: tests)
    days: Days | None = None  # what `history` counts instead, with millions of events in mind

    def count(self, *kinds: str) -> int:
        if self.days is not None:
            return sum(self.days.counts.get(kind, 0) for kind in kinds)
        return sum(1 for e in self.events if e.kind in kinds)


class History(NamedTuple):
    periods: list[PeriodHistory]  # newest first
    total: int  # periods there are in all, shown or not


def history(env: Env, *, limit: int | None = DEFAULT_LIMIT) -> History:
    """The newest `limit` periods (None: all), each with its journal counted per day."""
    limit = _checked(limit)
    with reading(env) as store:
        if store is None:
            return History([], 0)
        periods = store.periods(limit=limit)
        total = store.count_periods()
        # One indexed query per shown period: pagination keeps that a handful.
        shown = [PeriodHistory(p, [], _days(store, p, env.now)) for p in periods]
    return History(shown, total)


def _checked(limit: int | None) -> int | None:
    if limit is not None and limit < 1:
        raise InvalidInput(f"the limit must be at least 1 (or use --all), not {limit}")
    if limit is not None and limit > 2**31:  # more than SQLite's numbers hold, and more than anyone has: all
        return None
    return limit


def _days(store, period: Period, now: datetime) -> Days:
    """Per-day counts by comparing stored times with each day's start, as stored (UTC text): exact and cheap."""
    from bisect import bisect_right

    from pacer.store import to_db

    end = period.ended_at or now
    days = max(1, math.ceil((end - period.started_at) / DAY))
    starts = [to_db(period.started_at + n * DAY) for n in range(days)]
    urges = [0] * days
    marks: dict[int, str] = {}
    counts: dict[str, int] = {}
    for kind, at in store.event_times(period.id, KINDS):
        counts[kind] = counts.get(kind, 0) + 1
        index = min(max(bisect_right(starts, at) - 1, 0), days - 1)
        if kind == "urge":
            urges[index] += 1
        elif kind in CONTACT_KINDS:
            marks[index] = CONTACT
        elif kind == "heard-back" and marks.get(index) != CONTACT:
            marks[index] = HEARD_BACK
    return Days(urges, marks, counts)


def picture(item: PeriodHistory, now: datetime) -> str:
    """One mark per day from the start to the end (or now): urges as bar heights, contact above all."""
    days = item.days
    if days is None:
        days = _days(_Listed(item.events), item.period, now)
    cells = []
    for index, count in enumerate(days.urges):
        if index in days.marks:
            cells.append(days.marks[index])
        else:
            cells.append(URGE_LEVELS[min(count, len(URGE_LEVELS)) - 1] if count else CALM)
    return "".join(cells)


class _Listed:
    """Events in hand, read as a store would give them (for a picture of a list: tests)."""

    def __init__(self, events: list[Event]) -> None:
        self._events = events

    def event_times(self, period_id, kinds):
        from pacer.store import to_db

        return ((e.kind, to_db(e.at)) for e in self._events if e.kind in kinds)


_NAMED = {"kind", "at", "text"}


def json_pieces(env: Env, *, limit: int | None) -> Iterator[str]:
    """The `history --json` shape, {"periods": [{id, mode, started_at, ended_at, outcome, events}]},
    in pieces: one event a line, never all of them in memory."""
    from functools import lru_cache

    from pacer.commands.transfer import json_checked
    from pacer.store import from_db

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    checked = json_checked()
    parsed = lru_cache(maxsize=1024)(json.loads)
    limit = _checked(limit)
    with reading(env) as store:
        yield '{\n  "periods": ['
        for n, period in enumerate(store.periods(limit=limit) if store is not None else []):
            head = {"id": period.id, "mode": period.mode, "started_at": _iso(period.started_at, env.zone),
                    "ended_at": _iso(period.ended_at, env.zone) if period.ended_at else None, "outcome": period.outcome}
            yield ("," if n else "") + "\n    " + dumps(head)[:-1] + ',\n     "events": ['
            first, batch = True, []
            for _, _, kind, at, text, data in store.event_rows(period.id, KINDS):
                # Extra details (intensity, choice, anyway, ...) first: the three named keys always win.
                named = f'"kind": {dumps(kind)}, "at": "{_iso(from_db(at), env.zone)}", "text": {dumps(text)}}}'
                details = checked(data)
                if details == "{}":
                    event = "{" + named
                elif not _NAMED.intersection(parsed(details)):
                    event = details[:-1] + ", " + named  # the stored details are JSON already
                else:  # a detail named like one of the three: the named one wins, as in a dict
                    event = dumps({**parsed(details), "kind": kind, "at": _iso(from_db(at), env.zone), "text": text})
                batch.append(event)
                if len(batch) >= 500:  # a few hundred lines a piece: one write each, not one per event
                    yield ("\n      " if first else ",\n      ") + ",\n      ".join(batch)
                    first, batch = False, []
            if batch:
                yield ("\n      " if first else ",\n      ") + ",\n      ".join(batch)
                first = False
            yield "]}" if first else "\n     ]}"
        yield "\n  ]\n}\n"


def _iso(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="seconds")
