"""A small client for org.freedesktop.Notifications with actions, on jeepney.

Why jeepney (tested with 0.9.0 and 0.8.0): pure Python with nothing but the
standard library under it (no compiled parts, no libdbus, no GLib), a ~50 KB
wheel, often already installed on Linux desktops (SecretStorage and keyring
depend on it). It builds and parses D-Bus messages; the I/O is ours, so every
step has a timeout and the listener is one thread blocked in poll() until a
message arrives: no CPU while idle, which fits the daemon (threads, not
asyncio). Measured (tests/bench/dbus_listener.py, Python 3.11): importing this
module costs ~16 ms and ~2 MiB resident; a listener with a notification shown
adds nothing measurable to that and 0.000 s CPU over 60 s idle.

Weighed and not chosen:
* desktop-notifier 6.2.0 (on dbus-fast): its D-Bus backend drops every
  ActionInvoked for an id it did not show in this same process, which is
  exactly the answer that must survive a daemon restart; callbacks need an
  asyncio loop (a thread of its own here); dbus-fast ships compiled modules,
  and bidict, packaging and typing-extensions come along. With its loop
  running it costs ~4.8 MiB on top of the daemon's modules (this: ~1.9 MiB).
* dbus-fast directly: asyncio and compiled, the same costs without the gain.
* notify-send --action/--wait: libnotify >= 0.7.10 only (Ubuntu 22.04 has
  0.7.9), one blocked process per open notification, and a restarted daemon
  cannot hear the answer to a notification an earlier process showed.
* dbus-python (plyer's choice when present): libdbus, GLib's main loop for
  signals, and a C build when installed from PyPI.
jeepney's own I/O is not used either: its threading connection leaks two pipe
descriptors per connection (0.9.0), and its blocking one sends Hello with no
time limit.

What a caller must know (seen with dunst 1.9; see tests/test_dbus_notify.py):
* ActionInvoked and NotificationClosed carry only the id, and dunst sends them
  to the connection that called Notify and to no one else (GNOME Shell
  broadcasts them). So show notifications whose answers matter through
  `Listener.notify`, on the connection that listens; after a daemon restart,
  show each unanswered one again through the new Listener with `replaces_id=`
  its old id: the server keeps the id, replaces it in place, and sends the
  answer to the new daemon. Answers given while no daemon runs are lost.
* An id means something only to the server instance that gave it out: dunst
  counts from 1 again after a restart, and Notify with a replaces_id it does
  not know takes over that id, even another program's notification. Keep
  `server_instance()` next to each id in the ledger; reuse an id only under
  the same instance, else show a new notification.
* Expiry: pass expire_ms=0 to keep a notification until it is answered. dunst
  honours an explicit expiry even for critical urgency (critical with 300 ms
  goes after 300 ms); with -1 it applies its urgency defaults (critical: never,
  normal: 10 s). GNOME Shell ignores expire_timeout.
* Invoking an action does not close a notification in dunst: close it after
  recording the answer. Reasons in NotificationClosed: see CloseReason.
* dunst reads the chosen action back from its menu line
  "#<label> (<summary>) [<id>,<key>]", so action keys are kept to letters,
  digits and "_.-".

Every call has a timeout (TIMEOUT, per step). Failures are NotifyError with a
short readable message; bad arguments (a NUL in a string, a fourth button) are
ValueError, raised before connecting. Only unix-socket bus addresses work
(D-Bus on Linux; jeepney has no TCP). Nothing here touches the network.
"""

from __future__ import annotations

import errno
import itertools
import os
import queue
import re
import select
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    Parser,
    new_method_call,
)
from jeepney.auth import BEGIN, AuthenticationError, Authenticator
from jeepney.bus import get_bus
from jeepney.bus_messages import message_bus

__all__ = [
    "DEFAULT_ACTION",
    "MAX_BUTTONS",
    "TIMEOUT",
    "CloseReason",
    "Listener",
    "NotifyError",
    "ServerInfo",
    "Urgency",
    "capabilities",
    "close",
    "notify",
    "server_info",
    "server_instance",
    "session_bus_address",
]

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=NAME, interface=NAME)

