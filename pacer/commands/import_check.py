"""Strict checks of a `pacer export --format json` file, before anything is written.

`read_export` parses and checks every field and returns rows ready for the
store; anything malformed raises one PacerError line naming the file and the
place (e.g. `periods[2].events[5].at`). Nothing here touches the store, so a
refused file changes nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from pacer.commands.import_rows import FUTURE_SLACK, Restore, Rows
from pacer.domain import DELIVERY_STATUSES, EVENT_KINDS, MODES, OUTCOMES, ReminderKind
from pacer.errors import ConfigError
from pacer.limits import (
    MAX_ATTEMPTS,
    MAX_CHECKPOINTS,
    MAX_DATA_KEYS,
    MAX_EVENT_TEXT,
    MAX_EVENTS,
    MAX_IMPORT_BYTES,
    MAX_LENGTH,
    MAX_PERIODS,
    MAX_REASONS,
    MAX_SHORT_TEXT,
    MAX_TEXT,
)
from pacer.plan import AFTERCARE_DAYS
from pacer.store import to_db
from pacer.text import display_problem, printable

FORMAT = "pacer-export"
VERSION = 2  # 2: a period has "situation"
READABLE_VERSIONS = (1, 2)  # version 1 files have no situation: it is read as not said
REMINDER_KINDS = tuple(ReminderKind)  # what the plan produces and the delivery ledger records

# The limits are pacer.limits', the same `start`, `note` and config.toml enforce.
MAX_FILE_BYTES = MAX_IMPORT_BYTES
_YEARS = (1970, 2200)
SLACK = timedelta(days=1)  # a clock set back a little between two records (or exported_at's whole seconds)
AFTERCARE = timedelta(days=AFTERCARE_DAYS + 1)  # the week of notes after moving on, and a day's margin

_TOP_KEYS = {"format", "version", "exported_at", "periods", "settings"}
_PERIOD_KEYS = {"id", "mode", "started_at", "length_s", "checkpoints_s", "label", "reasons", "ended_at", "outcome",
                "events", "pauses", "deliveries"}
_EVENT_KEYS = {"id", "kind", "at", "text", "data"}
_PAUSE_KEYS = {"start_at", "end_at"}
_DELIVERY_KEYS = {"key", "kind", "due_at", "attempted_at", "status", "attempts", "title", "error"}


class _Bad(Exception):
    """A problem at a place in the document; turned into one PacerError line."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem

    def under(self, place: str) -> _Bad:
        """The same problem, its place given within `place` (a place is spelled out only when something is wrong)."""
        return _Bad(place + self.where, self.problem)


def check(document: Any) -> Restore:
    """Every field of a parsed export checked; its rows staged (Rows)."""
    top = _object(document, "top level", _TOP_KEYS)
    exported = check_head(top)
    rows = Rows()
    periods = _list(top["periods"], "periods", MAX_PERIODS)
    ids: dict[str, set] = {"period": set(), "event": set(), "key": set()}
    active = 0
    for index, item in enumerate(periods):
        active += _period(item, f"periods[{index}]", rows, ids, exported, top["version"])
        check_counts(rows, active, index)
    return Restore(rows, _settings(top["settings"]), exported)


def check_head(top: dict[str, Any]) -> datetime:
    """format, version and exported_at; the export's time."""
    if top["format"] != FORMAT:
        raise _Bad("format", f"{_show(top['format'])} is not {FORMAT!r}")
    version = top["version"]
    if not _is_int(version):
        raise _Bad("version", f"{_show(version)} is not a whole number")
    if version not in READABLE_VERSIONS:
        raise _Bad("version", f"version {version} is not supported (this pacer reads versions "
                   f"{', '.join(map(str, READABLE_VERSIONS))}); export it with the pacer that wrote it, or upgrade pacer")
    return _time(top["exported_at"], "exported_at")


def check_counts(rows: Rows, active: int, index: int) -> None:
    if active > 1:
        raise _Bad(f"periods[{index}]", "a second active period (ended_at null); at most one can be active")
    if rows.counts["events"] > MAX_EVENTS:
        raise _Bad("periods", f"more than {MAX_EVENTS} events")
    if index + 1 > MAX_PERIODS:
        raise _Bad("periods", f"more than {MAX_PERIODS} entries")


class Head(NamedTuple):
    """A period's own fields, checked: its row and the spans its events, pauses and deliveries must lie in."""

    pid: int
    active: bool
    lived: _Span
    planned: _Span
    shown: _Span
    tried: _Span


