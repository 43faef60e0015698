"""`pacer doctor`'s logic without a desktop: fake programs on PATH."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from pacer.daemon.doctor import TEST_TITLE, run_doctor
from pacer.daemon.notify import Check, PlyerNotifier
from tests.fakes import calls

OWNED = {
    "org.freedesktop.DBus.NameHasOwner": "(true,)\n",
    "org.freedesktop.Notifications.GetServerInformation": "('fakeserver', 'x', '1.0', '1.2')\n",
}


@pytest.fixture(autouse=True)
def no_dbus_python(monkeypatch):
    monkeypatch.setitem(sys.modules, "dbus", None)


def notifier(fake_bin, tmp_path, **env) -> PlyerNotifier:
    return PlyerNotifier({"PATH": str(fake_bin.dir), **env}, app_dir=str(tmp_path / "no-app"))


SESSION = {"DISPLAY": ":7", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/x/bus"}


def test_outside_a_desktop_session_doctor_says_what_to_fix(fake_bin, tmp_path):
    notify_send = fake_bin.tool("notify-send")
    report = run_doctor(notifier(fake_bin, tmp_path))

    assert report.ok is False
    text = "\n".join(report.lines)
    assert "problem  display: neither DISPLAY nor WAYLAND_DISPLAY is set" in text
    assert "problem  session bus: DBUS_SESSION_BUS_ADDRESS is not set" in text
    assert "fix: run pacer inside your desktop session" in text
    assert "systemctl --user import-environment DISPLAY DBUS_SESSION_BUS_ADDRESS" in text
    assert "test notification: not sent until the problems above are fixed" in text
    assert report.lines[-1] == "Notifications cannot reach you yet: see the fixes above."
    assert calls(notify_send) == []


def test_a_working_setup_sends_a_discreet_test_notification(fake_bin, tmp_path):
    notify_send = fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies=OWNED)
    report = run_doctor(notifier(fake_bin, tmp_path, **SESSION))

    assert report.ok is True, report.lines
    assert report.lines == [
        "Notifications (plyer):",
        f"  ok       backend: plyer will use {fake_bin.dir}/notify-send; pacer checks its exit status",
        "  ok       display: DISPLAY=:7",
        "  ok       session bus: DBUS_SESSION_BUS_ADDRESS is set",
        "  ok       notification server: fakeserver 1.0 is running",
        '  ok       test notification: sent; look for "pacer test" on your screen',
        "",
        "Notifications can reach you.",
    ]
    [call] = calls(notify_send)
    assert call["argv"][-2] == TEST_TITLE


def test_a_failing_test_notification_makes_the_report_not_ok(fake_bin, tmp_path):
    fake_bin.tool("notify-send", stderr="GDBus.Error: NoReply: timeout\n", exit=1)
    fake_bin.tool("gdbus", replies=OWNED)
    report = run_doctor(notifier(fake_bin, tmp_path, **SESSION))

    assert report.ok is False
    assert ("  problem  test notification: notify-send failed: "
            "the notification server did not reply") in report.lines


def test_without_a_notification_server(fake_bin, tmp_path):
    notify_send = fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies={"NameHasOwner": "(false,)\n",
                                         "ListActivatableNames": "(['org.freedesktop.DBus'],)\n"})
    report = run_doctor(notifier(fake_bin, tmp_path, **SESSION))

    assert report.ok is False
    assert ("  problem  notification server: nothing owns org.freedesktop.Notifications "
            "on the session bus") in report.lines
    assert any("fix: start a notification daemon such as dunst" in line for line in report.lines)
    assert calls(notify_send) == []


def test_send_test_false_only_checks(fake_bin, tmp_path):
    notify_send = fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies=OWNED)
    report = run_doctor(notifier(fake_bin, tmp_path, **SESSION), send_test=False)
    assert report.ok is True
    assert not any("test notification" in line for line in report.lines)
    assert calls(notify_send) == []


class Hanging:
    """Any Notifier will do: this one passes its checks and then never answers."""

    name = "hanging"

    def __init__(self) -> None:
        self.release = threading.Event()

    def send(self, title: str, body: str) -> None:
        self.release.wait(30)

    def checks(self) -> list[Check]:
        return [Check("backend", True, "a test double")]


def test_a_hung_backend_does_not_hang_the_doctor():
    hung = Hanging()
    started = time.monotonic()
    try:
        report = run_doctor(hung, timeout=0.2)
    finally:
        hung.release.set()
    assert time.monotonic() - started < 1.5
    assert report.ok is False
    assert "  problem  test notification: hanging did not answer within 0.2s" in report.lines


def test_the_doctor_names_a_broken_user_content_file(pacer_home):
    from tests.cli_helpers import run

    (pacer_home / "content").mkdir(parents=True)
    (pacer_home / "content" / "encouragement.toml").write_text("[[entry]]\nid = 'x'\n")
    result = run("doctor", "--no-test")
    assert "encouragement.toml" in result.stdout and "Your own words" in result.stdout
    assert "Traceback" not in result.output


def test_the_services_own_session_is_checked(fake_bin, tmp_path):
    from pacer.daemon.doctor import check_service, service_environment

    fake_bin.tool("notify-send")
    fake_bin.tool("gdbus", replies=OWNED)
    good = check_service(notifier(fake_bin, tmp_path, **SESSION), 42)
    assert good.ok and good.lines[0] == "The reminder service (pid 42), in the session it runs in:"
    bus_only = check_service(notifier(fake_bin, tmp_path, DBUS_SESSION_BUS_ADDRESS="unix:path=/x/bus"), 42)
    assert bus_only.ok, bus_only.lines  # what the systemd unit carries: no DISPLAY needed for D-Bus notifications
    bad = check_service(notifier(fake_bin, tmp_path), 42)
    assert not bad.ok and "cannot show reminders there" in bad.lines[-1]
    assert "problem  session bus: DBUS_SESSION_BUS_ADDRESS is not set" in "\n".join(bad.lines)
    import os

    assert service_environment(os.getpid())["PATH"] == os.environ["PATH"] or sys.platform != "linux"
    assert service_environment(2**22 + 12345) is None  # no such process
