"""doctor: why notifications do or do not reach the screen."""

from __future__ import annotations

import click

from pacer.errors import EXIT_ERROR


@click.command()
@click.option("--no-test", is_flag=True, help="Only check; do not send a test notification.")
def doctor(no_test: bool) -> None:
    """Check the path from pacer to your screen and say what to fix.

    Exits non-zero when notifications cannot work.

    \b
    Example:
      pacer doctor
    """
    from pacer.commands.period import daemon_health
    from pacer.daemon.lock import running_pid
    from pacer.daemon.doctor import check_service, run_doctor, service_environment
    from pacer.env import load_env
    from pacer.daemon.notify import make_notifier

    env = load_env()
    report = run_doctor(make_notifier(env.settings.backend), send_test=not no_test)
    for line in report.lines:
        click.echo(line)
    for line in daemon_health(env):
        click.echo(line)
    pid = running_pid(env.paths.daemon_lock)
    service_env = service_environment(pid) if pid and pid > 0 else None
    if service_env is not None:
        service = check_service(make_notifier(env.settings.backend, service_env), pid)
        click.echo()
        for line in service.lines:
            click.echo(line)
        if not service.ok:
            report.ok = False
    from pacer.words import rotation as picks

    _, problems = picks.load(env)
    for problem in problems:  # pacer uses its own words instead, so this does not fail the doctor
        click.echo(f"Your own words: {problem} (pacer uses its own words meanwhile)")
    if not report.ok:
        raise SystemExit(EXIT_ERROR)
