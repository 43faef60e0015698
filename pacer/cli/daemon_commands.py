"""daemon run / start / stop / status / install / uninstall, and starting it (and offering autostart) from `pacer start`."""

from __future__ import annotations

import click

from pacer.cli import render
from pacer.env import Env
from pacer.errors import EXIT_ERROR, PacerError
from pacer.paths import resolve

RUNNING = "Reminders are running in the background. `pacer status` shows where you are."


def say_daemon_started(env: Env) -> list[str]:
    """Start the daemon if `pacer start` should, and say how reminders stand, a line or two.

    Then doctor's quick checks: a service that runs where nothing can reach the
    screen is not "reminders running", and the person hears so at once.
    """
    from pacer.commands.daemon import DaemonState, ensure_running
    from pacer.daemon.doctor import screen_problems

    try:
        state = ensure_running(env.paths)
    except PacerError as error:
        return [f"Your period is recorded, but reminders could not start: {error.message}. `pacer doctor` helps."]
    problems = ", ".join(screen_problems(env))
    if state is DaemonState.LEFT_ALONE:
        said = "Reminders are not running (PACER_NO_AUTOSTART is set); `pacer daemon start` starts them."
        if not problems:
            return [said]
        return [said, f"They could not appear on your screen yet anyway ({problems}): `pacer doctor` says what to fix."]
    if not problems:
        return [RUNNING]
    return [f"Reminders are running in the background, but cannot appear on your screen yet ({problems}).",
            "`pacer doctor` says what to fix; `pacer status` shows where you are."]


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
    """Start the reminder service in the background.

    Nothing happens if it is running already.

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
    from pacer.commands.daemon import autostart_plan, install_autostart

    if print_only:
        autostart = autostart_plan()
        click.echo(f"# {autostart.path}")
        click.echo(autostart.text, nl=not autostart.text.endswith("\n"))
        return
    for line in install_autostart(resolve()):
        click.echo(line)


@daemon.command(name="uninstall")
def daemon_uninstall() -> None:
    """Stop starting reminders at login.

    Removes what `pacer daemon install` wrote.

    \b
    Example:
      pacer daemon uninstall
    """
    from pacer.commands.daemon import uninstall_autostart

    for line in uninstall_autostart():
        click.echo(line)


def offer_autostart(env: Env) -> None:
    """Once ever, at a terminal, from `pacer start`: offer autostart (default no)."""
    from pacer.commands.daemon import claim_autostart_offer, install_autostart

    if not render.interactive() or not claim_autostart_offer(env.paths):
        return
    click.echo("Without autostart, reminders stop when you log out or restart the computer, "
               "until you run `pacer daemon start`.")
    if not click.confirm("Start reminders automatically when you log in? (`pacer daemon install` does it later)", default=False):
        return
    try:
        lines = install_autostart(env.paths)
    except PacerError as error:
        lines = [f"Autostart could not be set up: {error.message}. `pacer daemon install` tries again."]
    for line in lines:
        click.echo(line)
