"""start, status, stop."""

from __future__ import annotations

import sys

import click

from pacer import session
from pacer.cli import render
from pacer.cli.status_report import FORMATS, report, styled
from pacer.cli.views import MODE_WORDS, outcome_words
from pacer.commands import period as actions
from pacer.domain import MODES, OUTCOMES, Outcome
from pacer.durations import format_long, parse_duration
from pacer.env import load_env
from pacer.errors import EXIT_ERROR, InvalidInput
from pacer.period import clean_reason
from pacer.timetext import absolute, checkpoint_list, listed, span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacer.commands.crisis import Heard
    from pacer.env import Env

MODE_HELP = {
    "wait": "you sent something and are waiting for a reply (hours to days)",
    "no-contact": "you chose, or were pushed into, no contact (days to weeks)",
}


@click.command()
@click.argument("length", nargs=-1)
@click.option("--mode", type=str, help="wait (for a reply) or no-contact. Default: from config.")
@click.option("--checkpoints", metavar="LIST", help="When to ask what next, e.g. 3d,7d,14d. Default: from config.")
@click.option("--label", metavar="TEXT", help="A private name for this period (never shown in notifications).")
@click.option("--reason", "reasons", metavar="TEXT", multiple=True,
              help="Something to remember when it gets hard; repeatable. Shown back to you then.")
@click.option(
    "--situation", metavar="SITUATION",
    help="What brought you here, so the words fit: waiting (for a reply), ignored, blocked or chose (no contact). "
    "Asked at a terminal.",
)
def start(length: tuple[str, ...], mode, checkpoints, label, reasons, situation) -> None:
    """Start a waiting or no-contact period.

    LENGTH is how long: 14d, 2w, 36h or 1d12h, or in words (2 weeks, 10 days,
    36 hours); without it, the default for the mode from your config.

    \b
    Examples:
      pacer start 14d --mode no-contact --situation chose --reason "I deserve calm"
      pacer start 2 weeks
      pacer start 36h --mode wait --checkpoints 6h,1d
    """
    env = load_env()
    length_text = " ".join(length) if length else None
    heard = None  # crisis words in what they typed (pacer.commands.crisis), answered at once
    if situation is not None:
        _check_situation(situation, mode)  # a mistake is refused before any question
    if render.interactive():
        session.refuse_if_active(env)  # before any question, not after all of them
        mode = mode if mode is not None else _ask_mode(env, actions.mode_for(situation, env.settings.default_mode))
        if situation is None and mode in MODES:
            situation = _ask_situation(mode)
        if length_text is None:
            length_text = click.prompt("How long", default=_compact(env.settings.length(mode)), value_proc=_length_answer)
        if not reasons:
            reasons, heard = _ask_reasons(env)
    heard = heard or render.safety_first(env, label, *reasons, remember=False)
    request = actions.StartRequest(mode=mode, length=length_text, checkpoints=checkpoints, label=label,
                                   reasons=tuple(reasons), situation=situation)
    period = actions.start(env, request)
    if heard is not None:
        from pacer.commands.crisis import remember

        remember(env, heard)
    click.echo(
        f"Started a {MODE_WORDS[period.mode]} period of {format_long(period.length)} "
        f"(ends {absolute(period.ends_at, env.zone)})."
    )
    times = [t.strftime("%H:%M") for t in env.settings.reminder_times]
    reminders = f"Reminders at {listed(times)}." if times else "No daily reminders (reminders.times is empty)."
    click.echo(f"{checkpoint_list(period.checkpoint_offsets, period.length)}. {reminders}")
    from pacer.cli.daemon_commands import offer_autostart, say_daemon_started  # only `start` needs them

    try:
        for line in say_daemon_started(env):
            click.echo(line)
        offer_autostart(env)
    except (click.Abort, KeyboardInterrupt):  # Ctrl-C after the period was recorded: say what holds
        click.echo(err=True)
        click.echo("Stopped. Your period is recorded; `pacer status` shows it and `pacer daemon start` "
                   "starts reminders if they are not running.", err=True)
        raise SystemExit(EXIT_ERROR) from None


def _ask_mode(env, default: str) -> str:
    click.echo("Which kind of period is this?")
    for mode in MODES:
        click.echo(f"  {mode:<11} {MODE_HELP[mode]}")
    return click.prompt("Mode", type=click.Choice([str(m) for m in MODES]), default=default)


