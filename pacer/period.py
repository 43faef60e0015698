"""A period and its rules: progress, days, checkpoints, validation. Pure."""


import math
from typing import NamedTuple
from datetime import datetime, timedelta, timezone

from pacer.errors import InvalidInput
from pacer.limits import MAX_CHECKPOINTS, MAX_LENGTH, MAX_REASONS, MAX_TEXT

MODES = ("wait", "no-contact")
OUTCOMES = ("completed", "moved-on", "heard-back", "other")
DAY = timedelta(days=1)
__all__ = ["MAX_LENGTH", "MAX_TEXT"]  # (from pacer.limits; long imported from here)


class Period(NamedTuple):
    """Times are UTC (see new_period): offsets are real elapsed time, not wall-clock."""

    mode: str
    started_at: datetime  # aware
    length: timedelta
    # User-chosen checkpoint offsets, ascending. The end is always a
    # checkpoint too (see `checkpoint_offsets`), so it is not stored here.
    checkpoints: tuple[timedelta, ...]
    label: str | None = None
    reasons: tuple[str, ...] = ()
    id: int | None = None
    ended_at: datetime | None = None
    outcome: str | None = None

    @property
    def ends_at(self) -> datetime:
        return self.started_at + self.length

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def days_total(self) -> int:
        return max(1, math.ceil(self.length / DAY))

    @property
    def checkpoint_offsets(self) -> tuple[timedelta, ...]:
        """Every checkpoint, the end of the period included."""
        return tuple(sorted(set(self.checkpoints) | {self.length}))

    def elapsed(self, now: datetime) -> timedelta:
        return min(max(now - self.started_at, timedelta(0)), self.length)

    def is_complete(self, now: datetime) -> bool:
        return now >= self.ends_at

    def day(self, now: datetime) -> int:
        """Day 1 is the first 24 hours; never past the last day."""
        return min(self.elapsed(now) // DAY + 1, self.days_total)

    def progress(self, now: datetime) -> float:
        return self.elapsed(now) / self.length

    def checkpoint_at(self, offset: timedelta) -> datetime:
        return self.started_at + offset

    def next_checkpoint(self, now: datetime) -> timedelta | None:
        return next((o for o in self.checkpoint_offsets if self.started_at + o > now), None)

    def followed_up(self, now: datetime, by: timedelta) -> "Period | None":
        """The period running `by` past `now`, ending with a new checkpoint; None past a year.

        For "keep waiting" or a reach-out with no checkpoint left. The old end,
        answered now, is simply no longer a checkpoint: nothing is stored per
        follow-up, however many there are.
        """
        elapsed = timedelta(seconds=int(max(now - self.started_at, self.length).total_seconds()))
        length = elapsed + by
        if length > MAX_LENGTH:
            return None
        return self._replace(length=length)

    def with_id(self, period_id: int) -> "Period":
        return self._replace(id=period_id)


def checkpoint_day(offset: timedelta) -> int:
    """The day a checkpoint falls on: 3d is "day 3", 6h is "day 1"."""
    return max(1, math.ceil(offset / DAY))


def new_period(
    *,
    mode: str,
    length: timedelta,
    checkpoints: list[timedelta] | None,
    default_checkpoints: tuple[timedelta, ...],
    started_at: datetime,
    label: str | None = None,
    reasons: tuple[str, ...] = (),
) -> Period:
    """Validate what the user asked for and build the period.

    Checkpoints the user typed are checked strictly; the configured defaults
    are simply trimmed to the period's length (a 10-day period does not get
    the default 14-day checkpoint).
    """
    if mode not in MODES:
        raise InvalidInput(f"unknown mode {mode!r}; choose one of: {', '.join(MODES)}")
    check_length(length)
    if len(reasons) > MAX_REASONS:
        raise InvalidInput(f"{len(reasons)} reasons is more than pacer keeps (at most {MAX_REASONS}); choose the ones that matter most")
    if checkpoints is None:
        chosen = tuple(sorted(o for o in set(default_checkpoints) if o <= length))
    else:
        chosen = _validated_checkpoints(checkpoints, length)
    return Period(
        mode=mode,
        # Arithmetic on aware datetimes that share a ZoneInfo is wall-clock
        # arithmetic in Python (19:00 + 1 day = 19:00, 25 real hours across a
        # DST change); offsets are real elapsed time, so periods live in UTC.
        started_at=started_at.astimezone(timezone.utc),
        length=length,
        checkpoints=chosen,
        label=_clean_text(label, "label") if label is not None else None,
        reasons=tuple(_clean_text(r, "reason") for r in reasons),
    )


def check_length(length: timedelta) -> timedelta:
    if length <= timedelta(0):
        raise InvalidInput("the length must be longer than zero")
    if length > MAX_LENGTH:
        raise InvalidInput("the length can be at most 365 days; choose a shorter period (you can start another later)")
    return length


def _validated_checkpoints(checkpoints: list[timedelta], length: timedelta) -> tuple[timedelta, ...]:
    from pacer.durations import format_compact

    if len(checkpoints) > MAX_CHECKPOINTS:
        raise InvalidInput(f"{len(checkpoints)} checkpoints is more than pacer keeps (at most {MAX_CHECKPOINTS}); choose fewer")
    seen: set[timedelta] = set()
    for offset in checkpoints:
        if offset <= timedelta(0):
            raise InvalidInput(f"checkpoint {format_compact(offset)} must be after the start")
        if offset > length:
            raise InvalidInput(
                f"checkpoint {format_compact(offset)} is after the end of the period "
                f"({format_compact(length)})"
            )
        if offset in seen:
            raise InvalidInput(f"checkpoint {format_compact(offset)} is given twice")
        seen.add(offset)
    return tuple(sorted(seen))


def _clean_text(text: str, what: str) -> str:
    from pacer.text import clean_text  # the one text check (control characters, bidi, length)

    return clean_text(text, what, MAX_TEXT, empty_hint="leave it out or write a few words")
