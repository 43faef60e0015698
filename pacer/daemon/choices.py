"""A checkpoint's notification with its choices on it, answered on the spot (Linux, D-Bus).

Where the notification server supports actions, a checkpoint is shown through
one pacer.daemon.dbus_notify.Listener, critical and resident (expire 0), with
"Keep waiting"/"Keep going", "Move on" and "Reach out once" (after a
reach-out: "I heard back"), and a click on the body opening `pacer
checkpoint` in a terminal. What waits on screen is kept in the ledger (row
`on_screen`: notification id, the server token it belongs to, the listener
that showed it, the body), so:

* an answer from anywhere (a button, `pacer checkpoint`) closes it, and so
  does the period ending; a newer checkpoint replaces an older one in place:
  never two on screen;
* a restarted daemon (or a listener reconnected after losing the bus) shows
  each unanswered one again through its own listener, with `replaces_id=`
  the old id when the server is the same one (dunst answers only the
  connection that showed it), else as a new notification: never lost;
* dismissed or expired, it is no longer on screen: status still says a
  checkpoint waits, and the next daily reminder mentions it.

Threads: the Listener calls back on a thread of its own. The callbacks take
the service's lock, record through pacer.decisions (one SQLite transaction),
talk to the server, and then wake the daemon's main loop (`wake`); they never
touch the scheduler.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, NamedTuple

from pacer.decisions import answer_from_notification
from pacer.domain import Choice, Mode
from pacer.env import Env
from pacer.errors import PacerError
from pacer.ledger import OnScreen
from pacer.store import Store
from pacer.words import notices

log = logging.getLogger("pacer.daemon")
RECORDED_AT_ONCE = (Choice.WAIT, Choice.MOVE_ON)
OPENS_A_TERMINAL = {"default": (), Choice.REACH_OUT: ("--choice", "reach-out"),
                    Choice.HEARD_BACK: ("--choice", "heard-back")}


class Shown(NamedTuple):
    id: int
    server: str  # dbus_notify.server_instance(): the id means something only under it
    via: str  # the listener's bus name: answers go there


class Desk:
    """One Listener, started when first needed and again after it is lost."""

    def __init__(self, on_action: Callable[[int, str], Any], on_closed: Callable[[int, int], Any],
                 environ: Mapping[str, str] | None = None) -> None:
        self._on_action = on_action
        self._on_closed = on_closed
        self._environ = environ
        self._listener: Any = None
        self._guard = threading.Lock()

    def _running(self) -> Any:
        from pacer.daemon import dbus_notify

        with self._guard:
            if self._listener is not None and self._listener.running:
                return self._listener
            if self._listener is not None:
                self._listener.stop()
            try:
                self._listener = dbus_notify.Listener(self._on_action, self._on_closed, environ=self._environ).start()
            except dbus_notify.NotifyError as error:
                log.info("checkpoint choices unavailable: %s", error.message)
                self._listener = None
            return self._listener

    def usable(self) -> bool:
        """A session bus, and a notification server that supports actions."""
        from pacer.daemon.dbus_notify import NotifyError

        listener = self._running()
        try:
            return listener is not None and "actions" in listener.capabilities()
        except NotifyError as error:
            log.info("checkpoint choices unavailable: %s", error.message)
            return False

    def here(self) -> tuple[str, str] | None:
        """(server token, listener name) now; None without a listener or a server."""
        from pacer.daemon.dbus_notify import NotifyError

        listener = self._running()
        try:
            return (listener.server_instance(), listener.unique_name) if listener is not None else None
        except NotifyError:
            return None

    def show(self, title: str, body: str, actions: list[tuple[str, str]], replaces_id: int = 0) -> Shown:
        """Show a checkpoint: critical, kept until answered. NotifyError if it cannot."""
        from pacer.daemon.dbus_notify import NotifyError, Urgency

        listener = self._running()
        if listener is None:
            raise NotifyError("no session bus")
        shown = listener.notify(title, body, actions=actions, urgency=Urgency.CRITICAL, expire_ms=0,
                                replaces_id=replaces_id)
        return Shown(shown, listener.server_instance(), listener.unique_name)

    def close(self, notification_id: int) -> None:
        from pacer.daemon.dbus_notify import NotifyError

        listener = self._running()
        try:
            if listener is not None:
                listener.close(notification_id)
        except NotifyError as error:
            log.info("could not close notification %d: %s", notification_id, error.message)

    def tell(self, title: str, body: str) -> None:
        """A short plain notification (a confirmation): normal urgency, the server's own expiry."""
        from pacer.daemon.dbus_notify import NotifyError, Urgency

        listener = self._running()
        try:
            if listener is not None:
                listener.notify(title, body, urgency=Urgency.NORMAL, expire_ms=-1)
        except NotifyError as error:
            log.warning("could not confirm: %s", error.message)

    def stop(self) -> None:
        with self._guard:
            if self._listener is not None:
                self._listener.stop()
                self._listener = None


