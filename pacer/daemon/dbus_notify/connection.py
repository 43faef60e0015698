"""The session bus connection: address, authentication, timeouts, and a receiver thread.

jeepney builds and parses the messages; the I/O is ours, so that connecting,
authenticating, Hello and every call have a time limit.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import select
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from jeepney import DBusErrorResponse, HeaderFields, Message, MessageType, Parser
from jeepney.auth import BEGIN, AuthenticationError, Authenticator
from jeepney.bus import get_bus
from jeepney.bus_messages import message_bus

TIMEOUT = 5.0  # seconds for connecting and for each call; servers answer in milliseconds
_ADDRESS_SAFE = re.compile(r"[-0-9A-Za-z_/.\\*]")


class NotifyError(Exception):
    """Talking to the notification server failed; `message` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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


class Bus:
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

    def __enter__(self) -> Bus:
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
            reason = os_reason(exc)
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
                reason = os_reason(exc) if isinstance(exc, OSError) else repr(exc)
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
            reason = os_reason(exc)
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


def os_reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