TIMEOUT = 5.0  # seconds for connecting and for each call; servers answer in milliseconds
DEFAULT_ACTION = "default"  # the key a click on the notification's body invokes
MAX_BUTTONS = 3  # GNOME Shell shows at most three; more would vanish without a word
_ACTION_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_ADDRESS_SAFE = re.compile(r"[-0-9A-Za-z_/.\\*]")


class NotifyError(Exception):
    """Talking to the notification server failed; `message` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Urgency(IntEnum):
    LOW = 0
    NORMAL = 1
    CRITICAL = 2


class CloseReason(IntEnum):
    """Why the server says a notification closed (NotificationClosed's second argument)."""

    EXPIRED = 1
    DISMISSED = 2  # by the user
    CLOSED = 3  # by a CloseNotification call
    UNDEFINED = 4


class ServerInfo(NamedTuple):
    name: str
    vendor: str
    version: str
    spec_version: str


# -- one-shot calls: connect, ask, disconnect --------------------------------------------


def capabilities(*, environ: Mapping[str, str] | None = None,
                 timeout: float = TIMEOUT) -> frozenset[str]:
    """What the server can do, e.g. {"actions", "body", "body-markup", "persistence"}."""
    with _Bus(environ, timeout) as bus:
        return _capabilities(bus)


def server_info(*, environ: Mapping[str, str] | None = None,
                timeout: float = TIMEOUT) -> ServerInfo:
    """The server's name, vendor, version and the spec version it follows."""
    with _Bus(environ, timeout) as bus:
        return _server_info(bus)


def server_instance(*, environ: Mapping[str, str] | None = None,
                    timeout: float = TIMEOUT) -> str:
    """A token that changes whenever the session bus or the notification server restarts.

    Notification ids are only meaningful under the token they were given with.
    """
    with _Bus(environ, timeout) as bus:
        return _server_instance(bus)


def notify(title: str, body: str, *, actions: Sequence[tuple[str, str]] = (),
           urgency: Urgency, expire_ms: int, replaces_id: int = 0, app_name: str = "pacer",
           resident: bool = False, environ: Mapping[str, str] | None = None,
           timeout: float = TIMEOUT) -> int:
    """Show a notification and return its id.

    actions: (key, label) pairs; the key DEFAULT_ACTION is a click on the body and
    does not count as a button; at most MAX_BUTTONS others. expire_ms: -1 leaves it
    to the server, 0 never expires, else milliseconds. The body is escaped when the
    server announces body-markup. Answers to a notification shown here go, with
    some servers (dunst), to this short-lived connection and are lost: use
    Listener.notify for notifications whose answers matter.
    """
    notification = _notification(title, body, actions=actions, urgency=urgency,
                                 expire_ms=expire_ms, replaces_id=replaces_id,
                                 app_name=app_name, resident=resident)
    with _Bus(environ, timeout) as bus:
        return _notify(bus, notification)


def close(notification_id: int, *, environ: Mapping[str, str] | None = None,
          timeout: float = TIMEOUT) -> None:
    """Close a notification; the server then sends NotificationClosed (reason CLOSED)."""
    with _Bus(environ, timeout) as bus:
        _close(bus, notification_id)


# -- the listener -------------------------------------------------------------------------


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
        self._bus: _Bus | None = None
        self._events: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._callbacks: threading.Thread | None = None
        self._stopping = False
        self.error: NotifyError | None = None

    def start(self) -> Listener:
        """Connect and subscribe; NotifyError if there is no session bus to listen on."""
        if self._bus is not None:
            raise RuntimeError("this Listener was already started; make a new one")
        self._bus = bus = _Bus(self._environ, self.timeout)
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
        notification = _notification(title, body, actions=actions, urgency=urgency,
                                     expire_ms=expire_ms, replaces_id=replaces_id,
                                     app_name=app_name, resident=resident)
        return _notify(self._started(), notification)

    def close(self, notification_id: int) -> None:
        _close(self._started(), notification_id)

    def capabilities(self) -> frozenset[str]:
        return _capabilities(self._started())

    def server_info(self) -> ServerInfo:
        return _server_info(self._started())

    def server_instance(self) -> str:
        return _server_instance(self._started())

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

    def _started(self) -> _Bus:
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


# -- the calls, on any connection ---------------------------------------------------------


def _capabilities(bus: _Bus) -> frozenset[str]:
    (caps,) = bus.call(new_method_call(NOTIFICATIONS, "GetCapabilities"))
    return frozenset(caps)


def _server_info(bus: _Bus) -> ServerInfo:
    return ServerInfo(*bus.call(new_method_call(NOTIFICATIONS, "GetServerInformation")))


def _server_instance(bus: _Bus) -> str:
    (bus_id,) = bus.call(message_bus.GetId())
    (owner,) = bus.call(message_bus.GetNameOwner(NAME))
    return f"{bus_id}/{owner}"


class _Notification(NamedTuple):
    """Notify's arguments, checked before any connection is made."""

    app_name: str
    replaces_id: int
    title: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]
    expire_ms: int


