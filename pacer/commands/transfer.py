"""Taking your data with you, or erasing it: export (JSON, iCalendar), import, forget.

Click-free. The JSON export holds everything needed to carry on elsewhere:
periods with their events, pauses and delivery ledger, and the settings of the
user's own config.toml. The ledger is included because it is what keeps "each
checkpoint at most once" true after a move (without it the new machine would
show past checkpoints again) and it feeds `status`' counts; content rotation
is left out: it only records which of pacer's own phrasings were shown lately,
and its ids belong to one version of the content library.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple

from pacer.commands.import_check import FORMAT, VERSION, Restore
from pacer.daemon import lock as daemon_lock
from pacer.domain import ReminderKind
from pacer.env import Env
from pacer.errors import NotFound, PacerError, StoreError
from pacer.paths import Paths
from pacer.store import COPIED_TABLES, Store, database_files, from_db

ICS_CHECKPOINT = "pacer checkpoint"
ICS_END = "pacer: end of your period"
ICS_DESCRIPTION = "{name}: time to check in with yourself. Open a terminal on your computer and run: pacer checkpoint"


# --- export ---------------------------------------------------------------------------


def export_json(env: Env) -> Iterator[str]:
    """Everything, as the `pacer-export` document (version import_check.VERSION), in pieces (one event a line).

    Streamed from one read transaction: an export of a million events holds a
    handful of rows at a time, never the whole document.
    """
    from pacer.config import user_values

    settings = user_values(env.paths.config)  # before the first piece: a broken config.toml stops it here
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    def iso(text: str) -> str:
        """Stored UTC -> local time with its offset, exact to the microsecond (so an import restores it exactly)."""
        return from_db(text).astimezone(env.zone).isoformat()

    checked = json_checked()

    with contextlib.ExitStack() as stack:
        store = None
        if os.path.exists(env.paths.db):  # opened before the first piece: a database that cannot be read prints nothing
            store = stack.enter_context(Store.open(env.paths, write=False))
            stack.enter_context(store.transaction(write=False))
        yield (f'{{\n "format": {dumps(FORMAT)},\n "version": {VERSION},\n'
               f' "exported_at": {dumps(env.now.isoformat(timespec="seconds"))},\n "periods": [')
        for n, row in enumerate(store.dump("periods") if store else ()):
            assert store is not None  # rows came from it
            pid, mode, started, length, checkpoints, label, reasons, ended, outcome, situation = row
            head = {
                "id": pid, "mode": mode, "situation": situation, "started_at": iso(started), "length_s": length,
                "checkpoints_s": [int(c) for c in checkpoints.split(",") if c], "label": label,
                "reasons": json.loads(reasons), "ended_at": iso(ended) if ended else None, "outcome": outcome,
            }
            yield ("," if n else "") + "\n  " + dumps(head)[:-1] + ","
            yield from _array("events", (
                # Written out directly (a million of them): the stored details are JSON already.
                f'{{"id": {eid}, "kind": {dumps(kind)}, "at": "{iso(at)}", "text": {dumps(text)}, "data": {checked(data)}}}'
                for eid, _, kind, at, text, data in store.dump("events", pid)), dumps)
            yield ","
            yield from _array("pauses", (
                {"start_at": iso(start), "end_at": iso(end)} for _, _, start, end in store.dump("pauses", pid)), dumps)
            yield ","
            yield from _array("deliveries", (
                {"key": key, "kind": kind, "due_at": iso(due), "attempted_at": iso(attempted), "status": status,
                 "attempts": attempts, "title": title, "error": error}
                for key, _, kind, due, attempted, status, attempts, title, error in store.dump("deliveries", pid)), dumps)
            yield "}"
    yield f'\n ],\n "settings": {dumps(settings)}\n}}\n'


def json_checked():
    """A function that returns stored JSON text unchanged once it is known to parse (a damaged database
    must not make a broken backup); the few shapes most events share are parsed once."""
    known: set[str] = set()

    def checked(text: str) -> str:
        if text not in known:
            json.loads(text)
            if len(known) < 10_000:
                known.add(text)
        return text

    return checked


def _array(name: str, items: Iterator[dict[str, Any] | str], dumps) -> Iterator[str]:
    """`"name": [` one item a line `]` (items as objects or as JSON already), a few hundred at a time."""
    yield f'\n   "{name}": ['
    first, batch = True, []
    for item in items:
        batch.append(item if isinstance(item, str) else dumps(item))
        if len(batch) >= 500:
            yield ("\n    " if first else ",\n    ") + ",\n    ".join(batch)
            first, batch = False, []
    if batch:
        yield ("\n    " if first else ",\n    ") + ",\n    ".join(batch)
        first = False
    yield "]" if first else "\n   ]"


def export_ics(env: Env) -> str:
    """The active (or else the last) period's checkpoints as iCalendar text; discreet by design.

    Summaries never carry the label, the mode or reasons: a phone calendar is
    seen by others. UIDs are the plan's stable keys, so importing a newer
    export updates the same events instead of adding copies.
    """
    from pacer.ics import CalendarEvent, to_ics
    from pacer.session import period_plan

    if not os.path.exists(env.paths.db):
        raise NotFound("there is no period to export yet; `pacer start` begins one")
    with Store.open(env.paths, write=False) as store, store.transaction(write=False):
        period = store.active_period() or store.last_period()
        if period is None:
            raise NotFound("there is no period to export yet; `pacer start` begins one")
        reminders = period_plan(store, period, env)
    events = []
    for reminder in reminders:
        if reminder.kind != ReminderKind.CHECKPOINT:
            continue
        if period.ended_at is not None and reminder.due > period.ended_at:
            continue  # the period ended before this checkpoint came
        events.append(
            CalendarEvent(
                # The key alone restarts at "1:" after `pacer forget` or on another computer;
                # the period's start (to the microsecond) keeps a new period's UIDs its own.
                uid=f"{period.started_at.strftime('%Y%m%dT%H%M%S%fZ')}-{reminder.key}",
                summary=ICS_END if reminder.final else ICS_CHECKPOINT,
                start=reminder.at,
                description=ICS_DESCRIPTION.format(name=_checkpoint_name(period, reminder)),
                duration=timedelta(minutes=15),
            )
        )
    return to_ics(events, stamp=env.now)


def _checkpoint_name(period, reminder) -> str:
    """"After 3 days", as `pacer start` and `pacer status` name it (pacer.timetext.checkpoint_name)."""
    from pacer.timetext import checkpoint_name

    name = checkpoint_name(period.checkpoint_offsets[reminder.number - 1])
    return name[0].upper() + name[1:] + (" (the end)" if reminder.final else "")


# --- import ---------------------------------------------------------------------------


class Existing(NamedTuple):
    periods: int
    settings_differ: bool

    @property
    def any(self) -> bool:
        return bool(self.periods or self.settings_differ)


def existing_data(env: Env, restore: Restore) -> Existing:
    """What an import would overwrite. Reads only; opens no database that is not there."""
    from pacer.config import user_values

    current = user_values(env.paths.config)
    differ = os.path.exists(env.paths.config) and current != restore.settings
    periods = 0
    if os.path.exists(env.paths.db):
        with Store.open(env.paths, write=False) as store, store.transaction(write=False):
            periods = store.count_periods()
    return Existing(periods, differ)


def restore(env: Env, data: Restore, *, replace: bool) -> None:
    """Write a checked export, all of it or nothing; refuse to overwrite data unless `replace`.

    The settings are staged first (written in full beside config.toml: a full
    disk shows here, before anything changed), the database is committed in
    one transaction, and only then does the staged file replace config.toml,
    which needs no space. A failure anywhere before leaves both as they were.
    """
    from pacer.config import stage_user_values, user_values

    existing = existing_data(env, data)
    if existing.any and not replace:
        raise PacerError(_refusal(existing))
    staged = None
    if user_values(env.paths.config) != data.settings:  # equal settings leave the file (and its comments) alone
        try:
            staged = stage_user_values(env.paths.config, data.settings)
        except PacerError as error:
            raise PacerError(f"{error.message}; nothing was imported") from None
    try:
        with Store.open(env.paths) as store, store.transaction():
            if store.count_periods() and not replace:  # someone started a period meanwhile
                raise PacerError(_refusal(Existing(store.count_periods(), False)))
            store.erase()
            for table in COPIED_TABLES:  # periods before what refers to them
                store.restore(table, data.tables.rows(table))
    except BaseException as error:
        if staged is not None:
            staged.discard()
        if isinstance(error, StoreError):  # e.g. the disk filled up while committing
            raise StoreError(f"{error.message}; nothing was imported") from None
        raise
    if staged is not None:
        staged.commit()
    daemon_lock.wake(env.paths.daemon_lock)


def _refusal(existing: Existing) -> str:
    what = []
    if existing.periods:
        what.append(f"{existing.periods} period{'s' if existing.periods != 1 else ''}")
    if existing.settings_differ:
        what.append("a config.toml with other settings")
    return (
        f"pacer already holds {' and '.join(what)}; `pacer import --replace FILE` replaces all of it "
        "(`pacer export --format json -o FILE` keeps a copy first)"
    )


# --- forget ---------------------------------------------------------------------------


def forget_targets(paths: Paths, *, everything: bool) -> list[Path]:
    """The files `forget` removes, those that exist: pacer's own, by name, and nothing else.

    A symbolic link in the place of one of them is removed itself, never what
    it points to; a folder is never removed with what is in it, only once empty.
    """
    from pacer.words.library import CATEGORIES

    targets = list(database_files(paths.db))
    targets += [paths.config_cache, paths.config_cache + ".tmp"]
    targets += [paths.daemon_lock, paths.autostart_offered]
    if _real_dir(paths.log_dir):  # a linked log folder is someone else's place: nothing in it is removed
        targets += paths.logs
    if everything:
        targets += [paths.config, paths.safety_plan]
        if _real_dir(paths.user_content):  # the user's own words: the files pacer reads, not what else is there
            targets += [os.path.join(paths.user_content, f"{category}.toml") for category in CATEGORIES]
    return [Path(path) for path in targets if _removable(path)]


def _real_dir(path: str) -> bool:
    import stat

    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _removable(path: str) -> bool:
    """A file or a symbolic link (not a folder, not what a link points to)."""
    import stat

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISLNK(mode) or not stat.S_ISDIR(mode)


def forget(paths: Paths, *, everything: bool) -> list[Path]:
    """Stop the daemon, then erase pacer's records (and, with `everything`, config and your own words)."""
    from pacer.daemon import control as daemon_control

    pid = daemon_control.stop(paths)  # it holds the database open and would write again
    if pid and pid > 0:
        _wait_until_gone(pid)
    removed = []
    for path in forget_targets(paths, everything=everything):
        try:
            path.unlink()  # never follows a link
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise PacerError(f"cannot remove {path}: {exc.strerror or exc}; stopped there") from None
        removed.append(path)
    for directory in ((paths.user_content,) if everything else ()) + (paths.log_dir, paths.data_dir, paths.config_dir):
        if _real_dir(directory):
            try:
                os.rmdir(directory)  # only when empty: it may hold other things of the user's
            except OSError:
                pass
    return removed


def _wait_until_gone(pid: int, timeout: float = 3.0) -> None:
    """The lock is released a moment before the process ends; let it end before deleting under it."""
    import time

    if os.name != "posix":
        return  # os.kill(pid, 0) would terminate a process on Windows
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:  # gone (or no longer ours)
            return
        time.sleep(0.05)
