"""daemon run / start / stop / status, and starting it from `pacer start`."""

from __future__ import annotations

import os

import click

from pacer.env import Env
from pacer.errors import EXIT_ERROR, PacerError
from pacer.paths import resolve


def ensure_daemon(env: Env) -> str:
    """Start the daemon unless it runs (or the user manages it: PACER_NO_AUTOSTART=1)."""
    from pacer import daemon_control
    from pacer.daemon_lock import running_pid

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
    from pacer import daemon as service
    from pacer.daemon_control import report_ready

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
    from pacer import daemon_control

    pid = daemon_control.start_detached(resolve())
    click.echo(f"Reminders are running (pid {pid}).")


@daemon.command(name="stop")
def daemon_stop() -> None:
    """Stop the reminder service.

    \b
    Example:
      pacer daemon stop
    """
    from pacer import daemon_control

    pid = daemon_control.stop(resolve())
    click.echo("The reminder service was not running." if pid is None else f"Stopped the reminder service (pid {pid}).")


@daemon.command(name="status")
def daemon_status() -> None:
    """Say whether the service runs; exit 0 when it does, 1 when not.

    \b
    Example:
      pacer daemon status && echo running
    """
    from pacer.daemon_lock import running_pid

    pid = running_pid(resolve().daemon_lock)
    if pid:
        click.echo(f"running (pid {pid})")
        return
    click.echo("not running (`pacer daemon start` starts it)")
    raise SystemExit(EXIT_ERROR)
