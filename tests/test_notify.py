"""The notification layer without a desktop: fake programs on PATH, fake dbus-python."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from pacer.daemon.notify import (
    BODY_MAX,
    IMPORT_SESSION,
    INSTALL_NOTIFY_SEND,
    START_SERVER,
    TITLE_MAX,
    NotificationFailed,
    NotifySendNotifier,
    PlyerNotifier,
    fit,
    make_notifier,
    send_with_timeout,
)
from pacer.errors import PacerError
from tests.fakes import calls

REPO = Path(__file__).resolve().parent.parent
SERVICE_UNKNOWN = (
    "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
    "org.freedesktop.Notifications was not provided by any .service files\n"
)


@pytest.fixture(autouse=True)
def no_dbus_python(monkeypatch):
    """As on this project's machines: `import dbus` fails, so plyer would use notify-send."""
    monkeypatch.setitem(sys.modules, "dbus", None)


@pytest.fixture
def env(fake_bin) -> dict[str, str]:
    """A desktop session's environment whose PATH holds only the fakes."""
    return {"PATH": str(fake_bin.dir), "DISPLAY": ":7", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/x/bus"}


def notifier(env, tmp_path, cls=PlyerNotifier, **kwargs) -> PlyerNotifier:
    # app_dir: plyer would take a real /app on this machine as Flatpak; keep tests apart from it.
    return cls(env, app_dir=str(tmp_path / "no-such-app"), **kwargs)


# -- sending through notify-send ---------------------------------------------------------


def test_import_does_not_import_plyer():
    code = ("import sys, pacer.daemon.notify as n; n.make_notifier(); "
            "print('plyer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_send_runs_notify_send_with_app_name_expire_time_and_the_given_env(env, fake_bin, tmp_path):
    log = fake_bin.tool("notify-send")
    plyer = notifier(env, tmp_path)
    assert plyer.backend() == "notify-send"

    plyer.send("-a title that looks like an option", "Take a breath.")

    [call] = calls(log)
    assert call["argv"] == ["--app-name", "pacer", "--expire-time", "10000", "--urgency", "normal",
                            "--", "-a title that looks like an option", "Take a breath."]
    assert call["env"] == {"DISPLAY": ":7", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/x/bus"}


def test_notify_send_exit_status_is_a_failure_in_plain_words(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send", stderr=SERVICE_UNKNOWN, exit=1)
    with pytest.raises(NotificationFailed) as failed:
        notifier(env, tmp_path).send("Hello", "there")
    assert failed.value.message == (
        "notify-send failed: no notification server is running on the session bus")


def test_unknown_notify_send_error_passes_on_its_first_line(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send", stderr="\nsomething odd happened\nmore\n", exit=3)
    with pytest.raises(NotificationFailed, match="^notify-send failed: something odd happened$"):
        notifier(env, tmp_path).send("Hello", "there")


def test_silent_nonzero_exit_still_fails(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send", exit=2)
    with pytest.raises(NotificationFailed, match="^notify-send failed: exit status 2$"):
        notifier(env, tmp_path, cls=NotifySendNotifier).send("Hello", "there")


def test_no_notify_send_and_no_dbus_python_means_no_notification_system(env, tmp_path):
    plyer = notifier(env, tmp_path)
    assert plyer.backend() == "none"
    with pytest.raises(NotificationFailed) as failed:
        plyer.send("Hello", "there")
    assert failed.value.message == f"no notification system found: {INSTALL_NOTIFY_SEND}"
    assert "libnotify-bin" in failed.value.message


def test_forced_notify_send_that_is_missing(env, tmp_path):
    with pytest.raises(NotificationFailed, match="^notify-send is not installed: install notify-s"):
        notifier(env, tmp_path, cls=NotifySendNotifier).send("Hello", "there")


def test_hanging_notify_send_is_cut_off(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send", sleep=30)
    started = time.monotonic()
    with pytest.raises(NotificationFailed, match="^notify-send did not answer within 0.3s$"):
        notifier(env, tmp_path, command_timeout=0.3).send("Hello", "there")
    assert time.monotonic() - started < 3


# -- send_with_timeout ---------------------------------------------------------------------


class HangingNotifier:
    name = "hanging"

    def __init__(self) -> None:
        self.release = threading.Event()

    def send(self, title: str, body: str) -> None:
        self.release.wait(30)

    def checks(self):
        return []


def test_send_with_timeout_gives_up_on_a_hung_backend():
    hung = HangingNotifier()
    started = time.monotonic()
    try:
        with pytest.raises(NotificationFailed, match="^hanging did not answer within 0.2s$"):
            send_with_timeout(hung, "Hello", "there", timeout=0.2)
        assert time.monotonic() - started < 1.5
    finally:
        hung.release.set()


def test_send_with_timeout_passes_on_success_and_failure(env, fake_bin, tmp_path):
    log = fake_bin.tool("notify-send")
    send_with_timeout(notifier(env, tmp_path), "Hello", "there", timeout=5)
    assert len(calls(log)) == 1

    fake_bin.tool("notify-send", stderr=SERVICE_UNKNOWN, exit=1)
    with pytest.raises(NotificationFailed, match="no notification server"):
        send_with_timeout(notifier(env, tmp_path), "Hello", "there", timeout=5)


# -- limits -----------------------------------------------------------------------------------


def test_text_within_the_limits_is_unchanged():
    title, body = "t" * TITLE_MAX, "b" * BODY_MAX
    assert fit(title, body) == (title, body)


def test_too_long_text_is_cut_with_an_ellipsis():
    title, body = fit("t" * (TITLE_MAX + 1), "b" * 500)
    assert title == "t" * (TITLE_MAX - 1) + "…" and len(title) == TITLE_MAX
    assert body == "b" * (BODY_MAX - 1) + "…" and len(body) == BODY_MAX


def test_title_is_one_line_and_must_not_be_empty():
    assert fit("  two\nlines  ", " body\nkeeps lines ") == ("two lines", "body\nkeeps lines")
    with pytest.raises(ValueError):
        fit(" \n", "body")


def test_send_cuts_what_it_sends(env, fake_bin, tmp_path):
    log = fake_bin.tool("notify-send")
    notifier(env, tmp_path).send("x" * 100, "y" * 1000)
    title, body = calls(log)[0]["argv"][-2:]
    assert (len(title), len(body)) == (TITLE_MAX, BODY_MAX)


# -- choosing a backend ---------------------------------------------------------------------


def test_make_notifier_by_name():
    assert make_notifier().name == "plyer"
    assert make_notifier("plyer").name == "plyer"
    assert make_notifier("notify-send").backend() == "notify-send"


def test_unknown_backend_lists_the_valid_names():
    with pytest.raises(PacerError) as failed:
        make_notifier("growl")
    assert failed.value.message == (
        "Unknown notification backend 'growl': use auto, plyer, notify-send.")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="plyer's Linux choice")
@pytest.mark.filterwarnings("ignore::UserWarning")  # plyer warns that dbus-python is missing
def test_backend_choice_matches_plyers_own():
    from plyer.platforms.linux.notification import instance

    ours = PlyerNotifier().backend()  # the real /app, PATH and dbus-python, as plyer sees them
    names = {"NotifyDesktopPortals": "portal", "NotifyDbus": "dbus-python",
             "NotifySendNotification": "notify-send", "Notification": "none"}
    assert names[type(instance()).__name__] == ours


def fake_dbus_python(monkeypatch, error: Exception | None = None, capabilities=("body", "body-markup")) -> list:
    """Install a stand-in for dbus-python; returns the list of calls it receives."""
    seen: list = []

    class Bus:
        def __init__(self, address):
            seen.append(("connect", address))
            if error:
                raise error

        def get_object(self, name, path):
            return (name, path)

        def close(self):
            seen.append(("close",))

    class Interface:
        def __init__(self, proxy, interface):
            pass

        def Notify(self, *args, timeout):
            seen.append(("Notify", *args))

        def GetCapabilities(self, timeout):
            return capabilities

    dbus, dbus_bus = types.ModuleType("dbus"), types.ModuleType("dbus.bus")
    dbus.Interface, dbus_bus.BusConnection, dbus.bus = Interface, Bus, dbus_bus
    monkeypatch.setitem(sys.modules, "dbus", dbus)
    monkeypatch.setitem(sys.modules, "dbus.bus", dbus_bus)
    return seen


def test_dbus_python_path_uses_the_given_bus(monkeypatch, env, tmp_path):
    seen = fake_dbus_python(monkeypatch)
    plyer = notifier(env, tmp_path)
    assert plyer.backend() == "dbus-python"
    plyer.send("Hello", "there")
    assert seen == [("connect", "unix:path=/x/bus"),
                    ("Notify", "pacer", 0, "", "Hello", "there", [], {}, 10000), ("close",)]


def test_dbus_python_errors_become_notification_failed(monkeypatch, env, tmp_path):
    class DBusException(Exception):
        pass

    fake_dbus_python(monkeypatch, DBusException(SERVICE_UNKNOWN))
    with pytest.raises(NotificationFailed, match="^dbus-python failed: no notification server"):
        notifier(env, tmp_path).send("Hello", "there")


def test_flatpak_path_quotes_text_and_checks_gdbus(env, fake_bin, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    log = fake_bin.tool("gdbus")
    plyer = PlyerNotifier(env, app_dir=str(app))
    assert plyer.backend() == "portal"
    plyer.send("It's ok", "a\\b")
    assert calls(log)[0]["argv"][-2:] == ["pacer", "{'title': <'It\\'s ok'>, 'body': <'a\\\\b'>}"]

    fake_bin.tool("gdbus", stderr="Error: GDBus.Error:...ServiceUnknown: ...portal\n", exit=1)
    with pytest.raises(NotificationFailed, match="^gdbus failed: no notification server"):
        plyer.send("Hello", "there")


# -- checks ------------------------------------------------------------------------------------


def by_name(checks) -> dict:
    return {check.name: check for check in checks}


def test_checks_outside_a_desktop_session_say_what_to_do(fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    gdbus = fake_bin.tool("gdbus")
    checks = by_name(notifier({"PATH": str(fake_bin.dir)}, tmp_path).checks())

    assert checks["backend"].ok and "notify-send" in checks["backend"].detail
    assert not checks["display"].ok and "DISPLAY" in checks["display"].detail
    assert not checks["session bus"].ok
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in checks["session bus"].detail
    assert checks["display"].fix == checks["session bus"].fix == IMPORT_SESSION
    assert "systemctl --user import-environment DISPLAY DBUS_SESSION_BUS_ADDRESS" in IMPORT_SESSION
    # No bus to ask: asking anyway would make D-Bus autolaunch a new, empty one.
    assert "notification server" not in checks and calls(gdbus) == []


def test_checks_name_the_running_server(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    gdbus = fake_bin.tool("gdbus", replies={
        "org.freedesktop.DBus.NameHasOwner": "(true,)\n",
        "org.freedesktop.Notifications.GetServerInformation":
            "('fakeserver', 'someone', '1.0', '1.2')\n",
    })
    checks = notifier(env, tmp_path).checks()
    assert all(check.ok for check in checks), checks
    assert by_name(checks)["notification server"].detail == "fakeserver 1.0 is running"
    assert calls(gdbus)[0]["env"]["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/x/bus"


def test_checks_without_a_server(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies={"NameHasOwner": "(false,)\n",
                                         "org.freedesktop.DBus.ListActivatableNames":
                                             "(['org.freedesktop.DBus'],)\n"})
    server = by_name(notifier(env, tmp_path).checks())["notification server"]
    assert not server.ok and server.fix == START_SERVER
    assert "nothing owns org.freedesktop.Notifications" in server.detail


def test_checks_accept_a_server_the_bus_can_start(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies={
        "org.freedesktop.DBus.NameHasOwner": "(false,)\n",
        "org.freedesktop.DBus.ListActivatableNames":
            "(['org.freedesktop.DBus', 'org.freedesktop.Notifications'],)\n"})
    assert by_name(notifier(env, tmp_path).checks())["notification server"].ok


def test_checks_ask_the_bus_with_dbus_send_when_gdbus_is_missing(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    dbus_send = fake_bin.tool("dbus-send", replies={
        "org.freedesktop.DBus.NameHasOwner": "method return time=1 sender=x\n   boolean true\n",
        "org.freedesktop.Notifications.GetServerInformation":
            'method return\n   string "dunst"\n   string "knopwob"\n   string "1.9.0"\n'
            '   string "1.2"\n'})
    server = by_name(notifier(env, tmp_path).checks())["notification server"]
    assert server.ok and server.detail == "dunst 1.9.0 is running"
    assert "string:org.freedesktop.Notifications" in calls(dbus_send)[0]["argv"]


def test_checks_report_a_bus_that_does_not_answer(env, fake_bin, tmp_path):
    fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", stderr="Error connecting: Could not connect: No such file\n",
              exit=1)
    server = by_name(notifier(env, tmp_path).checks())["notification server"]
    assert not server.ok and "could not ask the session bus" in server.detail


def test_checks_without_any_way_to_notify(env, tmp_path):
    backend = by_name(notifier(env, tmp_path).checks())["backend"]
    assert not backend.ok and backend.fix == INSTALL_NOTIFY_SEND


def test_checks_warn_about_an_app_directory_outside_flatpak(env, fake_bin, tmp_path):
    (tmp_path / "app").mkdir()
    fake_bin.tool("gdbus", replies={"NameHasOwner": "(true,)\n"})
    plyer = PlyerNotifier({k: v for k, v in env.items() if k != "FLATPAK_ID"},
                          app_dir=str(tmp_path / "app"))
    flatpak = by_name(plyer.checks())["flatpak"]
    assert not flatpak.ok and "plyer assumes Flatpak" in flatpak.detail
    assert "notifications.backend notify-send" in flatpak.fix
    # The notify-send backend does not care about /app.
    fake_bin.tool("notify-send")
    forced = NotifySendNotifier(env, app_dir=str(tmp_path / "app"))
    assert "flatpak" not in by_name(forced.checks())


@pytest.mark.skipif("pyobjus" in sys.modules or os.path.exists("/System/Library"),
                    reason="needs a machine without pyobjus")
def test_macos_without_pyobjus(env):
    mac = PlyerNotifier(env, platform="macosx")
    [backend] = mac.checks()
    assert not backend.ok and "pip install pyobjus" in backend.fix
    with pytest.raises(NotificationFailed, match="pyobjus"):
        mac.send("Hello", "there")


def test_windows_is_honest_about_what_it_cannot_see(env):
    [backend] = PlyerNotifier(env, platform="win").checks()
    assert backend.ok and "does not report its errors" in backend.detail


@pytest.mark.parametrize("capabilities, body", [
    (("body", "body-markup"), "I am &lt;b&gt;enough&lt;/b&gt; &amp; more"),
    (("body",), "I am <b>enough</b> & more"),  # a server without markup shows text as it is
])
def test_dbus_python_escapes_the_body_for_a_server_that_renders_markup(monkeypatch, env, tmp_path, capabilities, body):
    seen = fake_dbus_python(monkeypatch, capabilities=capabilities)
    notifier(env, tmp_path).send("Hello", "I am <b>enough</b> & more")
    assert [call[5] for call in seen if call[0] == "Notify"] == [body]


@pytest.mark.parametrize("capabilities, escaped", [
    ("(['body', 'body-markup', 'actions'],)\n", True),
    ("(['body', 'actions'],)\n", False),
])
def test_notify_send_escapes_the_body_only_for_a_server_that_renders_markup(env, fake_bin, capabilities, escaped):
    fake_bin.tool("gdbus", replies={"org.freedesktop.Notifications.GetCapabilities": capabilities})
    log = fake_bin.tool("notify-send")
    NotifySendNotifier(env).send("Checkpoint", "I am <b>enough</b> & more")
    [call] = calls(log)
    assert call["argv"][-1] == ("I am &lt;b&gt;enough&lt;/b&gt; &amp; more" if escaped else "I am <b>enough</b> & more")


def test_notify_send_escapes_the_body_when_the_server_cannot_say(env, fake_bin, tmp_path):
    """No gdbus or dbus-send to ask with: notify-send hands the body on as markup, so it goes escaped."""
    log = fake_bin.tool("notify-send")
    NotifySendNotifier(env).send("Checkpoint · <i>me</i>", "You wrote: “I am <b>enough</b> & more”")
    [call] = calls(log)
    assert call["argv"][-2:] == ["Checkpoint · <i>me</i>", "You wrote: “I am &lt;b&gt;enough&lt;/b&gt; &amp; more”"]
