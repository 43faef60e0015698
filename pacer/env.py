"""What every command starts from: where things are, the settings, and now.

The clock is read here, once per command, and passed down from here.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo

from pacer import clock, config
from pacer.config import Settings
from pacer.paths import Paths, resolve
from pacer.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from collections.abc import Mapping


class Env(Record):
    paths: Paths
    settings: Settings
    zone: tzinfo
    now: datetime


def load_env(environ: Mapping[str, str] | None = None) -> Env:
    paths = resolve(environ)
    # Only once pacer holds data: a command refused before then (or a look around) leaves no files.
    cache = paths.config_cache if os.path.exists(paths.db) else None
    settings = config.load(paths.config, cache=cache)
    zone = clock.local_zone(settings.timezone)
    return Env(paths=paths, settings=settings, zone=zone, now=clock.now(zone))
