"""Notifications: one small interface over plyer that notices and reports failure.

plyer 2.1.0's Linux notify-send path ignores the exit status (failures are silent)
and sends expire time 0 (sticky); its Flatpak path ignores gdbus's exit status.
pacer keeps plyer's platform choice and facade and swaps in checked subclasses.
Notifiers take the environment explicitly (for subprocesses and finding programs),
so the daemon, `pacer doctor` and tests can aim at a session without os.environ.
Too-long titles/bodies are cut with an ellipsis rather than refused: a reminder
must still arrive (content files are validated against the same limits on load).
plyer is imported inside functions only, so `import pacer.daemon.notify` stays cheap.

Size: a little over 400 lines: plyer's three Linux paths are wrapped side by side so each
one's failure reporting can be compared; the D-Bus client with actions lives in dbus_notify/.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from pacer.daemon.markup import CapabilitiesViaTool, escape_markup, renders_markup
from pacer.errors import PacerError

APP_NAME = "pacer"
TITLE_MAX = 40
BODY_MAX = 180
EXPIRE_SECONDS = 10  # plyer's facade default; plyer's notify-send path would send 0 = sticky
COMMAND_TIMEOUT = 5.0  # notify-send / gdbus normally answer in milliseconds
BACKENDS = ("auto", "plyer", "notify-send")
NOTIFICATIONS = "org.freedesktop.Notifications"
PORTAL = "org.freedesktop.portal.Desktop"

INSTALL_NOTIFY_SEND = "install notify-send (Debian/Ubuntu: libnotify-bin; Fedora/Arch: libnotify)"
IMPORT_SESSION = ("run pacer inside your desktop session; if pacer runs as a systemd user service, "
                  "import the session environment: systemctl --user import-environment DISPLAY "
                  "DBUS_SESSION_BUS_ADDRESS (then restart pacer)")
START_SERVER = "start a notification daemon such as dunst, or log into a desktop session"

# What tools print on stderr, in plain words.
_REASONS = (
    ("ServiceUnknown", "no notification server is running on the session bus"),
    ("autolaunch", "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)"),
    ("Could not connect", "cannot reach the session bus in DBUS_SESSION_BUS_ADDRESS"),
    ("NoReply", "the notification server did not reply"),
)


class NotificationFailed(PacerError):
    """A notification could not be shown; the message says why in a few words."""


@dataclass(frozen=True)
class Check:
    """One step on the way from pacer to the screen, and whether it works here."""

    name: str
    ok: bool
    detail: str
    fix: str | None = None


class Notifier(Protocol):
    name: str

    def send(self, title: str, body: str) -> None:
        """Show a notification or raise NotificationFailed with a short reason."""

    def checks(self) -> list[Check]:
        """Say, in words, whether this notifier can work here (for `pacer doctor`)."""


def clip(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters, ending a cut text with an ellipsis."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit(title: str, body: str) -> tuple[str, str]:
    """Title on one line within TITLE_MAX, body within BODY_MAX; an empty title is a bug."""
    title = clip(" ".join(title.split()), TITLE_MAX)
    if not title:
        raise ValueError("a notification needs a title")
    return title, clip(body, BODY_MAX)


def make_notifier(backend: str = "auto", environ: Mapping[str, str] | None = None) -> Notifier:
    """The notifier for the `notifications.backend` setting."""
    if backend in ("auto", "plyer"):
        return PlyerNotifier(environ)
    if backend == "notify-send":
        return NotifySendNotifier(environ)
    raise PacerError(f"Unknown notification backend {backend!r}: use {', '.join(BACKENDS)}.")


def send_with_timeout(notifier: Notifier, title: str, body: str, timeout: float = 10.0) -> None:
    """Send in a daemon thread so a hung backend cannot stall the caller.

    A hung send is abandoned, not killed (Python cannot kill a thread); the
    subprocess backends time out on their own well before this.
    """
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            notifier.send(title, body)
            outcome.append(None)
        except BaseException as exc:  # handed to the caller below, never lost
            outcome.append(exc)

    worker = threading.Thread(target=run, name="pacer-notify", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise NotificationFailed(f"{notifier.name} did not answer within {timeout:g}s")
    if outcome[0] is not None:
        raise outcome[0]


class PlyerNotifier:
    """plyer's choice of notifier for this platform, with failures made visible."""

    name = "plyer"

    def __init__(self, environ: Mapping[str, str] | None = None, *, platform: str | None = None,
                 app_dir: str = "/app", expire_seconds: int = EXPIRE_SECONDS,
                 command_timeout: float = COMMAND_TIMEOUT) -> None:
        self._environ = environ
        self.platform = platform or _plyer_platform()
        self.app_dir = app_dir  # plyer 2.1.0 takes any directory /app as "inside Flatpak"
        self.expire_seconds = expire_seconds
        self.command_timeout = command_timeout

    @property
    def env(self) -> Mapping[str, str]:
        return os.environ if self._environ is None else self._environ

    def backend(self) -> str:
        """plyer 2.1.0's instance() choice (mirrored to use env's PATH) or the platform."""
        if self.platform != "linux":
            return self.platform
        if os.path.isdir(self.app_dir):
            return "portal"
        try:
            import dbus  # noqa: F401  (plyer decides the same way)

            return "dbus-python"
        except ImportError:
            pass
        return "notify-send" if self._which("notify-send") else "none"

    def send(self, title: str, body: str) -> None:
        title, body = fit(title, body)
        backend = self.backend()
        impl = self._implementation(backend)
        try:
            impl.notify(title=title, message=body, app_name=APP_NAME, timeout=self.expire_seconds)
        except NotificationFailed:
            raise
        except NotImplementedError:  # plyer's facade: no notifier on this system
            failure = NotificationFailed(f"no notification system found: {INSTALL_NOTIFY_SEND}")
            raise failure from None
        except Exception as exc:  # dbus errors, Windows/macOS API errors, ...
            raise NotificationFailed(f"{backend} failed: {_plain_reason(str(exc))}") from exc

    def checks(self) -> list[Check]:
        if self.platform == "linux" or self.backend() == "notify-send":  # notify-send: forced
            return [*self._backend_checks(), *self._session_checks()]
        if self.platform == "macosx":
            import importlib.util

            if importlib.util.find_spec("pyobjus") is None:
                return [Check("backend", False, "plyer needs pyobjus for macOS notifications",
                              "pip install pyobjus (it builds with Xcode's command line tools)")]
            return [Check("backend", True, "Notification Center through pyobjus; macOS does not "
                          "say whether it was shown, so look for the test notification")]
        if self.platform == "win":
            return [Check("backend", True, "a tray balloon from a background thread; Windows "
                          "does not report its errors, so look for the test notification")]
        return [Check("backend", True, f"plyer's notifier for {self.platform}, untried by pacer")]

    def _which(self, program: str) -> str | None:
        return shutil.which(program, path=self.env.get("PATH", os.defpath))

    def _implementation(self, backend: str) -> Any:
        checked = dict(zip(("notify-send", "portal", "dbus-python"), _checked_classes(), strict=True))
        if backend in checked:
            return checked[backend](self)
        if backend == "none":
            from plyer.facades import Notification

            return Notification()  # raises NotImplementedError, as plyer would
        import importlib

        try:
            module = importlib.import_module(f"plyer.platforms.{backend}.notification")
        except ImportError as exc:  # macOS without pyobjus lands here
            raise NotificationFailed(f"plyer cannot notify on {backend}: {exc}") from exc
        return module.instance()

    def _backend_checks(self) -> list[Check]:
        backend = self.backend()
        if backend == "notify-send":
            path = self._which("notify-send")
            return [Check("backend", True, f"plyer will use {path}; pacer checks its exit status")]
        if backend == "dbus-python":
            return [Check("backend", True, "plyer will use dbus-python")]
        if backend == "none":
            return [Check("backend", False, "plyer finds no way to notify: dbus-python is not "
                          "installed and notify-send is not on PATH", INSTALL_NOTIFY_SEND)]
        checks = [Check("backend", True, "plyer will use the Flatpak desktop portal via gdbus")]
        if not ("FLATPAK_ID" in self.env or os.path.exists("/.flatpak-info")):
            checks.append(Check(
                "flatpak", False, f"a directory {self.app_dir} exists, so plyer assumes "
                "Flatpak, but this is not a Flatpak sandbox",
                "pacer config set notifications.backend notify-send",
            ))
        if not self._which("gdbus"):
            checks.append(Check("gdbus", False, "gdbus is not on PATH", "install libglib2.0-bin"))
        return checks

    def _session_checks(self) -> list[Check]:
        env = self.env
        shown = [f"{name}={env[name]}" for name in ("DISPLAY", "WAYLAND_DISPLAY") if env.get(name)]
        checks = [
            Check("display", True, " ".join(shown)) if shown else
            Check("display", False, "neither DISPLAY nor WAYLAND_DISPLAY is set: "
                  "this is not a desktop session", IMPORT_SESSION)
        ]
        if env.get("DBUS_SESSION_BUS_ADDRESS"):
            checks.append(Check("session bus", True, "DBUS_SESSION_BUS_ADDRESS is set"))
        elif _user_bus(env):
            checks.append(Check("session bus", True, f"the user bus {_user_bus(env)}"))
        else:
            checks.append(Check("session bus", False, "DBUS_SESSION_BUS_ADDRESS is not set, so "
                                "notifications cannot reach the desktop", IMPORT_SESSION))
            return checks  # asking a bus now would autolaunch a new, empty one
        checks.append(_server_check(self, PORTAL if self.backend() == "portal" else NOTIFICATIONS))
        return checks


