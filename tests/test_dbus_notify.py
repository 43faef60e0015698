"""The D-Bus notification client against a real server: Xvfb + a private session bus + dunst.

What was sent is read back with dbus-monitor; answers are given through dunst's
context menu, whose `dmenu` program is a script here that picks a line.
Without the desktop programs these tests skip with the packages to install;
under CI=true they fail instead (see tests/desktop.py).
"""

from __future__ import annotations

import importlib.util
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import tests.desktop as desktop_stack
from tests.desktop import Desktop, in_ci  # the `desktop` fixture comes with tests/conftest.py

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENT = 'jeepney>=0.8; sys_platform == "linux"'
WAIT = 5.0  # seconds to wait for dunst to answer; it takes milliseconds


def _load() -> ModuleType:
    if importlib.util.find_spec("jeepney") is None:
        reason = f"jeepney is not installed (pyproject needs {REQUIREMENT!r})"
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason, allow_module_level=True)
    from pacer.daemon import dbus_notify

    return dbus_notify


dn = _load()
Urgency, NotifyError, Listener = dn.Urgency, dn.NotifyError, dn.Listener

CHOICES = [("default", "Open"), ("keep", "Keep waiting"), ("move", "Move on"),
           ("reach", "Reach out once")]


# -- helpers ------------------------------------------------------------------------------


def require(program: str, package: str) -> None:
    if shutil.which(program) is None:
        reason = f"{program} is missing; install with: sudo apt-get install {package}"
        if in_ci():
            pytest.fail(f"{reason}; CI must run the desktop tests", pytrace=False)
        pytest.skip(reason)


