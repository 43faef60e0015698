"""Durations as people type them ("14d", "36h", "1d12h", "2 weeks") <-> timedelta."""

from __future__ import annotations

from datetime import timedelta

from pacer.errors import InvalidInput

UNITS = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1}
# Every spelling of a unit people type, to its one letter: "2 weeks", "10 days", "36 hours", "2w".
_SPELLINGS = {
    "w": ("w", "wk", "wks", "week", "weeks"),
    "d": ("d", "day", "days"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "m": ("m", "min", "mins", "minute", "minutes"),
    "s": ("s", "sec", "secs", "second", "seconds"),
}
_UNIT_OF = {spelling: unit for unit, spellings in _SPELLINGS.items() for spelling in spellings}
_UNIT_WORD = "|".join(sorted(_UNIT_OF, key=len, reverse=True))  # longest first: "days" before "d"
_ONE = rf"\d+ ?(?:{_UNIT_WORD})(?![a-z])"  # after spaces are squeezed to one
_PART = rf"(\d+) ?({_UNIT_WORD})(?![a-z])"
# Parts may be joined by a space, a comma or "and": "1 day 12 hours", "1 week, 2 days", "1d and 12h".
_WHOLE = rf"{_ONE}(?:(?:, ?| and | )?{_ONE})*"
_NAMES = {"w": "week", "d": "day", "h": "hour", "m": "minute", "s": "second"}
_MAX_DIGITS = 15
_MAX_TEXT = 80  # "1 week, 2 days, 3 hours and 4 minutes" is 37; longer is a paste, not a duration
_MAX_SECONDS = timedelta.max // timedelta(seconds=1)  # exact; total_seconds() rounds up past it
FORMS = "e.g. 14d, 2w, 36h, 90m, 1d12h, or in words: 2 weeks, 10 days, 36 hours"


def parse_duration(text: str, *, what: str = "duration") -> timedelta:
    """Parse "14d", "2w", "1d12h", or words: "2 weeks", "10 days", "36 hours", "1 day 12 hours".

    Raises InvalidInput naming the forms that work when the text is not a duration.
    """
    if len(text) > _MAX_TEXT:  # before the pattern: a paste is refused at once, whatever its size
        raise InvalidInput(f"{what} {_short(text)} is far too long; use a number and a unit, {FORMS}")
    cleaned = " ".join(text.strip().lower().split())
    parts = _parts(cleaned)
    if not parts:
        raise InvalidInput(f"{what} {_short(text)} is not a duration; use a number and a unit, {FORMS}")
    seen: set[str] = set()
    seconds = 0
    for number, spelling in parts:
        unit = _UNIT_OF[spelling]
        if unit in seen:
            raise InvalidInput(f"{what} {_short(text)} names the {_NAMES[unit]}s twice")
        seen.add(unit)
        if len(number) > _MAX_DIGITS:  # int() of thousands of digits raises; no real duration has them
            raise InvalidInput(f"{what} {_short(text)} is far too long")
        seconds += int(number) * UNITS[unit]
    if seconds <= 0:
        raise InvalidInput(f"{what} {_short(text)} must be longer than zero")
    if seconds > _MAX_SECONDS:  # timedelta itself would overflow; callers check their own, smaller limits
        raise InvalidInput(f"{what} {_short(text)} is far too long")
    return timedelta(seconds=seconds)


def _parts(cleaned: str) -> list[tuple[str, str]]:
    """(number, unit spelling) of each part of a duration; [] when ``cleaned`` is not one."""
    if cleaned[:-1].isdecimal() and cleaned[-1:] in UNITS:
        # "14d", "36h": what the settings hold, read on every command (`pacer status` too) without
        # compiling the patterns below; isdecimal() is what \d matches, and a unit letter ends it
        return [(cleaned[:-1], cleaned[-1])]
    import re  # only here: `pacer status` formats durations but never imports re

    if not re.fullmatch(_WHOLE, cleaned):  # re keeps the compiled patterns after the first use
        return []
    return re.findall(_PART, cleaned)


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