def _notification(title: str, body: str, *, actions: Sequence[tuple[str, str]],
                  urgency: Urgency, expire_ms: int, replaces_id: int, app_name: str,
                  resident: bool) -> _Notification:
    flat_actions = _flat_actions(actions)
    urgency = Urgency(urgency)
    if isinstance(expire_ms, bool) or not isinstance(expire_ms, int) or not (
            -1 <= expire_ms < 2**31):
        raise ValueError(f"expire_ms must be -1, 0 or a positive int, not {expire_ms!r}")
    _check_id(replaces_id)
    for name, text in (("title", title), ("body", body), ("app_name", app_name)):
        _check_text(name, text)
    if not title.strip():
        raise ValueError("a notification needs a title")
    hints: dict[str, tuple[str, Any]] = {"urgency": ("y", int(urgency))}
    if resident:
        hints["resident"] = ("b", True)
    return _Notification(app_name, replaces_id, title, body, flat_actions, hints, expire_ms)


def _notify(bus: _Bus, notification: _Notification) -> int:
    if "body-markup" in _capabilities(bus):
        body = notification.body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        notification = notification._replace(body=body)
    n = notification
    (notification_id,) = bus.call(new_method_call(
        NOTIFICATIONS, "Notify", "susssasa{sv}i",
        (n.app_name, n.replaces_id, "", n.title, n.body, n.actions, n.hints, n.expire_ms)))
    return int(notification_id)


def _close(bus: _Bus, notification_id: int) -> None:
    _check_id(notification_id)
    bus.call(new_method_call(NOTIFICATIONS, "CloseNotification", "u", (notification_id,)))


def _flat_actions(actions: Sequence[tuple[str, str]]) -> list[str]:
    flat: list[str] = []
    keys: set[str] = set()
    for key, label in actions:
        if not isinstance(key, str) or not _ACTION_KEY.fullmatch(key):
            raise ValueError(f"action key {key!r}: use letters, digits and _.- (64 at most)")
        if key in keys:
            raise ValueError(f"action key {key!r} is given twice")
        _check_text("action label", label)
        keys.add(key)
        flat += [key, label]
    if len(keys - {DEFAULT_ACTION}) > MAX_BUTTONS:
        raise ValueError(f"at most {MAX_BUTTONS} actions besides {DEFAULT_ACTION!r}")
    return flat


def _check_text(name: str, text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type(text).__name__}")
    if "\0" in text:  # the bus would drop the whole connection over it
        raise ValueError(f"{name} contains a NUL character")
    text.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError (a ValueError) here


def _check_id(notification_id: object) -> None:
    if isinstance(notification_id, bool) or not isinstance(notification_id, int) or not (
            0 <= notification_id < 2**32):
        raise ValueError(f"a notification id is an unsigned 32-bit int, not {notification_id!r}")


# -- the connection ----------------------------------------------------------------------


