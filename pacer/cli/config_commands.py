"""config get / set / edit / path."""

from __future__ import annotations

from pathlib import Path

import click

from pacer import config
from pacer.cli import render
from pacer.errors import ConfigError
from pacer.paths import resolve


@click.group(name="config")
def config_group() -> None:
    """Read or change settings (stored in your config.toml).

    \b
    Examples:
      pacer config get reminders
      pacer config set reminders.times 09:00,21:00
      pacer config edit
      pacer config path
    """


@config_group.command(name="get")
@click.argument("key", required=False)
def config_get(key: str | None) -> None:
    """Print one setting, a table of them, or every setting.

    KEY is a setting (reminders.times) or a table (reminders); without it,
    every setting. Values are printed as TOML.

    \b
    Examples:
      pacer config get reminders.quiet_hours
      pacer config get reminders
    """
    settings = config.load(resolve().config)
    if key in config.KEYS:
        click.echo(config.get(settings, key))
        return
    for name in config.get_section(key) if key else config.KEYS:
        click.echo(f"{name} = {config.get(settings, name)}")


@config_group.command(name="set")
@click.argument("key")
@click.argument("value", nargs=-1, required=True)
def config_set(key: str, value: tuple[str, ...]) -> None:
    """Set KEY to VALUE; nothing is written if it is invalid.

    VALUE is a TOML value, or its plain form where the type is clear: times
    as 09:00,21:00, quiet hours as 22:30-08:00, durations as 3d or 6h,1d,3d,
    words as wait, none for an empty list.

    \b
    Examples:
      pacer config set reminders.times 09:00,21:00
      pacer config set reminders.quiet_hours none
      pacer config set lengths.wait 2d
      pacer config set reminders.times '["09:00", "21:00"]'
    """
    paths = resolve()
    config.set_value(paths.config, key, " ".join(value))
    click.echo(f"{key} = {config.get(config.load(paths.config), key)}")
    from pacer.daemon.lock import wake

    wake(paths.daemon_lock)


@config_group.command(name="edit")
def config_edit() -> None:
    """Open your config.toml in your editor, and check it after.

    Uses $VISUAL or $EDITOR. The file is replaced only if what you saved is
    valid; otherwise pacer says why, keeps the old file, and at a terminal
    offers to edit again (your changes kept).

    \b
    Example:
      EDITOR=nano pacer config edit
    """
    from pacer import config_input

    paths = resolve()
    user_file = Path(paths.config)
    original = user_file.read_text(encoding="utf-8") if user_file.exists() else None
    text = original if original is not None else config_input.starter_text()
    while True:
        edited = click.edit(text, extension=".toml", require_save=True)
        if edited is None or edited == original:
            click.echo("No changes; your config.toml is as it was.")
            return
        try:
            config_input.replace_text(user_file, edited)
            break
        except ConfigError as error:
            if not render.interactive():
                raise ConfigError(f"{error.message}; your config.toml was not changed") from None
            click.echo(f"Not saved: {error.message}")
            if not click.confirm("Your config.toml is unchanged. Edit again (your changes kept)?", default=True):
                click.echo("Your config.toml is as it was.")
                return
            text = edited
    click.echo(f"Saved {paths.config}.")
    from pacer.daemon.lock import wake

    wake(paths.daemon_lock)


@config_group.command(name="path")
def config_path() -> None:
    """Print where your config.toml lives (it may not exist yet).

    \b
    Example:
      pacer config path
    """
    click.echo(str(resolve().config))
