"""How pacer says a time or a span in words: "today 20:30", "2 days", "after 3 days". Pure."""

from __future__ import annotations

from datetime import datetime, timedelta

from pacer.durations import format_long

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Sequence


def when(moment: datetime, now: datetime) -> str:
    """"today 20:30", "tomorrow 10:00", "Sat 28 Nov 19:00 (in 2 days)", "yesterday 23:10"."""
    moment = moment.astimezone(now.tzinfo)
    days = (moment.date() - now.date()).days
    clock_text = moment.strftime("%H:%M")
    if days == 0:
        return f"today {clock_text}"
    if days == 1:
        return f"tomorrow {clock_text}"
    if days == -1:
        return f"yesterday {clock_text}"
    text = f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')} {clock_text}"
    if moment.year != now.year:
        text = f"{moment.day} {moment.strftime('%b %Y')} {clock_text}"
    if days > 1:
        text += f" (in {days} days)"
    return text


def absolute(moment: datetime, zone) -> str:
    """"Mon 7 Dec, 19:00": a fixed point in time, without "in N days"."""
    moment = moment.astimezone(zone)
    return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')}, {moment.strftime('%H:%M')}"


def dates(started_at: datetime, ended_at: datetime | None, zone) -> tuple[str, str | None]:
    """A period's first and last day as "5 Mar 2026" (the last is None while it runs)."""

    def day(moment: datetime) -> str:
        moment = moment.astimezone(zone)
        return f"{moment.day} {moment.strftime('%b %Y')}"

    return day(started_at), (day(ended_at) if ended_at is not None else None)


def ago(moment: datetime, now: datetime) -> str:
    delta = now - moment
    if delta < timedelta(minutes=1):
        return "just now"
    return f"{format_long(delta, max_parts=1)} ago"


def span(delta: timedelta) -> str:
    """"2 days", "5 hours"; "under a minute" rather than "0 seconds"."""
    return "under a minute" if delta < timedelta(minutes=1) else format_long(delta, max_parts=1)


def checkpoint_name(offset: timedelta) -> str:
    """"after 3 days", "after 6 hours", "after 1 day 12 hours": a checkpoint named by its offset, everywhere.

    The day counter ("day 4 of 14") is pacer.period.checkpoint_day's: after 3 days is day 4.
    """
    return f"after {format_long(offset)}"


def checkpoint_list(offsets: Sequence[timedelta], length: timedelta) -> str:
    """"Checkpoints after 3 days, 7 days and 14 days (the end)": what `pacer start` says."""
    names = [format_long(o) + (" (the end)" if o == length else "") for o in offsets]
    return f"{'Checkpoint' if len(names) == 1 else 'Checkpoints'} after {listed(names)}"


def listed(items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def days(count: int) -> str:
    """"1 day", "14 days"."""
    return f"{count} day{'' if count == 1 else 's'}"


NIGHT_FROM, NIGHT_UNTIL = 21, 5  # local hours: "tonight", "if it's late" and the like fit only in between


def is_night(moment: datetime) -> bool:
    """21:00 to 05:00 local time (moment is aware and already local)."""
    return moment.hour >= NIGHT_FROM or moment.hour < NIGHT_UNTIL


def rest_of_day(moment: datetime) -> str:
    """"tonight" at night, "this evening", "this afternoon", "today": the rest of now, in words."""
    if is_night(moment):
        return "tonight"
    if moment.hour >= 17:
        return "this evening"
    if moment.hour >= 12:
        return "this afternoon"
    return "today"
