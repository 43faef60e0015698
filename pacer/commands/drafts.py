"""Unsent drafts: words written to the other person and not sent (`pacer draft`). No click.

A draft is a journal event of kind `draft` in the active period, kept in the
database (0600) like every note. It is sealed until the next checkpoint: it
cannot be read back before then, and at that checkpoint `pacer checkpoint`
shows it back with the message check, for a fresh look. A reach-out chosen at
night is kept the same way, sealed until the morning (pacer.decisions).
Once the period has ended, every draft of it is open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from pacer.domain import EventKind, ReminderKind
from pacer.env import Env
from pacer.errors import InvalidInput, NotFound
from pacer.plan import upcoming
from pacer.session import active_period, period_plan, reading
from pacer.store import Event
from pacer.text import CHECK_MAX, NOTE_MAX, clean_text
from pacer.words.message_check import Finding


def sealed_until(event: Event) -> datetime | None:
    text = event.data.get("sealed_until")
    return datetime.fromisoformat(text) if isinstance(text, str) else None


def is_sealed(event: Event, now: datetime, active_id: int | None) -> bool:
    """Sealed while its period runs and its time has not come."""
    until = sealed_until(event)
    return event.period_id == active_id and until is not None and now < until


class Written(NamedTuple):
    event: Event
    sealed_until: datetime | None  # the next checkpoint; None when no checkpoint is left


def write(env: Env, text: str) -> Written:
    """Keep a draft in the active period, sealed until its next checkpoint."""
    words = clean_text(text, "draft", NOTE_MAX)
    with active_period(env) as (store, period):
        checkpoints = [r for r in period_plan(store, period, env) if r.kind == ReminderKind.CHECKPOINT]
        nxt = upcoming(checkpoints, env.now)
        until = nxt.at if nxt is not None else None
        data = {"sealed_until": until.astimezone(UTC).isoformat()} if until is not None else {}
        event = store.add_event(period.stored_id, EventKind.DRAFT, env.now, words, **data)
    return Written(event, until)


class Draft(NamedTuple):
    number: int  # 1 is the oldest, across every period
    event: Event
    sealed: bool


def all_drafts(env: Env) -> list[Draft]:
    """Every draft, oldest first, numbered."""
    with reading(env) as store:
        if store is None:
            return []
        active = store.active_period()
        events = store.events_of_kind(EventKind.DRAFT)
    active_id = active.id if active is not None else None
    return [Draft(n, e, is_sealed(e, env.now, active_id)) for n, e in enumerate(events, start=1)]


def one_draft(env: Env, number: int) -> tuple[Draft, list[Finding]]:
    """Draft `number` and what the message check finds in it; NotFound or InvalidInput if there is none."""
    drafts = all_drafts(env)
    if not drafts:
        raise NotFound("there are no drafts yet; `pacer draft TEXT` keeps one")
    if not 1 <= number <= len(drafts):
        raise InvalidInput(f"there is no draft {number}; `pacer draft --list` shows numbers 1 to {len(drafts)}")
    draft = drafts[number - 1]
    if draft.sealed:
        return draft, []
    from pacer.commands.checkpoint import check_draft  # the same checks as a message about to be sent

    return draft, check_draft(draft.event.text or "", CHECK_MAX)[1]


def to_show_back(drafts: list[Event], now: datetime, active_id: int, answered_at: datetime | None) -> list[Event]:
    """Drafts of the period whose seal has opened since the last answer (or that were written since, unsealed)."""
    def opened(event: Event) -> datetime:
        return sealed_until(event) or event.at

    return [e for e in drafts if not is_sealed(e, now, active_id) and (answered_at is None or opened(e) > answered_at)]
