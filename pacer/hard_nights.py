"""Hard nights: when a checkpoint also shows the person's own safety plan. Pure: no store, no clock.

A night is a hard one when pacer recorded, during it, at least one of:
* crisis words answered with help (EventKind.SAFETY);
* an urge at the top of the scale (intensity 5, "overwhelming");
* an urge still strong at its check-in and not (yet) passed (UrgeOutcome.STRONG; one that slipped has its slip);
* a slip: they got in touch after all (EventKind.SLIP).

These are the moments pacer already treats as heavy (the strongest urges and crisis words
bring the support words and the plan at once). A night runs from the evening to the morning:
anything before NIGHT_ENDS (local time) belongs to the evening before, so 23:40 and 01:15
are one night, not two.

The rule: HARD_NIGHTS (3) or more hard nights in the last WINDOW (7 days). One hard night
after a breakup is ordinary, and showing a safety plan for it would feel alarming and teach
people to skip it; two can be a bad weekend. Three in a week is a pattern, the point where
rereading what they wrote on a calmer day, and the people in it, is most likely to help. A
week keeps it about now: hard nights from a fortnight ago do not follow them to every
checkpoint. A hard night only ever adds words to a checkpoint; it never blocks anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from pacer.domain import EventKind, UrgeOutcome

HARD_NIGHTS = 3
WINDOW = timedelta(days=7)
NIGHT_ENDS = time(6, 0)  # before this (local time), a moment belongs to the night that began the evening before
TOP_INTENSITY = 5  # pacer.commands.urges.SUPPORT_INTENSITY: "overwhelming"
KINDS = (EventKind.SAFETY, EventKind.URGE, EventKind.SLIP)  # the only kinds that can make a night hard


Moment = tuple[str, datetime, "Mapping[str, Any] | str"]  # (kind, time, data: a mapping or its JSON text as stored)


def is_hard(kind: str, data: Mapping[str, Any] | str) -> bool:
    """Whether one recorded moment makes its night a hard one."""
    if kind in (EventKind.SAFETY, EventKind.SLIP):
        return True
    if kind != EventKind.URGE:
        return False
    data = data_of(data) if isinstance(data, str) else data
    intensity = data.get("intensity")
    return (isinstance(intensity, int) and intensity >= TOP_INTENSITY) or data.get("outcome") == UrgeOutcome.STRONG


def data_of(text: str) -> Mapping[str, Any]:
    """An event's data from its JSON text; {} when it is not a JSON object (what it would add is then unknown)."""
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def night_of(moment: datetime, zone: tzinfo) -> date:
    """The night `moment` belongs to, named by the date of its evening."""
    local = moment.astimezone(zone)
    return local.date() - timedelta(days=1) if local.time() < NIGHT_ENDS else local.date()


def hard_nights(events: Iterable[Moment], now: datetime, zone: tzinfo) -> set[date]:
    """The hard nights among `events` (kind, time, data) in the WINDOW before `now`."""
    since = now - WINDOW
    return {night_of(at, zone) for kind, at, data in events if since <= at <= now and is_hard(kind, data)}


def plan_due(events: Iterable[Moment], now: datetime, zone: tzinfo) -> bool:
    """Whether a checkpoint now shows the safety plan: HARD_NIGHTS or more hard nights in the last WINDOW."""
    return len(hard_nights(events, now, zone)) >= HARD_NIGHTS
