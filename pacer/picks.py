"""Content for interactive commands: look first, remember only what was shown.

wording.choose() picks and marks an entry in one go, inside a write
transaction. An interactive command must show words *before* it asks its
questions, and must not hold the write lock while a person thinks (the
daemon would wait on it). So it peeks here, read-only, and the command's one
write transaction later commits the picks it really showed; a command that is
cancelled leaves the rotation as it was. Same rules as wording.choose:
entries that fit mode and stage (else mode only), no repeats until every
fitting entry was shown once.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import NamedTuple, Sequence

from pacer.content import Entry, Library, load_library
from pacer.env import Env
from pacer.paths import shipped
from pacer.store import Store
from pacer.wording import FALLBACK_TEXT


class Pick(NamedTuple):
    entry: Entry
    candidates: tuple[str, ...]  # ids of every fitting entry: forgotten when a new cycle starts
    new_cycle: bool

    @property
    def text(self) -> str:
        return self.entry.text


def load(env: Env) -> tuple[Library, list[str]]:
    """pacer's words plus the user's own; (library, problems with the user's files)."""
    return load_library(shipped("content"), env.paths.user_content)


def peek(
    store: Store | None, library: Library, category: str, *, mode: str | None, stage: str | None, rng: random.Random, count: int = 1
) -> list[Pick]:
    """Up to `count` distinct entries of `category`, fresh ones first; nothing is written."""
    candidates = library.entries(category, mode=mode, stage=stage) or library.entries(category, mode=mode)
    if not candidates:
        return [Pick(Entry(id="fallback", category=category, text=FALLBACK_TEXT), (), False)]
    ids = tuple(c.id for c in candidates)
    wanted = min(count, len(candidates))
    shown = store.shown_entries(category) if store is not None else set()  # None: no data yet
    fresh = [c for c in candidates if c.id not in shown]
    chosen = rng.sample(fresh, min(wanted, len(fresh)))
    new_cycle = len(chosen) < wanted
    if new_cycle:  # the fresh ones ran out: the next round begins with the rest
        rest = [c for c in candidates if c not in chosen]
        chosen += rng.sample(rest, wanted - len(chosen))
    return [Pick(entry, ids, new_cycle) for entry in chosen]


def commit(store: Store, picks: Sequence[Pick], now: datetime) -> None:
    """Remember `picks` as shown; run inside the command's write transaction."""
    real = [p for p in picks if p.entry.id != "fallback"]
    for category in {p.entry.category for p in real if p.new_cycle}:
        # Forget the finished round first, then mark: forgetting later would erase these marks.
        store.forget_shown(category, sorted({i for p in real if p.entry.category == category for i in p.candidates}))
    for pick in real:
        store.mark_shown(pick.entry.category, pick.entry.id, now)
