"""The safety patterns' compiled forms, kept between runs as .pyc files are.

Compiling a pattern is most of a check's time: ``re`` parses it in pure Python, some 2 ms
for a large one, and a long note may need fifty. Here the compiled form of every pattern
(the opcodes ``re`` hands to its C engine, as ``pacer.words.regex_cache`` keeps them for the
message check) is stored once in ``__pycache__``; a check then builds only the patterns its
text needs, each in microseconds. Opcodes are stored as bytes, which ``marshal`` reads at
memory speed (a list of ints takes it ten times longer).

Keyed by the pattern texts, the Python version and the regex engine's magic number: an edit
or another Python builds the store afresh. Anything unexpected (no write access, a damaged
file, other ``re`` internals) falls back to ``re.compile``: slower, never different.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from pacer.words import regex_cache

PATH = (Path(__file__).parent / "__pycache__" / f"safety_rules.{sys.implementation.cache_tag}.re"
        if sys.implementation.cache_tag else None)
_STORE: dict[str, tuple] = {}  # pattern -> its compiled parts
_VARIANTS: dict[str, str | None] = {}  # pattern -> the variant ``load`` was given for it


def load(sources: list[str], variant: Callable[[str], str | None], path: Path | None = PATH) -> None:
    """Make the stored forms of ``sources`` and of their variants (``variant(source)``, a
    second pattern or None; all compiled with re.M) available to ``compile`` and ``variant``;
    builds and writes the store when it is missing or holds other patterns."""
    if _VARIANTS or path is None:
        return
    key = regex_cache.key(sources)
    try:
        stored_key, variants, parts = marshal.loads(path.read_bytes())
        if stored_key == key:
            _VARIANTS.update(variants)
            _STORE.update(parts)
            return
    except Exception:  # missing, damaged or from another layout: build afresh
        pass
    variants = {source: variant(source) for source in sources}
    _VARIANTS.update(variants)
    if not regex_cache.AVAILABLE:
        return
    try:
        every = sources + [v for v in variants.values() if v is not None]
        parts = {source: regex_cache.parts(source, re.M) for source in every}
    except Exception:  # pragma: no cover - re internals changed
        return
    _STORE.update(parts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((key, variants, parts)))
        os.replace(temporary, path)
    except (OSError, ValueError):  # a read-only install: fine, only slower
        pass


def variant(source: str, make: Callable[[str], str | None]) -> str | None:
    """The variant ``load`` stored for ``source``, else ``make(source)``."""
    if source in _VARIANTS:
        return _VARIANTS[source]
    return make(source)


def compile(source: str) -> re.Pattern[str]:
    """``re.compile(source, re.M)``, from the store when it holds ``source``."""
    part = _STORE.get(source)
    if part is not None and regex_cache.AVAILABLE:
        try:
            return regex_cache.build(source, part)
        except Exception:  # pragma: no cover - a store from other internals
            pass
    return re.compile(source, re.M)