ITEMS = ("events", "pauses", "deliveries")  # a period's lists, after its own fields (in pacer's own order)


def period_keys(version: int) -> set[str]:
    """A period's fields in a file of `version` (2 added "situation")."""
    return _PERIOD_KEYS | {"situation"} if version >= 2 else _PERIOD_KEYS


def head_keys(version: int) -> set[str]:
    """A period's own fields, which pacer writes before its lists."""
    return period_keys(version) - set(ITEMS)


def _period(item: Any, where: str, rows: Rows, ids: dict[str, set], exported: datetime, version: int = VERSION) -> int:
    period = _object(item, where, period_keys(version))
    head = period_head(period, where, rows, ids, exported)
    for name in ITEMS:
        add_items(name, _list(period[name], f"{where}.{name}", MAX_EVENTS), where, head, rows, ids)
    return 1 if head.active else 0


def add_items(name: str, items: Iterable[Any], where: str, head: Head, rows: Rows, ids: dict[str, set]) -> None:
    """Check the period's `name` (events, pauses or deliveries) and stage them; `items` may be a stream."""
    for n, item in enumerate(items):
        if n >= MAX_EVENTS:
            raise _Bad(f"{where}.{name}", f"more than {MAX_EVENTS} entries")
        try:
            if name == "events":
                rows.add("events", _event(item, head.pid, ids["event"], head.lived))
            elif name == "pauses":
                rows.add("pauses", _pause(item, head.pid, rows.counts["pauses"] + 1, head.lived, head.planned))
            else:
                rows.add("deliveries", _delivery(item, head.pid, ids["key"], head.shown, head.tried))
        except _Bad as bad:
            raise bad.under(f"{where}.{name}[{n}]") from None


def period_head(period: dict[str, Any], where: str, rows: Rows, ids: dict[str, set], exported: datetime) -> Head:
    """Check a period's own fields (head_keys) and stage its row."""
    pid = _id(period["id"], f"{where}.id", ids["period"])
    if period["mode"] not in MODES:
        raise _Bad(f"{where}.mode", f"{_show(period['mode'])} is not one of: {', '.join(MODES)}")
    situation = _situation(period.get("situation"), period["mode"], f"{where}.situation")
    started = _time(period["started_at"], f"{where}.started_at")
    horizon = exported + FUTURE_SLACK
    _within(started, None, horizon, f"{where}.started_at", "", "exported_at")
    length = period["length_s"]
    if not _is_int(length) or not 0 < length <= MAX_LENGTH.total_seconds():
        raise _Bad(f"{where}.length_s", f"{_show(length)} is not a length in seconds (1 to {int(MAX_LENGTH.total_seconds())})")
    checkpoints = _list(period["checkpoints_s"], f"{where}.checkpoints_s", MAX_CHECKPOINTS)
    previous = 0
    for n, offset in enumerate(checkpoints):
        if not _is_int(offset) or not previous < offset <= length:
            raise _Bad(f"{where}.checkpoints_s[{n}]", f"{_show(offset)} is not an ascending offset in seconds within the period")
        previous = offset
    label = _text(period["label"], f"{where}.label", MAX_TEXT, optional=True)
    reasons = [_text(r, f"{where}.reasons[{n}]", MAX_TEXT) for n, r in enumerate(_list(period["reasons"], f"{where}.reasons", MAX_REASONS))]
    ended = None if period["ended_at"] is None else _time(period["ended_at"], f"{where}.ended_at")
    outcome = period["outcome"]
    if ended is None and outcome is not None:
        raise _Bad(f"{where}.outcome", "an active period (ended_at null) has no outcome; use null")
    if ended is not None:
        if ended < started:
            raise _Bad(f"{where}.ended_at", "is before started_at")
        _within(ended, None, horizon, f"{where}.ended_at", "", "exported_at")
        if outcome not in OUTCOMES:
            raise _Bad(f"{where}.outcome", f"{_show(outcome)} is not one of: {', '.join(OUTCOMES)}")
    rows.add("periods", (
        pid, period["mode"], to_db(started), length, ",".join(str(c) for c in checkpoints), label,
        json.dumps(reasons), to_db(ended) if ended else None, outcome, situation,
    ))
    # What happened in a period happened between its start and its end (or the export, while it runs).
    planned = _Span(started, started + timedelta(seconds=length) + SLACK, "started_at", "its end (started_at + length_s)")
    if ended is not None:
        lived = _Span(started, ended + SLACK, "started_at", "ended_at")
    else:  # still running: up to the export, or its planned end if a clock ran ahead
        lived = _Span(started, max(horizon, planned.end), "started_at", "exported_at")
    shown = _Span(started, max(planned.end, lived.end) + AFTERCARE, "started_at", "a week after its end (aftercare)")
    return Head(pid, ended is None, lived, planned, shown, _Span(started, horizon, "started_at", "exported_at"))


