"""`pacer journal` in a terminal: the period, their reasons, then each day's lines, newest first."""

from __future__ import annotations

from datetime import datetime

import click

from pacer.cli import render
from pacer.cli.views import MODE_NAMES
from pacer.commands.journal import MILESTONE, Journal, Line
from pacer.domain import Choice, EventKind, Mode, UrgeOutcome
from pacer.env import Env
from pacer.timetext import dates

SITUATION_WORDS = {
    "waiting": "waiting for a reply",
    "ignored": "after being ignored",
    "blocked": "after being blocked",
    "chose": "your choice",
}
URGE_OUTCOMES = {
    UrgeOutcome.PASSED: "it passed",
    UrgeOutcome.STRONG: "still strong at the check-in",
    UrgeOutcome.SLIPPED: "a slip followed",
}
INDENT = " " * 9


def show_journal(journal: Journal, env: Env) -> None:
    period = journal.period
    click.echo(_heading(journal, env))
    render.reasons(period.reasons)
    click.echo()
    if not journal.lines:
        click.echo("Nothing written yet. `pacer note` writes a line; `pacer urge` is there when the pull comes.")
        return
    day = None
    for line in journal.lines:
        local = line.at.astimezone(env.zone)
        if local.date() != day:
            if day is not None:
                click.echo()
            day = local.date()
            click.echo(_day(local, env.now))
        title, text = describe(line, period.mode)
        click.echo(f"  {local.strftime('%H:%M')}  {title}")
        if text:
            mark = "│ " if line.kind == EventKind.REACH_OUT else ""
            render.paragraph(text, indent=INDENT + mark)
    if journal.periods > 1:
        click.echo()
        click.echo("`pacer history` lists every period; `pacer journal --period N` reads another.")


def describe(line: Line, mode: str) -> tuple[str, str | None]:
    """(what happened, in a few words; what they wrote, if anything)."""
    data = line.data
    if line.kind == EventKind.NOTE:
        return "Note", line.text
    if line.kind == EventKind.URGE:
        parts = ["Urge"] + ([f"strength {data['intensity']} of 5"] if data.get("intensity") else [])
        outcome = URGE_OUTCOMES.get(data.get("outcome", ""))
        return " · ".join(parts + ([outcome] if outcome else [])), line.text
    if line.kind == EventKind.SLIP:
        return "You got in touch after all (no reset)", line.text
    if line.kind == EventKind.REACH_OUT:
        return ("A second message" if data.get("anyway") else "You reached out once"), line.text
    if line.kind == EventKind.HEARD_BACK:
        return "They got in touch" + (" · the period ended there" if data.get("end") else ""), line.text
    if line.kind == EventKind.DECISION:
        return f"Checkpoint: {_choice(data.get('choice', ''), mode)}", line.text
    if line.kind == MILESTONE:
        if data.get("end"):
            return "Milestone: the end of the time you set", None
        day = int(data.get("day") or 0)
        return f"Milestone: day {day}, {'a day' if day == 1 else f'{day} days'} since you began", None
    return str(line.kind).replace("-", " ").capitalize(), line.text


def _choice(choice: str, mode: str) -> str:
    words: dict[str, str] = {
        Choice.WAIT: "keep going" if mode == Mode.NO_CONTACT else "keep waiting",
        Choice.MOVE_ON: "move on",
        Choice.REACH_OUT: "reach out once",
        Choice.HEARD_BACK: "heard back",
    }
    return words.get(choice, choice)


def _heading(journal: Journal, env: Env) -> str:
    period = journal.period
    parts = [f"#{period.id}  {MODE_NAMES.get(period.mode, period.mode)}"]
    if period.situation in SITUATION_WORDS:
        parts.append(SITUATION_WORDS[period.situation])
    first, last = dates(period.started_at, period.ended_at, env.zone)
    if last is not None:
        span = f"from {first} to {last}"
    else:
        span = f"from {first}, day {period.day(env.now)} of {period.days_total}"
    parts.append(span)
    if period.label:
        parts.append(f"“{period.label}”")
    return " · ".join(parts)


def _day(moment: datetime, now: datetime) -> str:
    days = (now.astimezone(moment.tzinfo).date() - moment.date()).days
    name = {0: "Today", 1: "Yesterday"}.get(days, "")
    date = f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')}"
    if moment.year != now.year:
        date += f" {moment.year}"
    return f"{name}, {date}" if name else date
