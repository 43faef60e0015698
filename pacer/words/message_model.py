"""The message check's second judge: a small linear model (``pacer.words.ngram_model``, weights in
``pacer/words/models/messages.model``, trained from ``tests/corpus/messages.tsv``) for wording no
rule foresees, and a backstop for the rules.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from pacer import words
from pacer.words.message_engine import cancelled, negated
from pacer.words.ngram_model import Evidence, LinearModel

# The model's say. A label is raised when its own probability reaches its threshold; when
# neither the rules nor any label did, "pressure" (every category pooled) reaching its
# threshold raises the likeliest label. Tuned on the dev split, never on test.
MODEL_PATH = Path(words.__file__).parent / "models" / "messages.model"
# The model reads the start of a draft, some seven short notes: enough to judge its tone, and
# a wall of text stays quick (the rules still read up to SCAN_LIMIT).
MODEL_LIMIT = 2_000
_PRESSURE = "pressure"
_MODEL_THRESHOLD = 0.5
# Per code, chosen on the model's own out-of-fold scores (5 folds of train + dev; never test) for
# the most recall while the model alone flags at most 3% of kind drafts, a threat, exposure or way
# round a block counting three times: python tests/bench/message_eval.py --thresholds; then raised
# to 0.9 for a way round a block and begging, whose words the kind drafts of the suite share
# ("followed you from my other account" is news outside a no-contact period; "I promise I'll give
# you all the space you need").
_MODEL_THRESHOLDS: dict[str, float] = {"block_evasion": 0.9, "begging": 0.9, "sarcasm": 0.85, "third_party": 0.65}
# the pooled label decides alone only when no rule and no code did
_PRESSURE_THRESHOLD = 0.9
# Codes the model never raises: counted directly, or (self-harm) too few and too varied
# examples to learn without false alarms ("I've been thinking about you" scored 0.6); the
# rules and the safety check carry it.
_NOT_FROM_MODEL = frozenset({"shouting", "too_long", "repeated_questions", "self_harm"})


@lru_cache(maxsize=1)
def model() -> LinearModel:
    return LinearModel.load(MODEL_PATH)


def model_findings(head: str, plain: str, where: list[int], found: dict[str, str | None]) -> dict[str, str | None]:
    """Codes the model adds to ``found``, each with its span (the strongest words).

    As with the rules, a finding whose strongest words are said no to in their own clause
    ("you don't owe me an explanation") is dropped.
    """
    linear = model()
    scores = linear.scores(head)
    labels = [label for label in linear.labels if label != _PRESSURE and label not in _NOT_FROM_MODEL]
    raised = [label for label in labels if scores[label] >= _MODEL_THRESHOLDS.get(label, _MODEL_THRESHOLD)]
    if not raised and not found and scores.get(_PRESSURE, 0.0) >= _PRESSURE_THRESHOLD and labels:
        raised = [max(labels, key=scores.__getitem__)]
    out: dict[str, str | None] = {}
    for label in raised:
        if label in found or cancelled(label, plain):
            continue
        evidence = linear.top_features(head, label, 4)
        if evidence and negated(plain, bisect_left(where, evidence[0].start)):
            continue
        out[label] = _model_span(head, evidence)
    return out


def _model_span(text: str, evidence: list[Evidence]) -> str | None:
    """The words that pushed a label up most: the strongest, with its strong neighbours."""
    if not evidence:
        return None
    best = evidence[0]
    near = [ev for ev in evidence if ev.weight >= best.weight / 2 and abs(ev.start - best.start) <= 40]
    return text[min(ev.start for ev in near):max(ev.end for ev in near)]
