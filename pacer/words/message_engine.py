"""The message check's rule engine: compiles the rule tables once and runs them over a draft.

Rules (``message_rules``, ``message_rules_pressure``, ``message_rules_games``) are data: lists
of patterns written with ``message_tokens``. Here they are expanded, compiled (and the compiled
form cached, see ``regex_cache``: compiling is most of a one-line check's time), and run over
the normalised draft: each by its alternatives, only those whose words the draft holds
(``message_index``, ``message_search``), which finds what the whole pattern finds. A negatable rule's match is skipped when its own clause already says no
("I don't think you're selfish"); a rule's ``unless`` anywhere in the draft cancels it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pacer import words
from pacer.words import (
    message_index,
    message_rules,
    message_rules_games,
    message_rules_implied,
    message_rules_pressure,
    message_rules_threat,
)
from pacer.words.message_search import Alternation, Searcher, Store
from pacer.words.message_tokens import Rule, expand
from pacer.words.regex_cache import compile_all

_TABLE: list[Rule] = (message_rules_threat.RULES + message_rules.RULES + message_rules_implied.RULES
                      + message_rules_pressure.RULES + message_rules_games.RULES)
_MODE_TABLE = message_rules.NO_CONTACT_RULES
_CACHE_DIR = Path(words.__file__).parent / "__pycache__"
_TAG = sys.implementation.cache_tag
# Several rules share one ``unless`` (``<calm>``): each distinct one is compiled, and searched, once.
_UNLESS = list(dict.fromkeys(expand([unless]) for *_, unless in _TABLE if unless))
_SOURCES = ([expand(patterns) for _, _, patterns, _ in _TABLE] + _UNLESS
            + [expand(patterns) for _, patterns in _MODE_TABLE] + [expand(["<menace>"])])


def patterns() -> list[str]:
    """Every pattern the engine searches, in the order the literal index lists them."""
    return list(_SOURCES)


def index() -> tuple[Path, str]:
    """The patterns' literal index (path, text), written by ``tests/corpus/train.py messages``."""
    return message_index.INDEX_PATH, message_index.build_index(_SOURCES)


def _compile(sources: list[str]) -> list[Searcher]:
    """The patterns, their compiled forms kept as ``regex_cache`` keeps them; on a long draft each
    is searched by its pieces when the literal index fits them (see ``message_search``)."""
    wholes = compile_all(sources, _CACHE_DIR / f"message_rules.{_TAG}.re" if _TAG else None)
    store = Store(lambda: message_index.load(sources, _CACHE_DIR / f"message_pieces.{_TAG}.re" if _TAG else None))
    return [Alternation(whole, i, store) for i, whole in enumerate(wholes)]


_COMPILED = iter(_compile(_SOURCES))
_PATTERNS = [next(_COMPILED) for _ in _TABLE]
_UNLESS_COMPILED = {text: next(_COMPILED) for text in _UNLESS}
# (code, negatable, pattern, unless): ``unless`` anywhere in the draft cancels the rule.
RULES: list[tuple[str, bool, Searcher, Searcher | None]] = [
    (code, negatable, pattern, _UNLESS_COMPILED[expand([unless])] if unless else None)
    for (code, negatable, _, unless), pattern in zip(_TABLE, _PATTERNS, strict=True)
]
MODE_RULES = {"no-contact": [(code, next(_COMPILED)) for code, _ in _MODE_TABLE]}
# Menace ("whether you like it or not", "don't make me", a wink) keeps a threat, exposure or way
# round a block flagged even in a draft whose other words are logistics or care.
_MENACE = next(_COMPILED)
_STRICT = frozenset({"threat", "exposure", "block_evasion"})
# code -> the words that take it back, from its rules (the model's guesses are held to them too)
_CANCELS: dict[str, list[Searcher]] = {
    code: list(dict.fromkeys(unless for c, _, _, unless in RULES if c == code and unless is not None))
    for code in dict.fromkeys(c for c, *_ in RULES)
}


class _Draft:
    """One draft's normalised text, with what has been asked of it remembered: several rules
    share one ``unless``, and menace is asked at most once."""

    def __init__(self, plain: str):
        self.plain = plain
        self._said: dict[int, bool] = {}
        self._menace: bool | None = None

    def said(self, pattern: Searcher) -> bool:
        if id(pattern) not in self._said:
            self._said[id(pattern)] = _said(pattern, self.plain)
        return self._said[id(pattern)]

    def menace(self) -> bool:
        if self._menace is None:
            self._menace = first_match(_MENACE, self.plain, True) is not None
        return self._menace

    def takes_back(self, code: str, unless: list[Searcher]) -> bool:
        """True when the draft says words that cancel ``code`` and, for the strict codes, no menace."""
        return any(self.said(p) for p in unless) and (code not in _STRICT or not self.menace())


_BOUNDARY = re.compile(r"([.!?;,:\n\u2014\u2013]|\b(?:but|and|or|then|so|because|if|unless|"
                       r"i'll)\b)")
_NEGATION = re.compile(r"\b(?:not|no|never|don't|do not|doesn't|didn't|won't|wouldn't|"
                       r"needn't|isn't|aren't|can't|cannot|nothing|haven't|hasn't|hadn't)\b")

