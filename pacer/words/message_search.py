"""Searching a message rule's pattern by its pieces: exactly the match ``re`` finds for the whole
pattern, with only the alternatives that can match the draft read.

``message_index`` cuts each pattern into its alternatives and lists, for each, literal strings
one of which every match of it holds. An alternative none of whose literals is in the draft
cannot match and is skipped; the others are searched one by one, and the match is the leftmost
of theirs, the first alternative winning a tie: what the whole alternation finds. On a
2,000-word draft a few dozen of some thousand alternatives are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Protocol

from pacer.words import regex_cache
from pacer.words.message_index import EDGE, Piece, Table


class Searcher(Protocol):
    """What the engine asks of a pattern: ``re.Pattern`` or ``Alternation``."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = ...) -> re.Match[str] | None: ...


class Literals:
    """Which of the pieces' literals a draft may hold (see ``message_index.literal_table``),
    worked out once per draft for every pattern from its words; and, asked one by one, which it
    does hold. The last draft's answers are kept."""

    def __init__(self, table: Table):
        self._by_word, self._pairs, self._loose = table
        self._text: str | None = None
        self._maybe: set[str] = set()
        self._held: dict[str, bool] = {}

    def maybe(self, text: str) -> set[str]:
        """The literals whose whole words are words of ``text``, next to each other as in the
        literal (a literal with no whole word: every one); it holds no other."""
        if text is not self._text:
            sequence = _WORDS.findall(text)
            pairs = {f"{a} {b}" for a, b in pairwise(sequence)}
            maybe = set(self._loose)
            no_pairs: tuple[str, ...] = ()
            for word in set(sequence):
                for marked in self._by_word.get(word, ()):
                    if pairs.issuperset(self._pairs.get(marked, no_pairs)):
                        maybe.add(marked)
            self._text, self._maybe, self._held = text, maybe, {}
        return self._maybe

    def holds(self, text: str, marked: str) -> bool:
        """Whether ``text`` (the draft last given to ``maybe``) holds the literal."""
        held = self._held.get(marked)
        if held is None:
            held = self._held[marked] = marked.strip(EDGE) in text
        return held


_WORDS = re.compile(r"\w+")


# A draft shorter than this is searched with the whole patterns: it is read quickly either way,
# and the pieces are not even loaded (a one-line check stays as quick as it was).
LONG = 1_000
# A piece that cannot match is skipped, but each one read goes on to the end of the draft when it
# does not match: past this many pieces to read, the whole pattern (which stops at its first
# match) is quicker.
MOST = 12


class Store:
    """Every pattern's pieces, their compiled forms and their literals, loaded (``load``:
    ``message_index.load``) when a long draft first needs them; None when the index does not fit."""

    def __init__(self, load: Callable[[], tuple[list[list[Piece]], dict, Table] | None]):
        self._load: Callable[[], tuple[list[list[Piece]], dict, Table] | None] | None = load
        self.pieces: list[list[Piece]] = []
        self.literals: Literals | None = None
        self._parts: dict[str, tuple] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}

    def ready(self) -> bool:
        if self._load is not None:
            loaded, self._load = self._load(), None
            if loaded is not None:
                self.pieces, self._parts, table = loaded
                self.literals = Literals(table)
        return self.literals is not None

    def compiled(self, source: str) -> re.Pattern[str]:
        pattern = self._compiled.get(source)
        if pattern is None:
            part = self._parts.get(source)
            pattern = regex_cache.build(source, part) if part is not None else re.compile(source)
            self._compiled[source] = pattern
        return pattern


class Alternation:
    """``whole.search``, found on a long draft by the pattern's pieces (``store.pieces[index]``):
    a piece is read only when the draft holds one of its literals."""

    def __init__(self, whole: re.Pattern[str], index: int, store: Store):
        self.pattern = whole.pattern
        self._whole = whole
        self._index = index
        self._store = store
        self._needs: list[frozenset[str] | None] | None = None
        self._text: str | None = None
        self._live: list[str] | None = None  # the pieces that may match the text; None: the whole pattern
        self._next: dict[str, tuple[int, re.Match[str] | None]] = {}  # piece -> (searched from, its match)

    def _start(self, text: str) -> None:
        self._text, self._next, self._live = text, {}, None
        store = self._store
        if not store.ready() or store.literals is None:
            return
        pieces = store.pieces[self._index]
        if self._needs is None:
            self._needs = [frozenset(needs) if needs is not None else None for _, needs in pieces]
        literals = store.literals
        maybe = literals.maybe(text)
        # by the words first; then, while few are left, literal by literal
        left = [(i, None if needs is None else needs & maybe) for i, needs in enumerate(self._needs)
                if needs is None or not needs.isdisjoint(maybe)]
        if len(left) <= MOST:
            self._live = [pieces[i][0] for i, needs in left
                          if needs is None or any(literals.holds(text, m) for m in sorted(needs))]

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """The leftmost match at or after ``pos``; at one place, the first piece's."""
        if len(string) < LONG:
            return self._whole.search(string, pos)
        if string is not self._text:
            self._start(string)
        if self._live is None:
            return self._whole.search(string, pos)
        best: re.Match[str] | None = None
        for source in self._live:
            since, match = self._next.get(source, (-1, None))
            if since < 0 or since > pos or (match is not None and match.start() < pos):
                match = self._store.compiled(source).search(string, pos)
                self._next[source] = (pos, match)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best
