"""A period and its rules: progress, days, checkpoints, validation. Pure."""


import math
from datetime import UTC, datetime, timedelta

from pacer.domain import MODES
from pacer.errors import InvalidInput
from pacer.limits import MAX_CHECKPOINTS, MAX_LENGTH, MAX_REASONS, MAX_TEXT
from pacer.records import Record

DAY = timedelta(days=1)


class Period(Record):
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
    situation: str | None = None  # pacer.domain.Situation; None: not said

    @property
    def stored_id(self) -> int:
        """The id of a period read from the store (one not stored yet has none)."""
        if self.id is None:
            raise ValueError("this period has not been stored")
        return self.id

    @property
    def ends_at(self) -> datetime:
        return self.started_at + self.length

    @property
    def days_total(self) -> int:
        return days_total(self.length)

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
        return day_of(self.elapsed(now), self.length)

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

    def with_reply_window(self, now: datetime, window: timedelta) -> "Period | None":
        """The period whose next checkpoint is at least `window` after `now`; None if it already is.

        After a reach-out: checkpoints inside the window are dropped and the end
        moves out to the window's end when it came sooner (never past a year).
        Checkpoints already due stay, so their delivery keys stay too.
        """
        elapsed = timedelta(seconds=math.ceil(max(now - self.started_at, timedelta(0)).total_seconds()))
        floor = min(elapsed + window, MAX_LENGTH)
        upcoming = self.next_checkpoint(now)
        if upcoming is None or upcoming >= floor:
            return None  # nothing left to move (follow-up's case), or far enough already
        kept = tuple(o for o in self.checkpoints if self.started_at + o <= now or floor <= o < max(self.length, floor))
        return self._replace(length=max(self.length, floor), checkpoints=kept)

    def with_id(self, period_id: int) -> "Period":
        return self._replace(id=period_id)


def days_total(length: timedelta) -> int:
    return max(1, math.ceil(length / DAY))


def day_of(elapsed: timedelta, length: timedelta) -> int:
    """The day number `elapsed` into a period of `length`: day 1 is the first 24 hours; never past the last."""
    elapsed = min(max(elapsed, timedelta(0)), length)
    return min(elapsed // DAY + 1, days_total(length))


def checkpoint_day(offset: timedelta, length: timedelta) -> int:
    """The day `pacer status` shows when a checkpoint comes `offset` into the period: the one "day" rule.

    A checkpoint is named by its offset ("after 3 days", pacer.timetext.checkpoint_name);
    its day is the day it falls in: after 3 days it is day 4, after 6 hours day 1,
    and the end of a 14-day period is day 14 of 14. (Held by quiet hours or a pause,
    it comes later: pass the offset it really comes at.)
    """
    return day_of(offset, length)


def new_period(
    *,
    mode: str,
    length: timedelta,
    checkpoints: list[timedelta] | None,
    default_checkpoints: tuple[timedelta, ...],
    started_at: datetime,
    label: str | None = None,
    reasons: tuple[str, ...] = (),
    situation: str | None = None,
) -> Period:
    """Validate what the user asked for and build the period.

    Checkpoints the user typed are checked strictly; the configured defaults
    are simply trimmed to the period's length (a 10-day period does not get
    the default 14-day checkpoint).
    """
    if mode not in MODES:
        raise InvalidInput(f"unknown mode {mode!r}; choose one of: {', '.join(MODES)}")
    check_situation(situation, mode)
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
        started_at=started_at.astimezone(UTC),
        length=length,
        checkpoints=chosen,
        label=_clean_text(label, "label") if label is not None else None,
        reasons=tuple(clean_reason(r) for r in reasons),
        situation=situation,
    )


def check_situation(situation: str | None, mode: str) -> None:
    """A situation pacer knows, and one the mode fits (being blocked is not waiting for a reply)."""
    if situation is None:
        return
    from pacer.domain import MODE_SITUATIONS, SITUATIONS  # made when first used (`pacer status` needs neither)

    if situation not in SITUATIONS:
        raise InvalidInput(f"unknown situation {situation!r}; choose one of: {', '.join(SITUATIONS)}")
    if situation not in MODE_SITUATIONS[mode]:
        fits = next(m for m, known in MODE_SITUATIONS.items() if situation in known)
        raise InvalidInput(f"the situation {situation} goes with --mode {fits}, not {mode}")


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


def clean_reason(text: str) -> str:
    """One reason of their own, checked as every reason is (the prompt checks each as it is typed)."""
    return _clean_text(text, "reason")


def _clean_text(text: str, what: str) -> str:
    from pacer.text import clean_text  # the one text check (control characters, bidi, length)

    return clean_text(text, what, MAX_TEXT, empty_hint="leave it out or write a few words")
