"""Starting the reminder daemon from `pacer start`, and autostart at login: the decisions, without click.

The CLI asks these and says the answers; it decides nothing about when to
start the daemon, when to offer autostart, or what installing it involves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from pacer.errors import PacerError
from pacer.paths import Paths, touch_private

if TYPE_CHECKING:
    from pacer.daemon.autostart import Autostart

NO_AUTOSTART_ENV = "PACER_NO_AUTOSTART"  # set: the person (or a test) starts the daemon themselves


class DaemonState(StrEnum):
    RUNNING = "running"  # it was running, or it started now
    LEFT_ALONE = "left-alone"  # PACER_NO_AUTOSTART is set: pacer starts nothing


def ensure_running(paths: Paths, environ: Mapping[str, str] | None = None) -> DaemonState:
    """Start the daemon unless it runs or the person manages it; PacerError when it cannot start."""
    from pacer.daemon import control
    from pacer.daemon.lock import running_pid

    environ = os.environ if environ is None else environ
    if running_pid(paths.daemon_lock):
        return DaemonState.RUNNING
    if environ.get(NO_AUTOSTART_ENV):
        return DaemonState.LEFT_ALONE
    control.start_detached(paths)
    return DaemonState.RUNNING


def autostart_plan(environ: Mapping[str, str] | None = None) -> Autostart:
    """The autostart file for this computer: this Python, this PACER_HOME, this session."""
    from pathlib import Path

    from pacer.daemon import autostart
    from pacer.paths import home_dir

    environ = os.environ if environ is None else environ
    home = home_dir(environ)
    return autostart.plan_autostart(
        sys.platform,
        Path.home(),
        environ,
        os.path.abspath(sys.executable),  # the unit starts without our PATH or working directory
        str(home) if home is not None else None,  # absolute: the unit runs from anywhere
        autostart.detect_systemd(environ),
    )


def autostart_installed() -> bool:
    """Whether the autostart file exists; False where autostart cannot serve (a platform, a PACER_HOME)."""
    try:
        return autostart_plan().path.exists()
    except PacerError:
        return False


def install_autostart(paths: Paths) -> list[str]:
    """Write and enable the autostart file; with systemd, its instance becomes the only daemon.

    Returns what was done, one line each.
    """
    from pacer.daemon import autostart, control

    plan = autostart_plan()
    lines = []
    if plan.kind == autostart.SYSTEMD:
        # A detached daemon holds the lock: the unit's instance would exit at once
        # and systemd would count that as a failure.
        pid = control.stop(paths)
        if pid:
            lines.append(f"Stopped the reminder service started by pacer (pid {pid}); systemd runs it from now on.")
    return lines + autostart.install(plan)


def uninstall_autostart() -> list[str]:
    """Disable and remove the autostart file; returns what was done, one line each."""
    from pacer.daemon import autostart

    return autostart.uninstall(autostart_plan())


def claim_autostart_offer(paths: Paths, environ: Mapping[str, str] | None = None) -> bool:
    """True once ever, when autostart is worth offering; the offer is recorded before it is made.

    Not when the person starts the daemon themselves (PACER_NO_AUTOSTART), not
    when it was offered before, not when it is installed, not where it cannot serve.
    Recorded first: whatever happens next (an answer, Ctrl-C), pacer never asks again.
    """
    environ = os.environ if environ is None else environ
    if environ.get(NO_AUTOSTART_ENV) or os.path.exists(paths.autostart_offered):
        return False
    try:
        if autostart_plan(environ).path.exists():
            return False
    except PacerError:
        return False
    paths.ensure()
    touch_private(paths.autostart_offered)
    return True
