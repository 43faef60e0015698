"""config get / set / path."""

from __future__ import annotations

import click

from pacer import config
from pacer.paths import resolve


@click.group(name="config")
def config_group() -> None:
    """Read or change settings (stored in your config.toml).

    \b
    Examples:
      pacer config get reminders.times
      pacer config set reminders.times '["09:00", "21:00"]'
      pacer config path
    """


@config_group.command(name="get")
@click.argument("key", required=False)
def config_get(key: str | None) -> None:
    """Print one setting as TOML, or every setting when KEY is left out.

    \b
    Example:
      pacer config get reminders.quiet_hours
    """
    settings = config.load(resolve().config)
    if key:
        click.echo(config.get(settings, key))
    else:
        for name in config.KEYS:
            click.echo(f"{name} = {config.get(settings, name)}")


@config_group.command(name="set")
@click.argument("key")
@click.argument("value")
def config_set(key: str, value: str) -> None:
    """Set KEY to VALUE, a TOML value; nothing is written if it is invalid.

    \b
    Examples:
      pacer config set reminders.times '["09:00", "21:00"]'
      pacer config set reminders.quiet_hours '[]'
      pacer config set lengths.wait '"2d"'
    """
    paths = resolve()
    config.set_value(paths.config, key, value)
    click.echo(f"{key} = {config.get(config.load(paths.config), key)}")
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
