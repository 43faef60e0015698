"""urge: get through the next twenty minutes, and say how it went."""

from __future__ import annotations

from pathlib import Path

import click

from pacer.cli import breathing, render
from pacer.commands import urges
from pacer.commands.urges import ANSWERS, UrgePrompt
from pacer.domain import UrgeOutcome
from pacer.env import Env, load_env
from pacer.errors import InvalidInput
from pacer.text import clean_note
from pacer.timetext import when
from pacer.words.rotation import Pick

REMIND = "remind"  # `--check-in` without a value: a reminder in 20 minutes
HOW_NOW = "How is the pull now? It passed (p), it is still strong (s), or Enter to leave it open"


@click.command()
@click.option("--note", metavar="TEXT", help="What is going on, in a few words (kept in your journal).")
@click.option("--intensity", metavar="1-5", help="How strong it is: 1 mild ... 5 overwhelming (asked at a terminal).")
@click.option(
    "--check-in", "check_in", is_flag=False, flag_value=REMIND, default=None, metavar="[passed|strong]",
    help="Alone: a reminder in 20 minutes to see how you are. With passed or strong: answer it, for your latest urge.",
)
@click.option("--no-check-in", is_flag=True, help="No reminder in 20 minutes (at a terminal pacer asks).")
def urge(note: str | None, intensity: str | None, check_in: str | None, no_check_in: bool) -> None:
    """Get through the next 20 minutes of a strong urge.

    Shows a few words for this moment and your own reasons, and records the
    urge. At a terminal it asks how strong it is and can stay with you for
    twenty minutes with a slow breathing pace (Ctrl-C stops it any time).
    An urge counts as ridden out once it has passed: say so at the end, or
    later with `pacer urge --check-in passed` (or `strong`).

    \b
    Examples:
      pacer urge
      pacer urge --intensity 4 --note "saw their photo" --check-in
      pacer urge --check-in passed
    """
    if check_in is not None and check_in != REMIND:
        if note is not None or intensity is not None or no_check_in:
            raise InvalidInput(f"--check-in {check_in} answers your latest urge; it takes no --note, --intensity or --no-check-in")
        _answer(load_env(), check_in)
        return
    if check_in == REMIND and no_check_in:
        raise InvalidInput("--check-in and --no-check-in contradict each other; choose one")
    text, level = clean_note(note), urges.parse_intensity(intensity)  # refused before anything is shown
    env = load_env()
    heard = render.safety_first(env, note)
    prepared = urges.prepare_urge(env)
    tty = render.interactive()
    render.problems(prepared.problems)
    shown: list[Pick] = []
    if heard is None:  # after crisis words the help is the answer: no urge tip ("it isn't an emergency") after it
        render.paragraph(prepared.prompt.text)
        shown.append(prepared.prompt)  # (a tip left unsaid stays in the rotation)
    render.reasons(prepared.reasons)
    click.echo()
    if prepared.period is None:
        click.echo("Nothing recorded: there has never been a period (`pacer start` begins one when you are ready).")
        return
    if tty:
        level = level if level is not None else click.prompt(
            "How strong is it, from 1 (mild) to 5 (overwhelming)? (Enter to skip)", default="", show_default=False,
            value_proc=_intensity_answer)
        if text is None:
            text = click.prompt("Anything you want to note about it? (optional, Enter to skip)", default="",
                                show_default=False, value_proc=_note_answer)
            heard = heard or render.safety_first(env, text)
    if prepared.wants_support(level):
        click.echo()
        render.paragraph(prepared.support.text)
        shown.append(prepared.support)
        if heard is None:  # the strongest urge: their own plan, if they wrote one
            _show_plan(env)
    reminded = _record_and_stay(env, prepared, text, level, shown, remind=_remind(check_in, no_check_in), tty=tty)
    if heard is None or reminded:  # after help lines, only what they asked for
        render.reminders_hint(env)


def _show_plan(env: Env) -> None:
    from pacer import safety_plan

    plan, _ = safety_plan.load(Path(env.paths.safety_plan))
    if not plan.empty:
        click.echo()
        click.echo("Your safety plan:")
        for line in plan.lines():
            click.echo(line)


