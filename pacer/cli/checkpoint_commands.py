"""checkpoint, move-on: the decisions of a period (heard-back: heard_back_commands; check-message: check_message_commands).

Every refusal comes before the first question or word of output, so a
refused command neither asks anything nor records anything. Questions are
asked only at a terminal (render.interactive()); the one write happens at
the end, in pacer.checkpoint.
"""

from __future__ import annotations

import click

from pacer.cli import render
from pacer.cli.draft_commands import kept_words
from pacer.cli.views import MODE_WORDS
from pacer.commands import checkpoint as core
from pacer.commands.checkpoint import HEARD_BACK, MOVE_ON, REACH_OUT, WAIT, Prepared
from pacer.domain import Mode, Situation
from pacer.env import Env, load_env
from pacer.errors import InvalidInput, PacerError
from pacer.timetext import absolute, span, when
from pacer.words.message_check import SAFETY
from pacer.words.rotation import Pick

LABELS = {
    REACH_OUT: "Reach out once",
    WAIT: "Keep waiting",
    MOVE_ON: "Move on",
    HEARD_BACK: "I heard back",
}


@click.command()
@click.option("--choice", metavar="CHOICE", help="Answer without questions: reach-out, wait, move-on or heard-back.")
@click.option("--message", metavar="TEXT", help="With --choice reach-out: the message you will send yourself.")
@click.option("--anyway", is_flag=True, help="Record a reach-out now although you reached out once, or at night (recorded as such).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation; without a terminal, needed to end the period.")
def checkpoint(choice: str | None, message: str | None, anyway: bool, yes: bool) -> None:
    """Decide: reach out once, keep waiting, or move on.

    Shows where you stand, then asks. At a terminal it offers message
    templates, checks your message gently and asks before recording anything.
    pacer never sends a message: it records that you reached out, once, and
    from then on asks whether you heard back.

    \b
    Examples:
      pacer checkpoint
      pacer checkpoint --choice wait
      pacer checkpoint --choice reach-out --message "I'm here when you're ready."
      pacer checkpoint --choice move-on --yes
    """
    env = load_env()
    heard = render.safety_first(env, message)
    prepared = core.prepare(env)
    tty = render.interactive()
    period = prepared.period
    choice = _refuse_early(prepared, env, choice, message, anyway, yes, tty)
    if heard is not None and message is not None and not tty:
        raise PacerError(
            "nothing was recorded: this message is not one to send while you may not be safe. "
            "Please reach out for help first (`pacer sos`)"
        )

    render.problems(prepared.problems)
    shown: list[Pick] = [prepared.support]
    _summary(prepared, env)
    _reasons(prepared)
    kept_words(prepared.kept, prepared.sealed, env.now, prepared.period.mode)
    if prepared.reflection is not None:
        click.echo()
        render.paragraph(prepared.reflection.text)
        shown.append(prepared.reflection)
    click.echo()
    render.paragraph(prepared.support.text)
    if prepared.hard_nights and heard is None:  # (after crisis words, the help above showed the plan)
        render.after_hard_nights(env)
    if choice is None:
        choice = _ask(prepared)
    click.echo()
    if choice == REACH_OUT:
        _reach_out(env, prepared, message, anyway, yes, tty, shown, answered=message if heard else None)
    elif choice == WAIT:
        outcome = core.decide(env, core.Decision(WAIT), period_id=period.id, shown=shown)
        _after_wait(outcome, prepared, env)
    elif choice == MOVE_ON:
        move_on_flow(env, prepared, yes, shown)
    else:
        from pacer.cli.heard_back_commands import heard_back_flow

        heard_back_flow(env, prepared, yes=yes, keep_going=False, note=None, tty=tty, shown=shown, as_decision=True)
    render.reminders_hint(env)