def _ask_reasons(env: Env) -> tuple[tuple[str, ...], Heard | None]:
    """As many reasons as they like, one per line; Enter on an empty line ends (at once: none).

    Each is read for crisis words as soon as it is typed, so help comes then, not after the last question.
    Returns (the reasons, what was heard or None); the moment is remembered once the period exists.
    """
    click.echo("What would you like to remember when it gets hard? (optional)")
    click.echo("One reason per line; Enter on an empty line ends.")
    reasons: list[str] = []
    heard: Heard | None = None
    while True:
        reason = click.prompt(f"  Reason {len(reasons) + 1}", default="", show_default=False, value_proc=_reason_answer)
        if not reason:
            return tuple(reasons), heard
        reasons.append(reason)
        if heard is None:
            heard = render.safety_first(env, reason, remember=False)


def _reason_answer(text: str) -> str:
    """A typed reason, checked at once (the same check as --reason); empty ends the list."""
    if not text.strip():
        return ""
    try:
        return clean_reason(text)
    except InvalidInput as error:
        raise click.UsageError(error.message) from None


SITUATION_QUESTIONS = {
    "waiting": "I sent something and I'm waiting for a reply",
    "ignored": "They've gone quiet or left me on read",
    "blocked": "They blocked me",
    "chose": "I chose no contact",
}


def _check_situation(situation: str, mode: str | None) -> None:
    from pacer.period import check_situation

    check_situation(situation, mode if mode is not None else actions.mode_for(situation, "wait"))


def _ask_situation(mode: str) -> str | None:
    """Which situation fits, so pacer's words can fit it too; Enter leaves it unsaid."""
    from pacer.domain import MODE_SITUATIONS

    options = MODE_SITUATIONS[mode]
    click.echo("What brought you here? (so the words fit; Enter to skip)")
    for number, option in enumerate(options, start=1):
        click.echo(f"  {number}  {SITUATION_QUESTIONS[option]}")
    answer = click.prompt("Your answer", type=click.Choice(["", *map(str, range(1, len(options) + 1))]),
                          default="", show_default=False, show_choices=False)
    return str(options[int(answer) - 1]) if answer else None


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
    """Show where you stand and what comes next.

    The day, progress, next checkpoint and reminder. The waybar and short
    formats are discreet: no mode, label or reasons.

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


EARLY_CHOICES = {
    Outcome.MOVED_ON: "I am moving on",
    Outcome.HEARD_BACK: "I heard back",
    Outcome.OTHER: "Just stopping for now",
}


@click.command()
@click.option("--outcome", type=str, default=None,
              help="moved-on, heard-back or other; completed once the period is complete. "
                   "Default: completed at the end; before it, asked at a terminal, else other.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
def stop(outcome: str | None, yes: bool) -> None:
    """End the active period; it stays in your history.

    Ending before the end is fine, and history says so honestly: pacer asks
    how it ended (moved on, heard back, or just stopping), and records
    "completed" only for a period that ran its whole length.

    \b
    Examples:
      pacer stop
      pacer stop --outcome moved-on --yes
    """
    if outcome is not None and outcome not in OUTCOMES:
        raise InvalidInput(f"unknown outcome {outcome!r}; choose one of: {', '.join(OUTCOMES)}")
    env = load_env()
    with session.reading(env) as store:
        current = session.require_active(store)
    if not yes and not render.interactive():
        raise InvalidInput("stopping needs confirmation: add --yes")
    if outcome is None and not yes and not current.is_complete(env.now):
        outcome = _ask_outcome(current, env)
    if not yes:
        click.confirm("End the current period now?", abort=True)
    period = actions.stop(env, outcome)
    click.echo(f"Ended your {MODE_WORDS[period.mode]} period after {span(env.now - period.started_at)} ({outcome_words(period)}). "
               "It stays in your history.")
    if period.outcome == Outcome.MOVED_ON:
        from pacer.commands.status import read_status
        from pacer.timetext import when

        care = read_status(env).aftercare
        if care is not None and care.next_note is not None:
            click.echo(f"For the next week pacer sends one gentle note a day (the first {when(care.next_note, env.now)}).")
    click.echo("Whatever comes next, you showed up for yourself.")


def _ask_outcome(period, env) -> str:
    click.echo(f"It is day {period.day(env.now)} of {period.days_total}: the period is not complete yet. "
               "How would you describe ending it now?")
    choices = list(EARLY_CHOICES)
    for number, choice in enumerate(choices, start=1):
        click.echo(f"  {number}  {EARLY_CHOICES[choice]}")
    answer = click.prompt("Your answer", type=click.Choice([str(n) for n in range(1, len(choices) + 1)]),
                          default=str(len(choices)), show_choices=False)
    return choices[int(answer) - 1]
