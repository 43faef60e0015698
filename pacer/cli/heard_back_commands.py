"""heard-back: they got in touch. Pacing when waiting; in no contact, no reply is owed and safety comes first.

Recorded once a period: a second time is asked about first (`--again`
without a terminal). The checkpoint's "I heard back" runs the same flow.
"""

from __future__ import annotations

import click

from pacer.cli import render
from pacer.cli.views import MODE_WORDS
from pacer.commands import checkpoint as core
from pacer.commands.checkpoint import HEARD_BACK, Prepared
from pacer.env import Env, load_env
from pacer.errors import InvalidInput
from pacer.text import clean_note
from pacer.timetext import when
from pacer.words.rotation import Pick


@click.command("heard-back")
@click.option("--note", metavar="TEXT", help="A few words about it, for your journal.")
@click.option("--yes", "-y", is_flag=True, help="End the period now (outcome heard-back) without asking.")
@click.option("--keep-going", is_flag=True, help="Record it and keep the period going.")
@click.option("--again", is_flag=True, help="Record it although you already did in this period (pacer asks at a terminal).")
def heard_back(note: str | None, yes: bool, keep_going: bool, again: bool) -> None:
    """Record that they got in touch; a word for what comes next.

    In wait mode this usually ends the period (outcome heard-back): a word
    on pacing yourself. In no-contact mode you owe no reply, and pacer asks
    whether to end the period or keep going. It is recorded once a period;
    a second time pacer asks first.

    \b
    Examples:
      pacer heard-back --note "short and friendly"
      pacer heard-back --yes
      pacer heard-back --keep-going
    """
    if yes and keep_going:
        raise InvalidInput("--yes ends the period and --keep-going keeps it; choose one")
    env = load_env()
    render.safety_first(env, note)
    prepared = core.prepare(env)
    cleaned_note = clean_note(note)
    tty = render.interactive()
    if not (yes or keep_going or tty) and core.heard_back_ends_by_default(prepared.period.mode):
        raise InvalidInput("without a terminal, say what to do: --yes ends the period as heard back, --keep-going keeps it")
    if not tty:
        core.check_heard_back_again(prepared.summary.heard_back_at, again, env.zone)
    render.problems(prepared.problems)
    heard_back_flow(env, prepared, yes=yes, keep_going=keep_going, note=cleaned_note, tty=tty, shown=[],
                    as_decision=False, again=again)


def heard_back_flow(
    env: Env, prepared: Prepared, *, yes: bool, keep_going: bool, note: str | None, tty: bool, shown: list[Pick],
    as_decision: bool, again: bool = False,
) -> None:
    if prepared.summary.heard_back_at is not None and not again:
        # Once a period; a second time is asked about first (without a terminal the caller refused already).
        click.echo(f"You already recorded that you heard back, {when(prepared.summary.heard_back_at, env.now)}.")
        if not click.confirm("Record that they got in touch again?", default=None):
            click.echo("Nothing recorded.")
            return
        again = True
    if prepared.safety:  # no contact
        click.echo("They got in touch. You don't owe them a reply, now or at all. Whatever it says, take a breath first.")
    else:
        click.echo("They got in touch. Whatever it says, take a breath first.")
    for pick in prepared.heard_back:
        click.echo()
        render.paragraph(pick.text)
    shown.extend(prepared.heard_back)
    if prepared.safety:  # no contact: no reply owed; their safety and their reasons come first
        words, support = prepared.safety
        click.echo()
        render.paragraph(words.text)
        render.reasons(prepared.period.reasons, "Your own reasons for the space you chose:")
        click.echo()
        render.paragraph(support.text)
        shown.extend(prepared.safety)
    end = _heard_back_ends(prepared, yes=yes, keep_going=keep_going, tty=tty)
    decision = core.Decision(HEARD_BACK, end=end, note=note, again=again)
    if as_decision:
        outcome = core.decide(env, decision, period_id=prepared.period.id, shown=shown)
    else:
        outcome = core.heard_back(env, end=end, note=note, period_id=prepared.period.id, shown=shown, again=again)
    click.echo()
    if outcome.ended:
        click.echo("Recorded: you heard back. The period has ended and stays in your history. Go gently.")
    else:
        click.echo("Recorded: you heard back. Your period goes on; `pacer heard-back --yes` or `pacer stop` ends it when you choose.")


def _heard_back_ends(prepared: Prepared, *, yes: bool, keep_going: bool, tty: bool) -> bool:
    if yes or keep_going:
        return yes
    if not tty:
        return False  # only reached in no-contact mode: the caller refuses the other case first
    default = core.heard_back_ends_by_default(prepared.period.mode)
    click.echo()
    words = MODE_WORDS[prepared.period.mode]
    return click.confirm(f"End your {words} period now, as heard back?" + ("" if default else " (No keeps it going)"), default=default)