def _refuse_early(prepared: Prepared, env: Env, choice: str | None, message: str | None, anyway: bool, yes: bool, tty: bool) -> str | None:
    """The choice, normalised, once every flag is known to be usable: refuse before saying anything."""
    if choice is None:
        if message is not None:
            raise InvalidInput("--message goes with --choice reach-out")
        if not tty:
            raise InvalidInput(
                f"a checkpoint needs your answer: run `pacer checkpoint` in a terminal, or add --choice {'|'.join(prepared.menu)}"
            )
        return None
    choice = core.check_choice(choice, reached_out_at=prepared.summary.reached_out_at, anyway=anyway, zone=env.zone)
    if choice == HEARD_BACK and not tty:
        core.check_heard_back_again(prepared.summary.heard_back_at, False, env.zone)
    if message is not None:
        core.validate(core.Decision(choice, message, anyway), reached_out_at=None, zone=env.zone)
    if not tty:
        if choice == REACH_OUT and message is None:
            raise InvalidInput("reaching out without a terminal needs the message: add --message TEXT")
        if core.ends_without_asking(choice, prepared.period.mode) and not yes:
            raise InvalidInput(f"--choice {choice} ends the period and needs confirmation: add --yes")
    return choice


def _summary(prepared: Prepared, env: Env) -> None:
    s = prepared.summary
    period = prepared.period
    where = "complete" if s.complete else f"day {s.day} of {s.days_total}"
    click.echo(f"Checkpoint · {MODE_WORDS[period.mode]} · {where}")
    urges = render.plural(s.urges, "urge") + (f" ({s.ridden_out} ridden out)" if s.urges else "")
    parts = [f"{span(s.elapsed)} so far", urges, render.plural(s.notes, "note")]
    if s.slips:
        parts.append(render.plural(s.slips, "slip") + ", and you kept going")
    click.echo(" · ".join(parts))
    if s.heard_back_at is not None:
        click.echo(f"You heard back {when(s.heard_back_at, env.now)}.")
    if s.reached_out_at is not None:
        click.echo(f"You reached out {when(s.reached_out_at, env.now)}; now the reply window: the next step is theirs.")
    elif s.complete:
        click.echo("The period you chose is complete.")


def _reasons(prepared: Prepared, heading: str = "Your own reasons:") -> None:
    render.reasons(prepared.period.reasons, heading)


def _ask(prepared: Prepared) -> str:
    click.echo()
    click.echo("What would you like to do?")
    for number, choice in enumerate(prepared.menu, start=1):
        label = LABELS[choice]
        if choice == WAIT and prepared.period.mode == Mode.NO_CONTACT:
            label = "Keep going"
        click.echo(f"  {number}  {label}")
    # No default: an empty Enter asks again rather than choosing for them.
    answer = click.prompt("Your choice", type=click.Choice([str(n) for n in range(1, len(prepared.menu) + 1)]), show_choices=False)
    return prepared.menu[int(answer) - 1]


def _after_wait(outcome: core.Recorded, prepared: Prepared, env: Env) -> None:
    verb = "Keep going" if prepared.period.mode == Mode.NO_CONTACT else "Keep waiting"
    click.echo(f"{verb}: noted. That is a choice, too, and a kind one.")
    _next_step(outcome, env, "The next checkpoint is {when}.")


# -- reach out once ------------------------------------------------------------


