"""`pacer doctor`: can pacer's notifications reach the screen here, and if not, why?

The notifier says what it needs (Notifier.checks); the doctor prints that in
plain words, sends one discreet test notification when nothing is known to be
broken, and says what to fix. No click here: the CLI renders `lines` and exits
non-zero when `ok` is False.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pacer.daemon.lock import running_pid
from pacer.daemon.notify import Check, NotificationFailed, Notifier, send_with_timeout
from pacer.env import Env
from pacer.store import Store

TEST_TITLE = "pacer test"
# Discreet like every pacer notification: nothing about the person or the period.
TEST_BODY = "If you can read this, pacer's reminders can reach you."


@dataclass
class DoctorReport:
    ok: bool
    lines: list[str] = field(default_factory=list)


def run_doctor(notifier: Notifier, *, send_test: bool = True, timeout: float = 10.0) -> DoctorReport:
    """Run the notifier's checks and, when they pass, send a test notification."""
    checks = notifier.checks()
    lines = [f"Notifications ({notifier.name}):", *_check_lines(checks)]
    ok = all(check.ok for check in checks)

    if send_test and ok:
        try:
            send_with_timeout(notifier, TEST_TITLE, TEST_BODY, timeout=timeout)
        except NotificationFailed as exc:
            ok = False
            lines.append(f"  {'problem':<8} test notification: {exc.message}")
        else:
            lines.append(f"  {'ok':<8} test notification: sent; look for \"{TEST_TITLE}\" "
                         "on your screen")
    elif send_test:
        lines.append(f"  {'':<8} test notification: not sent until the problems above are fixed")

    lines.append("")
    lines.append("Notifications can reach you." if ok else
                 "Notifications cannot reach you yet: see the fixes above.")
    return DoctorReport(ok=ok, lines=lines)


def check_service(notifier: Notifier, pid: int) -> DoctorReport:
    """The same checks in the running service's own session (its environment), not this terminal's.

    A service started outside the desktop session (a unit without the bus, an
    ssh login) fails every reminder while the terminal's own test works.
    """
    # Not "display": notifications travel over the session bus, and the systemd unit
    # deliberately carries only that (pacer.service).
    checks = [check for check in notifier.checks() if check.name != "display"]
    lines = [f"The reminder service (pid {pid}), in the session it runs in:", *_check_lines(checks)]
    ok = all(check.ok for check in checks)
    if not ok:
        lines.append("  It cannot show reminders there: fix the above, or restart it from your desktop session "
                     "(`pacer daemon stop`, then `pacer daemon start`).")
    return DoctorReport(ok=ok, lines=lines)


def service_environment(pid: int) -> dict[str, str] | None:
    """The environment the running service was started with (Linux), or None where it cannot be read."""
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return None
    pairs = (item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)
    return {name.decode(errors="replace"): value.decode(errors="replace") for name, value in pairs}


def _check_lines(checks: list[Check]) -> list[str]:
    lines = []
    for check in checks:
        lines.append(f"  {'ok' if check.ok else 'problem':<8} {check.name}: {check.detail}")
        if not check.ok and check.fix:
            lines.append(f"  {'':<8} fix: {check.fix}")
    return lines


def daemon_health(env: Env) -> list[str]:
    """What `pacer doctor` adds about the service: is it running, and what failed last."""
    pid = running_pid(env.paths.daemon_lock)
    lines = [f"Reminder service: {f'running (pid {pid})' if pid else 'not running; `pacer daemon start` starts it'}"]
    if os.path.exists(env.paths.db):
        with Store.open(env.paths, write=False) as store, store.transaction(write=False):
            period = store.active_period()
            counts = store.delivery_counts(period.stored_id) if period else None
        if counts and counts.failed:
            lines.append(f"Reminders not shown in this period: {counts.failed}; the last problem: {counts.last_error}")
    lines.append(f"The service's log: {env.paths.log}")
    return lines


# What a failing check means, in a few words, for the one-line hint of `pacer start`.
_SHORT = {
    "backend": "nothing here can show notifications",
    "display": "no desktop display",
    "session bus": "no session bus",
    "notification server": "no notification server",
}


