"""pause and resume: a break from daily reminders (checkpoints wait, they are never dropped)."""

from __future__ import annotations

import click

from pacer.commands import pauses
from pacer.durations import format_long
from pacer.env import load_env
from pacer.timetext import when


@click.command()
@click.argument("duration")
def pause(duration: str) -> None:
    """Hold daily reminders for DURATION (e.g. 2d, 12h); a checkpoint in it waits until the end.

    The pause must fit in the rest of your period; `pacer resume` ends it early.

    \b
    Example:
      pacer pause 2d
    """
    env = load_env()
    result = pauses.pause(env, duration)
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
    """End the current pause now: daily reminders return, and a held checkpoint comes at once.

    \b
    Example:
      pacer resume
    """
    env = load_env()
    pauses.resume(env)
    click.echo("Resumed: daily reminders are back. `pacer status` shows what comes next.")
