"""Durations as people type them ("14d", "36h", "1d12h") <-> timedelta."""

from __future__ import annotations

import re
from datetime import timedelta

from pacer.errors import InvalidInput

UNITS = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1}
_PART = re.compile(r"(\d+)\s*([wdhms])")
_WHOLE = re.compile(r"(?:\d+\s*[wdhms]\s*)+")
_NAMES = {"w": "week", "d": "day", "h": "hour", "m": "minute", "s": "second"}
_MAX_DIGITS = 15
_MAX_SECONDS = timedelta.max // timedelta(seconds=1)  # exact; total_seconds() rounds up past it


def parse_duration(text: str, *, what: str = "duration") -> timedelta:
    """Parse "14d", "2w", "90m", "45s" or combinations like "1d12h".

    Raises InvalidInput with an example when the text is not a duration.
    """
    cleaned = text.strip().lower()
    if not cleaned or not _WHOLE.fullmatch(cleaned):
        raise InvalidInput(
            f"{what} {_short(text)} is not a duration; use a number and a unit "
            "(s, m, h, d, w), e.g. 14d, 36h, 90m or 1d12h"
        )
    seen: set[str] = set()
    seconds = 0
    for number, unit in _PART.findall(cleaned):
        if unit in seen:
            raise InvalidInput(f"{what} {_short(text)} names the unit {unit!r} twice")
        seen.add(unit)
        if len(number) > _MAX_DIGITS:  # int() of thousands of digits raises; no real duration has them
            raise InvalidInput(f"{what} {_short(text)} is far too long")
        seconds += int(number) * UNITS[unit]
    if seconds <= 0:
        raise InvalidInput(f"{what} {_short(text)} must be longer than zero")
    if seconds > _MAX_SECONDS:  # timedelta itself would overflow; callers check their own, smaller limits
        raise InvalidInput(f"{what} {_short(text)} is far too long")
    return timedelta(seconds=seconds)


def _short(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def format_compact(delta: timedelta) -> str:
    """timedelta -> the shortest text parse_duration reads back ("1d12h")."""
    seconds = int(delta.total_seconds())
    if seconds <= 0:
        return "0s"
    parts = []
    for unit in "dhms":  # weeks are shown as days: "14d" reads better than "2w"
        count, seconds = divmod(seconds, UNITS[unit])
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


def format_long(delta: timedelta, *, max_parts: int = 2) -> str:
    """timedelta -> words for people ("14 days", "1 day 12 hours")."""
    seconds = int(delta.total_seconds())
    if seconds <= 0:
        return "0 seconds"
    parts = []
    for unit in "dhms":
        count, seconds = divmod(seconds, UNITS[unit])
        if count:
            name = _NAMES[unit]
            parts.append(f"{count} {name}{'' if count == 1 else 's'}")
    return " ".join(parts[:max_parts])


def parse_duration_list(text: str, *, what: str = "checkpoints") -> list[timedelta]:
    """Parse a comma-separated list like "3d,7d,14d"."""
    items = [item.strip() for item in text.split(",")]
    if not text.strip() or any(not item for item in items):
        raise InvalidInput(f"{what} {_short(text)} must be a comma-separated list like 3d,7d,14d")
    return [parse_duration(item, what=f"{what[:-1] if what.endswith('s') else what}") for item in items]
