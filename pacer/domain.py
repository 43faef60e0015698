"""pacer's domain words, one definition each.

They are StrEnums, so a value is also the plain string stored in the
database, written in exports and shown in `status --json`.
"""

from enum import StrEnum


class Mode(StrEnum):
    WAIT = "wait"  # they sent something and wait for a reply
    NO_CONTACT = "no-contact"  # they chose (or were pushed into) no contact


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


class ReminderKind(StrEnum):
    DAILY = "daily"
    CHECKPOINT = "checkpoint"
    AFTERCARE = "aftercare"
    CHECK_IN = "check-in"  # 20 minutes after an urge, when asked for
    DRAFT = "draft"  # the morning after a reach-out was sealed at night: your words are waiting
    SAFETY_CHECK_IN = "safety-check-in"  # about an hour after crisis words (`safety.check_in`)


class DeliveryStatus(StrEnum):
    """A reminder key's row in the delivery ledger."""

    SENDING = "sending"  # claimed, being shown
    SHOWN = "shown"
    FAILED = "failed"
    SKIPPED = "skipped"  # will never be shown (answered, folded into a catch-up, stale)
    INTERRUPTED = "interrupted"  # the daemon died while showing it


# For membership tests and "one of: ..." messages (`"wait" in Mode` needs Python 3.12).
MODES: tuple[Mode, ...] = tuple(Mode)
OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
CHOICES: tuple[Choice, ...] = tuple(Choice)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
DELIVERY_STATUSES: tuple[DeliveryStatus, ...] = tuple(DeliveryStatus)
