"""export, import and forget: take your data with you, bring it back, or erase it."""

from __future__ import annotations

import os
from pathlib import Path

import click

from pacer.atomic_files import write_output
from pacer.cli import render
from pacer.env import load_env
from pacer.errors import InvalidInput


@click.command()
@click.option("--format", "fmt", type=click.Choice(("ics", "json")), required=True,
              help="ics: the period's checkpoints for a calendar; json: everything, for `pacer import`.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write to this file (private, 0600) instead of standard output.")
def export(fmt: str, output: Path | None) -> None:
    """Export checkpoints for a calendar, or all data as JSON.

    The calendar holds the active (or last) period's checkpoints and its end,
    with plain titles like "pacer checkpoint": never a name, label or reason.
    The JSON holds every period with its events, pauses and reminder record,
    and your own settings; `pacer import` restores it.

    \b
    Examples:
      pacer export --format ics -o ~/pacer.ics
      pacer export --format json -o ~/pacer-backup.json
    """
    from pacer.commands import transfer

    env = load_env()
    text = transfer.export_ics(env) if fmt == "ics" else transfer.export_json(env)  # json: in pieces
    if output is None or str(output) == "-":
        for piece in [text] if isinstance(text, str) else text:
            click.echo(piece, nl=False)
        return
    private = write_output(output, text)
    click.echo(f"Wrote {output}" + (" (only you can read it)." if private else "."), err=True)


@click.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace all data pacer holds now with the file's.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before replacing.")
def import_command(file: Path, replace: bool, yes: bool) -> None:
    """Restore a `pacer export --format json` file.

    The whole file is checked first; anything malformed is refused and nothing
    changes. When pacer already holds data, add --replace (it asks first,
    unless --yes).

    \b
    Examples:
      pacer import ~/pacer-backup.json
      pacer import ~/pacer-backup.json --replace --yes
    """
    from pacer.commands import transfer
    from pacer.commands.import_stream import read_export

    data = read_export(file)  # before anything else: a bad file changes nothing
    env = load_env()
    data.refuse_future(file, env.now)
    if replace and not yes:
        existing = transfer.existing_data(env, data)
        if existing.any:
            if not render.interactive():
                raise InvalidInput("replacing your data needs confirmation: add --yes")
            click.confirm(
                f"Replace your {existing.periods} period(s) and settings with {file}? This cannot be undone",
                abort=True,
            )
    transfer.restore(env, data, replace=replace)
    settings = f" and {len(data.settings)} setting(s)" if data.settings else ""
    click.echo(f"Imported {data.periods} period(s) with {data.events} event(s){settings} from {file}.")


@click.command()
@click.option("--all", "everything", is_flag=True, help="Also remove config.toml and your own words (content/<category>.toml; nothing else there).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
def forget(everything: bool, yes: bool) -> None:
    """Erase everything pacer has recorded.

    The database, logs and caches. Stops the reminder service first. Your
    config.toml and your own content stay unless --all. This cannot be
    undone; `pacer export --format json` keeps a copy first.

    \b
    Examples:
      pacer forget
      pacer forget --all --yes
    """
    from pacer.commands import transfer
    from pacer.paths import resolve

    paths = resolve()
    targets = transfer.forget_targets(paths, everything=everything)
    if not targets:
        click.echo("There is nothing to forget: pacer holds no data here.")
        return
    if not yes:
        if not render.interactive():
            raise InvalidInput("forgetting needs confirmation: add --yes")
        click.echo("This erases, for good:")
        for path in targets:
            click.echo(f"  {path}")
        click.confirm("Erase all of it?", abort=True)
    removed = transfer.forget(paths, everything=everything)
    click.echo(f"Erased {len(removed)} file(s). pacer has forgotten everything it recorded.")
    if not everything and (os.path.exists(paths.config) or os.path.exists(paths.user_content)):
        click.echo("Your settings and own words stay; `pacer forget --all` removes them too.")
    note = _autostart_note()
    if note:
        click.echo(note)


def _autostart_note() -> str | None:
    """Autostart would start an empty daemon at the next login: say how to remove it."""
    from pacer.commands.daemon import autostart_installed

    return "Autostart is still installed; `pacer daemon uninstall` removes it." if autostart_installed() else None