# Negations that introduce a statement rather than deny it: "I can't believe you're ...",
# "I don't even know why you always ...", "no offense, you're ...", "don't you think ...".
_NOT_A_NO = re.compile(r"\b(?:don't|didn't|can't|cannot|couldn't) (?:even |really |just )?(?:believe|know "
                       r"why|understand (?:why|how)|get (?:why|how)|see why)\b|\bno offen[cs]e\b|\b(?:don't|"
                       r"didn't|won't|can't) you\b|\bdon't be (?:surprised|shocked|mad|angry|upset|scared|weird)\b|"
                       r"\bcan't wait\b|\bdon't worry\b|\bno worries\b")
# Owning up to something past: "sorry for turning up", "I regret posting ...".
_APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e|regret|ashamed|embarrassed) (?:for|about|that|i|if|we)\b|"
                      r"\bi shouldn't have\b")
# A match whose own first words say no to it: "I'm not going to come to your work", "I'll never
# post them"; not "I'm not leaving until ...", "don't make me come over", "I'm not afraid to".
_SELF_NO = re.compile(r"(?:i'm|i am|i|i'll|i will|i've|i was|i would|i'd) (?:so |really |truly |honestly )?"
                      r"(?:not|never|won't|will not|wouldn't|would never|no longer|don't|didn't)"
                      r"(?: (?:ever|going to|gonna|be|again|want to|plan to|try to|intend to))* "
                      r"(?!leav|go(?:ing)? anywhere|stop|give up|let (?:you|this|it) go|back down|forget|"
                      r"disappear|quit|rest|take no|accept|care|believe|know|think|mind|until|till|wait|"
                      r"afraid|scared|too|make me|force me|let you|allow|budg|mov|have done|do (?:this|that) to|someone|somebody|the (?:kind|type|sort)|a person|one to|that (?:kind|type))\w")
# Codes an apology does not take back: "sorry for using Mia's phone" is still a way round.
_APOLOGY_KEEPS = frozenset({"block_evasion", "begging", "demand", "ultimatum", "self_harm"})


def negated(text: str, start: int, code: str = "") -> bool:
    """True when the clause leading up to ``start`` already says no ("no need to ...").

    A negation inside an "if" clause is the condition, not a no: "if you don't, I'll ...".
    So is a clause that owns up to something past ("I'm sorry for turning up at your work"),
    or one whose own first words say no to it ("I won't come to your work").
    """
    *_, boundary, clause = ["", ""] + _BOUNDARY.split(text[max(0, start - 60):start])
    if boundary not in ("if", "unless") and _NEGATION.search(_NOT_A_NO.sub(" ", clause)):
        return True
    if _SELF_NO.match(text, start):
        return True
    if code in _APOLOGY_KEEPS:
        return False
    sentence = max(text.rfind(stop, max(0, start - 40), start) for stop in ".!?\n") + 1
    return bool(_APOLOGY.search(text, max(sentence, start - 40), start + 20))


def first_match(pattern: Searcher, text: str, negatable: bool, code: str = "") -> re.Match[str] | None:
    """The first match not said no to; after one that is, the search goes on from its next
    character, so "I won't come round, I'm coming round" still finds the second."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if not negatable or not negated(text, m.start(), code):
            return m
        pos = m.start() + 1
    return None


def span(head: str, where: list[int], match: re.Match[str]) -> str:
    """The words of the draft behind a match in its normalised copy."""
    start, end = match.start(), max(match.start(), match.end() - 1)
    while start < end and not head[where[start]].strip():
        start += 1
    return head[where[start]:where[min(end, len(where) - 1)] + 1].strip()


def _said(pattern: Searcher, text: str) -> bool:
    """True when ``pattern`` occurs in ``text`` and its own clause does not say no to it:
    "I haven't deleted the videos" is not "I deleted the videos"."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        *_, boundary, clause = ["", ""] + _BOUNDARY.split(text[max(0, m.start() - 30):m.start()])
        if boundary in ("if", "unless") or not _NEGATION.search(_NOT_A_NO.sub(" ", clause)):
            return True
        pos = m.start() + 1
    return False


def cancelled(code: str, plain: str) -> bool:
    """True when the draft says something that takes ``code`` back (logistics, care or distance for
    a threat; "I deleted them" for exposure) and nothing menacing: the model's guesses are held to
    what holds the rules."""
    return _Draft(plain).takes_back(code, _CANCELS.get(code, []))


def rule_findings(head: str, plain: str, where: list[int], mode: str | None) -> dict[str, str]:
    """code -> span for every code a rule raises in ``plain`` (the normalised ``head``)."""
    draft = _Draft(plain)
    found: dict[str, str] = {}
    for code, negatable, rule, unless in RULES:
        if code in found:
            continue
        match = first_match(rule, plain, negatable, code)
        if match is None or (unless is not None and draft.takes_back(code, [unless])):
            continue
        found[code] = span(head, where, match)
    for code, rule in MODE_RULES.get(mode or "", []):
        match = rule.search(plain)
        if match is not None and code not in found:
            found[code] = span(head, where, match)
    return found
