"""The words of one notification: which content category and entry fit a reminder.

Discreet by construction: the text comes only from the content library,
never from the user's label, reasons or drafts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Collection

from pacer.content import Entry, Library, pick
from pacer.plan import Reminder

CATCH_UP_TITLE = "While you were away"
FALLBACK = Entry(id="fallback", category="encouragement", title="pacer", text="You are doing something hard and kind for yourself. One breath at a time.")


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    category: str
    entry_id: str
    new_cycle: bool  # the rotation of this category starts over


def category_and_stage(reminder: Reminder, reached_out: bool) -> tuple[str, str | None]:
    """(content category, stage) for a reminder."""
    if reminder.kind == "checkpoint":
        return "checkpoint", checkpoint_stage(reminder, reached_out)
    if reminder.kind == "daily":
        return ("encouragement" if reminder.number % 2 == 0 else "self_care"), None
    if reminder.kind == "aftercare":
        return "aftercare", None
    if reminder.kind == "check-in":
        return "urge", "check-in"
    raise ValueError(f"no content category for {reminder.kind}")


def checkpoint_stage(reminder: Reminder, reached_out: bool) -> str:
    if reached_out:
        return "after-reach-out"
    return "final" if reminder.final else "early"


def compose(
    reminder: Reminder,
    *,
    mode: str,
    reached_out: bool,
    library: Library,
    shown: Collection[str],
    rng: random.Random,
    catch_up: bool = False,
) -> Notice:
    category, stage = category_and_stage(reminder, reached_out)
    candidates = library.entries(category, mode=mode, stage=stage) or library.entries(category, mode=mode)
    if not candidates:
        entry, new_cycle = FALLBACK, False
    else:
        entry, new_cycle = pick(candidates, shown, rng)
    title = CATCH_UP_TITLE if catch_up else (entry.title or "pacer")
    if reminder.kind == "checkpoint" and not title.startswith("Checkpoint"):
        title = "Checkpoint"
    body = entry.text
    if reminder.kind == "checkpoint" and "pacer checkpoint" not in body:
        body = f"{body} Run `pacer checkpoint` when you're ready."
    return Notice(title=title, body=body, category=entry.category, entry_id=entry.id, new_cycle=new_cycle)
