"""daemon run / start / stop / status / install / uninstall, and starting it (and offering autostart) from `pacer start`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from pacer.cli import render
from pacer.env import Env
from pacer.errors import EXIT_ERROR, PacerError
from pacer.paths import resolve

if TYPE_CHECKING:
    from pacer.daemon.autostart import Autostart


def ensure_daemon(env: Env) -> str:
    """Start the daemon unless it runs (or the user manages it: PACER_NO_AUTOSTART=1)."""
    from pacer.daemon import control as daemon_control
    from pacer.daemon.lock import running_pid

    if running_pid(env.paths.daemon_lock):
        return "Reminders are running in the background. `pacer status` shows where you are."
    if os.environ.get("PACER_NO_AUTOSTART"):
        return "Reminders are not running (PACER_NO_AUTOSTART is set); `pacer daemon start` starts them."
    try:
        daemon_control.start_detached(env.paths)
    except PacerError as error:
        return f"Your period is recorded, but reminders could not start: {error.message}. `pacer doctor` helps."
    return "Reminders are running in the background. `pacer status` shows where you are."


@click.group()
def daemon() -> None:
    """Run, start, stop or check the background reminder service.

    \b
    Examples:
      pacer daemon status
      pacer daemon run        # in the foreground, for systemd or launchd
    """


@daemon.command(name="run")
def daemon_run() -> None:
    """Run the reminder service in the foreground until stopped.

    \b
    Example:
      pacer daemon run
    """
    from pacer.daemon import service
    from pacer.daemon.control import report_ready

    try:
        code = service.run(resolve(), ready=report_ready)
    except PacerError as error:
        report_ready(f"error: {error.message}")
        raise
    raise SystemExit(code)


@daemon.command(name="start")
def daemon_start() -> None:
    """Start the reminder service in the background (if it is not running).

    \b
    Example:
      pacer daemon start
    """
    from pacer.daemon import control as daemon_control

    pid = daemon_control.start_detached(resolve())
    click.echo(f"Reminders are running (pid {pid}).")


@daemon.command(name="stop")
def daemon_stop() -> None:
    """Stop the reminder service.

    \b
    Example:
      pacer daemon stop
    """
    from pacer.daemon import control as daemon_control

    pid = daemon_control.stop(resolve())
    click.echo("The reminder service was not running." if pid is None else f"Stopped the reminder service (pid {pid}).")


@daemon.command(name="status")
def daemon_status() -> None:
    """Say whether the service runs; exit 0 when it does, 1 when not.

    \b
    Example:
      pacer daemon status && echo running
    """
    from pacer.daemon.lock import running_pid

    pid = running_pid(resolve().daemon_lock)
    if pid:
        click.echo(f"running (pid {pid})")
        return
    click.echo("not running (`pacer daemon start` starts it)")
    raise SystemExit(EXIT_ERROR)


# --- autostart ----------------------------------------------------------------------


def autostart_plan() -> "Autostart":
    """The autostart file for this computer: this Python, this PACER_HOME, this session."""
    import sys
    from pathlib import Path

    from pacer.daemon import autostart as service
    from pacer.paths import home_dir

    home = home_dir(os.environ)
    return service.plan_autostart(
        sys.platform,
        Path.home(),
        os.environ,
        os.path.abspath(sys.executable),  # the unit starts without our PATH or working directory
        str(home) if home is not None else None,  # absolute: the unit runs from anywhere
        service.detect_systemd(os.environ),
    )


def install_autostart() -> list[str]:
    """Write and enable the autostart file; with systemd, its instance becomes the only daemon."""
    from pacer.daemon import control as daemon_control
    from pacer.daemon import autostart as service

    autostart = autostart_plan()
    lines = []
    if autostart.kind == service.SYSTEMD:
        # A detached daemon holds the lock: the unit's instance would exit at once
        # and systemd would count that as a failure.
        pid = daemon_control.stop(resolve())
        if pid:
            lines.append(f"Stopped the reminder service started by pacer (pid {pid}); systemd runs it from now on.")
    return lines + service.install(autostart)


@daemon.command(name="install")
@click.option("--print", "print_only", is_flag=True, help="Print the file's path and text; write nothing.")
def daemon_install(print_only: bool) -> None:
    """Start reminders automatically when you log in.

    Linux: a systemd user unit (or an XDG autostart entry without systemd);
    macOS: a launchd agent; Windows: a Startup entry. Run it from your desktop
    session: the unit keeps that session's display and bus, without which
    notifications cannot appear.

    \b
    Examples:
      pacer daemon install --print
      pacer daemon install
    """
    if print_only:
        autostart = autostart_plan()
        click.echo(f"# {autostart.path}")
        click.echo(autostart.text, nl=not autostart.text.endswith("\n"))
        return
    for line in install_autostart():
        click.echo(line)


@daemon.command(name="uninstall")
def daemon_uninstall() -> None:
    """Stop starting reminders at login (removes what `pacer daemon install` wrote).

    \b
    Example:
      pacer daemon uninstall
    """
    from pacer.daemon import autostart as service

    for line in service.uninstall(autostart_plan()):
        click.echo(line)


def offer_autostart(env: Env) -> None:
    """Once ever, at a terminal, from `pacer start`: offer autostart (default no)."""
    from pacer.paths import touch_private

    marker = env.paths.autostart_offered
    if not render.interactive() or os.environ.get("PACER_NO_AUTOSTART") or marker.exists():
        return
    try:
        if autostart_plan().path.exists():
            return  # already installed: nothing to offer
    except PacerError:
        return  # a platform (or PACER_HOME) autostart cannot serve
    touch_private(marker)  # before asking: whatever happens next, never ask again
    if not click.confirm("Start reminders automatically when you log in? (`pacer daemon install` does it later)", default=False):
        return
    try:
        lines = install_autostart()
    except PacerError as error:
        lines = [f"Autostart could not be set up: {error.message}. `pacer daemon install` tries again."]
    for line in lines:
        click.echo(line)
