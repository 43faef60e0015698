"""What pacer says first when the safety check (pacer.words.safety) hears crisis words, what
`pacer sos` says, and the discreet check-in an hour later.

Safe-messaging guidance: acknowledge, say they matter, point to help that exists now, hopeful
and concrete; never a method or detail, never "you shouldn't feel that". Each kind of crisis
gets its own words (tests/test_safety_paths.py reads every one of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from pacer.words.safety import Crisis, SafetyFinding


@dataclass(frozen=True)
class CheckIn:
    """The discreet notification shown a while after a finding: nothing the person wrote."""

    title: str
    body: str
    after: timedelta


CHECK_IN = CheckIn(
    title="Checking in on you",
    body="How are you doing now? If it still feels heavy, you don't have to carry it alone: "
    "open pacer to see who you can reach.",
    after=timedelta(hours=1),
)

EMERGENCY = "If you might not be safe right now, call your local emergency number."
HELPLINE = "findahelpline.com lists free, confidential helplines in every country."
NO_PLAN = "When you feel able, `pacer safety-plan` helps you write down who to reach and what helps."

_ANSWERS: dict[Crisis, tuple[str, ...]] = {
    Crisis.SELF: (
        "It sounds like you are in a lot of pain. You matter, and you don't have to carry this alone.",
        EMERGENCY,
        "You can talk to someone now: " + HELPLINE,
        "Feelings this heavy can ease with support; reaching out is a strong step.",
    ),
    Crisis.LEVERAGE: (
        "Your pain matters, and it deserves real support, not a message to them. Please hold this "
        "message and reach out for help first.",
        EMERGENCY,
        "Someone can listen now: " + HELPLINE,
    ),
    Crisis.DANGER: (
        "Your safety comes first. If you can, get to a safe place: a room that locks, a neighbour, "
        "a friend, somewhere with people around.",
        EMERGENCY,
        "findahelpline.com lists free, confidential domestic-abuse and stalking helplines for your "
        "country.",
        "Use a phone or computer the other person cannot see or check.",
    ),
    Crisis.HARM_OTHERS: (
        "It sounds like you are hurting and very angry. Step away from them now and put distance "
        "between you.",
        "Call someone: a friend you trust, or a helpline; findahelpline.com lists free ones in every "
        "country.",
        "If someone might be in danger, call your local emergency number.",
        "This feeling will ease. Give it the next few hours, somewhere else.",
    ),
}


# `pacer sos`: asked for, not detected; the same help for whatever is happening.
_SOS = (
    "You matter, and you don't have to get through this alone.",
    EMERGENCY,
    "You can talk to someone now: " + HELPLINE,
    "If someone is hurting or threatening you, get to a safe place first if you can, then call the emergency number.",
    "findahelpline.com lists domestic-abuse helplines too; use a phone or computer the other person cannot see.",
)


def answer(finding: SafetyFinding, people: Sequence[str] = ()) -> list[str]:
    """The short, warm lines pacer prints first for ``finding``; ``people`` are the names on
    the person's safety plan (a line about ``pacer safety-plan`` when there are none)."""
    return [*_ANSWERS[finding.kind], _people_line(people)]


def sos_lines(people: Sequence[str] = ()) -> list[str]:
    """What `pacer sos` says at once, before the person's own plan."""
    return [*_SOS, _people_line(people)]


def _people_line(people: Sequence[str]) -> str:
    names = [" ".join(p.split()) for p in people if p and p.strip()]
    if not names:
        return NO_PLAN
    return f"People on your safety plan: {', '.join(names)}. Reach out to one of them now; a short message is enough."
