"""start, status, stop."""

from __future__ import annotations

import sys

import click

from pacer.cli import render
from pacer.commands import period as actions
from pacer.durations import format_long, parse_duration
from pacer.env import load_env
from pacer.errors import InvalidInput
from pacer.period import MODES, OUTCOMES
from pacer.cli.status_report import FORMATS, report, styled
from pacer.cli.views import MODE_WORDS, absolute, checkpoint_name


@click.command()
@click.argument("length", required=False)
@click.option("--mode", type=str, help="wait (for a reply) or no-contact. Default: from config.")
@click.option("--checkpoints", metavar="LIST", help="When to ask what next, e.g. 3d,7d,14d. Default: from config.")
@click.option("--label", metavar="TEXT", help="A private name for this period (never shown in notifications).")
@click.option("--reason", "reasons", metavar="TEXT", multiple=True, help="Why you are doing this; repeatable. Shown back to you at hard moments.")
def start(length, mode, checkpoints, label, reasons) -> None:
    """Start a waiting or no-contact period.

    LENGTH is how long, e.g. 14d, 36h, 2w or 1d12h (units s, m, h, d, w);
    without it, the default for the mode from your config.

    \b
    Examples:
      pacer start 14d --mode no-contact --reason "I deserve calm"
      pacer start 36h --mode wait --checkpoints 6h,1d
    """
    env = load_env()
    if render.interactive():
        actions.refuse_if_active(env)  # before any question, not after all of them
        if mode is None:
            mode = click.prompt("Mode", type=click.Choice(MODES), default=env.settings.default_mode)
        if length is None:
            length = click.prompt("How long", default=_compact(env.settings.length(mode)), value_proc=_length_answer)
        if not reasons:
            reason = click.prompt("Why are you doing this? (optional, Enter to skip)", default="", show_default=False)
            reasons = (reason,) if reason.strip() else ()
    request = actions.StartRequest(mode=mode, length=length, checkpoints=checkpoints, label=label, reasons=tuple(reasons))
    period = actions.start(env, request)
    from pacer.cli.daemon_commands import ensure_daemon, offer_autostart  # only `start` needs them

    running = ensure_daemon(env)  # before printing: a closed pipe (`| head -1`) must not leave it unstarted
    click.echo(
        f"Started a {MODE_WORDS[period.mode]} period of {format_long(period.length)} "
        f"(ends {absolute(period.ends_at, env.zone)})."
    )
    names = ", ".join(checkpoint_name(o) for o in period.checkpoint_offsets)
    times = " and ".join(t.strftime("%H:%M") for t in env.settings.reminder_times) or "none"
    click.echo(f"Checkpoints: {names}. Reminders at {times}.")
    click.echo(running)
    offer_autostart(env)


def _length_answer(text: str) -> str:
    """A typed length, checked at once so a mistake is asked again rather than refused at the end."""
    from pacer.period import check_length

    try:
        check_length(parse_duration(text, what="length"))
    except InvalidInput as error:
        raise click.UsageError(error.message) from None
    return text


def _compact(delta) -> str:
    from pacer.durations import format_compact

    return format_compact(delta)


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default=None,
    help="text (default); json (the stable keys); waybar (a Waybar custom module); short (one line for tmux or i3blocks).",
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
def status(fmt: str | None, as_json: bool) -> None:
    """Show where you stand: day, progress, next checkpoint and reminder.

    The waybar and short formats are discreet: no mode, label or reasons.

    \b
    Examples:
      pacer status
      pacer status --format json
      pacer status --format short     # tmux: set -g status-right '#(pacer status --format short)'
      pacer status --format waybar    # waybar: "exec": "pacer status --format waybar", "interval": 60
    """
    # The plain forms usually never get here: pacer.launch answers them without click.
    if as_json and fmt not in (None, "json"):
        raise InvalidInput(f"--json and --format {fmt} ask for different things; give one of them")
    fmt = "json" if as_json else fmt or "text"
    click.echo(report(fmt, load_env(), style=styled(sys.stdout)), nl=False)


@click.command()
@click.option("--outcome", type=str, default="completed", show_default=True, help=f"One of: {', '.join(OUTCOMES)}.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
def stop(outcome: str, yes: bool) -> None:
    """End the active period; it stays in your history.

    \b
    Example:
      pacer stop --outcome moved-on --yes
    """
    if outcome not in OUTCOMES:
        raise InvalidInput(f"unknown outcome {outcome!r}; choose one of: {', '.join(OUTCOMES)}")
    env = load_env()
    if not yes:
        if not render.interactive():
            raise InvalidInput("stopping needs confirmation: add --yes")
        click.confirm("End the current period now?", abort=True)
    period = actions.stop(env, outcome)
    days = format_long(period.ended_at - period.started_at)
    click.echo(f"Ended your {MODE_WORDS[period.mode]} period after {days} ({outcome}). It stays in your history.")
    click.echo("Whatever comes next, you showed up for yourself.")