def _situation(item: Any, mode: str, where: str) -> str | None:
    from pacer.domain import MODE_SITUATIONS

    if item is not None and item not in MODE_SITUATIONS[mode]:
        raise _Bad(where, f"{_show(item)} is not one of: {', '.join(MODE_SITUATIONS[mode])} (for {mode}), or null")
    return item


def _event(item: Any, pid: int, seen: set, lived: _Span) -> tuple:
    """One event's row; places in problems are relative (".at"): add_items puts the event's place before them."""
    event = _object(item, "", _EVENT_KEYS)
    eid = _id(event["id"], ".id", seen)
    kind = event["kind"]
    if kind not in EVENT_KINDS:
        raise _Bad(".kind", f"{_show(kind)} is not one of: {', '.join(EVENT_KINDS)}")
    at = _time(event["at"], ".at")
    if not lived.start <= at <= lived.end:
        lived.check(at, ".at")  # says which end
    text = _text(event["text"], ".text", MAX_EVENT_TEXT, optional=True, empty_ok=True)
    data = _object(event["data"], ".data", None)
    if len(data) > MAX_DATA_KEYS:
        raise _Bad(".data", f"more than {MAX_DATA_KEYS} entries")
    for key, value in data.items():
        if key not in _GOOD_KEYS:
            _text(key, ".data key", MAX_SHORT_TEXT)
            if len(_GOOD_KEYS) < 1000:
                _GOOD_KEYS.add(key)
        if value is None or value is True or value is False or type(value) is int:
            continue
        if isinstance(value, str):
            _text(value, f".data.{key}", MAX_EVENT_TEXT, empty_ok=True)
        elif isinstance(value, float) and not math.isfinite(value):
            raise _Bad(f".data.{key}", "is not a finite number")
        elif not isinstance(value, (bool, int, float)):
            raise _Bad(f".data.{key}", "must be text, a number, true/false or null")
    return (eid, pid, kind, to_db(at), text, _data_text(data))


_GOOD_KEYS: set[str] = set()  # data keys already found fine ("intensity", "check_in", ...)
_DATA_TEXT: dict[tuple, str] = {}


def _data_text(data: dict[str, Any]) -> str:
    """json.dumps(data) as the store writes it, remembered: most events share a handful of shapes."""
    try:
        key = tuple(data.items())
        text = _DATA_TEXT.get(key)
    except TypeError:  # unhashable: cannot be, checked above; still, never fail on a cache
        return json.dumps(data)
    if text is None:
        text = json.dumps(data)
        if len(_DATA_TEXT) < 10_000:
            _DATA_TEXT[key] = text
    return text


def _pause(item: Any, pid: int, pause_id: int, lived: _Span, planned: _Span) -> tuple:
    pause = _object(item, "", _PAUSE_KEYS)
    start = lived.check(_time(pause["start_at"], ".start_at"), ".start_at")
    end = planned.check(_time(pause["end_at"], ".end_at"), ".end_at")
    if end < start:
        raise _Bad(".end_at", "is before start_at")
    return (pause_id, pid, to_db(start), to_db(end))


def _delivery(item: Any, pid: int, seen: set, shown: _Span, tried: _Span) -> tuple:
    row = _object(item, "", _DELIVERY_KEYS)
    key = _text(row["key"], ".key", MAX_SHORT_TEXT)
    if key in seen:
        raise _Bad(".key", f"{_show(key)} appears twice")
    seen.add(key)
    if row["kind"] not in REMINDER_KINDS:
        raise _Bad(".kind", f"{_show(row['kind'])} is not one of: {', '.join(REMINDER_KINDS)}")
    if row["status"] not in DELIVERY_STATUSES:
        raise _Bad(".status", f"{_show(row['status'])} is not one of: {', '.join(DELIVERY_STATUSES)}")
    attempts = row["attempts"]
    if not _is_int(attempts) or not 1 <= attempts <= MAX_ATTEMPTS:
        raise _Bad(".attempts", f"{_show(attempts)} is not a count from 1 to {MAX_ATTEMPTS}")
    return (
        key, pid, row["kind"], to_db(shown.check(_time(row["due_at"], ".due_at"), ".due_at")),
        to_db(tried.check(_time(row["attempted_at"], ".attempted_at"), ".attempted_at")), row["status"], attempts,
        _tool_text(row["title"], ".title", MAX_SHORT_TEXT),
        _tool_text(row["error"], ".error", MAX_TEXT),
    )


