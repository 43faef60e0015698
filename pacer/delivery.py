"""What to show now: the plan checked against the delivery ledger. Pure.

The ledger, not the scheduler, is the truth. Whatever woke the daemon (a
job on time, a heartbeat after suspend, a restart after a crash), it asks
`what_to_show()` and gets the same answer:

* a checkpoint that is due and was never shown is shown, however late, but
  never inside quiet hours: one that came due while the computer slept waits
  for their end, like those the plan moves there; of several that were
  missed (asleep, switched off, a period imported days after it began) only
  the latest is asked, the older ones folded into it: one question, never a
  burst;
* a daily reminder is shown when it is on time; those missed while away
  (asleep, switched off) fold into at most one "while you were away" note,
  never a burst, and none at all when something else speaks in the same breath;
* every key is claimed once, before it is shown, so it is shown at most once;
* a checkpoint that could not be shown is tried again a few times;
* a milestone is shown like a checkpoint, but a day late it is left unsaid
  (a "three days" note on day 9 would read oddly);
* a checkpoint answered before it could be shown is not shown at all;
* the morning note about words sealed at night waits out quiet hours too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from pacer.domain import DeliveryStatus, ReminderKind
from pacer.ledger import LedgerRow
from pacer.plan import Reminder
from pacer.plan import answered as is_answered

ON_TIME = timedelta(minutes=5)  # later than this, a daily reminder counts as missed
CHECK_IN_STALE = timedelta(hours=3)  # "check in 20 minutes after an urge" means little hours later
MILESTONE_STALE = timedelta(days=1)
DRAFT_STALE = timedelta(hours=18)  # "your words from last night" means little the next evening
RETRY_AFTER = timedelta(minutes=5)
MAX_SHOW_ATTEMPTS = 5


@dataclass(frozen=True)
class ToShow:
    show: list[Reminder] = field(default_factory=list)
    retry: list[Reminder] = field(default_factory=list)  # failed checkpoints, another attempt
    catch_up: Reminder | None = None  # the one missed daily reminder shown as "while you were away"
    skip: list[Reminder] = field(default_factory=list)  # will never be shown

    @property
    def empty(self) -> bool:
        return not (self.show or self.retry or self.catch_up or self.skip)


def what_to_show(
    reminders: Sequence[Reminder],
    ledger: Mapping[str, LedgerRow],
    now: datetime,
    *,
    quiet_now: bool,
    answered_at: datetime | None = None,
) -> ToShow:
    """`answered_at`: the latest checkpoint decision; a checkpoint due before it was answered, so never shown."""
    now = now.astimezone(UTC)  # instants, not wall clocks: safe across a DST fold
    show: list[Reminder] = []
    retry: list[Reminder] = []
    missed: list[Reminder] = []
    skip: list[Reminder] = []
    late_checkpoints: list[Reminder] = []
    for reminder in reminders:
        at = reminder.at.astimezone(UTC)
        if at > now:
            break  # reminders are in time order
        row = ledger.get(reminder.key)
        answered = is_answered(reminder, answered_at)
        if row is not None:
            if _should_retry(reminder, row, now) and not quiet_now and not answered:
                retry.append(reminder)
            continue
        late = now - at
        if answered:  # e.g. held back by quiet hours, and answered with `pacer checkpoint` meanwhile
            skip.append(reminder)
        elif reminder.kind == ReminderKind.CHECKPOINT:
            if not quiet_now:  # else it stays due, and the first look after quiet hours shows it
                (show if late <= ON_TIME else late_checkpoints).append(reminder)
        elif reminder.kind in (ReminderKind.CHECK_IN, ReminderKind.SAFETY_CHECK_IN):
            (show if late <= CHECK_IN_STALE else skip).append(reminder)
        elif reminder.kind in (ReminderKind.MILESTONE, ReminderKind.DRAFT):
            # A gentle note, never one inside quiet hours (else it stays due), and left unsaid once stale.
            if late > (MILESTONE_STALE if reminder.kind == ReminderKind.MILESTONE else DRAFT_STALE):
                skip.append(reminder)
            elif not quiet_now:
                show.append(reminder)
        elif late <= ON_TIME:
            show.append(reminder)
        else:
            missed.append(reminder)
    if late_checkpoints:
        # Missed ones: the latest asks the question for all of them (a later one on time asks it instead).
        asked = [] if any(r.kind == ReminderKind.CHECKPOINT for r in show) else late_checkpoints[-1:]
        skip.extend(r for r in late_checkpoints if r not in asked)
        show = sorted(asked + show, key=lambda r: r.at)
    catch_up = None
    if missed:
        speaks = bool(show) or quiet_now  # something is shown now anyway: no second note
        catch_up = None if speaks else missed[-1]
        skip.extend(r for r in missed if r is not catch_up)
    return ToShow(show=show, retry=retry, catch_up=catch_up, skip=skip)


def _should_retry(reminder: Reminder, row: LedgerRow, now: datetime) -> bool:
    return (
        reminder.kind == ReminderKind.CHECKPOINT
        and row.status == DeliveryStatus.FAILED
        and row.attempts < MAX_SHOW_ATTEMPTS
        and now - row.attempted_at >= RETRY_AFTER * row.attempts
    )