def _remind(check_in: str | None, no_check_in: bool) -> bool | None:
    """True or False when the flags say; None: ask (at a terminal, unless they stay for the guided wait)."""
    if check_in == REMIND:
        return True
    return False if no_check_in else None


def _record_and_stay(
    env: Env, prepared: UrgePrompt, text: str | None, level: int | None, shown: list[Pick], *, remind: bool | None, tty: bool
) -> bool:
    """Record the urge, then stay for the guided wait or say how to answer later; True: a check-in was asked for."""
    stay = tty and remind is None and click.confirm(
        "Stay with it here for 20 minutes? A slow breathing pace on screen, your reasons now and then; "
        "Ctrl-C stops it any time", default=True)
    if remind is None:
        remind = tty and not stay and click.confirm("Shall pacer check in with you in 20 minutes?", default=True)
    result = urges.record_urge(env, prepared, note=text, intensity=level, check_in=remind, shown=shown)
    click.echo("Noted in your journal. It counts as ridden out once it has passed.")
    if stay:
        _stay(env, prepared, result.event.id)
        return False
    if result.check_in_at is not None:
        click.echo(f"pacer will check in {when(result.check_in_at, env.now)}.")
    click.echo("When it has passed, `pacer urge --check-in passed` notes it (or `strong` if it hasn't yet).")
    return result.check_in_at is not None


def _stay(env: Env, prepared: UrgePrompt, urge_id: int) -> None:
    """The guided wait, then how it went; another round while it is still strong and they want one."""
    while True:
        click.echo()
        completed = breathing.guided_wait(prepared.reasons)
        click.echo("Twenty minutes." if completed else "Stopped. That's fine: you can stop whenever you need to.")
        answer = click.prompt(HOW_NOW, default="", show_default=False, value_proc=_how_now_answer)
        if not answer:
            click.echo("Left open. `pacer urge --check-in passed` notes it when it has passed.")
            return
        shown = [prepared.support] if answer == UrgeOutcome.STRONG else []
        _answered(env, urges.answer_urge(env, answer, urge_id, shown), prepared)
        if answer == UrgeOutcome.PASSED or not click.confirm("Another twenty minutes here?", default=False):
            return


def _answer(env: Env, answer: str) -> None:
    """`pacer urge --check-in passed|strong`: how the latest urge went."""
    urges.parse_answer(answer)  # a mistake is refused before anything is read or shown
    prepared = urges.prepare_urge(env)
    render.problems(prepared.problems)
    shown = [prepared.support] if answer.strip().lower() == UrgeOutcome.STRONG else []
    _answered(env, urges.answer_urge(env, answer, shown=shown), prepared)


def _answered(env: Env, result: urges.Answer, prepared: UrgePrompt) -> None:
    said = when(result.urge.at, env.now)
    if result.outcome == UrgeOutcome.PASSED:
        ended = " (after the period)" if result.period.ended_at is not None else " in this period"
        click.echo(f"The urge of {said} passed: you rode it out. "
                   f"{render.plural(result.ridden_out, 'urge')} ridden out{ended}.")
        return
    click.echo(f"Still strong. That's all right: some take longer than twenty minutes. The urge of {said} stays open.")
    click.echo()
    render.paragraph(prepared.support.text)
    render.reasons(prepared.reasons)
    click.echo()
    click.echo("When it passes, `pacer urge --check-in passed` notes it.")


def _intensity_answer(text: str) -> int | None:
    try:
        return urges.parse_intensity(text) if text.strip() else None
    except InvalidInput as error:
        raise click.UsageError(error.message) from None


def _note_answer(text: str) -> str | None:
    try:
        return clean_note(text) if text.strip() else None
    except InvalidInput as error:
        raise click.UsageError(error.message) from None


def _how_now_answer(text: str) -> str:
    normal = text.strip().lower()
    choices = {"p": UrgeOutcome.PASSED, "s": UrgeOutcome.STRONG, **{str(a): str(a) for a in ANSWERS}}
    if normal and normal not in choices:
        raise click.UsageError("answer p (it passed), s (still strong), or press Enter to leave it open")
    return str(choices.get(normal, ""))