def _settings(item: Any) -> dict[str, Any]:
    settings = _object(item, "settings", None)
    for name, value in settings.items():
        try:
            from pacer.config import check_value

            check_value(name, value, "settings")
        except ConfigError as error:
            raise _Bad("settings", error.message.removeprefix("settings: ")) from None
    return settings


# --- small checks ------------------------------------------------------------------------


class _Span(NamedTuple):
    """When something of a period can have happened, and the names of its ends for the message."""

    start: datetime
    end: datetime
    start_name: str
    end_name: str

    def check(self, moment: datetime, where: str) -> datetime:
        return _within(moment, self.start, self.end, where, self.start_name, self.end_name)


def _within(moment: datetime, start: datetime | None, end: datetime, where: str, start_name: str, end_name: str) -> datetime:
    if start is not None and moment < start:
        raise _Bad(where, f"{moment.isoformat()} is before the period's {start_name}")
    if moment > end:
        raise _Bad(where, f"{moment.isoformat()} is after {end_name}")
    return moment


def _object(item: Any, where: str, keys: set[str] | None) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _Bad(where, f"expected an object, found {_kind(item)}")
    if keys is not None and item.keys() != keys:
        missing, unknown = keys - item.keys(), item.keys() - keys
        if missing:
            raise _Bad(where, f"missing {', '.join(sorted(missing))}")
        if unknown:
            raise _Bad(where, f"unknown field {', '.join(sorted(map(str, unknown)))[:80]}")
    return item


def _list(item: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(item, list):
        raise _Bad(where, f"expected a list, found {_kind(item)}")
    if len(item) > limit:
        raise _Bad(where, f"more than {limit} entries")
    return item


def _id(item: Any, where: str, seen: set) -> int:
    if not _is_int(item) or not 0 < item < 2**62:
        raise _Bad(where, f"{_show(item)} is not a positive whole number")
    if item in seen:
        raise _Bad(where, f"{item} appears twice")
    seen.add(item)
    return item


_MAX_OFFSET = timedelta(hours=18)


def _time(item: Any, where: str) -> datetime:
    if isinstance(item, str) and len(item) <= 40:
        try:
            moment = datetime.fromisoformat(item)
        except ValueError:
            moment = None
        offset = moment.utcoffset() if moment is not None else None
        if moment is not None and offset is not None:
            if _YEARS[0] <= moment.year <= _YEARS[1] and abs(offset) <= _MAX_OFFSET:
                return moment
            raise _Bad(where, f"{_show(item)} is outside the years {_YEARS[0]}-{_YEARS[1]}")
    raise _Bad(where, f"{_show(item)} is not an ISO 8601 time with an offset (e.g. 2024-05-01T10:00:00+02:00)")


def _text(item: Any, where: str, limit: int, *, optional: bool = False, empty_ok: bool = False) -> str | None:
    if item is None and optional:
        return None
    if not isinstance(item, str):
        raise _Bad(where, f"expected text{' or null' if optional else ''}, found {_kind(item)}")
    if len(item) > limit:
        raise _Bad(where, f"too long ({len(item)} characters; at most {limit})")
    if not empty_ok and not item.strip():
        raise _Bad(where, "is empty")
    problem = display_problem(item)
    if problem:  # it would be printed back in a terminal, just like what `start` and `note` refuse
        raise _Bad(where, problem)
    return item


def _tool_text(item: Any, where: str, limit: int) -> str | None:
    """Words pacer or a notification tool wrote (a title, an error): made printable rather than refused."""
    return _text(printable(item) if isinstance(item, str) else item, where, limit, optional=True, empty_ok=True)


def _is_int(item: Any) -> bool:
    return isinstance(item, int) and not isinstance(item, bool)


def _kind(item: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(item), "a number"
    )


def _show(item: Any) -> str:
    text = json.dumps(item, ensure_ascii=False) if isinstance(item, (str, int, float, bool, type(None))) else _kind(item)
    return text if len(text) <= 40 else text[:37] + "..."