def _reach_out(env: Env, prepared: Prepared, message: str | None, anyway: bool, yes: bool, tty: bool, shown: list[Pick],
               answered: str | None = None) -> None:
    if prepared.summary.reached_out_at is not None:
        click.echo("This would be a second message. It is recorded as such; be gentle with yourself either way.")
    if prepared.period.mode == Mode.NO_CONTACT and not _still_reach_out(prepared, tty and message is None):
        click.echo("Nothing recorded. Keeping the space you chose is a choice too.")
        return
    night = core.sealed_until(env) if not anyway else None
    if night is not None:
        click.echo(f"It's the middle of the night. pacer keeps what you write now sealed until {when(night, env.now)}, "
                   "unsent, and shows it back to you then, for a fresh look. (--anyway records it now.)")
    text = message if message is not None else _draft(prepared, shown)
    if text is None:
        click.echo("Nothing recorded. The choice is still yours.")
        return
    # A message given on the command line with --yes is final: no questions about it.
    text = _review(env, prepared, text, tty and not (yes and message is not None), answered)
    if text is None:
        click.echo("Nothing recorded. The choice is still yours.")
        return
    if tty and not yes:
        # Sealing it keeps it unsent; recording a message as sent always takes a "y" (Enter asks again).
        question = ("Keep it sealed until the morning?" if night is not None
                    else "Record that you reach out with this message? (pacer does not send it; you do)")
        if not click.confirm(question, default=True if night is not None else None):
            click.echo("Nothing recorded. The choice is still yours.")
            return
    outcome = core.decide(
        env, core.Decision(REACH_OUT, text, anyway), period_id=prepared.period.id, shown=shown
    )
    if outcome.sealed_until is not None:
        click.echo(f"Kept, sealed until {when(outcome.sealed_until, env.now)}; nothing is recorded as sent. "
                   "Rest if you can: pacer shows it back to you in the morning.")
        return
    click.echo("Recorded" + (" as a second message." if outcome.anyway else ": you reached out once.")
               + (" (At night, with --anyway: recorded as such.)" if outcome.at_night else ""))
    click.echo("pacer never sends anything: send it yourself, once, and then give them space.")
    click.echo("From here this period is a reply window.")
    _next_step(outcome, env, "The next checkpoint, {when}, asks whether you heard back.")


def _still_reach_out(prepared: Prepared, ask: bool) -> bool:
    """No contact: their reasons first, a word of caution, and (at a terminal) whether they still want to."""
    if prepared.period.reasons:  # (the menu's answer left a blank line already)
        click.echo("First, your own reasons for this space:")
        render.bullets(prepared.period.reasons)
        click.echo()
    if prepared.stage == core.EARLY:
        click.echo("In a no-contact period, reaching out is usually kept for the end, if at all.")
    render.paragraph(
        "A message can't be taken back, and the space you are keeping is there for good reasons. You don't owe "
        "anyone a message, and nothing has to be decided right now. If you still want to, write it calmly and "
        "send it once."
    )
    if prepared.period.situation == Situation.BLOCKED:
        click.echo()
        render.paragraph(
            "You said they blocked you. A block is a clear request for space: reaching them through a new account, "
            "another app, a friend or their workplace would go around it. If you want to put your words somewhere, "
            "write them for yourself: `pacer note` or `pacer draft` keeps them."
        )
    if not ask:
        return True
    click.echo()
    return click.confirm("Do you still want to write a message?", default=None)


def _next_step(outcome: core.Recorded, env: Env, sentence: str) -> None:
    if outcome.followed_up:
        click.echo(f"No checkpoint was left, so the period now runs until {absolute(outcome.period.ends_at, env.zone)} "
                   "(checkpoints.follow_up in your settings).")
    if outcome.next_checkpoint is not None:
        click.echo(sentence.format(when=when(outcome.next_checkpoint, env.now)))
    else:  # a follow-up would take the period past a year
        click.echo("This period has run as long as pacer holds one (a year): `pacer stop` ends it, "
                   "and `pacer start` begins another when you want new checkpoints.")


def _draft(prepared: Prepared, shown: list[Pick]) -> str | None:
    """A first version: a template, typed here, or written in $EDITOR. None: nothing chosen."""
    kept = [e.text for e in prepared.kept if e.text]
    starts = kept + [pick.text for pick in prepared.templates]
    click.echo("Messages that fit (start from one and make it yours, or write your own):")
    for number, text in enumerate(starts, start=1):
        click.echo()
        render.numbered(number, ("Your own words, kept: " if number <= len(kept) else "") + text)
    own, editor = len(starts) + 1, len(starts) + 2
    click.echo()
    click.echo(f"  {own}  Write my own here")
    click.echo(f"  {editor}  Write my own in my editor")
    # No default: an empty Enter asks again, so no template is ever chosen for them.
    answer = click.prompt("Start from", type=click.Choice([str(n) for n in range(1, editor + 1)]), show_choices=False)
    shown.extend(prepared.templates)  # they were read, whichever was picked
    number = int(answer)
    if number <= len(starts):
        return starts[number - 1]
    if number == own:
        return click.prompt("Your message")
    return _edit("")


