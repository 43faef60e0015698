"""note, slipped, journal, history: the period's journal, written and read back."""

from __future__ import annotations

import click

from pacer.cli import render
from pacer.cli.views import MODE_NAMES, outcome_words
from pacer.commands import journal
from pacer.domain import EventKind
from pacer.env import load_env
from pacer.timetext import dates, rest_of_day, when

PICTURE_WIDTH = 50  # days per line; a year-long period takes a few lines, not one endless one


@click.command()
@click.argument("text", nargs=-1)
def note(text: tuple[str, ...]) -> None:
    """Write a line in this period's journal.

    The words may be quoted or not; at a terminal, `pacer note` alone asks.
    After a period ends (the week of aftercare and beyond), notes go on
    being kept with it. `pacer journal` reads them back.

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
    result = journal.add_note(env, words)
    ended = result.period.ended_at
    kept = f" It is kept with your period that ended {when(ended, env.now)}." if ended else ""
    click.echo(("Your note is kept in your journal." if heard else "Noted in your journal.") + kept)
    if heard is None:  # after help lines, nothing about the reminder service
        render.reminders_hint(env)


@click.command()
@click.option("--note", metavar="TEXT", help="What happened, if you want to keep it.")
def slipped(note: str | None) -> None:
    """Record that you contacted them after all, without shame.

    Nothing is reset: your period goes on, and `pacer status` shows both the
    days since the start and the days since this contact. After the period
    has ended, it is kept in that period's journal.

    \b
    Example:
      pacer slipped --note "sent a long text at midnight"
    """
    env = load_env()
    heard = render.safety_first(env, note)
    result = journal.add_slip(env, note)
    period = result.period
    click.echo("Recorded, without judgement. It happens to many people, and it does not undo the days you held.")
    if result.after_urge is not None:
        click.echo(f"It came after the urge of {when(result.after_urge.at, env.now)}, which is recorded as it went.")
    rest = rest_of_day(env.now)
    if period.ended_at is not None:
        click.echo(f"It is kept with your period that ended {when(period.ended_at, env.now)}. Be kind to yourself {rest}.")
    else:
        click.echo(f"Your period goes on: day {period.day(env.now)} of {period.days_total}. Be kind to yourself {rest}.")
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
        first, last = dates(period.started_at, period.ended_at, env.zone)
        if last is not None:
            span = f"{first} – {last} · {outcome_words(period)}"
        else:
            span = f"{first} · ongoing, day {period.day(env.now)} of {period.days_total}"
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


@click.command("journal")
@click.option("--period", "period_id", type=int, default=None, metavar="N", help="The period numbered N in `pacer history`.")
@click.option("--json", "as_json", is_flag=True, help='Print {"period": {...}, "entries": [...]} instead.')
def journal_command(period_id: int | None, as_json: bool) -> None:
    """Read your journal back, newest first.

    Notes, urges, slips, decisions, messages and the milestones the period
    reached. Without --period: the current period, or the most recent one
    once it has ended.

    \b
    Examples:
      pacer journal
      pacer journal --period 2
      pacer journal --json
    """
    env = load_env()
    result = journal.read_journal(env, period_id)
    if as_json:
        import json

        click.echo(json.dumps(journal.to_json(result, env.zone), indent=2, ensure_ascii=False))
        return
    from pacer.cli.journal_view import show_journal

    show_journal(result, env)
