"""The delivery ledger: every reminder claimed by its key before it is shown (at most once, ever).

Store's methods for the deliveries table (Store inherits them); pure
decisions about what to show next are in pacer.delivery.
"""

import sqlite3
from datetime import datetime

from pacer.domain import DeliveryStatus
from pacer.records import Record
from pacer.schema import from_db, to_db

_NOT_SHOWN = (DeliveryStatus.FAILED, DeliveryStatus.INTERRUPTED)  # counted as "could not be shown"


class LedgerRow(Record):
    status: str
    attempts: int
    attempted_at: datetime


class OnScreen(Record):
    """A checkpoint notification shown with its choices, still waiting for its answer."""

    key: str
    period_id: int
    due_at: datetime
    title: str
    notice: dict  # {"id": notification id, "server": server token, "via": listener, "body", "mode", "stage"}


class DeliveryCounts(Record):
    shown: int
    failed: int
    last_error: str | None


class DeliveryLedger:
    """The deliveries table, on Store's connection."""

    _db: sqlite3.Connection

    def claim_delivery(self, key: str, period_id: int, kind: str, due_at: datetime, now: datetime, title: str | None) -> bool:
        """Claim `key` before showing it; False if it was ever claimed (at most once, ever)."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO deliveries (key, period_id, kind, due_at, attempted_at, status, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, period_id, kind, to_db(due_at), to_db(now), DeliveryStatus.SENDING, title),
        )
        return cursor.rowcount == 1

    def claim_retry(self, key: str, now: datetime) -> bool:
        """Claim a failed delivery for another attempt; False if someone else did."""
        cursor = self._db.execute(
            "UPDATE deliveries SET status = ?, attempts = attempts + 1, attempted_at = ? WHERE key = ? AND status = ?",
            (DeliveryStatus.SENDING, to_db(now), key, DeliveryStatus.FAILED),
        )
        return cursor.rowcount == 1

    def skip_delivery(self, key: str, period_id: int, kind: str, due_at: datetime, now: datetime) -> None:
        """Record that `key` will never be shown (missed while away, folded into a catch-up)."""
        self._db.execute(
            "INSERT OR IGNORE INTO deliveries (key, period_id, kind, due_at, attempted_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (key, period_id, kind, to_db(due_at), to_db(now), DeliveryStatus.SKIPPED),
        )

    def ledger(self, period_id: int) -> dict[str, LedgerRow]:
        rows = self._db.execute(
            "SELECT key, status, attempts, attempted_at FROM deliveries WHERE period_id = ?", (period_id,)
        )
        return {row[0]: LedgerRow(row[1], row[2], from_db(row[3])) for row in rows}

    def mark_interrupted(self, error: str) -> int:
        """Rows left 'sending' by a daemon that died while showing them: 'interrupted', counted, never retried."""
        return self._db.execute(
            "UPDATE deliveries SET status = ?, error = ? WHERE status = ?",
            (DeliveryStatus.INTERRUPTED, error, DeliveryStatus.SENDING),
        ).rowcount

    def finish_delivery(self, key: str, status: str, error: str | None = None) -> None:
        self._db.execute("UPDATE deliveries SET status = ?, error = ? WHERE key = ?", (status, error, key))

    def set_on_screen(self, key: str, notice: dict | None) -> None:
        """What of `key` waits on screen for an answer (None: nothing any more)."""
        import json

        self._db.execute("UPDATE deliveries SET on_screen = ? WHERE key = ?",
                         (json.dumps(notice) if notice is not None else None, key))

    def on_screen(self, period_id: int | None = None) -> list[OnScreen]:
        """Checkpoint notifications waiting on screen for an answer (of one period, or all)."""
        import json

        sql = "SELECT key, period_id, due_at, title, on_screen FROM deliveries WHERE on_screen IS NOT NULL"
        rows = self._db.execute(sql + (" AND period_id = ?" if period_id is not None else ""),
                                () if period_id is None else (period_id,))
        return [OnScreen(row[0], row[1], from_db(row[2]), row[3] or "", json.loads(row[4])) for row in rows]

    def mark_mentioned(self, key: str) -> None:
        self._db.execute("UPDATE deliveries SET mentioned = 1 WHERE key = ?", (key,))

    def mentioned_at(self, period_id: int) -> list[datetime]:
        """When daily reminders that also said "a checkpoint is waiting" were shown."""
        rows = self._db.execute("SELECT attempted_at FROM deliveries WHERE period_id = ? AND mentioned = 1", (period_id,))
        return [from_db(row[0]) for row in rows]

    def delivered_keys(self, period_id: int) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT key FROM deliveries WHERE period_id = ?", (period_id,))}

    def delivery_counts(self, period_id: int) -> DeliveryCounts:
        shown, failed = self._db.execute(
            "SELECT count(*) FILTER (WHERE status = ?), count(*) FILTER (WHERE status IN (?, ?)) "
            "FROM deliveries WHERE period_id = ?",
            (DeliveryStatus.SHOWN, *_NOT_SHOWN, period_id),
        ).fetchone()
        row = self._db.execute(
            "SELECT error FROM deliveries WHERE period_id = ? AND status IN (?, ?) "
            "ORDER BY attempted_at DESC LIMIT 1",
            (period_id, *_NOT_SHOWN),
        ).fetchone()
        return DeliveryCounts(shown, failed, row[0] if row else None)
