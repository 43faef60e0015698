"""Which words to say: a content entry per reminder or prompt, without repeats.

Discreet by default: notification text comes only from the content library,
never from the user's label, reasons or drafts. With `reminders.discreet =
false` (a screen only they see), a checkpoint's title names the period's
label and a daily reminder ends with one of their own reasons; drafts never.
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from typing import NamedTuple

from pacer.domain import Choice, Mode, ReminderKind, Stage
from pacer.period import Period
from pacer.plan import Reminder, milestone_stage
from pacer.store import Store
from pacer.words import rotation as picks
from pacer.words.library import ANY, NOTIFICATION_TEXT_MAX, TITLE_MAX, Entry, Library

CATCH_UP_TITLE = "While you were away"
# A check-in can be answered; the words say how. Every shipped check-in text leaves room for it.
CHECK_IN_HINT = " Tell pacer: pacer urge --check-in passed (or strong)."
# Where a checkpoint's notification has no buttons, it names the command plainly.
NO_CHOICES_HINT = " Open a terminal and run: pacer checkpoint"
# A daily reminder while a checkpoint is unanswered (at most once a day).
MENTION = " A checkpoint is still waiting for you."
# The morning after a reach-out was sealed at night; never the words themselves.
MORNING = ("Your words from the night", "They're kept, unsent. Read them again with fresh eyes, "
           "when you have a calm minute: pacer checkpoint")
OPEN = "Open pacer checkpoint"  # a click on the body of a checkpoint's notification
# Where a content entry says how to answer ("Run pacer checkpoint ...", "..., in pacer checkpoint."):
# a notification with choices answers right there, one without says it plainly instead.
_POINTER = (
    (re.compile(r"\s*(?:Run|Answer in|Tell) pacer checkpoint[^.?!]*\.$"), ""),
    (re.compile(r",? in pacer checkpoint\.$"), "."),
)


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


def fixed_notice(reminder: Reminder) -> Notice | None:
    """Words that never rotate: the check-in after crisis words, the morning note after a night seal; always discreet."""
    if reminder.kind == ReminderKind.SAFETY_CHECK_IN:
        from pacer.words.safety_answers import CHECK_IN

        return Notice(CHECK_IN.title, CHECK_IN.body)
    if reminder.kind == ReminderKind.DRAFT:
        return Notice(*MORNING)
    return None


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
    reminder: Reminder, entry: Entry, *, catch_up: bool = False, period: Period | None = None, discreet: bool = True,
    choices: bool = False, mention: bool = False,
) -> Notice:
    """Title and body for the desktop; checkpoints always say "Checkpoint".

    choices: the notification carries the choices as buttons, so the body need
    not say where to answer; without them it ends "Open a terminal and run: pacer
    checkpoint". mention: a daily reminder also says a checkpoint is still waiting.
    """
    title = CATCH_UP_TITLE if catch_up else (entry.title or "pacer")
    body = entry.text
    if reminder.kind == ReminderKind.CHECKPOINT:
        if not title.startswith("Checkpoint"):
            title = "Checkpoint"
        body = checkpoint_body(body, choices=choices)
    if reminder.kind == ReminderKind.CHECK_IN and "--check-in" not in body:
        body = body if len(body) + len(CHECK_IN_HINT) <= NOTIFICATION_TEXT_MAX else _shortened(body)
        body += CHECK_IN_HINT
    if not discreet and period is not None:
        title, body = _personal(reminder, title, body, period)
    if mention and len(body) + len(MENTION) <= NOTIFICATION_TEXT_MAX:
        body += MENTION
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


def checkpoint_body(text: str, *, choices: bool) -> str:
    """A checkpoint entry's text, saying where to answer only where the notification has no choices."""
    bare = text
    for pattern, replacement in _POINTER:
        bare = pattern.sub(replacement, bare)
    if choices:
        return bare
    if len(bare) + len(NO_CHOICES_HINT) <= NOTIFICATION_TEXT_MAX:
        return bare + NO_CHOICES_HINT
    # Words too long to leave room are shortened, so the command is always there.
    return bare[: NOTIFICATION_TEXT_MAX - len(NO_CHOICES_HINT) - 1].rstrip() + "…" + NO_CHOICES_HINT


def buttons(mode: str, stage: str | None) -> list[tuple[str, str]]:
    """A checkpoint's choices as (action key, label): at most three, plus the click that opens pacer checkpoint.

    "Reach out once" is never offered twice: after a reach-out it is "I heard back".
    """
    keep = "Keep going" if mode == Mode.NO_CONTACT else "Keep waiting"
    last = (Choice.HEARD_BACK, "I heard back") if stage == Stage.AFTER_REACH_OUT else (Choice.REACH_OUT, "Reach out once")
    return [("default", OPEN), (Choice.WAIT, keep), (Choice.MOVE_ON, "Move on"), last]


def confirmation(choice: str, mode: str, next_at: datetime | None, now: datetime) -> Notice:
    """The short notification after a choice pressed on a checkpoint was recorded."""
    from pacer.timetext import when

    if choice == Choice.MOVE_ON:
        return Notice("You chose to move on", "The period has ended and stays in your history. Letting go is not "
                      "failing. A gentle note comes each day this week.")
    verb = "Keep going" if mode == Mode.NO_CONTACT else "Keep waiting"
    after = f" The next checkpoint is {when(next_at, now)}." if next_at is not None else ""
    return Notice(f"{verb}: noted", "That is a choice, too, and a kind one." + after)