def _edit(text: str) -> str | None:
    try:
        edited = click.edit(text, require_save=True)
    except click.ClickException as error:  # no usable editor: typing still works
        click.echo(f"The editor could not start ({error.message}); change it here instead.")
        return render.edit_line("Your message", text) if text else click.prompt("Your message")
    return edited if edited is not None else (text or None)


def _change(text: str) -> str:
    """The draft, changed: in $VISUAL/$EDITOR when one is set, otherwise on the line with the text typed in."""
    if render.editor_set():
        return _edit(text) or text
    click.echo("Change it below (arrow keys move, Enter keeps it; set $EDITOR to use your editor).")
    return render.edit_line("Your message", text)


def _review(env: Env, prepared: Prepared, text: str, tty: bool, answered: str | None = None) -> str | None:
    """Check the message and, at a terminal, let them keep or change it (never retype it); None: cancelled.

    `answered`: a text whose crisis words were already answered (and recorded) before the summary.
    """
    while True:
        try:
            text, findings = core.check_draft(text, mode=prepared.period.mode)
        except InvalidInput as error:
            if not tty:
                raise
            click.echo(f"That can't be recorded: {error.message}")
            text = _change(text)
            continue
        if text in {pick.text for pick in prepared.templates}:
            # pacer's own template, unchanged: the safety check is for the person's words, not ours
            findings = [f for f in findings if f.code != SAFETY]
        if any(f.code == SAFETY for f in findings):
            if not _safe_to_go_on(env, text, tty, already_answered=text == answered):
                return None
            text = click.prompt("Your message, written again")
            continue
        click.echo()
        click.echo("Your message:")
        render.paragraph(text, indent="  │ ")
        render.advice(findings)
        if not tty:
            return text
        action = click.prompt(
            "Keep it (k), change it (e), or cancel (c)",
            type=click.Choice(["k", "e", "c"]),
            show_choices=False,
        )
        if action == "k":
            return text
        if action == "c":
            return None
        text = _change(text)


def _safe_to_go_on(env: Env, text: str, tty: bool, already_answered: bool = False) -> bool:
    """Crisis words in a draft: help first (once), then a gentle question. True: they are safe and want to rewrite it."""
    from pacer.commands.crisis import after_safe_question, listen
    from pacer.words.safety import Crisis

    click.echo()
    heard = listen(env, text) if already_answered else render.safety_first(env, text)
    if not tty:
        raise PacerError("nothing was recorded: this message is not one to send while you may not be safe")
    safe = click.confirm("Are you safe right now?", default=False)
    render.paragraph(after_safe_question(heard.finding.kind if heard else Crisis.SELF, safe))
    return safe and click.confirm("Would you like to write the message differently?", default=False)


# -- move on -------------------------------------------------------------------


def move_on_flow(env: Env, prepared: Prepared, yes: bool, shown: list[Pick]) -> None:
    render.paragraph(prepared.moving_on.text)
    shown.append(prepared.moving_on)
    if not yes:  # without a terminal the caller has refused already
        click.echo()
        if not click.confirm("Move on and end this period now?", default=False):
            click.echo("Nothing changed; the period goes on. You can choose this whenever you are ready.")
            return
    outcome = core.move_on(env, period_id=prepared.period.id, shown=shown)
    click.echo()
    click.echo("You chose to move on. The period has ended and stays in your history. Letting go is not failing.")
    if outcome.aftercare:
        click.echo(f"For the next week pacer sends one gentle note a day (the first {when(outcome.aftercare[0], env.now)}).")


@click.command("move-on")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation (needed without a terminal).")
def move_on(yes: bool) -> None:
    """Move on: end the period, with a week of aftercare.

    You may decide you have waited long enough, on your own terms. The
    period ends (outcome moved-on) and stays in your history; for the next
    week pacer sends one gentle note a day.

    \b
    Example:
      pacer move-on
      pacer move-on --yes
    """
    env = load_env()
    prepared = core.prepare(env)
    tty = render.interactive()
    if not yes and not tty:
        raise InvalidInput("moving on ends the period and needs confirmation: add --yes")
    render.problems(prepared.problems)
    move_on_flow(env, prepared, yes, [])
    render.reminders_hint(env)
