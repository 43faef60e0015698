"""The Listener: one connection that shows notifications and hears their answers."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jeepney import HeaderFields, MatchRule, Message
from jeepney.bus_messages import message_bus

from pacer.daemon.dbus_notify.connection import TIMEOUT, Bus, NotifyError
from pacer.daemon.dbus_notify.notifications import (
    NAME,
    PATH,
    CloseReason,
    ServerInfo,
    Urgency,
    build_notification,
    capabilities_on,
    close_on,
    notify_on,
    server_info_on,
    server_instance_on,
)


class Listener:
    """One session bus connection that shows notifications and hears their answers.

    Calls `on_action(id, action_key)` for ActionInvoked and `on_closed(id, reason)`
    for NotificationClosed (reason: a CloseReason, or the bare int if the server
    strays from the spec), in order, on a callback thread of its own: callbacks may
    call this listener's methods. The ids are whatever the server says, including
    ids shown by an earlier process and, with servers that broadcast, other
    programs' ids: look them up in the ledger and ignore the rest.

    If the connection is lost, `on_error(NotifyError)` is called once and the
    listener is finished (`error` says why); start a new one. `stop()` is clean
    and idempotent. Use as a context manager, or call start() and stop().
    """

    def __init__(self, on_action: Callable[[int, str], Any],
                 on_closed: Callable[[int, int], Any] | None = None, *,
                 on_error: Callable[[NotifyError], Any] | None = None,
                 environ: Mapping[str, str] | None = None, timeout: float = TIMEOUT) -> None:
        self.on_action = on_action
        self.on_closed = on_closed
        self.on_error = on_error
        self._environ = environ
        self.timeout = timeout
        self._bus: Bus | None = None
        self._events: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._callbacks: threading.Thread | None = None
        self._stopping = False
        self.error: NotifyError | None = None

    def start(self) -> Listener:
        """Connect and subscribe; NotifyError if there is no session bus to listen on."""
        if self._bus is not None:
            raise RuntimeError("this Listener was already started; make a new one")
        self._bus = bus = Bus(self._environ, self.timeout)
        self._callbacks = threading.Thread(target=self._run_callbacks, daemon=True,
                                           name="pacer-dbus-callbacks")
        self._callbacks.start()
        bus.start_receiving(self._on_signal, self._on_end)
        # Signals from whoever owns the name (dunst sends them only to us anyway; GNOME
        # Shell broadcasts them). Matching by the well-known name follows a restarted server.
        rule = MatchRule(type="signal", sender=NAME, interface=NAME, path=PATH)
        try:
            bus.call(message_bus.AddMatch(rule))
        except BaseException:
            self.stop()
            raise
        return self

    @property
    def running(self) -> bool:
        return self._bus is not None and not self._stopping and self.error is None

    @property
    def unique_name(self) -> str:
        """This connection's name on the bus (it is where dunst sends the answers)."""
        return self._started().unique_name

    def notify(self, title: str, body: str, *, actions: Sequence[tuple[str, str]] = (),
               urgency: Urgency, expire_ms: int, replaces_id: int = 0,
               app_name: str = "pacer", resident: bool = False) -> int:
        """notify() over this connection, so that the answers come back here."""
        notification = build_notification(title, body, actions=actions, urgency=urgency,
                                     expire_ms=expire_ms, replaces_id=replaces_id,
                                     app_name=app_name, resident=resident)
        return notify_on(self._started(), notification)

    def close(self, notification_id: int) -> None:
        close_on(self._started(), notification_id)

    def capabilities(self) -> frozenset[str]:
        return capabilities_on(self._started())

    def server_info(self) -> ServerInfo:
        return server_info_on(self._started())

    def server_instance(self) -> str:
        return server_instance_on(self._started())

    def stop(self, timeout: float = 2.0) -> None:
        """Unsubscribe by disconnecting; callbacks already queued still run first."""
        if self._stopping:
            return
        self._stopping = True
        if self._bus is not None:
            self._bus.close(timeout)
        self._events.put(None)
        if self._callbacks is not None and self._callbacks is not threading.current_thread():
            self._callbacks.join(timeout)

    def __enter__(self) -> Listener:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _started(self) -> Bus:
        if self._bus is None:
            raise RuntimeError("start() the Listener first")
        if self.error is not None:
            raise NotifyError(self.error.message)
        return self._bus

    # Receiver thread: only queue, never call out (a callback could wait for a reply
    # that only the receiver thread can deliver).
    def _on_signal(self, msg: Message) -> None:
        fields = msg.header.fields
        if fields.get(HeaderFields.interface) != NAME or fields.get(HeaderFields.path) != PATH:
            return
        member, signature = fields.get(HeaderFields.member), fields.get(HeaderFields.signature)
        if member == "ActionInvoked" and signature == "us":
            self._events.put(("action", *msg.body))
        elif member == "NotificationClosed" and signature == "uu":
            notification_id, reason = msg.body
            try:
                reason = CloseReason(reason)
            except ValueError:  # outside the spec: passed on as the number it is
                pass
            self._events.put(("closed", notification_id, reason))

    def _on_end(self, error: NotifyError | None) -> None:
        if error is not None and not self._stopping:
            self.error = error
            self._events.put(("error", error))

    def _run_callbacks(self) -> None:
        while (event := self._events.get()) is not None:
            kind, *args = event
            callback = {"action": self.on_action, "closed": self.on_closed,
                        "error": self.on_error}[kind]
            if callback is None:
                continue
            try:
                callback(*args)
            except Exception:  # a broken callback must not end the listening
                import logging

                logging.getLogger(__name__).exception("notification %s callback failed for %r",
                                                      kind, args)