def wait_until(condition: Any, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")
        time.sleep(0.02)


class Answers:
    """Collects what a Listener reports, in order, for a test to wait on."""

    def __init__(self) -> None:
        self.events: queue.Queue[tuple[Any, ...]] = queue.Queue()

    def on_action(self, notification_id: int, key: str) -> None:
        self.events.put(("action", notification_id, key))

    def on_closed(self, notification_id: int, reason: int) -> None:
        self.events.put(("closed", notification_id, reason))

    def on_error(self, error: Exception) -> None:
        self.events.put(("error", error.message))

    def next(self, timeout: float = WAIT) -> tuple[Any, ...]:
        try:
            return self.events.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the listener heard nothing within {timeout:g}s") from None

    def nothing_within(self, seconds: float) -> bool:
        try:
            self.events.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


@contextmanager
def listening(environ: dict[str, str]) -> Iterator[tuple[Any, Answers]]:
    answers = Answers()
    with Listener(answers.on_action, answers.on_closed, on_error=answers.on_error,
                  environ=environ) as listener:
        yield listener, answers


@dataclass
class Menu:
    """dunst's context menu: `dmenu` is a script that picks the line naming the choice."""

    dir: Path

    SCRIPT = """#!/bin/sh
# dunst writes the menu to stdin and reads the chosen line from stdout.
cat > "{dir}/offered"
grep -F -m 1 -- "$(cat "{dir}/choice")" "{dir}/offered"
"""

    def __post_init__(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.script.write_text(self.SCRIPT.format(dir=self.dir))
        self.script.chmod(0o755)

    @property
    def script(self) -> Path:
        return self.dir / "dmenu"

    def press(self, desktop: Desktop, notification_id: int, key: str) -> None:
        """Open dunst's context menu and choose `key` of notification `notification_id`."""
        (self.dir / "offered").unlink(missing_ok=True)
        (self.dir / "choice").write_text(f"[{notification_id},{key}]")
        subprocess.run(["dunstctl", "context"], env=desktop.env, check=True, timeout=10,
                       capture_output=True)
        wait_until((self.dir / "offered").exists, "dunst to run dmenu")

    def offered(self) -> list[str]:
        return sorted((self.dir / "offered").read_text().splitlines())


def with_dunst_settings(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                        settings: str) -> Desktop:
    """The `desktop` fixture, with more lines in dunstrc's [global] section."""
    monkeypatch.setattr(desktop_stack, "DUNSTRC", desktop_stack.DUNSTRC + settings)
    return request.getfixturevalue("desktop")


@pytest.fixture
def menu(tmp_path: Path) -> Menu:
    return Menu(tmp_path / "menu")


@pytest.fixture
def menu_desktop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                 menu: Menu) -> Desktop:
    return with_dunst_settings(request, monkeypatch, f"    dmenu = {menu.script}\n")


@pytest.fixture
def markup_desktop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Desktop:
    return with_dunst_settings(request, monkeypatch, "    markup = full\n")


@contextmanager
def notify_calls(desktop: Desktop) -> Iterator[Any]:
    """dbus-monitor watching Notify calls; yields a function returning their arguments."""
    require("dbus-monitor", "dbus")
    log = desktop.tmp / "dbus-monitor.log"
    rule = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
    with open(log, "wb") as out:
        monitor = subprocess.Popen(["dbus-monitor", "--session", rule], env=desktop.env,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        # As a monitor it loses its own name first: from then on it sees every message.
        wait_until(lambda: "member=NameLost" in log.read_text(), "dbus-monitor to start")
        yield lambda: monitored_calls(log.read_text(), "Notify")
    finally:
        monitor.terminate()
        monitor.wait(5)


def monitored_calls(text: str, member: str) -> list[list[Any]]:
    """The arguments of each call to `member` in dbus-monitor's output.

    Strings become str; other basic values stay as printed ("uint32 0", "byte 2");
    arrays become lists, and arrays of dict entries dicts.
    """
    messages = re.split(r"^(?=\S)", text, flags=re.M)
    calls = [_monitored_args(message.splitlines()[1:]) for message in messages
             if message.startswith("method call") and f"member={member}" in message.splitlines()[0]]
    # A call dbus-monitor is still printing is left out (Notify's last argument is its expiry).
    return [c for c in calls if len(c) >= ARGUMENTS.get(member, 0)]


ARGUMENTS = {"Notify": 8}  # app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout


def _monitored_args(lines: list[str]) -> list[Any]:
    top: list[Any] = []
    stack: list[list[Any]] = [top]
    for raw in lines:
        line = raw.strip().removeprefix("variant").strip()
        if not line:
            continue
        if line in ("array [", "dict entry("):
            stack[-1].append(entry := [] if line == "array [" else _Entry())
            stack.append(entry)
        elif line in ("]", ")"):
            done = stack.pop()
            if line == "]" and done and all(isinstance(item, _Entry) for item in done):
                stack[-1][-1] = {item[0]: item[1] for item in done}
        elif match := re.fullmatch(r'string "(.*)"', line):
            stack[-1].append(match.group(1))
        else:
            stack[-1].append(line)
    return top


class _Entry(list):  # type: ignore[type-arg]
    """A dict entry while it is being read."""


def show_checkpoint(notifier: Any, **overrides: Any) -> int:
    """A checkpoint notification as the daemon shows one (answers as actions), through `notifier`."""
    arguments: dict[str, Any] = {"actions": CHOICES, "urgency": Urgency.CRITICAL, "expire_ms": 0}
    return int(notifier.notify("Day 14", "A checkpoint.", **{**arguments, **overrides}))


# -- what the server offers ---------------------------------------------------------------


@pytest.mark.desktop
def test_dunst_offers_actions(desktop):
    capabilities = dn.capabilities(environ=desktop.env)
    assert {"actions", "body"} <= capabilities
    assert "body-markup" not in capabilities  # dunst's built-in default is markup = no

    info = dn.server_info(environ=desktop.env)
    assert (info.name, info.spec_version) == ("dunst", "1.2")


@pytest.mark.desktop
def test_the_server_instance_names_this_bus_and_this_server(desktop):
    first = dn.server_instance(environ=desktop.env)
    assert first == dn.server_instance(environ=desktop.env)
    bus_id, owner = first.split("/")
    assert re.fullmatch(r"[0-9a-f]{32}", bus_id) and owner.startswith(":")
    with listening(desktop.env) as (listener, _):
        assert listener.server_instance() == first


# -- what is sent -------------------------------------------------------------------------


@pytest.mark.desktop
def test_a_checkpoint_is_sent_with_exactly_its_actions_urgency_and_expiry(desktop):
    with notify_calls(desktop) as calls, listening(desktop.env) as (listener, _):
        shown = show_checkpoint(listener)
        wait_until(calls, "dbus-monitor to print the Notify call")

    assert calls() == [[
        "pacer", "uint32 0", "", "Day 14", "A checkpoint.",
        ["default", "Open", "keep", "Keep waiting", "move", "Move on", "reach", "Reach out once"],
        {"urgency": "byte 2"},
        "int32 0",
    ]]
    [arrived] = desktop.history()
    # timeout 0: dunst keeps it until it is answered; the default action is "default".
    assert (arrived["id"], arrived["timeout"], arrived["default_action_name"]) == (shown, 0,
                                                                                 "default")


@pytest.mark.desktop
def test_replacing_and_resident_are_sent_as_asked(desktop):
    with notify_calls(desktop) as calls:
        first = dn.notify("Day 1", "Hello.", urgency=Urgency.LOW, expire_ms=-1,
                          environ=desktop.env)
        again = dn.notify("Day 1", "Hello again.", urgency=Urgency.NORMAL, expire_ms=10_000,
                          replaces_id=first, resident=True, app_name="pacer-test",
                          environ=desktop.env)
        wait_until(lambda: len(calls()) == 2, "dbus-monitor to print both Notify calls")

    assert again == first  # the spec: replacing keeps the id
    assert calls() == [
        ["pacer", "uint32 0", "", "Day 1", "Hello.", [], {"urgency": "byte 0"}, "int32 -1"],
        ["pacer-test", f"uint32 {first}", "", "Day 1", "Hello again.", [],
         {"urgency": "byte 1", "resident": "boolean true"}, "int32 10000"],
    ]


@pytest.mark.desktop
def test_the_body_is_sent_as_it_is_when_the_server_takes_no_markup(desktop):
    with notify_calls(desktop) as calls:
        dn.notify("Tea", "Tea & toast <3", urgency=Urgency.NORMAL, expire_ms=0,
                  environ=desktop.env)
        wait_until(calls, "dbus-monitor to print the Notify call")
    assert calls()[0][4] == "Tea & toast <3"
    assert [item["body"] for item in desktop.history()] == ["Tea & toast <3"]


@pytest.mark.desktop
def test_the_body_is_escaped_when_the_server_announces_body_markup(markup_desktop):
    desktop = markup_desktop
    assert "body-markup" in dn.capabilities(environ=desktop.env)
    with notify_calls(desktop) as calls:
        dn.notify("Tea <3", "Tea & toast <3 <b>not bold</b>", urgency=Urgency.NORMAL,
                  expire_ms=0, environ=desktop.env)
        wait_until(calls, "dbus-monitor to print the Notify call")

    escaped = "Tea &amp; toast &lt;3 &lt;b&gt;not bold&lt;/b&gt;"
    assert calls()[0][3:5] == ["Tea <3", escaped]  # the summary is never markup
    [arrived] = desktop.history()
    assert arrived["body"] == escaped
    assert "Unable to parse markup" not in desktop.log("dunst")


@pytest.mark.desktop
def test_dunst_cannot_parse_an_unescaped_body_with_markup_on(markup_desktop):
    """Why escaping matters: the same text sent raw is a markup error in dunst."""
    subprocess.run(["notify-send", "--", "Tea", "Tea & toast <3"], env=markup_desktop.env,
                   check=True, timeout=10)
    wait_until(lambda: "Unable to parse markup" in markup_desktop.log("dunst"),
               "dunst to complain about the markup")


# -- answers ------------------------------------------------------------------------------


@pytest.mark.desktop
def test_pressing_an_action_reaches_the_listener(menu_desktop, menu):
    with listening(menu_desktop.env) as (listener, answers):
        shown = show_checkpoint(listener)
        menu.press(menu_desktop, shown, "move")
        assert answers.next() == ("action", shown, "move")

        # dunst's menu: one line per action, "#<label> (<summary>) [<id>,<key>]".
        assert menu.offered() == sorted(f"#{label} (Day 14) [{shown},{key}]"
                                        for key, label in CHOICES)
        # An action does not close the notification in dunst: the daemon closes it.
        menu.press(menu_desktop, shown, "default")
        assert answers.next() == ("action", shown, "default")
        listener.close(shown)
        assert answers.next() == ("closed", shown, dn.CloseReason.CLOSED)


@pytest.mark.desktop
def test_callbacks_may_call_the_listener_and_may_fail(menu_desktop, menu):
    answers = Answers()
    calls = []

    def on_action(notification_id, key):
        calls.append(key)
        if key == "keep":
            raise RuntimeError("a bug in the daemon's handler")
        listener.close(notification_id)  # waits for a reply: must not block the listener
        answers.on_action(notification_id, key)

    listener = Listener(on_action, answers.on_closed, environ=menu_desktop.env)
    with listener:
        shown = show_checkpoint(listener)
        menu.press(menu_desktop, shown, "keep")
        wait_until(lambda: calls == ["keep"], "the failing callback")
        menu.press(menu_desktop, shown, "reach")
        assert answers.next() == ("action", shown, "reach")
        assert answers.next() == ("closed", shown, dn.CloseReason.CLOSED)
        assert listener.running


@pytest.mark.desktop
@pytest.mark.desktop
def test_dunst_sends_answers_only_to_the_connection_that_showed_the_notification(
        menu_desktop, menu):
    """Why the daemon shows notifications through its Listener, and re-shows after a restart.

    If this starts failing, the server broadcasts its signals (as GNOME Shell does).
    """
    shown = show_checkpoint(dn, environ=menu_desktop.env)  # its own connection, closed on return
    with listening(menu_desktop.env) as (_, answers):
        menu.press(menu_desktop, shown, "keep")
        assert answers.nothing_within(1.0)


EARLIER_DAEMON = """
from pacer.daemon import dbus_notify as dn
with dn.Listener(lambda *answer: None) as listener:
    shown = listener.notify("Day 14", "A checkpoint.", actions={choices!r},
                            urgency=dn.Urgency.CRITICAL, expire_ms=0)
    print(shown, listener.server_instance())
"""


@pytest.mark.desktop
def test_a_restarted_daemon_takes_over_an_earlier_daemons_notification(menu_desktop, menu):
    code = EARLIER_DAEMON.format(choices=CHOICES)
    earlier = subprocess.run([sys.executable, "-c", code], env=dict(menu_desktop.env, PYTHONPATH=str(ROOT)),
                             capture_output=True, text=True, timeout=30, check=True)
    old_id, old_instance = earlier.stdout.split()
    old_id = int(old_id)  # what the ledger kept

    with listening(menu_desktop.env) as (listener, answers):
        assert listener.server_instance() == old_instance  # same server: the id still holds
        assert show_checkpoint(listener, replaces_id=old_id) == old_id
        menu.press(menu_desktop, old_id, "reach")
        assert answers.next() == ("action", old_id, "reach")
    # Replaced in place: still one notification.
    assert [item["id"] for item in menu_desktop.history()] == [old_id]


@pytest.mark.desktop
def test_the_answer_goes_to_the_listener_when_another_connection_closes_it(desktop):
    with listening(desktop.env) as (listener, answers):
        shown = show_checkpoint(listener)
        dn.close(shown, environ=desktop.env)
        assert answers.next() == ("closed", shown, dn.CloseReason.CLOSED)
        assert desktop.history()[0]["id"] == shown


@pytest.mark.desktop
def test_the_user_dismissing_and_the_server_expiring_are_told_apart(desktop):
    with listening(desktop.env) as (listener, answers):
        dismissed = show_checkpoint(listener)
        subprocess.run(["dunstctl", "close"], env=desktop.env, check=True, timeout=10)
        assert answers.next() == ("closed", dismissed, dn.CloseReason.DISMISSED)

        # dunst honours an explicit expiry even for critical urgency: 0 is what keeps it.
        expiring = show_checkpoint(listener, expire_ms=300)
        assert answers.next() == ("closed", expiring, dn.CloseReason.EXPIRED)


# -- failures -----------------------------------------------------------------------------


@pytest.mark.parametrize("environ, message", [
    ({}, "no session bus: DBUS_SESSION_BUS_ADDRESS is not set"),
    ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"},
     "cannot reach the session bus at /nonexistent/bus: No such file or directory"),
    ({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=localhost,port=1"},
     "cannot use the session bus address 'tcp:host=localhost,port=1': only unix socket "
     "addresses are supported"),
    ({"DBUS_SESSION_BUS_ADDRESS": "nonsense"}, "the session bus address 'nonsense' is malformed"),
])
def test_no_session_bus_is_a_clear_error(environ, message):
    for attempt in (lambda: dn.capabilities(environ=environ),
                    lambda: dn.notify("Hi", "there", urgency=Urgency.NORMAL, expire_ms=0,
                                      environ=environ),
                    lambda: Listener(print, environ=environ).start()):
        with pytest.raises(NotifyError) as failed:
            attempt()
        assert failed.value.message == message


def test_the_systemd_user_bus_is_found_without_the_variable(tmp_path):
    (tmp_path / "bus").touch()
    assert dn.session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == (
        f"unix:path={tmp_path}/bus")
    odd = tmp_path / "a b,c"
    odd.mkdir()
    (odd / "bus").touch()
    assert dn.session_bus_address({"XDG_RUNTIME_DIR": str(odd)}).endswith("/a%20b%2cc/bus")


def test_a_bus_that_never_answers_times_out(tmp_path):
    import socket

    path = tmp_path / "silent-bus"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    try:
        began = time.monotonic()
        with pytest.raises(NotifyError) as failed:
            dn.capabilities(environ={"DBUS_SESSION_BUS_ADDRESS": f"unix:path={path}"},
                            timeout=0.3)
        assert failed.value.message == "the session bus did not answer within 0.3s"
        assert time.monotonic() - began < 2
    finally:
        server.close()


@pytest.mark.desktop
def test_no_notification_server_is_a_clear_error(desktop):
    desktop.stop_notification_server()
    for attempt in (lambda: dn.capabilities(environ=desktop.env),
                    lambda: dn.server_instance(environ=desktop.env),
                    lambda: show_checkpoint(dn, environ=desktop.env)):
        with pytest.raises(NotifyError) as failed:
            attempt()
        assert failed.value.message == "no notification server is running on the session bus"
    # Listening needs only the bus: answers come once a server is back.
    with listening(desktop.env) as (listener, _):
        with pytest.raises(NotifyError, match="no notification server is running"):
            show_checkpoint(listener)
        assert listener.running


@pytest.mark.desktop
def test_losing_the_bus_ends_the_listener_with_an_error(desktop):
    with listening(desktop.env) as (listener, answers):
        desktop.procs["dbus-daemon"].terminate()
        kind, message = answers.next()
        assert kind == "error" and message.startswith("lost the connection to the session bus")
        assert not listener.running
        with pytest.raises(NotifyError, match="lost the connection"):
            listener.capabilities()


@pytest.mark.desktop
def test_stopping_is_quick_and_leaves_nothing_behind(desktop):
    fds = len(os.listdir("/proc/self/fd"))
    for _ in range(5):
        dn.capabilities(environ=desktop.env)
        listener = Listener(print, environ=desktop.env).start()
        began = time.monotonic()
        listener.stop()
        assert time.monotonic() - began < 1.0
        listener.stop()  # again: nothing happens
        assert not listener.running
        with pytest.raises(NotifyError, match="the listener was stopped"):
            listener.capabilities()
    assert [t.name for t in threading.enumerate() if t.name.startswith("pacer-dbus")] == []
    assert len(os.listdir("/proc/self/fd")) == fds


@pytest.mark.parametrize("change, problem", [
    ({"actions": CHOICES + [("more", "One more")]}, "at most 3 actions besides 'default'"),
    ({"actions": [("a,b]", "Odd key")]}, "action key 'a,b]'"),
    ({"actions": [("keep", "Keep"), ("keep", "Again")]}, "action key 'keep' is given twice"),
    ({"title": "Day\0 14"}, "title contains a NUL character"),
    ({"title": "  "}, "a notification needs a title"),
    ({"body": "\ud800"}, "surrogates not allowed"),
    ({"expire_ms": -2}, "expire_ms must be -1, 0 or a positive int"),
    ({"urgency": 3}, "3 is not a valid Urgency"),
    ({"replaces_id": -1}, "a notification id is an unsigned 32-bit int"),
])
def test_bad_arguments_are_refused_before_anything_is_sent(change, problem):
    arguments = {"title": "Day 14", "body": "A checkpoint.", "actions": CHOICES,
                 "urgency": Urgency.CRITICAL, "expire_ms": 0, **change}
    title, body = arguments.pop("title"), arguments.pop("body")
    with pytest.raises(ValueError, match=re.escape(problem)):
        dn.notify(title, body, environ={}, **arguments)  # no bus: it would say NotifyError


def test_importing_it_brings_in_only_jeepney_and_the_standard_library():
    code = (
        "import sys\n"
        "from pacer.daemon import dbus_notify\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'asyncio', 'concurrent', "
        "'logging', 'plyer', 'apscheduler', 'dbus', 'dbus_fast', 'gi', 'click'}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('pacer') "
        "and not m.startswith('pacer.daemon.dbus_notify')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "['pacer', 'pacer.daemon']"]
