"""pause and resume: a break from daily reminders (checkpoints wait, they are never dropped)."""

from __future__ import annotations

import click

from pacer.commands import pauses
from pacer.durations import format_long
from pacer.env import load_env
from pacer.timetext import when


@click.command()
@click.argument("duration", nargs=-1, required=True)
def pause(duration: tuple[str, ...]) -> None:
    """Hold daily reminders for a while.

    DURATION is how long: 2d, 12h, or in words, 2 days. A checkpoint that
    falls in the pause waits until its end. The pause must fit in the rest
    of your period; `pacer resume` ends it early.

    \b
    Examples:
      pacer pause 2d
      pacer pause 12 hours
    """
    env = load_env()
    result = pauses.pause(env, " ".join(duration))
    click.echo(
        f"Paused for {format_long(result.end - result.start)}, until {when(result.end.astimezone(env.zone), env.now)}. "
        "Daily reminders are held until then."
    )
    if result.deferred:
        plural = "s" if result.deferred != 1 else ""
        click.echo(f"{result.deferred} checkpoint{plural} in that time will come when the pause ends, not before.")
    click.echo("`pacer resume` ends the pause sooner.")


@click.command()
def resume() -> None:
    """End the current pause now.

    Daily reminders return, and a held checkpoint comes at once.

    \b
    Example:
      pacer resume
    """
    env = load_env()
    pauses.resume(env)
    click.echo("Resumed: daily reminders are back. `pacer status` shows what comes next.")
