"""Strict reading of a `pacer export --format json` file, before anything is written.

`read_export` parses and checks every field and returns rows ready for the
store; anything malformed raises one PacerError line naming the file and the
place (e.g. `periods[2].events[5].at`). Nothing here touches the store, so a
refused file changes nothing.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from pacer.errors import ConfigError, PacerError
from pacer.limits import (MAX_ATTEMPTS, MAX_CHECKPOINTS, MAX_DATA_KEYS, MAX_EVENT_TEXT, MAX_EVENTS, MAX_IMPORT_BYTES,
                          MAX_LENGTH, MAX_PERIODS, MAX_REASONS, MAX_SHORT_TEXT, MAX_TEXT)
from pacer.paths import FileTooLarge, NotRegularFile, decode_text, read_file
from pacer.period import MODES, OUTCOMES
from pacer.plan import AFTERCARE_DAYS
from pacer.store import to_db
from pacer.text import display_problem, printable

FORMAT = "pacer-export"
VERSION = 1
# The kinds of events issue 5 records (`pacer history --json` uses the same names).
EVENT_KINDS = ("urge", "note", "decision", "reach-out", "slip", "heard-back")
# What the plan produces and the delivery ledger records.
REMINDER_KINDS = ("daily", "checkpoint", "aftercare", "check-in")
DELIVERY_STATUSES = ("sending", "shown", "failed", "skipped", "interrupted")

# The limits are pacer.limits', the same `start`, `note` and config.toml enforce.
MAX_FILE_BYTES = MAX_IMPORT_BYTES
_YEARS = (1970, 2200)
SLACK = timedelta(days=1)  # a clock set back a little between two records (or exported_at's whole seconds)
# A clock that ran ahead and was put right since: what it recorded lies in the export's future.
# Within this much, that is a person's own data; beyond it (a pause until 2200), it is not.
FUTURE_SLACK = timedelta(days=30)
AFTERCARE = timedelta(days=AFTERCARE_DAYS + 1)  # the week of notes after moving on, and a day's margin

_TOP_KEYS = {"format", "version", "exported_at", "periods", "settings"}
_PERIOD_KEYS = {"id", "mode", "started_at", "length_s", "checkpoints_s", "label", "reasons", "ended_at", "outcome",
                "events", "pauses", "deliveries"}
_EVENT_KEYS = {"id", "kind", "at", "text", "data"}
_PAUSE_KEYS = {"start_at", "end_at"}
_DELIVERY_KEYS = {"key", "kind", "due_at", "attempted_at", "status", "attempts", "title", "error"}


class Restore(NamedTuple):
    """A checked export: rows in the store's shape (see Store.restore) and the settings."""

    tables: dict[str, list[tuple]]
    settings: dict[str, Any]
    exported_at: datetime

    def refuse_future(self, path: Path, now: datetime) -> None:
        """An export written after now (beyond a clock's drift) is crafted or from a broken clock: refused."""
        if self.exported_at > now + FUTURE_SLACK:
            raise PacerError(f"{path} is not a usable pacer export: exported_at: {self.exported_at.isoformat()} is in "
                             f"the future; this computer's clock says {now:%Y-%m-%d %H:%M}")

    @property
    def periods(self) -> int:
        return len(self.tables["periods"])

    @property
    def events(self) -> int:
        return len(self.tables["events"])


