"""`pacer` alone: where you stand in one line, and the three commands that matter now."""

from __future__ import annotations

from datetime import datetime

import click

from pacer.cli.views import MODE_NAMES, next_checkpoint_text
from pacer.commands.status import Status, read_status
from pacer.env import load_env
from pacer.timetext import days, when


def overview() -> None:
    env = load_env()
    status = read_status(env)
    click.echo(headline(status, env.now))
    click.echo()
    for command, what in next_commands(status, has_history=_has_history(env)):
        click.echo(f"  {command:<19}{what}")
    click.echo()
    if (status.active or status.aftercare is not None) and not status.daemon_running:
        click.echo("Reminders are not running: `pacer daemon start` starts them.")
    click.echo("`pacer --help` lists every command; `pacer COMMAND --help` explains one.")


def headline(status: Status, now: datetime) -> str:
    period = status.period
    if period is None:
        care = status.aftercare
        if care is not None:
            return f"No active period · you chose to move on {when(care.ended_at, now)}; a gentle note a day until {when(care.until, now)}."
        return "No active period."
    name = MODE_NAMES[period.mode]
    if status.complete:
        where = f"{name} · complete · {days(period.days_total)}"
    else:
        where = f"{name} · day {status.day} of {period.days_total}"
    if status.pending_checkpoint:
        return f"{where} · a checkpoint is waiting for your answer."
    if status.next_checkpoint is not None:
        return f"{where} · next checkpoint {next_checkpoint_text(status.next_checkpoint, now)}."
    return where + "."


def next_commands(status: Status, *, has_history: bool) -> list[tuple[str, str]]:
    """The three commands that matter now, most likely first."""
    if status.period is None:
        third = ("pacer history", "the periods behind you") if has_history else (
            "pacer config edit", "reminder times and quiet hours")
        return [
            ("pacer start", "begin a period: how long, and what to remember"),
            ("pacer doctor", "check that reminders can reach your screen"),
            third,
        ]
    if status.pending_checkpoint or status.complete:
        return [
            ("pacer checkpoint", "answer it: reach out once, keep going, or move on"),
            ("pacer urge", "when the pull to reach out is strong"),
            ("pacer status", "where you stand, in full"),
        ]
    return [
        ("pacer urge", "when the pull to reach out is strong"),
        ("pacer note", "a line in your journal"),
        ("pacer status", "where you stand, in full"),
    ]


def _has_history(env) -> bool:
    from pacer.session import reading

    with reading(env) as store:
        return store is not None and store.count_periods() > 0
