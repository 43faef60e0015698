"""The message rules searched by their pieces (message_index, message_search): the same matches as
the whole patterns, found on a long draft as on a short one."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest

from pacer.commands.checkpoint import check_draft
from pacer.limits import CHECK_MAX
from pacer.words import message_engine, message_index, message_search
from pacer.words.message_check import check_message
from pacer.words.message_search import Alternation
from pacer.words.message_text import normalise

ROOT = Path(__file__).resolve().parents[1]
CALM = (
    "I hope your week is going well and the new job is treating you kindly.",
    "I went for a long walk by the river today and it helped me think.",
    "My sister says hi, she finally finished painting the kitchen.",
    "I have been reading a lot in the evenings, it keeps my mind quiet.",
    "No need to answer this, I just wanted to say I am doing okay.",
)


def _wall(words: int, inserted: str, at: float) -> str:
    """About ``words`` calm words with ``inserted`` as a sentence at fraction ``at`` of the way in."""
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(CALM[len(sentences) % len(CALM)])
    sentences.insert(int(len(sentences) * at), inserted)
    return " ".join(sentences)


def _corpus_texts(step: int) -> list[str]:
    texts = []
    for name in ("messages.tsv", "messages_fresh.tsv"):
        with open(ROOT / "tests" / "corpus" / name, encoding="utf-8", newline="") as f:
            texts += [row["text"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return texts[::step]


def test_the_rules_are_searched_by_their_pieces() -> None:
    """The shipped index fits the rules (else the check is slow, not wrong: run train.py messages)."""
    path, text = message_engine.index()
    assert path.read_text(encoding="utf-8") == text, "run: python tests/corpus/train.py messages"
    assert all(isinstance(pattern, Alternation) for _, _, pattern, _ in message_engine.RULES)
    assert message_engine.RULES[0][2]._store.ready()


@pytest.mark.parametrize(
    ("inserted", "code", "span"),
    [
        ("I still have the screenshots of everything you sent me.", "exposure",
         "still have the screenshots"),
        ("I'll be outside your work at six whether you like it or not.", "threat", "I'll be outside your work"),
        ("Answer me right now.", "demand", "Answer me right now"),
        ("Made a new account since you blocked me everywhere else.", "block_evasion", "new account"),
    ],
)
@pytest.mark.parametrize("at", [0.0, 0.5, 0.97])
def test_a_finding_deep_in_a_long_draft_is_found_with_its_span(inserted: str, code: str, span: str,
                                                               at: float) -> None:
    alone = {f.code: f.span for f in check_message(inserted)}
    assert alone[code] == span
    wall = _wall(2000, inserted, at)
    assert len(wall.split()) >= 2000
    _, findings = check_draft(wall, CHECK_MAX)
    found = {f.code: f.span for f in findings}
    assert found.get(code) == alone[code]
    calm_only = {f.code for f in check_draft(_wall(2000, CALM[0], at), CHECK_MAX)[1]}
    assert code not in calm_only


@pytest.mark.parametrize("pieces_always", [True, False])
def test_pieces_find_what_the_whole_pattern_finds(pieces_always: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if pieces_always:  # on short drafts too, however many pieces may match
        monkeypatch.setattr(message_search, "LONG", 0)
        monkeypatch.setattr(message_search, "MOST", 10**6)
    texts = [normalise(t) for t in _corpus_texts(19 if pieces_always else 400)]
    texts += [normalise(" ".join(_corpus_texts(53)[i:i + 40])) for i in range(0, 80, 40)]
    texts += [normalise(_wall(2000, inserted, 0.8)) for inserted in ("Answer me right now.", "i still have ur pics")]
    whole = {id(p): re.compile(p.pattern) for p in _searchers()}
    for text in texts:
        for pattern in _searchers():
            expected = whole[id(pattern)].search(text)
            got = pattern.search(text)
            assert (got and got.span()) == (expected and expected.span()), (pattern.pattern[:60], text[:80])
            if expected is not None:  # and from just after it, as first_match goes on
                later = whole[id(pattern)].search(text, expected.start() + 1)
                again = pattern.search(text, expected.start() + 1)
                assert (again and again.span()) == (later and later.span()), (pattern.pattern[:60], text[:80])


def _searchers() -> list[Alternation]:
    out = [p for _, _, p, _ in message_engine.RULES] + [u for *_, u in message_engine.RULES if u is not None]
    out += [p for rules in message_engine.MODE_RULES.values() for _, p in rules] + [message_engine._MENACE]
    unique = {id(p): p for p in out}
    assert all(isinstance(p, Alternation) for p in unique.values())
    return list(unique.values())  # type: ignore[arg-type]


def test_a_piece_is_skipped_only_when_none_of_its_literals_is_in_the_draft() -> None:
    """Every literal set the index lists is needed: no match of a piece lacks all of them."""
    texts = [normalise(t) for t in _corpus_texts(3)]
    sources = message_engine.patterns()
    index = message_index._read(sources, message_index.INDEX_PATH)
    assert index is not None and sum(map(len, index)) > 100
    entries = [(re.compile(source), [(re.compile(p), needs) for p, needs in pieces if needs is not None])
               for source, pieces in zip(sources, index, strict=True)]
    for text in texts:
        for whole, pieces in entries:
            if whole.search(text) is None:
                continue  # no piece of it matches either
            for piece, needs in pieces:
                if not any(_held(literal, text) for literal in needs):  # skipped on this text: rightly?
                    assert piece.search(text) is None, (piece.pattern[:60], text)


@functools.cache
def _as_pattern(literal: str) -> re.Pattern[str]:
    """A listed literal as what it says of a draft: its text, a word's end where it is marked."""
    plain = literal.strip(message_index.EDGE)
    return re.compile((r"\b" if literal.startswith(message_index.EDGE) else "") + re.escape(plain)
                      + (r"\b" if literal.endswith(message_index.EDGE) else ""))