def show_checkpoint(desk: Desk, store: Store, key: str, period_id: int, title: str, body: str, *,
                    mode: str, stage: str | None) -> None:
    """Show checkpoint `key` and keep it in the ledger; an older one of the period on screen is replaced in place."""
    actions = notices.buttons(mode, stage)
    here = desk.here()
    older = [row for row in store.on_screen(period_id) if here and row.notice["server"] == here[0]]
    replaces = older[-1].notice["id"] if older else 0
    shown = desk.show(title, body, actions, replaces_id=replaces)
    with store.transaction():
        for row in store.on_screen(period_id):
            if row.key != key and row.notice["id"] == shown.id and row.notice["server"] == shown.server:
                store.set_on_screen(row.key, None)
        store.set_on_screen(key, {"id": shown.id, "server": shown.server, "via": shown.via, "body": body,
                                  "mode": mode, "stage": stage})


def settle(desk: Desk, store: Store, active_id: int | None, settled_at: datetime | None) -> None:
    """Close what was answered (or whose period ended); show again what an earlier listener showed.

    `settled_at`: the latest answer (or night seal) in the active period; a checkpoint due by then is settled.
    """
    rows = store.on_screen()
    if not rows:
        return
    here = desk.here()
    if here is None:
        return  # no bus or no server now: leave them as they are until one is back
    server, via = here
    for row in rows:
        done = row.period_id != active_id or (settled_at is not None and row.due_at <= settled_at)
        same_server = row.notice["server"] == server
        if done:
            if same_server:
                desk.close(row.notice["id"])
            with store.transaction():
                store.set_on_screen(row.key, None)
        elif row.notice["via"] != via:
            _show_again(desk, store, row, same_server)


def _show_again(desk: Desk, store: Store, row: OnScreen, same_server: bool) -> None:
    from pacer.daemon.dbus_notify import NotifyError

    actions = notices.buttons(row.notice.get("mode", Mode.WAIT), row.notice.get("stage"))
    try:
        shown = desk.show(row.title, row.notice["body"], actions, replaces_id=row.notice["id"] if same_server else 0)
    except NotifyError as error:
        log.warning("could not show checkpoint %s again: %s", row.key, error.message)
        return
    with store.transaction():
        store.set_on_screen(row.key, {**row.notice, "id": shown.id, "server": shown.server, "via": shown.via})
    log.info("showing checkpoint %s again (notification %d)", row.key, shown.id)


class Answers:
    """The Listener's callbacks: a press recorded, a terminal opened, a dismissal noted."""

    def __init__(self, *, load: Callable[[], Env], lock: threading.Lock, wake: Callable[[], object],
                 terminal: Callable[[tuple[str, ...]], bool]) -> None:
        self.desk: Desk | None = None
        self._load = load
        self._lock = lock
        self._wake = wake
        self._terminal = terminal

    def on_action(self, notification_id: int, key: str) -> None:
        with self._lock:
            found = self._find(notification_id)
            if found is None:
                return
            env, row = found
            if key in RECORDED_AT_ONCE:
                self._record(env, row, key)
            elif key in OPENS_A_TERMINAL:
                if not self._terminal(OPENS_A_TERMINAL[key]):
                    assert self.desk is not None
                    self.desk.tell("Checkpoint", notices.NO_CHOICES_HINT.strip())
        self._wake()

    def on_closed(self, notification_id: int, reason: int) -> None:
        from pacer.daemon.dbus_notify import CloseReason

        if reason == CloseReason.CLOSED:
            return  # pacer closed it (answered) or replaced it: the ledger says so already
        with self._lock:
            found = self._find(notification_id)
            if found is not None:
                env, row = found
                with Store.open(env.paths) as store, store.transaction():
                    store.set_on_screen(row.key, None)
                log.info("checkpoint %s was closed on screen (reason %s); it still waits for an answer", row.key, reason)

    def _find(self, notification_id: int) -> tuple[Env, OnScreen] | None:
        if self.desk is None:
            return None
        here = self.desk.here()
        try:
            env = self._load()
            with Store.open(env.paths) as store, store.transaction(write=False):
                rows = store.on_screen()
        except PacerError as error:
            log.error("cannot read the ledger: %s", error.message)
            return None
        for row in rows:
            if row.notice["id"] == notification_id and here is not None and row.notice["server"] == here[0]:
                return env, row
        return None

    def _record(self, env: Env, row: OnScreen, choice: str) -> None:
        assert self.desk is not None
        recorded = answer_from_notification(env, row.period_id, row.due_at, choice)
        self.desk.close(row.notice["id"])
        with Store.open(env.paths) as store, store.transaction():
            store.set_on_screen(row.key, None)
        if recorded is None:
            log.info("a press on checkpoint %s: answered already, nothing recorded", row.key)
            return
        log.info("recorded %s from the notification of checkpoint %s", choice, row.key)
        words = notices.confirmation(choice, recorded.period.mode, recorded.next_checkpoint, env.now)
        self.desk.tell(*words)