class _Bad(Exception):
    """A problem at a place in the document; turned into one PacerError line."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")


def read_export(path: Path) -> Restore:
    """Parse and check the whole file; raise PacerError (one line) on anything wrong."""
    try:
        data = read_file(path, MAX_FILE_BYTES)  # never more, whatever it is (/dev/zero never ends)
    except FileNotFoundError:
        raise PacerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PacerError(f"{path}: is a directory, not an export file") from None
    except NotRegularFile:
        raise PacerError(f"{path}: not a regular file (a pipe, a device or a socket); save the export to a file "
                         "and import that") from None
    except FileTooLarge:
        raise PacerError(f"{path}: too large for a pacer export (more than {MAX_FILE_BYTES} bytes)") from None
    except OSError as exc:
        raise PacerError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    try:
        document = parse_json(data)
        return check(document)
    except _Bad as bad:
        raise PacerError(f"{path} is not a usable pacer export: {bad}") from None


def parse_json(data: bytes) -> Any:
    try:
        text = decode_text(data)  # a byte order mark (an editor's "UTF-8 with BOM") is fine
    except UnicodeDecodeError:
        raise _Bad("file", "not UTF-8 text (is it a pacer JSON export?)") from None
    if not text.strip():
        raise _Bad("file", "it is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _Bad("file", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); was it cut short?") from None
    except RecursionError:
        raise _Bad("file", "nested too deeply to be a pacer export") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise _Bad("file", f"not a pacer export ({str(exc)[:80]})") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Bad("file", f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _Bad("file", f"{name} is not a number pacer accepts")


def check(document: Any) -> Restore:
    top = _object(document, "top level", _TOP_KEYS)
    if top["format"] != FORMAT:
        raise _Bad("format", f"{_show(top['format'])} is not {FORMAT!r}")
    version = top["version"]
    if not _is_int(version):
        raise _Bad("version", f"{_show(version)} is not a whole number")
    if version != VERSION:
        raise _Bad("version", f"version {version} is not supported (this pacer reads version {VERSION}); "
                   "export it with the pacer that wrote it, or upgrade pacer")
    exported = _time(top["exported_at"], "exported_at")
    tables: dict[str, list[tuple]] = {"periods": [], "events": [], "pauses": [], "deliveries": []}
    periods = _list(top["periods"], "periods", MAX_PERIODS)
    ids = {"period": set(), "event": set(), "key": set()}
    active = 0
    for index, item in enumerate(periods):
        active += _period(item, f"periods[{index}]", tables, ids, exported)
        if active > 1:
            raise _Bad(f"periods[{index}]", "a second active period (ended_at null); at most one can be active")
        if len(tables["events"]) > MAX_EVENTS:
            raise _Bad("periods", f"more than {MAX_EVENTS} events")
    return Restore(tables, _settings(top["settings"]), exported)


def _period(item: Any, where: str, tables: dict[str, list[tuple]], ids: dict[str, set], exported: datetime) -> int:
    period = _object(item, where, _PERIOD_KEYS)
    pid = _id(period["id"], f"{where}.id", ids["period"])
    if period["mode"] not in MODES:
        raise _Bad(f"{where}.mode", f"{_show(period['mode'])} is not one of: {', '.join(MODES)}")
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
    tables["periods"].append((
        pid, period["mode"], to_db(started), length, ",".join(str(c) for c in checkpoints), label,
        json.dumps(reasons), to_db(ended) if ended else None, outcome,
    ))
    # What happened in a period happened between its start and its end (or the export, while it runs).
    planned = _Span(started, started + timedelta(seconds=length) + SLACK, "started_at", "its end (started_at + length_s)")
    if ended is not None:
        lived = _Span(started, ended + SLACK, "started_at", "ended_at")
    else:  # still running: up to the export, or its planned end if a clock ran ahead
        lived = _Span(started, max(horizon, planned.end), "started_at", "exported_at")
    shown = _Span(started, max(planned.end, lived.end) + AFTERCARE, "started_at", "a week after its end (aftercare)")
    for n, event in enumerate(_list(period["events"], f"{where}.events", MAX_EVENTS)):
        tables["events"].append(_event(event, f"{where}.events[{n}]", pid, ids["event"], lived))
    for n, pause in enumerate(_list(period["pauses"], f"{where}.pauses", MAX_EVENTS)):
        tables["pauses"].append(_pause(pause, f"{where}.pauses[{n}]", pid, len(tables["pauses"]) + 1, lived, planned))
    for n, delivery in enumerate(_list(period["deliveries"], f"{where}.deliveries", MAX_EVENTS)):
        tables["deliveries"].append(_delivery(delivery, f"{where}.deliveries[{n}]", pid, ids["key"], shown,
                                              _Span(started, horizon, "started_at", "exported_at")))
    return 1 if ended is None else 0


def _event(item: Any, where: str, pid: int, seen: set, lived: "_Span") -> tuple:
    event = _object(item, where, _EVENT_KEYS)
    eid = _id(event["id"], f"{where}.id", seen)
    if event["kind"] not in EVENT_KINDS:
        raise _Bad(f"{where}.kind", f"{_show(event['kind'])} is not one of: {', '.join(EVENT_KINDS)}")
    at = lived.check(_time(event["at"], f"{where}.at"), f"{where}.at")
    text = _text(event["text"], f"{where}.text", MAX_EVENT_TEXT, optional=True, empty_ok=True)
    data = _object(event["data"], f"{where}.data", None)
    if len(data) > MAX_DATA_KEYS:
        raise _Bad(f"{where}.data", f"more than {MAX_DATA_KEYS} entries")
    for key, value in data.items():
        _text(key, f"{where}.data key", MAX_SHORT_TEXT)
        if isinstance(value, str):
            _text(value, f"{where}.data.{key}", MAX_EVENT_TEXT, empty_ok=True)
        elif isinstance(value, float) and not math.isfinite(value):
            raise _Bad(f"{where}.data.{key}", "is not a finite number")
        elif value is not None and not isinstance(value, (bool, int, float)):
            raise _Bad(f"{where}.data.{key}", "must be text, a number, true/false or null")
    return (eid, pid, event["kind"], to_db(at), text, json.dumps(data))


def _pause(item: Any, where: str, pid: int, pause_id: int, lived: "_Span", planned: "_Span") -> tuple:
    pause = _object(item, where, _PAUSE_KEYS)
    start = lived.check(_time(pause["start_at"], f"{where}.start_at"), f"{where}.start_at")
    end = planned.check(_time(pause["end_at"], f"{where}.end_at"), f"{where}.end_at")
    if end < start:
        raise _Bad(f"{where}.end_at", "is before start_at")
    return (pause_id, pid, to_db(start), to_db(end))


def _delivery(item: Any, where: str, pid: int, seen: set, shown: "_Span", tried: "_Span") -> tuple:
    row = _object(item, where, _DELIVERY_KEYS)
    key = _text(row["key"], f"{where}.key", MAX_SHORT_TEXT)
    if key in seen:
        raise _Bad(f"{where}.key", f"{_show(key)} appears twice")
    seen.add(key)
    if row["kind"] not in REMINDER_KINDS:
        raise _Bad(f"{where}.kind", f"{_show(row['kind'])} is not one of: {', '.join(REMINDER_KINDS)}")
    if row["status"] not in DELIVERY_STATUSES:
        raise _Bad(f"{where}.status", f"{_show(row['status'])} is not one of: {', '.join(DELIVERY_STATUSES)}")
    attempts = row["attempts"]
    if not _is_int(attempts) or not 1 <= attempts <= MAX_ATTEMPTS:
        raise _Bad(f"{where}.attempts", f"{_show(attempts)} is not a count from 1 to {MAX_ATTEMPTS}")
    return (
        key, pid, row["kind"], to_db(shown.check(_time(row["due_at"], f"{where}.due_at"), f"{where}.due_at")),
        to_db(tried.check(_time(row["attempted_at"], f"{where}.attempted_at"), f"{where}.attempted_at")), row["status"], attempts,
        _tool_text(row["title"], f"{where}.title", MAX_SHORT_TEXT),
        _tool_text(row["error"], f"{where}.error", MAX_TEXT),
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
    if keys is not None:
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


def _time(item: Any, where: str) -> datetime:
    problem = f"{_show(item)} is not an ISO 8601 time with an offset (e.g. 2024-05-01T10:00:00+02:00)"
    if not isinstance(item, str) or len(item) > 40:
        raise _Bad(where, problem)
    try:
        moment = datetime.fromisoformat(item)
    except ValueError:
        raise _Bad(where, problem) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise _Bad(where, problem)
    if not _YEARS[0] <= moment.year <= _YEARS[1] or abs(moment.utcoffset()) > timedelta(hours=18):
        raise _Bad(where, f"{_show(item)} is outside the years {_YEARS[0]}-{_YEARS[1]}")
    return moment


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
