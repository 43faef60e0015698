"""Compile many large regular expressions once and keep the result, as Python keeps .pyc files.

The message check's rules are some 60,000 characters of patterns; ``re.compile`` parses them
in pure Python, about 100 ms at every start, which is most of a one-line check. Here the
compiled form (the list of opcodes that ``re`` hands to its C engine) is stored with
``marshal`` in ``__pycache__`` beside the rules and loaded in a few milliseconds next time
(the opcodes as bytes, which ``marshal`` reads at memory speed; a list of ints took 3 ms).

The cache is keyed by the exact pattern texts, the Python version and the regex engine's
magic number, so an edit or another Python simply compiles afresh. Anything unexpected (no
write access, a damaged file, a Python whose ``re`` internals differ) falls back to plain
``re.compile``: slower, never different.
"""

from __future__ import annotations

import marshal
import os
import re
import re._constants as _C  # the regex parser's names, for the rule indexes
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

from pacer.words.digest import sha256

try:  # CPython's regex internals (3.11+); without them, plain re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = None
AVAILABLE = _sre is not None  # False: every pattern through plain re.compile


def structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, groups open after it) for each character of ``pattern`` outside escapes and
    character classes: what the rule indexes need to cut a pattern into its alternatives."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def top_level(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside any group or character class."""
    parts, start = [], 0
    for i, ch, depth in structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# For the rule indexes (which literals every match of a pattern holds), read off the regex parser's tree.
ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, name))
MAX_EXACT = 64  # strings a run of fixed elements may stand for


def exact(seq: list) -> set[str] | None:
    """Every string ``seq`` can match, if they are few and fixed (no gaps, no long repeats)."""
    out = {""}
    for op, arg in seq:
        if op in ZERO_WIDTH:
            continue
        part: set[str] | None
        if op is _C.LITERAL:
            part = {chr(arg)}
        elif op is _C.IN and all(kind is _C.LITERAL for kind, _ in arg) and len(arg) <= 6:
            part = {chr(value) for _, value in arg}
        elif op is _C.SUBPATTERN and not arg[1] and not arg[2]:
            part = exact(arg[-1])
        elif op is _C.BRANCH:
            options = [exact(branch) for branch in arg[1]]
            part = set().union(*options) if all(o is not None for o in options) else None  # type: ignore[arg-type]
        elif op in REPEATS and arg[1] <= 1:
            inner = exact(arg[2])
            part = None if inner is None else inner | ({""} if arg[0] == 0 else set())
        else:
            part = None
        if part is None or len(out) * len(part) > MAX_EXACT:
            return None
        out = {left + right for left in out for right in part}
    return out


def key(patterns: list[str]) -> str:
    """What a stored form is kept under: the pattern texts, the Python and its regex engine."""
    digest = sha256(f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{array('I').itemsize}\0".encode())
    for pattern in patterns:
        digest.update(pattern.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def parts(pattern: str, flags: int = 0) -> tuple:
    """What ``re`` computes from a pattern before its C engine takes over (see re._compiler.compile):
    (flags, opcodes as bytes, groups, groupindex, indexgroup)."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", [int(op) for op in _compiler._code(parsed, flags)]).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def build(pattern: str, stored: tuple | list) -> re.Pattern[str]:
    """The compiled pattern from its ``parts``."""
    flags, code, groups, groupindex, indexgroup = stored
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def compile_all(patterns: list[str], cache: Path | None) -> list[re.Pattern[str]]:
    """``[re.compile(p) for p in patterns]``, read from ``cache`` when it holds these patterns."""
    if _sre is None or cache is None:
        return [re.compile(p) for p in patterns]
    wanted = key(patterns)
    try:
        stored_key, stored = marshal.loads(cache.read_bytes())
        if stored_key == wanted:
            return [build(pattern, part) for pattern, *part in stored]
    except Exception:  # missing, damaged or from another layout: compile afresh
        pass
    try:
        stored = [(p, *parts(p)) for p in patterns]  # (pattern, flags, opcodes, ...): each entry whole
        compiled = [build(pattern, part) for pattern, *part in stored]
    except Exception:  # pragma: no cover - re internals changed
        return [re.compile(p) for p in patterns]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((wanted, stored)))
        os.replace(temporary, cache)
    except (OSError, ValueError):  # a read-only install: fine, only slower
        pass
    return compiled
