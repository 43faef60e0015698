"""SQLite storage: periods, events, pauses, content rotation; the delivery ledger is pacer.ledger.

One file (pacer.db, 0600) in WAL mode. Every command runs in one
transaction (`with store.transaction():`), writes take the write lock up
front (BEGIN IMMEDIATE) and wait for other writers instead of failing.
Times are stored in UTC (ISO 8601) and shown local at the edge.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from pacer import dbfile
from pacer.dbfile import BUSY_TIMEOUT_S, database_files  # noqa: F401  (long imported from here)
from pacer.domain import EventKind
from pacer.errors import PacerError, StoreError
from pacer.ledger import DeliveryLedger
from pacer.paths import Paths
from pacer.period import Period
from pacer.records import Record
from pacer.schema import SCHEMA_VERSION, create_schema, from_db, migrate, to_db

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from types import TracebackType
    from typing import Any


class Event(Record):
    id: int
    period_id: int
    kind: str
    at: datetime
    text: str | None
    data: dict[str, Any]


class _Outdated(Exception):
    """The database has an older schema: it is upgraded (written) before it is read."""


class Store(DeliveryLedger):
    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, paths: Paths, *, write: bool = True) -> Store:
        """The database, to write (created if needed) or, with write=False, only to read: `with Store.open(...)`.

        Reading creates nothing and changes no permission, and works in a
        read-only folder, on a read-only file or a full disk (pacer.dbfile).
        The connection is closed at the end of the `with` block.
        """
        try:
            connection = dbfile.connect(paths, write=write)
        except sqlite3.Error as exc:
            raise dbfile.store_error(exc, paths.db, opening=True) from None
        store = cls(connection, paths.db)
        try:
            with store._errors():
                store._prepare(write)
        except _Outdated:  # an older schema: reading it needs it upgraded first, which is a write
            store._db.close()
            return cls.open(paths, write=True)
        except BaseException:
            store._db.close()
            raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._db.close()

    def _prepare(self, write: bool) -> None:
        db = self._db
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer pacer (schema {version}; this pacer knows {SCHEMA_VERSION}); "
                "upgrade pacer to use it"
            )
        if not write:
            if 0 < version < SCHEMA_VERSION:
                raise _Outdated
            if version == 0:  # created, never filled (or not pacer's at all): read it as empty, change nothing
                db.close()
                self._db = db = sqlite3.connect(":memory:", isolation_level=None)
                create_schema(db)
            db.execute("PRAGMA query_only=ON")
            return
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            dbfile.switch_to_wal(db)
        db.execute("PRAGMA synchronous=FULL")  # a recorded note must survive a power cut
        db.execute("PRAGMA foreign_keys=ON")
        if version < SCHEMA_VERSION:
            db.execute("BEGIN IMMEDIATE")
            try:
                # Re-check under the write lock: another process may have created or upgraded it.
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version == 0:
                    create_schema(db)
                elif version < SCHEMA_VERSION:
                    migrate(db, version)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _errors(self) -> dbfile.SQLiteErrors:
        """Turn SQLite's errors into one clear line for the user."""
        return dbfile.SQLiteErrors(self.path)

    def transaction(self, *, write: bool = True) -> dbfile.Transaction:
        """One command, one transaction: all of it is recorded, or none of it."""
        return dbfile.Transaction(self._db, self.path, write=write)

    # -- periods ---------------------------------------------------------

    def add_period(self, period: Period) -> Period:
        import json

        with self._errors():
            try:
                cursor = self._db.execute(
                    "INSERT INTO periods (mode, started_at, length_s, checkpoints, label, reasons, situation) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        period.mode,
                        to_db(period.started_at),
                        int(period.length.total_seconds()),
                        _offsets_text(period.checkpoints),
                        period.label,
                        json.dumps(list(period.reasons)),
                        period.situation,
                    ),
                )
            except sqlite3.IntegrityError:
                raise PacerError("a period is already active; `pacer stop` ends it") from None
        assert cursor.lastrowid is not None  # an INSERT that succeeded
        return period.with_id(cursor.lastrowid)

    def active_period(self) -> Period | None:
        row = self._db.execute(f"SELECT {_PERIOD_COLUMNS} FROM periods WHERE ended_at IS NULL").fetchone()
        return _period(row) if row else None

    def last_period(self) -> Period | None:
        row = self._db.execute(f"SELECT {_PERIOD_COLUMNS} FROM periods ORDER BY id DESC LIMIT 1").fetchone()
        return _period(row) if row else None

    def periods(self, *, limit: int | None = None, offset: int = 0) -> list[Period]:
        """Newest first."""
        sql = f"SELECT {_PERIOD_COLUMNS} FROM periods ORDER BY id DESC LIMIT ? OFFSET ?"
        return [_period(row) for row in self._db.execute(sql, (-1 if limit is None else limit, offset))]

    def count_periods(self) -> int:
        return self._db.execute("SELECT count(*) FROM periods").fetchone()[0]

    def set_period_length(self, period: Period) -> None:
        """Store the active `period`'s new length and checkpoints (a follow-up: Period.followed_up)."""
        self._db.execute(
            "UPDATE periods SET length_s = ?, checkpoints = ? WHERE id = ? AND ended_at IS NULL",
            (int(period.length.total_seconds()), _offsets_text(period.checkpoints), period.id),
        )

    def end_period(self, period_id: int, ended_at: datetime, outcome: str) -> None:
        self._db.execute(
            "UPDATE periods SET ended_at = ?, outcome = ? WHERE id = ? AND ended_at IS NULL",
            (to_db(ended_at), outcome, period_id),
        )

    # -- events ----------------------------------------------------------

    def add_event(self, period_id: int, kind: str, at: datetime, text: str | None = None, **data: Any) -> Event:
        import json

        cursor = self._db.execute(
            "INSERT INTO events (period_id, kind, at, text, data) VALUES (?, ?, ?, ?, ?)",
            (period_id, kind, to_db(at), text, json.dumps(data)),
        )
        assert cursor.lastrowid is not None  # an INSERT that succeeded
        return Event(cursor.lastrowid, period_id, kind, at, text, data)

    def events(self, period_id: int, kind: str | None = None) -> list[Event]:
        if kind is None:
            rows = self._db.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE period_id = ? ORDER BY at, id", (period_id,))
        else:
            rows = self._db.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events WHERE period_id = ? AND kind = ? ORDER BY at, id", (period_id, kind)
            )
        return [_event(row) for row in rows]

    def event_rows(self, period_id: int, kinds: tuple[str, ...]) -> Iterator[tuple]:
        """The period's events of `kinds` as stored (id, period_id, kind, at, text, data as JSON text), oldest first,
        one at a time: a period may hold a million."""
        marks = ", ".join("?" for _ in kinds)
        return self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE period_id = ? AND kind IN ({marks}) ORDER BY at, id", (period_id, *kinds)
        )

    def event_times(self, period_id: int, kinds: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        """(kind, time as stored) of the period's events of `kinds`: no text, no details, nothing decoded.

        Stored times are UTC in one fixed format, so comparing the strings compares the times.
        """
        marks = ", ".join("?" for _ in kinds)
        return self._db.execute(f"SELECT kind, at FROM events WHERE period_id = ? AND kind IN ({marks})", (period_id, *kinds))

    def count_events(self, period_id: int, kind: str) -> int:
        return self._db.execute("SELECT count(*) FROM events WHERE period_id = ? AND kind = ?", (period_id, kind)).fetchone()[0]

    def last_event(self, period_id: int, kind: str) -> Event | None:
        row = self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE period_id = ? AND kind = ? ORDER BY at DESC, id DESC LIMIT 1",
            (period_id, kind),
        ).fetchone()
        return _event(row) if row else None

    def events_of_kind(self, kind: str) -> list[Event]:
        """Every event of `kind`, in every period, oldest first."""
        rows = self._db.execute(f"SELECT {_EVENT_COLUMNS} FROM events WHERE kind = ? ORDER BY at, id", (kind,))
        return [_event(row) for row in rows]

    def first_event(self, period_id: int, kind: str) -> Event | None:
        row = self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE period_id = ? AND kind = ? ORDER BY at, id LIMIT 1",
            (period_id, kind),
        ).fetchone()
        return _event(row) if row else None

    def update_event(self, event_id: int, **data: Any) -> None:
        """Add or change keys of an event's data (an urge's outcome); the rest of the event stays as recorded."""
        import json

        self._db.execute("UPDATE events SET data = json_patch(data, ?) WHERE id = ?", (json.dumps(data), event_id))

    def event_summary(self, period_id: int) -> dict[str, tuple[int, datetime, datetime]]:
        """kind: (how many, the first's time, the last's time) of the period's events, read at once.

        The times are those of first_event and last_event (the same order of
        the stored text); count_events the count.
        """
        rows = self._db.execute("SELECT kind, count(*), min(at), max(at) FROM events WHERE period_id = ? GROUP BY kind",
                                (period_id,))
        return {kind: (count, from_db(first), from_db(last)) for kind, count, first, last in rows}

    def count_urges(self, period_id: int, outcome: str) -> int:
        return self._db.execute(
            "SELECT count(*) FROM events WHERE period_id = ? AND kind = ? AND json_extract(data, '$.outcome') = ?",
            (period_id, EventKind.URGE, outcome),
        ).fetchone()[0]

    # -- pauses ----------------------------------------------------------

    def add_pause(self, period_id: int, start: datetime, end: datetime) -> None:
        self._db.execute(
            "INSERT INTO pauses (period_id, start_at, end_at) VALUES (?, ?, ?)", (period_id, to_db(start), to_db(end))
        )

    def check_ins(self, period_id: int, since: datetime | None = None) -> list[tuple[str, datetime]]:
        """(event id, time) of urges after which the user asked to be checked on, and has not answered yet."""
        rows = self._db.execute(
            "SELECT id, at FROM events WHERE period_id = ? AND kind = ? AND json_extract(data, '$.check_in') "
            "AND json_extract(data, '$.outcome') IS NULL AND at >= ?",
            (period_id, EventKind.URGE, to_db(since) if since is not None else ""),
        )
        return [(str(row[0]), from_db(row[1])) for row in rows]

    def sealed_at_night(self, period_id: int) -> list[tuple[str, datetime]]:
        """(event id, end of the night) of reach-outs kept as drafts because they were chosen at night."""
        rows = self._db.execute(
            "SELECT id, json_extract(data, '$.sealed_until') FROM events "
            "WHERE period_id = ? AND kind = ? AND json_extract(data, '$.night')",
            (period_id, EventKind.DRAFT),
        )
        return [(str(row[0]), from_db(row[1])) for row in rows]

    def safety_times(self, period_id: int) -> list[tuple[str, datetime]]:
        """(event id, time) of the moments crisis words were answered with help."""
        rows = self._db.execute(
            "SELECT id, at FROM events WHERE period_id = ? AND kind = 'safety' ORDER BY at", (period_id,)
        )
        return [(str(row[0]), from_db(row[1])) for row in rows]

    def moments_since(self, kinds: tuple[str, ...], since: datetime) -> list[tuple[str, datetime, str]]:
        """(kind, time, data as JSON text) of every period's events of `kinds` from `since` on; never their words."""
        marks = ", ".join("?" for _ in kinds)
        rows = self._db.execute(
            f"SELECT kind, at, data FROM events WHERE period_id IN (SELECT id FROM periods) AND kind IN ({marks}) "
            "AND at >= ? ORDER BY at", (*kinds, to_db(since)),
        )
        return [(row[0], from_db(row[1]), row[2]) for row in rows]

    def pauses(self, period_id: int) -> list[tuple[int, datetime, datetime]]:
        rows = self._db.execute("SELECT id, start_at, end_at FROM pauses WHERE period_id = ? ORDER BY start_at", (period_id,))
        return [(row[0], from_db(row[1]), from_db(row[2])) for row in rows]

    def set_pause_end(self, pause_id: int, end: datetime) -> None:
        self._db.execute("UPDATE pauses SET end_at = ? WHERE id = ?", (to_db(end), pause_id))

    # -- content rotation --------------------------------------------------

    def shown_entries(self, category: str) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT entry_id FROM rotation WHERE category = ?", (category,))}

    def mark_shown(self, category: str, entry_id: str, at: datetime) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO rotation (category, entry_id, shown_at) VALUES (?, ?, ?)", (category, entry_id, to_db(at))
        )

    def forget_shown(self, category: str, entry_ids: list[str]) -> None:
        self._db.executemany("DELETE FROM rotation WHERE category = ? AND entry_id = ?", [(category, e) for e in entry_ids])

    # -- checks ------------------------------------------------------------

    def integrity_check(self) -> str:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    # -- whole-database copies (export / import) -----------------------------

    def dump(self, table: str, period_id: int | None = None) -> Iterator[tuple]:
        """The rows of a copied table (of one period) exactly as stored (UTC text times), in a stable order.

        An iterator: an export of a million events never holds them all at once.
        """
        columns, order = COPIED_TABLES[table]
        if period_id is None or table == "periods":
            return self._db.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")
        return self._db.execute(f"SELECT {columns} FROM {table} WHERE period_id = ? ORDER BY {order}", (period_id,))

    def restore(self, table: str, rows: Iterable[tuple]) -> None:
        """Insert rows in `dump`'s shape, ids included (delivery keys and UIDs refer to them)."""
        columns = COPIED_TABLES[table][0]
        marks = ", ".join("?" for _ in columns.split(","))
        self._db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)

    def erase(self) -> None:
        """Delete every copied row (`import --replace`); the schema stays."""
        for table in reversed(COPIED_TABLES):  # children before their periods
            self._db.execute(f"DELETE FROM {table}")


