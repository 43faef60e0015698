"""urge, note, slipped, history: the period's journal."""

from __future__ import annotations

import click

from pacer.cli import render
from pacer.cli.views import MODE_NAMES, outcome_words
from pacer.commands import journal
from pacer.domain import EventKind
from pacer.env import load_env
from pacer.timetext import when

PICTURE_WIDTH = 50  # days per line; a year-long period takes a few lines, not one endless one


@click.command()
@click.option("--note", metavar="TEXT", help="What is going on, in a few words (kept in your journal).")
@click.option("--intensity", metavar="1-5", help="How strong it is: 1 mild ... 5 overwhelming.")
@click.option(
    "--check-in/--no-check-in",
    default=None,
    help="A reminder in 20 minutes to see how you are. At a terminal pacer asks; otherwise only with --check-in.",
)
def urge(note: str | None, intensity: str | None, check_in: bool | None) -> None:
    """Get through the next 20 minutes of a strong urge.

    Shows a few words for this moment and your own reasons, records the urge
    (it counts: `pacer status` shows how many you rode out), and can check in
    with you again in 20 minutes.

    \b
    Examples:
      pacer urge
      pacer urge --intensity 4 --note "saw their photo" --check-in
    """
    env = load_env()
    heard = render.safety_first(env, note)
    prepared = journal.prepare_urge(env, note=note, intensity=intensity)
    render.problems(prepared.problems)
    render.paragraph(prepared.prompt.text)
    if prepared.reasons:
        click.echo()
        click.echo("Your own reasons:")
        render.bullets(prepared.reasons)
    if prepared.support is not None:
        click.echo()
        render.paragraph(prepared.support.text)
        if heard is None:  # the strongest urge: their own plan, if they wrote one
            _show_plan(env)
    click.echo()
    if prepared.period is None:
        click.echo("Nothing recorded: there is no active period (`pacer start` begins one when you are ready).")
        return
    if check_in is None:
        check_in = render.interactive() and click.confirm("Shall pacer check in with you in 20 minutes?", default=True)
    result = journal.record_urge(env, prepared, check_in=check_in)
    click.echo(f"Noted: {render.plural(result.urges, 'urge')} ridden out in this period. This one counts too.")
    if result.check_in_at is not None:
        click.echo(f"pacer will check in {when(result.check_in_at, env.now)}.")
    if heard is None or result.check_in_at is not None:  # after help lines, only what they asked for
        render.reminders_hint(env)


def _show_plan(env) -> None:
    from pacer import safety_plan

    plan, _ = safety_plan.load(env.paths.safety_plan)
    if not plan.empty:
        click.echo()
        click.echo("Your safety plan:")
        for line in plan.lines():
            click.echo(line)


@click.command()
@click.argument("text", nargs=-1)
def note(text: tuple[str, ...]) -> None:
    """Write a line in this period's journal.

    The words may be quoted or not; at a terminal, `pacer note` alone asks.

    \b
    Examples:
      pacer note "Went for a long walk; the evening was easier."
      pacer note slept badly, feeling better after lunch
    """
    words = " ".join(text)
    env = load_env()
    if not words.strip() and render.interactive():
        words = click.prompt("Your note", default="", show_default=False)
    heard = render.safety_first(env, words)
    journal.add_note(env, words)
    click.echo("Your note is kept in your journal." if heard else "Noted in your journal.")
    if heard is None:  # after help lines, nothing about the reminder service
        render.reminders_hint(env)


@click.command()
@click.option("--note", metavar="TEXT", help="What happened, if you want to keep it.")
def slipped(note: str | None) -> None:
    """Record that you contacted them after all, without shame.

    Nothing is reset: your period goes on, and `pacer status` shows both the
    days since the start and the days since this contact.

    \b
    Example:
      pacer slipped --note "sent a long text at midnight"
    """
    env = load_env()
    heard = render.safety_first(env, note)
    result = journal.add_slip(env, note)
    period = result.period
    click.echo("Recorded, without judgement. It happens to many people, and it does not undo the days you held.")
    click.echo(
        f"Your period goes on: day {period.day(env.now)} of {period.days_total}. "
        "Be kind to yourself tonight; tomorrow is a new day of it."
    )
    if heard is None:
        render.reminders_hint(env)


@click.command()
@click.option("--json", "as_json", is_flag=True, help='Print {"periods": [...]} with every event instead.')
@click.option("--limit", type=int, default=None, metavar="N", help="Show the newest N periods (default 20).")
@click.option("--all", "show_all", is_flag=True, help="Show every period.")
def history(as_json: bool, limit: int | None, show_all: bool) -> None:
    """Past and current periods, with a picture of each day.

    Each period shows how it ended and, day by day, urges, contact and
    hearing back.

    \b
    Examples:
      pacer history
      pacer history --limit 5
      pacer history --all --json
    """
    from pacer.commands import history as core

    env = load_env()
    if show_all and limit is not None:
        from pacer.errors import InvalidInput

        raise InvalidInput("--all and --limit contradict each other; choose one")
    limit = None if show_all else (core.DEFAULT_LIMIT if limit is None else limit)
    if as_json:
        for piece in core.json_pieces(env, limit=limit):  # streamed: a period may hold a million events
            click.echo(piece, nl=False)
        return
    result = core.history(env, limit=limit)
    if not result.periods:
        click.echo("No periods yet. `pacer start` begins one when you are ready.")
        return
    for item in result.periods:
        period = item.period
        start = period.started_at.astimezone(env.zone)
        span = f"{start.day} {start.strftime('%b %Y')}"
        if period.ended_at is not None:
            end = period.ended_at.astimezone(env.zone)
            span += f" – {end.day} {end.strftime('%b %Y')} · {outcome_words(period)}"
        else:
            span += f" · ongoing, day {period.day(env.now)} of {period.days_total}"
        click.echo(f"#{period.id}  {MODE_NAMES[period.mode]} · {span}")
        rows = core.picture(item, env.now)
        for i in range(0, len(rows[0][1]), PICTURE_WIDTH):
            for name, marks in rows:
                click.echo(f"    {name:<11}{marks[i:i + PICTURE_WIDTH]}")
        counts = [
            render.plural(item.count(EventKind.URGE), "urge"),
            render.plural(item.count(EventKind.NOTE), "note"),
            render.plural(item.count(*core.CONTACT_KINDS), "contact"),
        ]
        if heard := item.count(EventKind.HEARD_BACK):
            counts.append("heard back" + ("" if heard == 1 else f" {heard} times"))
        click.echo(f"    {' · '.join(counts)}")
    click.echo()
    click.echo(core.LEGEND)
    if result.total > len(result.periods):
        click.echo(f"Showing the newest {len(result.periods)} of {result.total} periods; `pacer history --all` shows every one.")