def session_bus_address(environ: Mapping[str, str] | None = None) -> str:
    """DBUS_SESSION_BUS_ADDRESS, else the systemd user bus in XDG_RUNTIME_DIR; or NotifyError."""
    env = os.environ if environ is None else environ
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        path = os.path.join(runtime, "bus")
        return "unix:path=" + "".join(
            char if _ADDRESS_SAFE.fullmatch(char) else "".join(f"%{b:02x}" for b in char.encode())
            for char in path)
    raise NotifyError("no session bus: DBUS_SESSION_BUS_ADDRESS is not set")


class _Bus:
    """A session bus connection of our own (jeepney parses and builds the messages).

    jeepney's own I/O is not used: its threading connection leaks a pipe per
    connection (0.9.0) and its blocking one sends Hello without a time limit.
    Here connecting, authenticating, Hello and every call have `timeout`.

    Until start_receiving(), a call reads its reply on the calling thread. After
    it, a receiver thread hands replies to the waiting callers and signals to
    `on_signal`, and reports its end to `on_end` (None after close()).
    """

    def __init__(self, environ: Mapping[str, str] | None, timeout: float) -> None:
        self.timeout = timeout
        address = session_bus_address(environ)
        try:
            path = get_bus(address)
        except Exception as exc:  # RuntimeError: no unix transport; ValueError: malformed
            if isinstance(exc, RuntimeError):
                raise NotifyError(f"cannot use the session bus address {address!r}: only "
                                  "unix socket addresses are supported") from None
            raise NotifyError(f"the session bus address {address!r} is malformed") from None
        self._sock = _authenticated_socket(path, timeout)
        self._poll = select.poll()
        self._poll.register(self._sock, select.POLLIN)
        self._parser = Parser()
        self._serials = itertools.count(1)
        self._send_lock = threading.Lock()
        self._lock = threading.Lock()  # guards _waiting and _ended
        self._waiting: dict[int, _Reply] = {}
        self._ended: NotifyError | None = None
        self._receiver: threading.Thread | None = None
        self._closed = False
        try:
            self.unique_name: str = self.call(message_bus.Hello())[0]
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> _Bus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def call(self, msg: Message) -> Any:
        """Send a method call and return the reply's body, or raise NotifyError."""
        member = msg.header.fields.get(HeaderFields.member)
        try:
            reply = self._call(msg)
        except TimeoutError:
            raise NotifyError(f"no answer to {member} within {self.timeout:g}s") from None
        except OSError as exc:
            reason = _os_reason(exc)
            raise NotifyError(f"lost the connection to the session bus: {reason}") from None
        if reply.header.message_type is MessageType.error:
            raise NotifyError(_error_reason(DBusErrorResponse(reply)))
        return reply.body

    def _call(self, msg: Message) -> Message:
        if self._receiver is None:
            serial = self._send(msg)
            deadline = time.monotonic() + self.timeout
            while True:
                reply = self._read_message(deadline)
                if reply.header.fields.get(HeaderFields.reply_serial) == serial:
                    return reply
        slot = _Reply()
        with self._lock:
            if self._ended is not None:
                raise self._ended
            serial = next(self._serials)
            self._waiting[serial] = slot
        try:
            self._send(msg, serial)
            return slot.wait(self.timeout)
        finally:
            with self._lock:
                self._waiting.pop(serial, None)

    def _send(self, msg: Message, serial: int | None = None) -> int:
        serial = next(self._serials) if serial is None else serial
        data = msg.serialise(serial=serial)
        with self._send_lock:
            self._sock.sendall(data)  # the socket's timeout bounds this
        return serial

    def _read_message(self, deadline: float | None) -> Message:
        """The next message; waits until deadline (None: until one comes or close())."""
        while (msg := self._parser.get_next_message()) is None:
            wait = None if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
            if not self._poll.poll(wait):
                raise TimeoutError
            data = self._sock.recv(65536)
            if not data:
                raise ConnectionResetError(errno.ECONNRESET, "the bus closed the connection")
            self._parser.add_data(data)
        return msg

    def start_receiving(self, on_signal: Callable[[Message], None],
                        on_end: Callable[[NotifyError | None], None]) -> None:
        self._receiver = threading.Thread(target=self._receive, args=(on_signal, on_end),
                                          daemon=True, name="pacer-dbus-listener")
        self._receiver.start()

    def _receive(self, on_signal: Callable[[Message], None],
                 on_end: Callable[[NotifyError | None], None]) -> None:
        error: NotifyError | None = None
        try:
            while True:
                msg = self._read_message(None)  # blocks in poll(): no CPU while idle
                serial = msg.header.fields.get(HeaderFields.reply_serial)
                with self._lock:
                    slot = self._waiting.pop(serial, None) if serial is not None else None
                if slot is not None:
                    slot.set(msg)
                elif msg.header.message_type is MessageType.signal:
                    on_signal(msg)
        except Exception as exc:  # close() (a shutdown socket), the bus went away, bad data
            if not self._closed:
                reason = _os_reason(exc) if isinstance(exc, OSError) else repr(exc)
                error = NotifyError(f"lost the connection to the session bus: {reason}")
        with self._lock:
            self._ended = error or NotifyError("the listener was stopped")
            waiting, self._waiting = self._waiting, {}
        for slot in waiting.values():
            slot.set(self._ended)
        on_end(error)

    def close(self, timeout: float = 2.0) -> None:
        if self._closed:
            return
        self._closed = True
        if self._receiver is not None:
            try:  # wakes the receiver's poll(): recv() then returns b""
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            if self._receiver is not threading.current_thread():
                self._receiver.join(timeout)
        self._sock.close()


