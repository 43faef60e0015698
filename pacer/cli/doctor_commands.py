"""doctor: why notifications do or do not reach the screen."""

from __future__ import annotations

import click

from pacer.errors import EXIT_ERROR


@click.command()
@click.option("--no-test", is_flag=True, help="Only check; do not send a test notification.")
def doctor(no_test: bool) -> None:
    """Check that reminders can reach your screen.

    Follows the path from pacer to your screen and says what to fix.
    Exits non-zero when notifications cannot work.

    \b
    Example:
      pacer doctor
    """
    from pacer.daemon.doctor import diagnose
    from pacer.env import load_env

    report = diagnose(load_env(), send_test=not no_test)
    for line in report.lines:
        click.echo(line)
    if not report.ok:
        raise SystemExit(EXIT_ERROR)
