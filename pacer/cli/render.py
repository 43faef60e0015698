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


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