class NotifySendNotifier(PlyerNotifier):
    """Always the checked notify-send path, even where dbus-python is installed."""

    name = "notify-send"

    def backend(self) -> str:
        return "notify-send"

    def _backend_checks(self) -> list[Check]:
        if path := self._which("notify-send"):
            return [Check("backend", True, f"{path}; pacer checks its exit status")]
        return [Check("backend", False, "notify-send is not on PATH", INSTALL_NOTIFY_SEND)]


@functools.cache
def _checked_classes() -> tuple[type, type, type]:
    """plyer's Linux notifiers made to report failure; built on first use (plyer is lazy)."""
    from plyer.platforms.linux.notification import NotifyDbus, NotifyDesktopPortals, NotifySendNotification

    class Owned:
        def __init__(self, owner: PlyerNotifier) -> None:
            self.owner = owner  # the notifier whose environment and timeouts apply

    class CheckedNotifySend(Owned, NotifySendNotification):
        """plyer's notify-send path with a timeout, an expire time and the exit status checked."""

        def _notify(self, **kwargs: Any) -> None:
            expire_ms = str(int(kwargs.get("timeout", EXPIRE_SECONDS) * 1000))
            app_name = kwargs.get("app_name") or APP_NAME
            # "--" so a title that starts with "-" is not read as an option. The body is markup to a
            # server that renders it: a reason like "I am <b>enough</b>" (discreet = false) or a bare
            # "&" would be read as markup, so for such a server it goes escaped.
            args = ["--app-name", app_name, "--expire-time", expire_ms, "--urgency", "normal"]
            body = kwargs["message"]
            if renders_markup(CapabilitiesViaTool(self.owner), self.owner.command_timeout):
                body = escape_markup(body)
            _run(self.owner, "notify-send", [*args, "--", kwargs["title"], body])

    class CheckedPortal(Owned, NotifyDesktopPortals):
        """plyer's Flatpak path with the strings quoted and gdbus's exit status checked."""

        def _notify(self, **kwargs: Any) -> None:
            title, body = _gvariant(kwargs["title"]), _gvariant(kwargs["message"])
            content = f"{{'title': <{title}>, 'body': <{body}>}}"
            method = "org.freedesktop.portal.Notification.AddNotification"
            _run(self.owner, "gdbus", ["call", "--session", "--dest", PORTAL, "--object-path",
                                       "/org/freedesktop/portal/desktop", "--method", method,
                                       APP_NAME, content])

    class CheckedDbus(Owned, NotifyDbus):
        """plyer's dbus-python call, on the bus named in the notifier's environment."""

        def _notify(self, **kwargs: Any) -> None:
            from dbus import Interface
            from dbus.bus import BusConnection

            address = self.owner.env.get("DBUS_SESSION_BUS_ADDRESS") or _user_bus(self.owner.env)
            if not address:
                raise NotificationFailed("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
            bus = BusConnection(address if "=" in address else f"unix:path={address}")
            try:
                proxy = bus.get_object(NOTIFICATIONS, "/org/freedesktop/Notifications")
                server = Interface(proxy, NOTIFICATIONS)
                body = kwargs["message"]
                if renders_markup(server, self.owner.command_timeout):
                    body = escape_markup(body)
                server.Notify(
                    kwargs["app_name"], 0, "", kwargs["title"], body, [], {},
                    int(kwargs["timeout"] * 1000), timeout=self.owner.command_timeout,
                )
            finally:
                bus.close()

    return CheckedNotifySend, CheckedPortal, CheckedDbus


def _run(owner: PlyerNotifier, program: str, args: list[str]) -> str:
    """Run a program with the notifier's environment; any failure is NotificationFailed."""
    path = owner._which(program)
    if not path:
        fix = INSTALL_NOTIFY_SEND if program == "notify-send" else "install it"
        raise NotificationFailed(f"{program} is not installed: {fix}")
    from pacer.daemon import helper

    try:
        # Bounded output, lenient decoding, its whole process group killed at the timeout.
        proc = helper.run([path, *args], env=owner.env, timeout=owner.command_timeout)
    except subprocess.TimeoutExpired:
        timeout = owner.command_timeout
        raise NotificationFailed(f"{program} did not answer within {timeout:g}s") from None
    except OSError as exc:
        raise NotificationFailed(f"{program} could not be run: {exc.strerror or exc}") from exc
    if proc.returncode != 0:
        reason = _plain_reason(proc.stderr) or f"exit status {proc.returncode}"
        raise NotificationFailed(f"{program} failed: {reason}")
    return proc.stdout


def _plain_reason(text: str) -> str:
    """A known error in plain words, else the first line of what the tool said."""
    for marker, words in _REASONS:
        if marker in text:
            return words
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return clip(lines[0], 200) if lines else ""


def _gvariant(text: str) -> str:
    """A GVariant text-format string literal (plyer pastes raw text between quotes)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def _plyer_platform() -> str:
    """plyer's platform names, without importing plyer."""
    names = {"win32": "win", "cygwin": "win", "darwin": "macosx"}
    return "linux" if sys.platform.startswith("linux") else names.get(sys.platform, sys.platform)


def _user_bus(env: Mapping[str, str]) -> str | None:
    """The systemd user bus, which D-Bus clients use when DBUS_SESSION_BUS_ADDRESS is unset."""
    runtime = env.get("XDG_RUNTIME_DIR")
    path = os.path.join(runtime, "bus") if runtime else None
    return path if path and os.path.exists(path) else None


def _bus_call(owner: PlyerNotifier, dest: str, path: str, method: str, *args: str) -> list[str]:
    """Call a method on the session bus with gdbus or dbus-send; the reply's values as strings."""
    if owner._which("gdbus"):
        out = _run(owner, "gdbus", [
            "call", "--session", "--timeout", str(max(1, int(owner.command_timeout))),
            "--dest", dest, "--object-path", path, "--method", method, *args,
        ])
        # (true,)  or  ('dunst', 'knopwob', '1.9.0', '1.2')  or  (['a', 'b'],)
        matches = re.findall(r"'([^']*)'|\"([^\"]*)\"|\b(true|false)\b", out)
        return ["".join(match) for match in matches]
    typed = [f"string:{arg}" for arg in args]
    out = _run(owner, "dbus-send", ["--session", "--print-reply", f"--dest={dest}", path, method,
                                    *typed])
    # method return ... \n   boolean true   /   string "dunst"
    return [a or b for a, b in re.findall(r'^\s*(?:boolean (\w+)|string "(.*)")\s*$', out, re.M)]


def _server_check(owner: PlyerNotifier, name: str) -> Check:
    """Is a notification server on the session bus (or can the bus start one)?"""
    if not (owner._which("gdbus") or owner._which("dbus-send")):
        return Check("notification server", True, "not checked: no gdbus or dbus-send here")
    bus = ("org.freedesktop.DBus", "/org/freedesktop/DBus")
    try:
        if _bus_call(owner, *bus, "org.freedesktop.DBus.NameHasOwner", name) == ["true"]:
            if name != NOTIFICATIONS:
                return Check("notification server", True, f"{name} is running")
            info = _bus_call(owner, NOTIFICATIONS, "/org/freedesktop/Notifications",
                             f"{NOTIFICATIONS}.GetServerInformation")
            server = f"{info[0]} {info[2]}" if len(info) >= 3 else "a notification server"
            return Check("notification server", True, f"{server} is running")
        if name in _bus_call(owner, *bus, "org.freedesktop.DBus.ListActivatableNames"):
            return Check("notification server", True, "the bus starts one when needed")
    except NotificationFailed as exc:
        return Check("notification server", False, f"could not ask the session bus: {exc.message}",
                     "check that DBUS_SESSION_BUS_ADDRESS is your desktop session's bus")
    return Check("notification server", False, f"nothing owns {name} on the session bus",
                 START_SERVER)
