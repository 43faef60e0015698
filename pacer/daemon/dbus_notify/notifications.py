"""org.freedesktop.Notifications: its calls, checked arguments, and one-shot use (connect, ask, disconnect)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus

from pacer.daemon.dbus_notify.connection import TIMEOUT, Bus

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=NAME, interface=NAME)

DEFAULT_ACTION = "default"  # the key a click on the notification's body invokes
MAX_BUTTONS = 3  # GNOME Shell shows at most three; more would vanish without a word
_ACTION_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


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
    with Bus(environ, timeout) as bus:
        return capabilities_on(bus)


def server_info(*, environ: Mapping[str, str] | None = None,
                timeout: float = TIMEOUT) -> ServerInfo:
    """The server's name, vendor, version and the spec version it follows."""
    with Bus(environ, timeout) as bus:
        return server_info_on(bus)


def server_instance(*, environ: Mapping[str, str] | None = None,
                    timeout: float = TIMEOUT) -> str:
    """A token that changes whenever the session bus or the notification server restarts.

    Notification ids are only meaningful under the token they were given with.
    """
    with Bus(environ, timeout) as bus:
        return server_instance_on(bus)


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
    notification = build_notification(title, body, actions=actions, urgency=urgency,
                                 expire_ms=expire_ms, replaces_id=replaces_id,
                                 app_name=app_name, resident=resident)
    with Bus(environ, timeout) as bus:
        return notify_on(bus, notification)


def close(notification_id: int, *, environ: Mapping[str, str] | None = None,
          timeout: float = TIMEOUT) -> None:
    """Close a notification; the server then sends NotificationClosed (reason CLOSED)."""
    with Bus(environ, timeout) as bus:
        close_on(bus, notification_id)


# -- the calls, on any connection ---------------------------------------------------------


def capabilities_on(bus: Bus) -> frozenset[str]:
    (caps,) = bus.call(new_method_call(NOTIFICATIONS, "GetCapabilities"))
    return frozenset(caps)


def server_info_on(bus: Bus) -> ServerInfo:
    return ServerInfo(*bus.call(new_method_call(NOTIFICATIONS, "GetServerInformation")))


def server_instance_on(bus: Bus) -> str:
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


def build_notification(title: str, body: str, *, actions: Sequence[tuple[str, str]],
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


def notify_on(bus: Bus, notification: _Notification) -> int:
    if "body-markup" in capabilities_on(bus):
        body = notification.body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        notification = notification._replace(body=body)
    n = notification
    (notification_id,) = bus.call(new_method_call(
        NOTIFICATIONS, "Notify", "susssasa{sv}i",
        (n.app_name, n.replaces_id, "", n.title, n.body, n.actions, n.hints, n.expire_ms)))
    return int(notification_id)


def close_on(bus: Bus, notification_id: int) -> None:
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