class _Reply:
    """Where the receiver thread puts the reply (or the error) a caller waits for."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._value: Message | NotifyError | None = None

    def set(self, value: Message | NotifyError) -> None:
        self._value = value
        self._event.set()

    def wait(self, timeout: float) -> Message:
        if not self._event.wait(timeout):
            raise TimeoutError
        if isinstance(self._value, NotifyError):
            raise self._value
        assert self._value is not None
        return self._value


def _authenticated_socket(path: str, timeout: float) -> socket.socket:
    """Connect to the bus socket and pass the SASL EXTERNAL handshake within timeout."""
    deadline = time.monotonic() + timeout
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(path)
        auth = Authenticator()
        for line in auth:
            sock.settimeout(max(0.001, deadline - time.monotonic()))
            sock.sendall(line)
            data = sock.recv(1024)
            if not data:
                raise ConnectionResetError(errno.ECONNRESET, "the bus hung up while authenticating")
            auth.feed(data)
        sock.sendall(BEGIN)
        sock.settimeout(timeout)  # from now on each send or recv is bounded by timeout
    except BaseException as exc:
        sock.close()
        if isinstance(exc, TimeoutError):
            raise NotifyError(f"the session bus did not answer within {timeout:g}s") from None
        if isinstance(exc, AuthenticationError):
            raise NotifyError(f"the session bus refused the connection: {exc}") from None
        if isinstance(exc, OSError):
            shown = "@" + path[1:] if path.startswith("\0") else path  # @: abstract
            reason = _os_reason(exc)
            raise NotifyError(f"cannot reach the session bus at {shown}: {reason}") from None
        raise
    return sock


_DBUS_ERRORS = {
    "org.freedesktop.DBus.Error.ServiceUnknown":
        "no notification server is running on the session bus",
    "org.freedesktop.DBus.Error.NameHasNoOwner":
        "no notification server is running on the session bus",
    "org.freedesktop.DBus.Error.NoReply": "the notification server did not reply",
    "org.freedesktop.DBus.Error.Timeout": "the notification server did not reply",
}


def _error_reason(exc: DBusErrorResponse) -> str:
    name = exc.name or "an error"
    text = exc.data[0] if exc.data and isinstance(exc.data[0], str) else ""
    if name in _DBUS_ERRORS:
        return _DBUS_ERRORS[name]
    if name.startswith("org.freedesktop.DBus.Error.Spawn."):
        return f"the session bus could not start a notification server: {text or name}"
    return f"the notification server answered {name}" + (f": {text}" if text else "")


def _os_reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
