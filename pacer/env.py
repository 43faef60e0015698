"""What every command starts from: where things are, the settings, and now.

The clock is read here, once per command, and passed down from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Mapping

from pacer import clock, config
from pacer.config import Settings
from pacer.paths import Paths, resolve


@dataclass(frozen=True)
class Env:
    paths: Paths
    settings: Settings
    zone: tzinfo
    now: datetime


def load_env(environ: Mapping[str, str] | None = None) -> Env:
    paths = resolve(environ)
    settings = config.load(paths.config)
    zone = clock.local_zone(settings.timezone)
    return Env(paths=paths, settings=settings, zone=zone, now=clock.now(zone))