_PERIOD_COLUMNS = "id, mode, started_at, length_s, checkpoints, label, reasons, ended_at, outcome, situation"
_EVENT_COLUMNS = "id, period_id, kind, at, text, data"
# What export/import copy: table -> (columns, order). Content rotation is left
# out on purpose: it only says which of pacer's own phrasings were shown lately.
COPIED_TABLES = {
    "periods": (_PERIOD_COLUMNS, "id"),
    "events": (_EVENT_COLUMNS, "id"),
    "pauses": ("id, period_id, start_at, end_at", "id"),
    "deliveries": ("key, period_id, kind, due_at, attempted_at, status, attempts, title, error", "period_id, due_at, key"),
}


def _offsets_text(offsets: tuple[timedelta, ...]) -> str:
    return ",".join(str(int(o.total_seconds())) for o in offsets)


def _period(row: tuple) -> Period:
    return Period(
        id=row[0],
        mode=row[1],
        started_at=from_db(row[2]),
        length=timedelta(seconds=row[3]),
        checkpoints=tuple(timedelta(seconds=int(s)) for s in row[4].split(",") if s),
        label=row[5],
        reasons=tuple(_json_list(row[6])),
        ended_at=from_db(row[7]) if row[7] else None,
        outcome=row[8],
        situation=row[9],
    )


def _event(row: tuple) -> Event:
    import json

    return Event(row[0], row[1], row[2], from_db(row[3]), row[4], json.loads(row[5]))


def _json_list(text: str) -> list:
    """A list of strings as json.dumps wrote it; plain ones are read without importing json (some
    2 ms, on `status`'s path): with no backslash, no element holds a quote, so the split is exact."""
    if text == "[]":
        return []
    if "\\" not in text and text.startswith('["') and text.endswith('"]'):
        parts = text[2:-2].split('", "')
        if not any('"' in part for part in parts):
            return parts
    import json

    return json.loads(text)
