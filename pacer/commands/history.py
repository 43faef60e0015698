"""Past and current periods with their journal, and a one-character-per-day picture. No click.

Paginated (newest first, DEFAULT_LIMIT periods unless asked for more) so
`pacer history` stays quick after years of use: it reads the periods it
shows, their events through the (period_id, kind, at) index, and nothing else.
A period may hold a million events: the picture counts them from their stored
times alone, and `--json` streams them (json_pieces), never all at once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import NamedTuple

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


class Days(NamedTuple):
    """A period's journal counted per day (from the stored times alone: nothing decoded)."""

    urges: list[int]  # per day of the period
    contact: set[int]  # days with a contact
    heard: set[int]  # days they got in touch
    counts: dict[str, int]  # kind -> events


class PeriodHistory(NamedTuple):
    period: Period
    events: list[Event]  # oldest first (a picture made from these: tests)
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

    if period.ended_at is not None:
        days = max(1, math.ceil((period.ended_at - period.started_at) / DAY))
    else:  # today counts, as in `pacer status`: day 3 has three marks
        days = max(1, int((now - period.started_at) // DAY) + 1)
    starts = [to_db(period.started_at + n * DAY) for n in range(days)]
    urges = [0] * days
    contact: set[int] = set()
    heard: set[int] = set()
    counts: dict[str, int] = {}
    ended = to_db(period.ended_at) if period.ended_at is not None else None
    for kind, at in store.event_times(period.stored_id, tuple(EVENT_KINDS)):
        counts[kind] = counts.get(kind, 0) + 1
        if ended is not None and at > ended:
            continue  # written after the period ended (the journal goes on): not one of its days
        index = min(max(bisect_right(starts, at) - 1, 0), days - 1)
        if kind == EventKind.URGE:
            urges[index] += 1
        elif kind in CONTACT_KINDS:
            contact.add(index)
        elif kind == EventKind.HEARD_BACK:
            heard.add(index)
    return Days(urges, contact, heard, counts)


def picture(item: PeriodHistory, now: datetime) -> list[tuple[str, str]]:
    """One mark per day from the start to the end (or now), a row for each thing: (name, marks).

    "urges" always (bar heights, CALM for none); "contact" and "heard back" only when
    there was any, so a day with urges, a contact and hearing back shows all three.
    """
    days = item.days if item.days is not None else _days(_Listed(item.events), item.period, now)
    rows = [("urges", "".join(URGE_LEVELS[min(n, len(URGE_LEVELS)) - 1] if n else CALM for n in days.urges))]
    for name, marked, mark in (("contact", days.contact, CONTACT), ("heard back", days.heard, HEARD_BACK)):
        if marked:
            rows.append((name, "".join(mark if day in marked else CALM for day in range(len(days.urges)))))
    return rows


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
    in pieces: one event a line, a few hundred a piece, never all of them in memory."""
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
            assert store is not None  # the periods came from it
            for _, _, kind, at, text, data in store.event_rows(period.stored_id, tuple(EVENT_KINDS)):
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
