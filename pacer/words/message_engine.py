"""The message check's rule engine: compiles the rule tables once and runs them over a draft.

Rules (``message_rules``, ``message_rules_pressure``, ``message_rules_games``) are data: lists
of patterns written with ``message_tokens``. Here they are expanded, compiled (and the compiled
form cached, see ``regex_cache``: compiling is most of a one-line check's time), and run over
the normalised draft. A negatable rule's match is skipped when its own clause already says no
("I don't think you're selfish"); a rule's ``unless`` anywhere in the draft cancels it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pacer import words
from pacer.words import message_rules, message_rules_games, message_rules_pressure
from pacer.words.message_tokens import Rule, expand
from pacer.words.regex_cache import compile_all

_TABLE: list[Rule] = message_rules.RULES + message_rules_pressure.RULES + message_rules_games.RULES
_MODE_TABLE = message_rules.NO_CONTACT_RULES
_CACHE = (Path(words.__file__).parent / "__pycache__" / f"message_rules.{sys.implementation.cache_tag}.re"
          if sys.implementation.cache_tag else None)
_COMPILED = iter(compile_all(
    [expand(patterns) for _, _, patterns, _ in _TABLE]
    + [expand([unless]) for *_, unless in _TABLE if unless]
    + [expand(patterns) for _, patterns in _MODE_TABLE],
    _CACHE,
))
_PATTERNS = [next(_COMPILED) for _ in _TABLE]
# (code, negatable, pattern, unless): ``unless`` anywhere in the draft cancels the rule.
RULES: list[tuple[str, bool, re.Pattern[str], re.Pattern[str] | None]] = [
    (code, negatable, pattern, next(_COMPILED) if unless else None)
    for (code, negatable, _, unless), pattern in zip(_TABLE, _PATTERNS, strict=True)
]
MODE_RULES = {"no-contact": [(code, next(_COMPILED)) for code, _ in _MODE_TABLE]}

_BOUNDARY = re.compile(r"([.!?;,:\n\u2014\u2013]|\b(?:but|and|or|then|so|because|if|unless|"
                       r"i'll)\b)")
_NEGATION = re.compile(r"\b(?:not|no|never|don't|do not|doesn't|didn't|won't|wouldn't|"
                       r"needn't|isn't|aren't|can't|cannot|nothing)\b")

# Negations that introduce a statement rather than deny it: "I can't believe you're ...",
# "I don't even know why you always ...", "no offense, you're ...", "don't you think ...".
_NOT_A_NO = re.compile(r"\b(?:don't|didn't|can't|cannot|couldn't) (?:even |really |just )?(?:believe|know "
                       r"why|understand (?:why|how)|get (?:why|how)|see why)\b|\bno offen[cs]e\b|\b(?:don't|"
                       r"didn't|won't|can't) you\b")


def negated(text: str, start: int) -> bool:
    """True when the clause leading up to ``start`` already says no ("no need to ...").

    A negation inside an "if" clause is the condition, not a no: "if you don't, I'll ...".
    """
    *_, boundary, clause = ["", ""] + _BOUNDARY.split(text[max(0, start - 60):start])
    return boundary not in ("if", "unless") and bool(_NEGATION.search(_NOT_A_NO.sub(" ", clause)))


def first_match(pattern: re.Pattern[str], text: str, negatable: bool) -> re.Match[str] | None:
    for m in pattern.finditer(text):
        if not negatable or not negated(text, m.start()):
            return m
    return None


def span(head: str, where: list[int], match: re.Match[str]) -> str:
    """The words of the draft behind a match in its normalised copy."""
    start, end = match.start(), max(match.start(), match.end() - 1)
    while start < end and not head[where[start]].strip():
        start += 1
    return head[where[start]:where[min(end, len(where) - 1)] + 1].strip()


def rule_findings(head: str, plain: str, where: list[int], mode: str | None) -> dict[str, str]:
    """code -> span for every code a rule raises in ``plain`` (the normalised ``head``)."""
    found: dict[str, str] = {}
    for code, negatable, rule, unless in RULES:
        if code in found or (unless is not None and unless.search(plain)):
            continue
        match = first_match(rule, plain, negatable)
        if match is not None:
            found[code] = span(head, where, match)
    for code, rule in MODE_RULES.get(mode or "", []):
        match = rule.search(plain)
        if match is not None and code not in found:
            found[code] = span(head, where, match)
    return found
