"""draft: words written and not sent, the unsent letter."""

from __future__ import annotations

import sys

import click

from pacer.cli import render
from pacer.errors import InvalidInput
from pacer.text import NOTE_MAX
from pacer.timetext import when

PREVIEW = 50


@click.command()
@click.argument("text", required=False)
@click.option("--list", "show_list", is_flag=True, help="List your drafts: when, and whether each is still sealed.")
@click.option("--show", "number", type=int, metavar="N", help="Read draft N again (once its seal has opened).")
def draft(text: str | None, show_list: bool, number: int | None) -> None:
    """Write to them without sending it: an unsent letter.

    TEXT is the draft, or - to read it from standard input; at a terminal,
    `pacer draft` alone opens your editor. pacer keeps it privately and never
    sends it. It stays sealed until your next checkpoint, where `pacer
    checkpoint` shows it back to you, with a gentle check, for a fresh look.

    \b
    Examples:
      pacer draft "I wish you had told me why. I miss how easy it was."
      pacer draft - < letter.txt
      pacer draft --list
      pacer draft --show 2
    """
    from pacer.commands import drafts
    from pacer.env import load_env

    if sum((text is not None, show_list, number is not None)) > 1:
        raise InvalidInput("give the words, --list or --show N: one at a time")
    env = load_env()
    if show_list:
        _list(drafts.all_drafts(env), env.now)
        return
    if number is not None:
        _show(*drafts.one_draft(env, number), now=env.now)
        return
    words = _words(text)
    render.safety_first(env, words)
    written = drafts.write(env, words)
    click.echo("Kept, unsent. Writing it down is enough for now; pacer never sends anything.")
    if written.sealed_until is not None:
        click.echo(f"It stays sealed until your next checkpoint ({when(written.sealed_until, env.now)}), "
                   "where pacer shows it back to you for a fresh look.")
    else:
        click.echo("`pacer checkpoint` shows it back to you, for a fresh look.")


def _words(text: str | None) -> str:
    if text == "-":
        # A little past the limit at most (4 bytes a character), so a huge paste is refused unread.
        return sys.stdin.buffer.read(NOTE_MAX * 4 + 1).decode("utf-8", errors="replace")
    if text is not None:
        return text
    if not render.interactive():
        raise InvalidInput("write the words: pacer draft TEXT, or pacer draft - to read them from standard input")
    try:
        edited = click.edit("", require_save=True)
    except click.ClickException as error:  # no usable editor: typing still works
        click.echo(f"The editor could not start ({error.message}); type it here instead.")
        edited = click.prompt("Your draft", default="", show_default=False)
    if not edited or not edited.strip():
        raise InvalidInput("nothing was written, so nothing was kept")
    return edited


def _list(drafts: list, now) -> None:
    if not drafts:
        click.echo("No drafts yet. `pacer draft TEXT` keeps what you want to say, unsent.")
        return
    from pacer.commands.drafts import sealed_until

    for item in drafts:
        event = item.event
        if item.sealed:
            state = f"sealed until {when(sealed_until(event) or now, now)}"
        else:
            first = " ".join((event.text or "").split())
            state = "“" + (first if len(first) <= PREVIEW else first[: PREVIEW - 1].rstrip() + "…") + "”"
        click.echo(f"  {item.number}  {when(event.at, now)} · {state}")


def _show(item, findings, *, now) -> None:
    from pacer.commands.drafts import sealed_until

    event = item.event
    if item.sealed:
        click.echo(f"Draft {item.number} stays sealed until {when(sealed_until(event) or now, now)}; "
                   "pacer shows it back to you then.")
        return
    click.echo(f"Draft {item.number}, written {when(event.at, now)}:")
    show_checked(event.text or "", findings)


def show_checked(text: str, findings) -> None:
    """Words of theirs, set apart, with what the message check finds in them (advice only).

    Crisis words in them (code "safety") are not advice on wording: that help comes first, before the words.
    """
    from pacer.words.message_check import SAFETY, wording_advice

    crisis = [f for f in findings if f.code == SAFETY]
    for finding in crisis:
        render.paragraph(finding.message)
    render.paragraph(text, indent="  │ ")
    advice = wording_advice(findings)
    if advice or not crisis:  # ("it reads short and calm" would not fit after the help)
        render.advice(advice, lead="A few gentle thoughts (it's your message; this is only advice):")


def kept_words(kept, sealed, now, mode: str | None = None) -> None:
    """At a checkpoint: drafts whose seal has opened, shown back with the message check; how many stay sealed."""
    from pacer.commands.checkpoint import check_draft
    from pacer.commands.drafts import sealed_until
    from pacer.text import CHECK_MAX

    for event in kept:
        click.echo()
        click.echo(f"Words you kept, unsent (written {when(event.at, now)}). A fresh look:")
        show_checked(event.text or "", check_draft(event.text or "", CHECK_MAX, mode=mode)[1])
    if sealed:
        until = max(sealed_until(e) or now for e in sealed)
        verb = "stays" if len(sealed) == 1 else "stay"
        click.echo()
        click.echo(f"{render.plural(len(sealed), 'draft')} of yours {verb} sealed until {when(until, now)}.")
