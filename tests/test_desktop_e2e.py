"""End to end against a real notification server: Xvfb + a private session bus + dunst.

Skipped with a reason on a machine without those programs; failed under CI=true.
"""

from __future__ import annotations

import pytest

from pacer.daemon.doctor import TEST_BODY, TEST_TITLE, run_doctor
from pacer.daemon.notify import (
    BODY_MAX,
    EXPIRE_SECONDS,
    NotificationFailed,
    make_notifier,
    send_with_timeout,
)

pytestmark = pytest.mark.desktop


def arrived(history: list[dict]) -> list[tuple[str, str, str]]:
    return [(item["appname"], item["summary"], item["body"]) for item in history]


def test_a_notification_arrives_as_sent(desktop):
    make_notifier(environ=desktop.env).send("Still here", "Drink some water & breathe.")

    [shown] = desktop.history()
    assert (shown["appname"], shown["summary"], shown["body"]) == (
        "pacer", "Still here", "Drink some water & breathe.")
    # dunst keeps the expire time in microseconds; plyer alone would have sent 0 (sticky).
    assert shown["timeout"] == EXPIRE_SECONDS * 1_000_000


def test_the_notify_send_backend_arrives_too(desktop):
    send_with_timeout(make_notifier("notify-send", desktop.env), "Day 3", "A checkpoint.")
    assert arrived(desktop.history()) == [("pacer", "Day 3", "A checkpoint.")]


def test_awkward_text_arrives_intact(desktop):
    notifier = make_notifier(environ=desktop.env)
    notifier.send("-t 0 is not an option", "x" * 300)
    notifier.send("Ünïcödé “quotes” 'too'", "two\nlines")

    assert arrived(desktop.history()) == [
        ("pacer", "-t 0 is not an option", "x" * (BODY_MAX - 1) + "…"),
        ("pacer", "Ünïcödé “quotes” 'too'", "two\nlines"),
    ]


def test_no_notification_server_is_a_failure_not_silence(desktop):
    desktop.stop_notification_server()
    with pytest.raises(NotificationFailed) as failed:
        make_notifier(environ=desktop.env).send("Hello", "there")
    # "notify-send failed: ..." here; "dbus-python failed: ..." where dbus-python is installed.
    assert failed.value.message.endswith("failed: no notification server is running on the "
                                         "session bus")


def test_plyer_alone_would_stay_silent(desktop, monkeypatch):
    """Why pacer wraps plyer: its notify-send path returns normally when nothing was shown.

    If this starts failing, plyer checks exit codes itself and pacer's wrapper can shrink.
    """
    from plyer.platforms.linux.notification import NotifySendNotification

    desktop.stop_notification_server()
    # plyer reads os.environ only; this one test has to set it.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.env["DBUS_SESSION_BUS_ADDRESS"])
    monkeypatch.setenv("PATH", desktop.env["PATH"])
    assert NotifySendNotification().notify(title="Hello", message="there") is None


def test_doctor_on_a_real_desktop(desktop):
    report = run_doctor(make_notifier(environ=desktop.env))

    assert report.ok is True, report.lines
    assert any(line.startswith("  ok       notification server: dunst ") for line in report.lines)
    assert arrived(desktop.history()) == [("pacer", TEST_TITLE, TEST_BODY)]


def test_doctor_when_the_notification_server_is_gone(desktop):
    desktop.stop_notification_server()
    report = run_doctor(make_notifier(environ=desktop.env))

    assert report.ok is False
    assert ("  problem  notification server: nothing owns org.freedesktop.Notifications "
            "on the session bus") in report.lines


@pytest.mark.parametrize("markup", ["no", "full"])
def test_a_reason_that_looks_like_markup_is_shown_as_written(markup, tmp_path, monkeypatch):
    """`I am <b>enough</b>` (discreet = false) must not turn bold: escaped for a server that renders body markup
    (dunst with markup = full announces body-markup), left as it is for one that shows text as written."""
    import tests.desktop as stack

    stack.require_desktop_programs()
    monkeypatch.setattr(stack, "DUNSTRC", stack.DUNSTRC + f"    markup = {markup}\n")
    running = stack.start_desktop(tmp_path / "desktop")
    try:
        for backend in ("plyer", "notify-send"):
            make_notifier(backend, running.env).send(backend, "You wrote: “I am <b>enough</b> & more”")
        bodies = [shown["body"] for shown in running.history()]
    finally:
        running.close()
    as_written = "You wrote: “I am <b>enough</b> & more”"
    escaped = "You wrote: “I am &lt;b&gt;enough&lt;/b&gt; &amp; more”"  # dunst renders it as written
    assert bodies == [escaped if markup == "full" else as_written] * 2
