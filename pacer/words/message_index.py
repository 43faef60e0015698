"""The message rules' literal index: each rule's pattern cut into its alternatives, and for each
alternative the literal strings one of which every match of it contains.

A rule's pattern is one long alternation (``message_tokens.expand``), and searching it reads
every word of a draft against all of it: on a 2,000-word wall of text, most of the check's
time. Most alternatives cannot match a given draft at all: their rarer words ("screenshots",
"landline", "bridge") are not in it. ``message_search`` reads only the alternatives whose
literals a draft holds, and finds exactly the match the whole pattern would.

Working the literals out parses every pattern (some 100 ms), so it is done when the model is
trained (``python tests/corpus/train.py messages``, which writes ``models/message_index.json``
and, with ``--check``, says when the shipped index no longer fits the rules). An index that
does not fit is not used: the patterns are then searched whole, slower and never different.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import re._constants as _C  # the regex parser, to work out which literals a pattern needs
import re._parser as _parser
from collections import Counter
from itertools import pairwise
from pathlib import Path

from pacer.words import regex_cache
from pacer.words.digest import sha256

INDEX_PATH = Path(__file__).with_name("models") / "message_index.json"
_FORMAT = "pieces, parts, table 1"  # the layout of what ``load`` keeps: a new one is built afresh
Piece = tuple[str, "tuple[str, ...] | None"]  # an alternative, and the literals one of which it needs

_MAX_NEEDS = 80  # literals a piece may need one of (more and checking them costs what it saves)
# Words so common that a set holding one is a poor filter: nearly every long draft has them.
_COMMON = frozenset("i me my you your the a an and to of in on it is that this for not so but be "
                    "was are have with just at do".split())


def alternatives(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives, a lone ``(?:...)`` opened up, in order: searching
    ``"|".join(f"(?:{a})" for a in alternatives(p))`` is searching ``p``."""
    out: list[str] = []
    for part in regex_cache.top_level(pattern):
        inner = _group_body(part)
        out.extend(alternatives(inner) if inner is not None else [part])
    return out


def _group_body(part: str) -> str | None:
    """The inside of ``part`` when all of it is one non-capturing group ``(?:...)``, else None."""
    if not (part.startswith("(?:") and part.endswith(")")):
        return None
    for i, ch, depth in regex_cache.structure(part):
        if ch == ")" and depth == 0 and i != len(part) - 1:
            return None  # the first group closes before the end: "(?:a)b(?:c)"
    return part[3:-1]


