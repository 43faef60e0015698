"""Which words to say: a content entry per reminder or prompt, without repeats.

Discreet by default: notification text comes only from the content library,
never from the user's label, reasons or drafts. With `reminders.discreet =
false` (a screen only they see), a checkpoint's title names the period's
label and a daily reminder ends with one of their own reasons; drafts never.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import NamedTuple

from pacer.domain import ReminderKind, Stage
from pacer.period import Period
from pacer.plan import Reminder, milestone_stage
from pacer.store import Store
from pacer.words import rotation as picks
from pacer.words.library import ANY, NOTIFICATION_TEXT_MAX, TITLE_MAX, Entry, Library

CATCH_UP_TITLE = "While you were away"
CHECKPOINT_HINT = " Run `pacer checkpoint` when you're ready."
# A check-in can be answered; the words say how. Every shipped check-in text leaves room for it.
CHECK_IN_HINT = " Tell pacer: pacer urge --check-in passed (or strong)."


class Notice(NamedTuple):
    title: str
    body: str


def choose(
    store: Store,
    library: Library,
    category: str,
    *,
    mode: str | None,
    stage: str | None,
    rng: random.Random,
    now: datetime,
    situation: str | None = ANY,
    at: datetime | None = None,
) -> Entry:
    """An entry of `category` that fits, without repeats (pacer.picks), remembered at once.

    `situation` is the period's; `at` the local time the words are for (time-of-day words).
    Run inside the caller's transaction, so the rotation moves on only if
    what it was chosen for is recorded too.
    """
    [chosen] = picks.peek(store, library, category, mode=mode, stage=stage, rng=rng, situation=situation, at=at)
    picks.commit(store, [chosen], now)
    return chosen.entry


def category_and_stage(reminder: Reminder, reached_out: bool) -> tuple[str, str | None]:
    """(content category, stage) for a reminder."""
    if reminder.kind == ReminderKind.CHECKPOINT:
        if reached_out:
            return "checkpoint", Stage.AFTER_REACH_OUT
        return "checkpoint", Stage.FINAL if reminder.final else Stage.EARLY
    if reminder.kind == ReminderKind.DAILY:  # alternate: a kind word, then one small thing to do
        return ("encouragement" if reminder.number % 2 == 0 else "self_care"), None
    if reminder.kind == ReminderKind.AFTERCARE:
        return "aftercare", None
    if reminder.kind == ReminderKind.CHECK_IN:
        return "urge", "check-in"
    if reminder.kind == ReminderKind.MILESTONE:
        return "milestone", milestone_stage(reminder)
    raise ValueError(f"no content category for {reminder.kind}")


def notice(
    reminder: Reminder, entry: Entry, *, catch_up: bool = False, period: Period | None = None, discreet: bool = True
) -> Notice:
    """Title and body for the desktop; checkpoints always say "Checkpoint" and point to `pacer checkpoint`."""
    title = CATCH_UP_TITLE if catch_up else (entry.title or "pacer")
    body = entry.text
    if reminder.kind == ReminderKind.CHECKPOINT:
        if not title.startswith("Checkpoint"):
            title = "Checkpoint"
        if "pacer checkpoint" not in body and len(body) + len(CHECKPOINT_HINT) <= NOTIFICATION_TEXT_MAX:
            body += CHECKPOINT_HINT
    if reminder.kind == ReminderKind.CHECK_IN and "--check-in" not in body:
        body = body if len(body) + len(CHECK_IN_HINT) <= NOTIFICATION_TEXT_MAX else _shortened(body)
        body += CHECK_IN_HINT
    if not discreet and period is not None:
        title, body = _personal(reminder, title, body, period)
    return Notice(title, body)


def _shortened(body: str) -> str:
    """A user's own long check-in text, cut at a word so the way to answer still fits."""
    room = NOTIFICATION_TEXT_MAX - len(CHECK_IN_HINT) - 1
    return body[:room].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"


def _personal(reminder: Reminder, title: str, body: str, period: Period) -> tuple[str, str]:
    """The label in a checkpoint's title, a reason of their own after a daily reminder; only where it fits."""
    if reminder.kind == ReminderKind.CHECKPOINT and period.label:
        room = TITLE_MAX - len(title) - len(" · ")
        label = " ".join(period.label.split())
        if room >= 4:
            title += " · " + (label if len(label) <= room else label[: room - 1].rstrip() + "…")
    if reminder.kind in (ReminderKind.DAILY, ReminderKind.CHECK_IN) and period.reasons:
        reason = " ".join(period.reasons[reminder.number % len(period.reasons)].split())
        ending = f" You wrote: “{reason}”"
        if len(body) + len(ending) <= NOTIFICATION_TEXT_MAX:
            body += ending
    return title, body
