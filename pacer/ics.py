"""Reminders as an iCalendar (RFC 5545) file, so a phone or calendar can carry them.

Pure: no clock reads (the caller passes `stamp`), no I/O, stdlib only. What the
events say is the caller's choice; discretion (no names, no reasons) is theirs
to keep, and nothing here adds detail of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the CRLF.
_MAX_OCTETS = 75
_CRLF = "\r\n"
# UIDs must be globally unique (RFC 5545 3.8.4.7); the reminder keys from the
# plan are only unique within pacer, so they get a domain-like suffix. Stable
# keys give stable UIDs, so importing the file again updates instead of duplicating.
UID_DOMAIN = "pacer.local"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: datetime  # tz-aware
    description: str = ""
    duration: timedelta = timedelta(minutes=15)

    def __post_init__(self) -> None:
        if not self.uid:
            raise ValueError("a calendar event needs a uid")
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError(f"event {self.uid!r}: start must be timezone-aware")
        # DTEND must be later than DTSTART (RFC 5545 3.8.2.2).
        if self.duration <= timedelta(0):
            raise ValueError(f"event {self.uid!r}: duration must be positive")


def to_ics(
    events: Iterable[CalendarEvent],
    *,
    stamp: datetime,
    prodid: str = "-//pacer//pacer//EN",
    alarm: bool = True,
) -> str:
    """The whole VCALENDAR as text with CRLF line endings, folded at 75 octets.

    `stamp` becomes every DTSTAMP (when the file was made). `alarm` adds a
    display alarm at each event's start, so phones actually remind.
    """
    stamp_text = _utc(stamp, what="stamp")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(prodid)}",
        "CALSCALE:GREGORIAN",
    ]
    seen: set[str] = set()
    for event in events:
        # Two VEVENTs with one UID and no RECURRENCE-ID is an invalid calendar.
        if event.uid in seen:
            raise ValueError(f"duplicate event uid {event.uid!r}")
        seen.add(event.uid)
        lines.extend(_vevent(event, stamp_text, alarm))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + _CRLF for line in lines)


def _vevent(event: CalendarEvent, stamp_text: str, alarm: bool) -> list[str]:
    summary = escape_text(event.summary)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp_text}",
        # UTC ("Z" form) needs no VTIMEZONE and every client reads it right;
        # the client shows it in the phone's own local time.
        f"DTSTART:{_utc(event.start, what='start')}",
        f"DTEND:{_utc(event.start + event.duration, what='end')}",
        f"SUMMARY:{summary}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    # A reminder is not a meeting: it must not mark the user busy, and a shared
    # calendar should show it to nobody else.
    lines += ["TRANSP:TRANSPARENT", "CLASS:PRIVATE"]
    if alarm:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            # DISPLAY alarms require DESCRIPTION; the summary is what the caller
            # already chose to show.
            f"DESCRIPTION:{summary}",
            "TRIGGER;RELATED=START:PT0S",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _utc(moment: datetime, *, what: str) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline.

    Other control characters are not allowed in TEXT at all, so they are dropped
    rather than left to break a strict parser.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for char in value:
        if char == "\\":
            out.append("\\\\")
        elif char in ";,":
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t" or not (ord(char) < 0x20 or ord(char) == 0x7F):
            out.append(char)
    return "".join(out)


def fold(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets (RFC 5545 3.1).

    Counts UTF-8 octets, never splits a character; each continuation line starts
    with one space, which counts toward its 75.
    """
    if len(line.encode("utf-8")) <= _MAX_OCTETS:
        return line
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size = [], 0
            limit = _MAX_OCTETS - 1  # room for the leading space
        current.append(char)
        size += width
    chunks.append("".join(current))
    return (_CRLF + " ").join(chunks)
