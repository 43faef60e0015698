"""pacer's domain words, one definition each.

They are StrEnums, so a value is also the plain string stored in the
database, written in exports and shown in `status --json`.

Each is written as a plain class that @_words makes the StrEnum (type
checkers see `class Mode(StrEnum)` itself): Enum's metaclass checks every
member as it is defined, about a millisecond for these forty on every
`pacer status`; enum._simple_enum, what the standard library uses for its
own enums, makes the same StrEnum without those checks.
"""

import enum
import sys
from enum import StrEnum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from typing import TypeVar

    _Words = StrEnum
    _E = TypeVar("_E")

    def _words(cls: _E) -> _E:
        return cls

    _later = _words
else:
    class _Words:
        """The members of a StrEnum to be, as a plain class."""

    _simple_enum = getattr(enum, "_simple_enum", None)

    def _words(cls):
        """`cls` (a plain class of NAME = "value" lines) as the StrEnum it describes."""
        if _simple_enum is not None:
            made = _simple_enum(StrEnum)(cls)
            for name, member in made.__members__.items():
                # a plain class attribute, as an ordinary StrEnum keeps its members (_simple_enum leaves a
                # property in their place, which makes every `Mode.WAIT` a Python call)
                type.__setattr__(made, name, member)
            return made
        members = [(name, value) for name, value in vars(cls).items() if not name.startswith("_")]
        made = StrEnum(cls.__name__, members, module=cls.__module__, qualname=cls.__qualname__)
        made.__doc__ = cls.__doc__
        return made

    _LATER: dict = {}  # name: the plain class, made a StrEnum when first used (`pacer status` uses none of these)

    def _later(cls):
        _LATER[cls.__name__] = cls
        return cls  # its name is taken off the module below, so the first use goes to __getattr__

    def _made(name):
        return getattr(sys.modules[__name__], name)


@_words
class Mode(_Words):
    """What the period is: waiting for a reply, or no contact."""

    WAIT = "wait"  # they sent something and wait for a reply
    NO_CONTACT = "no-contact"  # they chose (or were pushed into) no contact


@_later
class Situation(_Words):
    """What brought the person here; it decides which words fit (content `situations`)."""

    WAITING = "waiting"  # they sent something and wait for a reply
    IGNORED = "ignored"  # left on read, ignored
    BLOCKED = "blocked"  # the other person blocked them
    CHOSE = "chose"  # they chose no contact themselves



def _mode_situations() -> dict[str, tuple[Situation, ...]]:
    """The situations each mode fits; the first is what `start --situation` suggests (MODE_SITUATIONS)."""
    situation: type[Situation] = sys.modules[__name__].Situation  # made when first used (__getattr__)
    return {
        Mode.WAIT: (situation.WAITING, situation.IGNORED),
        Mode.NO_CONTACT: (situation.CHOSE, situation.BLOCKED, situation.IGNORED),
    }


@_words
class Outcome(_Words):
    """How a period ended."""

    COMPLETED = "completed"
    MOVED_ON = "moved-on"
    HEARD_BACK = "heard-back"
    OTHER = "other"


@_later
class Choice(_Words):
    """An answer at a checkpoint."""

    REACH_OUT = "reach-out"
    WAIT = "wait"
    MOVE_ON = "move-on"
    HEARD_BACK = "heard-back"


@_later
class Stage(_Words):
    """Where a period stands when its checkpoint asks."""

    EARLY = "early"  # before the end (deciding early is allowed)
    FINAL = "final"  # the chosen length is over
    AFTER_REACH_OUT = "after-reach-out"  # they reached out once: a reply window


@_words
class EventKind(_Words):
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


@_words
class UrgeOutcome(_Words):
    """How an urge went; an urge without one is still open (being ridden out, or never answered)."""

    PASSED = "passed"  # it passed: ridden out
    STRONG = "strong"  # still strong at the check-in; it may pass yet
    SLIPPED = "slipped"  # a slip followed it


@_words
class ReminderKind(_Words):
    """What a reminder is for."""

    DAILY = "daily"
    CHECKPOINT = "checkpoint"
    AFTERCARE = "aftercare"
    CHECK_IN = "check-in"  # 20 minutes after an urge, when asked for
    DRAFT = "draft"  # the morning after a reach-out was sealed at night: your words are waiting
    SAFETY_CHECK_IN = "safety-check-in"  # about an hour after crisis words (`safety.check_in`)
    MILESTONE = "milestone"  # day 1, 3, 7, 14, 30, 60, ... and the end: a warm word, once each


@_words
class DeliveryStatus(_Words):
    """A reminder key's row in the delivery ledger."""

    SENDING = "sending"  # claimed, being shown
    SHOWN = "shown"
    FAILED = "failed"
    SKIPPED = "skipped"  # will never be shown (answered, folded into a catch-up, stale)
    INTERRUPTED = "interrupted"  # the daemon died while showing it


# For membership tests and "one of: ..." messages (`"wait" in Mode` needs Python 3.12).
MODES: tuple[Mode, ...] = tuple(Mode)
OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
EVENT_KINDS: tuple[EventKind, ...] = tuple(EventKind)
DELIVERY_STATUSES: tuple[DeliveryStatus, ...] = tuple(DeliveryStatus)

if TYPE_CHECKING:
    MODE_SITUATIONS = _mode_situations()
    SITUATIONS: tuple[Situation, ...] = tuple(Situation)
    CHOICES: tuple[Choice, ...] = tuple(Choice)
else:
    _DERIVED = {
        "MODE_SITUATIONS": _mode_situations,
        "SITUATIONS": lambda: tuple(_made("Situation")),
        "CHOICES": lambda: tuple(_made("Choice")),
    }
    for _name in _LATER:
        del globals()[_name]

    def __getattr__(name):
        """Situation, Choice and Stage, and what is derived from them, made when first asked for."""
        if name in _LATER:
            globals()[name] = _words(_LATER.pop(name))
        elif name in _DERIVED:
            globals()[name] = _DERIVED.pop(name)()
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return globals()[name]
