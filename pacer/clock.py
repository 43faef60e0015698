"""The one place pacer reads the clock and learns the local time zone.

Everything else receives `now` (timezone-aware) as an argument.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pacer.errors import ConfigError


def now(zone: tzinfo | None = None) -> datetime:
    """The current time, aware, in `zone` (default: the local zone)."""
    return datetime.now(UTC).astimezone(zone or local_zone())


def local_zone(name: str = "") -> tzinfo:
    """The zone to show and plan in: `name` if given, else $TZ, else the system's.

    A ZoneInfo (not a fixed offset) so that wall-clock times stay right
    across daylight-saving changes.
    """
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"unknown time zone {name!r}; expected a name like 'Europe/Berlin'") from None
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        try:
            return ZoneInfo(tz_env)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return _system_zone()


def zone_name(zone: tzinfo) -> str:
    """A zone's name as people know it ("Europe/Berlin"); for a zone without one, its name now ("UTC+02:00")."""
    key = getattr(zone, "key", None)
    if key and key != "localtime":
        return key
    return datetime.now(UTC).astimezone(zone).tzname() or str(zone)


def named_zone(name: str | None) -> tzinfo | None:
    """The zone `zone_name` named, or None when that name is not a zone name this computer knows."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _system_zone() -> tzinfo:
    localtime = "/etc/localtime"
    try:
        target = os.path.realpath(localtime)
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    try:
        with open("/etc/timezone", encoding="utf-8") as handle:
            name = handle.read().strip()
        if name:
            return ZoneInfo(name)
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    try:
        with open(localtime, "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError):
        pass
    # Windows and unusual systems: the fixed offset is the best we know.
    return datetime.now().astimezone().tzinfo or UTC
