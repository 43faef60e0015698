"""Check a reach-out message for things that tend to push a quiet person further away.

Pure and stdlib-only. Two judges, each for what it does best:

* rules (``message_engine`` runs the tables of ``message_rules``, ``message_rules_pressure``
  and ``message_rules_games``): regular expressions over a normalised, lower-case copy of the
  text (``message_text``). They carry the high-stakes findings (threats, exposure, ways round
  a block, self-harm as leverage) and the well-understood ones;
* a small linear model (``message_model``) for wording no list of phrases foresees, and as a
  backstop for the rules.

Surface features (shouting, stacked questions, length) are counted directly; what each finding
says is in ``message_advice``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from pacer.words import message_advice
from pacer.words.message_engine import rule_findings
from pacer.words.message_model import MODEL_LIMIT, model_findings
from pacer.words.message_text import loud_span, normalise_mapped, questions_span

# A short note is what fits in one chat bubble on a phone without scrolling: about three
# short sentences, some 50 words, a tweet. pacer's own reach-out templates sit well under
# it. A message past it has usually stopped being "once, briefly and calmly" and become a
# letter the other person feels they have to answer.
MAX_CHARS = 280

# Only this much is read for wording. Anything longer is already some 70 short notes long
# and gets "too_long" regardless; the cap keeps the check instant on pasted walls of text.
SCAN_LIMIT = 20_000


@dataclass(frozen=True)
class Finding:
    """One reason a message may push the person away, with a kinder alternative.

    ``span`` is the words of the draft that raised it, exactly as written (None when the
    whole draft did, as with length).
    """

    code: str
    message: str
    span: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "span": self.span}


_ADVICE = message_advice.table(MAX_CHARS)

# Most important first: the findings are returned in this order.
CODES: tuple[str, ...] = (
    "self_harm", "threat", "exposure", "block_evasion", "ultimatum", "demand", "accusation", "guilt",
    "sarcasm", "begging", "interrogation", "love_bombing", "jealousy", "third_party",
    "repeated_questions", "shouting", "too_long",
)
assert set(CODES) == set(_ADVICE), "every code has its advice"

# The safety check (pacer.words.safety) answers first when a draft signals danger; its
# finding, code "safety", goes before all of these. ``ORDER`` is the full order.
SAFETY = "safety"
ORDER: tuple[str, ...] = (SAFETY, *CODES)

MODES = (None, "wait", "no-contact")


def check_message(text: str, mode: str | None = None) -> list[Finding]:
    """Return kind findings for a draft message, most important first; [] when it is short and calm.

    ``mode`` is the period's mode ("wait" or "no-contact"), or None: in a no-contact period
    news of a new way to reach them counts as going round the space, and the advice says so.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of: wait, no-contact")
    stripped = text.strip()
    if not stripped:
        return []
    head = stripped[:SCAN_LIMIT]
    plain, where = normalise_mapped(head)
    found: dict[str, str | None] = dict(rule_findings(head, plain, where, mode))
    questions = questions_span(head)
    if questions:
        found.setdefault("repeated_questions", questions)
    loud = loud_span(head)
    if loud:
        found.setdefault("shouting", loud)
    model_plain_end = bisect_left(where, MODEL_LIMIT)
    found.update(model_findings(head[:MODEL_LIMIT], plain[:model_plain_end], where[:model_plain_end], found))
    if len(stripped) > MAX_CHARS:
        found["too_long"] = None
    return [Finding(code, _advice(code, mode), found[code]) for code in CODES if code in found]


def _advice(code: str, mode: str | None) -> str:
    if code == "block_evasion" and mode == "no-contact":
        return message_advice.BLOCK_EVASION_NO_CONTACT
    return _ADVICE[code]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings from several checks (the safety check's too) in ``ORDER``, most important first."""
    rank = {code: i for i, code in enumerate(ORDER)}
    return sorted(findings, key=lambda f: rank.get(f.code, len(rank)))


def wording_advice(findings: list[Finding]) -> list[Finding]:
    """The findings to show as advice on wording, once crisis help (code "safety") has been said.

    After that help, the self_harm advice would only say it again: the help already asks them
    to hold the message and reach out for support first.
    """
    crisis = any(f.code == SAFETY for f in findings)
    return [f for f in findings if f.code != SAFETY and not (crisis and f.code == "self_harm")]
