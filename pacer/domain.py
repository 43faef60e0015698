"""pacer's domain words, one definition each.

They are StrEnums, so a value is also the plain string stored in the
database, written in exports and shown in `status --json`.
"""

from enum import StrEnum


class Mode(StrEnum):
    WAIT = "wait"  # they sent something and wait for a reply
    NO_CONTACT = "no-contact"  # they chose (or were pushed into) no contact


class Situation(StrEnum):
    """What brought the person here; it decides which words fit (content `situations`)."""

    WAITING = "waiting"  # they sent something and wait for a reply
    IGNORED = "ignored"  # left on read, ignored
    BLOCKED = "blocked"  # the other person blocked them
    CHOSE = "chose"  # they chose no contact themselves


# The situations each mode fits; the first is what `start --situation` suggests.
MODE_SITUATIONS: dict[str, tuple[Situation, ...]] = {
    Mode.WAIT: (Situation.WAITING, Situation.IGNORED),
    Mode.NO_CONTACT: (Situation.CHOSE, Situation.BLOCKED, Situation.IGNORED),
}


class Outcome(StrEnum):
    """How a period ended."""

    COMPLETED = "completed"
    MOVED_ON = "moved-on"
    HEARD_BACK = "heard-back"
    OTHER = "other"


class Choice(StrEnum):
    """An answer at a checkpoint."""

    REACH_OUT = "reach-out"
    WAIT = "wait"
    MOVE_ON = "move-on"
    HEARD_BACK = "heard-back"


class Stage(StrEnum):
    """Where a period stands when its checkpoint asks."""

    EARLY = "early"  # before the end (deciding early is allowed)
    FINAL = "final"  # the chosen length is over
    AFTER_REACH_OUT = "after-reach-out"  # they reached out once: a reply window


class EventKind(StrEnum):
    """What the journal records."""

    URGE = "urge"
    NOTE = "note"
    DECISION = "decision"
    REACH_OUT = "reach-out"
    SLIP = "slip"
    HEARD_BACK = "heard-back"
    DRAFT = "draft"  # words kept unsent (`pacer draft`, or a reach-out sealed at night)
    SAFETY = "safety"  # crisis words were answered with help; no text is kept with it


CONTACT_KINDS = (EventKind.SLIP, EventKind.REACH_OUT)  # the person got in touch with the other person


class UrgeOutcome(StrEnum):
    """How an urge went; an urge without one is still open (being ridden out, or never answered)."""

    PASSED = "passed"  # it passed: ridden out
    STRONG = "strong"  # still strong at the check-in; it may pass yet
    SLIPPED = "slipped"  # a slip followed it


class ReminderKind(StrEnum):
    DAILY = "daily"
    CHECKPOINT = "checkpoint"
    AFTERCARE = "aftercare"
    CHECK_IN = "check-in"  # 20 minutes after an urge, when asked for
    DRAFT = "draft"  # the morning after a reach-out was sealed at night: your words are waiting
    SAFETY_CHECK_IN = "safety-check-in"  # about an hour after crisis words (`safety.check_in`)
    MILESTONE = "milestone"  # day 1, 3, 7, 14, 30, 60, ... and the end: a warm word, once each


class DeliveryStatus(StrEnum):
    """A reminder key's row in the delivery ledger."""

    SENDING = "sending"  # claimed, being shown
    SHOWN = "shown"
    FAILED = "failed"
    SKIPPED = "skipped"  # will never be shown (answered, folded into a catch-up, stale)
    INTERRUPTED = "interrupted"  # the daemon died while showing it


# For membership tests and "one of: ..." messages (`"wait" in Mode` needs Python 3.12).
MODES: tuple[Mode, ...] = tuple(Mode)
SITUATIONS: tuple[Situation, ...] = tuple(Situation)
OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
CHOICES: tuple[Choice, ...] = tuple(Choice)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
DELIVERY_STATUSES: tuple[DeliveryStatus, ...] = tuple(DeliveryStatus)
