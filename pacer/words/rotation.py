"""Content for interactive commands: look first, remember only what was shown.

The one place for the no-repeat rotation of pacer's words: entries that fit
mode and stage (else mode only), none repeated until every fitting entry was
shown once (content.pick), remembered in the store.

An interactive command must show words *before* it asks its questions, and
must not hold the write lock while a person thinks (the daemon would wait on
it). So it peeks, read-only, and its one write transaction later commits the
picks it really showed; a command that is cancelled leaves the rotation as it
was. The daemon peeks and commits in one go (wording.choose).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from pacer.env import Env
from pacer.paths import shipped
from pacer.store import Store
from pacer.words.library import ANY, Entry, Library, load_library, pick

FALLBACK_TEXT = "You are doing something hard and kind for yourself. One breath at a time."


class Pick(NamedTuple):
    entry: Entry
    candidates: tuple[str, ...]  # ids of every fitting entry: forgotten when a new cycle starts
    new_cycle: bool

    @property
    def text(self) -> str:
        return self.entry.text


def load(env: Env) -> tuple[Library, list[str]]:
    """pacer's words plus the user's own; (library, problems with the user's files)."""
    return load_library(Path(shipped("content")), Path(env.paths.user_content))


def peek(
    store: Store | None,
    library: Library,
    category: str,
    *,
    mode: str | None,
    stage: str | None,
    rng: random.Random,
    count: int = 1,
    situation: str | None = ANY,
    at: datetime | None = None,
) -> list[Pick]:
    """Up to `count` distinct entries of `category`, fresh ones first; nothing is written.

    `situation`: the period's (None: never said); `at`: now, for words that fit a time of day.
    """
    candidates = library.entries(category, mode=mode, stage=stage, situation=situation, at=at) or library.entries(
        category, mode=mode, situation=situation, at=at
    )
    if not candidates:
        return [Pick(Entry(id="fallback", category=category, text=FALLBACK_TEXT, title="pacer"), (), False)]
    ids = tuple(c.id for c in candidates)
    shown = store.shown_entries(category) if store is not None else set()  # None: no data yet
    chosen: list[Entry] = []
    new_cycle = False
    for _ in range(min(count, len(candidates))):
        entry, fresh_round = pick([c for c in candidates if c not in chosen], shown, rng)
        new_cycle = new_cycle or fresh_round  # the fresh ones ran out: the next round begins
        chosen.append(entry)
    return [Pick(entry, ids, new_cycle) for entry in chosen]


def commit(store: Store, picks: Sequence[Pick], now: datetime) -> None:
    """Remember `picks` as shown; run inside the command's write transaction."""
    real = [p for p in picks if p.entry.id != "fallback"]
    for category in {p.entry.category for p in real if p.new_cycle}:
        # Forget the finished round first, then mark: forgetting later would erase these marks.
        store.forget_shown(category, sorted({i for p in real if p.entry.category == category for i in p.candidates}))
    for chosen in real:
        store.mark_shown(chosen.entry.category, chosen.entry.id, now)
