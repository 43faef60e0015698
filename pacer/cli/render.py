"""Small terminal helpers shared by the checkpoint and journal commands."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable

import click

WIDTH = 78


def interactive() -> bool:
    """Prompt only when a person is at a terminal. Call it as `render.interactive()`: tests replace this one name."""
    return sys.stdin.isatty()


def paragraph(text: str, indent: str = "") -> None:
    """Content text wrapped to the terminal; the user's own line breaks are kept."""
    for line in text.splitlines() or [""]:
        click.echo(textwrap.fill(line, WIDTH, initial_indent=indent, subsequent_indent=indent) if line.strip() else "")


def numbered(number: int, text: str) -> None:
    """"  1  text", continued under the text, for choices that are whole paragraphs."""
    click.echo(textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=f"  {number}  ", subsequent_indent="     "))


def bullets(items: Iterable[str], mark: str = "•") -> None:
    for item in items:
        click.echo(textwrap.fill(item, WIDTH, initial_indent=f"  {mark} ", subsequent_indent="    "))


def edit_line(prompt: str, text: str) -> str:
    """Ask for a line with `text` already typed in, to change rather than retype (readline).

    Where there is no readline, the text is the default: Enter keeps it.
    """
    flat = " ".join(text.split())  # one line: a draft written in an editor may have several
    try:
        import readline
    except ImportError:  # e.g. Windows
        return click.prompt(prompt, default=flat)
    readline.set_startup_hook(lambda: readline.insert_text(flat))
    try:
        return click.prompt(prompt)
    finally:
        readline.set_startup_hook()


def editor_set() -> bool:
    """$VISUAL or $EDITOR names an editor: edit there (otherwise click would guess one, vi at worst)."""
    import os

    return bool(os.environ.get("VISUAL", "").strip() or os.environ.get("EDITOR", "").strip())


def reasons(items: Iterable[str], heading: str = "Your own reasons:") -> None:
    """The person's own reasons (`start --reason`), after a blank line; nothing when there are none."""
    items = list(items)
    if items:
        click.echo()
        click.echo(heading)
        bullets(items)


def problems(lines: Iterable[str]) -> None:
    """The user's own content files that could not be used: one line each, on stderr."""
    for line in lines:
        click.echo(f"Note: {line}", err=True)


NOT_RUNNING = ("Reminders cannot appear right now: the reminder service is not running "
               "(`pacer daemon start` starts it; `pacer doctor` checks the rest).")


def reminders_hint(env) -> None:
    """After a command: if reminders are due (a period, or the week after moving on) and the service is not running, say so."""
    from pacer.commands.status import read_status
    from pacer.daemon.lock import running_pid

    if running_pid(env.paths.daemon_lock) is not None:
        return
    status = read_status(env)
    if status.active or status.aftercare is not None:
        click.echo(NOT_RUNNING)  # stdout: news for the person, not a failure (scripts read stderr as one)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def safety_first(env, *texts: str | None, remember: bool = True):
    """Print help first when what they typed signals danger (pacer.commands.crisis); returns what was heard.

    With `remember`, the moment is recorded at once so the daemon checks in later;
    `start` records it itself, once its period exists.
    """
    from pacer.commands import crisis

    heard = crisis.listen(env, *texts)
    if heard is not None:
        for line in heard.lines:
            click.echo(line)
        click.echo()
        if remember:
            crisis.remember(env, heard)
    return heard


def after_hard_nights(env) -> None:
    """At a checkpoint after several hard nights (pacer.hard_nights): their own safety plan, or help, before the choices."""
    from pacer.commands import crisis

    click.echo()
    for line in crisis.after_hard_nights(env):
        click.echo(line)


ADVICE_LEAD = "A few gentle thoughts before you send it (it's your message; this is only advice):"


def advice(findings, lead: str = ADVICE_LEAD, calm: str = "It reads short and calm.") -> None:
    """What the message check found, each with the words that raised it, so they can see what to change."""
    if not findings:
        click.echo(calm)
        return
    click.echo(lead)
    bullets(f"{f.message} (You wrote: “{f.span}”)" if f.span else f.message for f in findings)
