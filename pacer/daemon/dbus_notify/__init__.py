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

The parts: connection.py (the bus: address, authentication, timeouts, the
receiver thread), notifications.py (the Notifications calls, their checked
arguments, the one-shot functions) and listener.py (Listener). Import from here.
"""

from pacer.daemon.dbus_notify.connection import TIMEOUT, NotifyError, session_bus_address
from pacer.daemon.dbus_notify.listener import Listener
from pacer.daemon.dbus_notify.notifications import (
    DEFAULT_ACTION,
    MAX_BUTTONS,
    NAME,
    PATH,
    CloseReason,
    ServerInfo,
    Urgency,
    capabilities,
    close,
    notify,
    server_info,
    server_instance,
)

__all__ = [
    "DEFAULT_ACTION",
    "MAX_BUTTONS",
    "NAME",
    "PATH",
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