def screen_problems(env: Env) -> list[str]:
    """Why reminders could not reach the screen, in a few words each; [] when nothing is known to be wrong.

    Doctor's checks without the test notification (fast: at most a bus call or two), in
    the session the reminder service runs in: its own when it runs (a service started
    by systemd carries the bus, not the display), this terminal's otherwise (a service
    started from here inherits it).
    """
    from pacer.daemon.notify import make_notifier

    pid = running_pid(env.paths.daemon_lock)
    service_env = service_environment(pid) if pid and pid > 0 else None
    if service_env is not None:
        checks = [c for c in make_notifier(env.settings.backend, service_env).checks() if c.name != "display"]
    else:
        checks = make_notifier(env.settings.backend).checks()
    problems = [_SHORT.get(check.name, f"a problem with {check.name}") for check in checks if not check.ok]
    return list(dict.fromkeys(problems))


def checkpoint_choices(env: Env, environ: Mapping[str, str] | None = None) -> list[str]:
    """Whether a checkpoint's notification carries its choices here, and which terminal a click opens.

    Neither fails the doctor: without them a checkpoint names the command to run instead.
    """
    import sys

    from pacer.daemon.terminal import find_terminal
    from pacer.words.notices import NO_CHOICES_HINT

    plain = f"a checkpoint's notification says \"{NO_CHOICES_HINT.strip()}\""
    lines = ["Checkpoint choices:"]
    if not sys.platform.startswith("linux"):
        lines.append(f"  {'note':<8} buttons: only on Linux so far; {plain}")
    elif env.settings.backend != "auto":
        lines.append(f"  {'note':<8} buttons: off (notifications.backend = \"{env.settings.backend}\"); {plain}")
    else:
        lines.append(_buttons_line(environ, plain))
    terminal = find_terminal(environ)
    if terminal is None:
        lines.append(f"  {'note':<8} terminal: none found, so a click cannot open `pacer checkpoint`")
        lines.append(f"  {'':<8} fix: set TERMINAL to your terminal program, e.g. export TERMINAL=xterm")
    else:
        lines.append(f"  {'ok':<8} terminal: {terminal.name} ({terminal.source}) opens `pacer checkpoint` "
                     "when you click a checkpoint")
    return lines


def _buttons_line(environ: Mapping[str, str] | None, plain: str) -> str:
    from pacer.daemon import dbus_notify

    try:
        capabilities = dbus_notify.capabilities(environ=environ)
        server = dbus_notify.server_info(environ=environ)
    except dbus_notify.NotifyError as error:
        return f"  {'note':<8} buttons: not checked ({error.message}); without them {plain}"
    name = f"{server.name} {server.version}".strip()
    if "actions" in capabilities:
        return (f"  {'ok':<8} buttons: {name} shows a checkpoint's choices on it (Keep waiting, Move on, "
                "Reach out once); it stays until you answer")
    return f"  {'note':<8} buttons: {name} does not support actions, so {plain}"


def diagnose(env: Env, *, send_test: bool = True) -> DoctorReport:
    """Everything `pacer doctor` says: this session, the running service's own session, the user's words."""
    from pacer.daemon.notify import make_notifier
    from pacer.words import rotation

    report = run_doctor(make_notifier(env.settings.backend), send_test=send_test)
    report.lines.extend(daemon_health(env))
    pid = running_pid(env.paths.daemon_lock)
    service_env = service_environment(pid) if pid and pid > 0 else None
    if pid and service_env is not None:
        service = check_service(make_notifier(env.settings.backend, service_env), pid)
        report.lines.extend(["", *service.lines])
        report.ok = report.ok and service.ok
    report.lines.extend(["", *checkpoint_choices(env)])
    _, problems = rotation.load(env)
    # pacer uses its own words instead, so these do not fail the doctor
    report.lines.extend(f"Your own words: {problem} (pacer uses its own words meanwhile)" for problem in problems)
    return report