def _held(literal: str, text: str) -> bool:
    return _as_pattern(literal).search(text) is not None


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)|c", ["a", "b", "c"]),
        (r"(?:a)b|(?:c|d)", ["(?:a)b", "c", "d"]),
        (r"(?:a)|(?:b)c(?:d)", ["a", "(?:b)c(?:d)"]),
        (r"[|(]x|\|y|(a|b)z", [r"[|(]x", r"\|y", "(a|b)z"]),
        (r"[]|]x|[^]|]y", ["[]|]x", "[^]|]y"]),
        (r"(?=a|b)c|(?<!x|y)d", ["(?=a|b)c", "(?<!x|y)d"]),
    ],
)
def test_a_pattern_is_cut_at_its_own_alternatives_only(pattern: str, alternatives: list[str]) -> None:
    assert message_index.alternatives(pattern) == alternatives


@pytest.mark.parametrize(
    ("piece", "needs"),
    [
        (r"\b(?:kill|hurt) myself\b", ("\x01hurt myself\x01", "\x01kill myself\x01")),
        (r"\bi\b[^.!?\n]{0,40}\bscreenshots?\b", ("\x01screenshot\x01", "\x01screenshots\x01")),
        (r"\b(?:your|ur) (?:dog|cat)", ("\x01ur cat", "\x01ur dog", "\x01your cat", "\x01your dog")),
        (r"(?:your|ur)\b\w*", ("ur\x01", "your\x01")),  # a word's end after it, not its start
        (r"\b\w+ing\b", ("ing\x01",)),
        (r"\b\w+\b", None),  # nothing fixed
        (r"(?:abc)?xyz", ("abcxyz", "xyz")),
        (r"(?i:secret)", None),  # a flag of its own: not read as plain text
    ],
)
def test_the_literals_a_piece_needs(piece: str, needs: tuple[str, ...] | None) -> None:
    assert message_index.needs(piece) == needs


def test_an_index_that_does_not_fit_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    path.write_text(message_index.build_index([r"\bscreenshots?\b|\bpills\b"]), encoding="utf-8")
    loaded = message_index.load([r"\bscreenshots?\b|\bpills\b"], tmp_path / "cache.re", path)
    assert loaded is not None
    assert loaded[0] == [[(r"\bscreenshots?\b", ("\x01screenshot\x01", "\x01screenshots\x01")),
                          (r"\bpills\b", ("\x01pills\x01",))]]
    assert message_index.load([r"\bscreenshots?\b|\bpill\b"], tmp_path / "cache.re", path) is None
    assert message_index.load([r"\bscreenshots?\b|\bpills\b"], None, tmp_path / "missing.json") is None
    uncached = message_index.load([r"\bscreenshots?\b|\bpills\b"], None, path)  # nowhere to keep them:
    assert uncached is not None and uncached[0] == loaded[0] and uncached[1] == {}  # none compiled ahead
    assert set(loaded[1]) == {r"\bscreenshots?\b", r"\bpills\b"}


def test_a_long_draft_reads_only_the_pieces_it_may_match() -> None:
    wall = _wall(2000, CALM[1], 0.5)
    assert check_message(wall) == check_message(wall)  # and the second time from what is kept
    read = [p._live for _, _, p, _ in message_engine.RULES if isinstance(p, Alternation) and p._text is not None]
    assert read and all(live is not None for live in read)  # no pattern fell back to being read whole
    assert sum(map(len, read)) < sum(len(e) for e in message_engine.RULES[0][2]._store.pieces) / 10  # type: ignore[arg-type, union-attr]