def needs(piece: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``piece`` holds (sorted), or None when no
    such set is worth checking for."""
    parsed = _parser.parse(piece)
    if parsed.state.flags & (re.I | re.X):
        return None
    found = _required(list(parsed))
    return tuple(sorted(found)) if found is not None else None


def _badness(literals: frozenset[str]) -> tuple[int, int, int, int]:
    plain = [lit.strip(EDGE) for lit in literals]
    common = sum(lit.strip(" '") in _COMMON or len(lit.strip()) < 3 for lit in plain)
    loose = sum(not whole_words(lit) for lit in literals)  # each looked for in the whole draft
    return (common, loose, -min(len(lit.strip()) for lit in plain), len(literals))


def _required(seq: list, word_start: bool = False) -> frozenset[str] | None:
    """The best of the sets of literals (see ``_requirements``) of the parsed ``seq``, or None."""
    return min(_requirements(seq, word_start), key=lambda f: (_badness(f), sorted(f)), default=None)


def _requirements(seq: list, word_start: bool = False) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of ``seq`` holds one string of each set.

    A run of elements that each match one of a few exact strings ("(?:until|till) (?:you|he)")
    gives the set of their concatenations ("until you", "till he", ...); an element that is
    a group, an alternation or a repeat taken at least once gives the best set of its own. A
    literal that a ``\\b`` starts or ends at a word character is marked there with ``EDGE``:
    in the draft, that end of it is the end of a word (see ``message_search``)."""
    found: list[frozenset[str]] = []
    run: set[str] | None = None  # the exact strings the current run of elements matches
    run_start = run_end = False  # a word boundary just before the run, just after it
    for op, arg in [*seq, (None, None)]:
        if op in regex_cache.ZERO_WIDTH:  # a boundary or a lookaround takes no characters: the run goes on
            at_b = op is _C.AT and arg is _C.AT_BOUNDARY
            word_start = word_start or at_b
            run_end = run_end or (run is not None and at_b)
            continue
        exact = regex_cache.exact([(op, arg)]) if op is not None else None
        if exact is not None and run is not None and len(run) * len(exact) <= regex_cache.MAX_EXACT:
            run = {left + right for left in run for right in exact}
            run_end = word_start = False
            continue
        if run and "" not in run:
            found.append(frozenset(_marked(lit, run_start, run_end) for lit in run))
        run, run_start, run_end = (set(exact), word_start, False) if exact is not None else (None, False, False)
        start, word_start = word_start, False
        if exact is not None:
            continue
        need = None
        if op is _C.SUBPATTERN and not arg[1] and not arg[2]:  # no flags of its own
            need = _required(arg[-1], start)
        elif op is _C.BRANCH:
            options = [_required(branch, start) for branch in arg[1]]
            if all(o is not None for o in options):
                need = frozenset().union(*options)  # type: ignore[arg-type]
        elif op in regex_cache.REPEATS and arg[0] >= 1:
            need = _required(arg[2], start)
        if need and len(need) <= _MAX_NEEDS:
            found.append(need)
    return [f for f in found if "" not in f and len(f) <= _MAX_NEEDS]


EDGE = "\x01"  # marks a literal's end that is a word's end in the draft


def _marked(literal: str, start: bool, end: bool) -> str:
    if start and _WORD.match(literal):
        literal = EDGE + literal
    if end and _WORD.match(literal[-1:]):
        literal += EDGE
    return literal


_WORD = re.compile(r"\w")
def pieces(pattern: str) -> list[Piece]:
    """``pattern``'s alternatives with their literals; next to each other, those that need none
    (always searched) joined again into one, which reads the draft once for all of them."""
    out: list[Piece] = []
    for alternative in alternatives(pattern):
        need = needs(alternative)
        if need is None and out and out[-1][1] is None:
            out[-1] = (f"{out[-1][0]}|(?:{alternative})", None)
        else:
            out.append((f"(?:{alternative})" if need is None else alternative, need))
    return out


def key(patterns: list[str]) -> str:
    """What an index is kept under: the pattern texts alone (any Python reads it alike)."""
    digest = sha256()
    for pattern in patterns:
        digest.update(pattern.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def build_index(patterns: list[str]) -> str:
    """The index file's text: the patterns' key and each one's pieces."""
    table = {pattern: pieces(pattern) for pattern in dict.fromkeys(patterns)}
    data = {"key": key(patterns),
            "pieces": [[[p, list(n) if n is not None else None] for p, n in table[pattern]] for pattern in patterns]}
    return json.dumps(data, indent=0, ensure_ascii=False) + "\n"


def load(patterns: list[str], cache: Path | None, path: Path = INDEX_PATH) -> tuple[list[list[Piece]], dict, Table] | None:
    """(each pattern's pieces, piece -> its compiled ``regex_cache.parts``, their literals'
    ``Table``), or None when the index at ``path`` does not fit ``patterns``. All three are kept
    in ``cache`` (as ``regex_cache`` keeps compiled patterns), which is read instead of the
    index while the index file is unchanged."""
    try:
        stat = path.stat()
    except OSError:
        return None
    stamp = regex_cache.key([_FORMAT, key(patterns), str(stat.st_mtime_ns), str(stat.st_size)])
    if cache is not None:
        try:
            stored_key, *stored = marshal.loads(cache.read_bytes())
            if stored_key == stamp:
                return stored[0], stored[1], stored[2]
        except Exception:  # missing, damaged or from another layout: read the index
            pass
    pieces = _read(patterns, path)
    if pieces is None:
        return None
    table = literal_table(pieces)
    parts: dict = {}
    if regex_cache.AVAILABLE and cache is not None and _writable(cache.parent):
        try:
            parts = {p: regex_cache.parts(p) for p in dict.fromkeys(p for entry in pieces for p, _ in entry)}
        except Exception:  # pragma: no cover - re internals changed: each piece through re.compile
            return pieces, {}, table
        try:
            temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps((stamp, pieces, parts, table)))
            os.replace(temporary, cache)
        except (OSError, ValueError):  # a read-only install: fine, only slower
            pass
    return pieces, parts, table


def _writable(folder: Path) -> bool:
    """Whether the compiled pieces can be kept in ``folder``: else (a read-only install) only the
    pieces a draft needs are compiled, each when first read."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


# (whole word -> the literals looked up by it, literal -> its pairs of whole words that follow each
# other, "first second"), and the literals with no whole word
Table = tuple[dict[str, list[str]], dict[str, tuple[str, ...]], list[str]]
_WORDS = re.compile(r"\w+")


def literal_table(pieces: list[list[Piece]]) -> Table:
    """How ``message_search`` finds the literals a draft holds without reading it for each: a
    literal's whole words (see ``whole_words``) are words of any draft that holds it, and two
    that follow each other in it follow each other in the draft. It is looked up by its rarest
    whole word among the draft's words; a literal with none is looked for in the draft itself."""
    by_word: dict[str, list[str]] = {}
    pairs: dict[str, tuple[str, ...]] = {}
    loose: list[str] = []
    shared: dict[str, str] = {}
    literals = sorted({lit for entry in pieces for _, needs in entry for lit in needs or ()})
    seen = Counter(word for lit in literals for word in set(whole_words(lit)))  # the rarest word is the key
    for marked in literals:
        words = whole_words(marked)
        if not words:
            loose.append(marked)
            continue
        by_word.setdefault(min(words, key=lambda word: (seen[word], -len(word), word)), []).append(marked)
        if len(words) > 1:  # each of its words is in a pair
            # one string for each pair however many literals hold it: ``load`` keeps it once
            pairs[marked] = tuple(dict.fromkeys(shared.setdefault(f"{a} {b}", f"{a} {b}") for a, b in pairwise(words)))
    return by_word, pairs, loose


def whole_words(marked: str) -> tuple[str, ...]:
    """The whole words of a literal, in order: runs of word characters with a non-word
    character or ``EDGE`` on each side. In any draft that holds the literal, each is a word
    of it, and each is followed there by the next (only the first and last runs can be part
    of a longer word, so whole words are next to each other)."""
    plain = marked.strip(EDGE)
    runs = list(_WORDS.finditer(plain))
    whole = [(m.start() > 0 or marked.startswith(EDGE)) and (m.end() < len(plain) or marked.endswith(EDGE))
             for m in runs]
    return tuple(m.group() for m, ok in zip(runs, whole, strict=True) if ok)


def _read(patterns: list[str], path: Path) -> list[list[Piece]] | None:
    """Each pattern's pieces from the index file, or None when it does not fit ``patterns``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["key"] != key(patterns) or len(data["pieces"]) != len(patterns):
            return None
        return [[(p, tuple(n) if n is not None else None) for p, n in entry] for entry in data["pieces"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
