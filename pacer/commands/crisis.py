"""Crisis words in what the person typed: help first, and a gentle check-in later. No click here.

Every command that takes the person's words passes them to `listen` before it
says anything else; the CLI prints what it returns first. `remember` records
only that it happened (the kind, never the words), so the daemon can check in
about an hour later when `safety.check_in` is on. Nothing is sent anywhere.
`after_hard_nights` is what a checkpoint says after several hard nights
(pacer.hard_nights); `after_safe_question` what follows "Are you safe right
now?" when a draft to them held crisis words.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from pacer import safety_plan
from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind
from pacer.env import Env
from pacer.errors import PacerError
from pacer.store import Store
from pacer.words import safety, safety_answers
from pacer.words.safety import Crisis, SafetyFinding


class Heard(NamedTuple):
    finding: SafetyFinding
    lines: list[str]  # what pacer says first: the answer, then the person's own safety plan


def listen(env: Env, *texts: str | None) -> Heard | None:
    """The answer to print first when any of `texts` signals danger; None otherwise."""
    for text in texts:
        finding = safety.check(text) if text else None
        if finding is not None:
            return Heard(finding, help_lines(env, finding))
    return None


def help_lines(env: Env, finding: SafetyFinding | None) -> list[str]:
    """The answer for `finding` (or the general one for `pacer sos`), then the person's own plan."""
    plan, problem = safety_plan.load(Path(env.paths.safety_plan))
    lines = safety_answers.answer(finding, plan.people) if finding else safety_answers.sos_lines(plan.people)
    if not plan.empty:
        lines += ["", "Your safety plan:", *plan.lines()]
    if problem:
        lines += ["", f"Note: {problem}"]
    return lines


HARD_NIGHTS = "The last few nights seem to have been hard ones."
YOUR_PLAN = "Here is the plan you wrote for nights like these:"
ANY_TIME = "`pacer sos` shows it, with free helplines, at any time."


def after_hard_nights(env: Env) -> list[str]:
    """At a checkpoint after several hard nights (pacer.hard_nights): their own plan, or else help and a word on writing one.

    Never a question and never a condition: a plan that is missing or unreadable only changes the words.
    """
    plan, _ = safety_plan.load(Path(env.paths.safety_plan))
    if plan.empty:  # none written yet, or unreadable (help_lines says so)
        return [HARD_NIGHTS, *help_lines(env, None)]
    return [HARD_NIGHTS, YOUR_PLAN, *plan.lines(), "", safety_answers.EMERGENCY, ANY_TIME]


# A draft to them held crisis words, and pacer asked "Are you safe right now?". What follows each answer,
# for each kind: help-seeking and concrete, never a verdict on them, never a method.
NOT_SAFE = {
    Crisis.DANGER: "Thank you for telling pacer. If you can, get to a safe place first, then call your local emergency "
                   "number. findahelpline.com lists domestic-abuse helplines; reach them from a phone or computer the "
                   "other person cannot see. Nothing was recorded.",
    Crisis.HARM_OTHERS: "Thank you for telling pacer. Step away from them now, and call someone: a friend you trust, or a "
                        "helpline (findahelpline.com). If someone might be in danger, call your local emergency number. "
                        "Nothing was recorded.",
}
NOT_SAFE_SELF = ("Thank you for telling pacer. Please reach out now: call your local emergency number, or talk to a "
                 "helpline (findahelpline.com) or someone from your own plan (`pacer sos`). Nothing was recorded.")
SAFE = {
    Crisis.LEVERAGE: "Thank you. A message that puts your safety in their hands rarely brings the closeness you hope "
                     "for; the people and helplines above can hold this with you.",
    Crisis.DANGER: "Thank you. Your safety comes before any message, and you don't owe them a reply; keep the help "
                   "above close.",
    Crisis.HARM_OTHERS: "Thank you. Give this a few hours, away from them, before any message; the people above can "
                        "help you hold it.",
}
SAFE_SELF = ("Thank you. Words this heavy deserve someone who can be with you now; the people and helplines above "
             "can hold this with you.")


def after_safe_question(kind: Crisis, safe: bool) -> str:
    """What pacer says once they answered whether they are safe right now (a crisis draft at a checkpoint)."""
    if safe:
        return SAFE.get(kind, SAFE_SELF)
    return NOT_SAFE.get(kind, NOT_SAFE_SELF)


def remember(env: Env, heard: Heard) -> None:
    """Record the moment (its kind only) in the active or most recent period; never stands in the way."""
    if not os.path.exists(env.paths.db):
        return
    try:
        with Store.open(env.paths) as store, store.transaction():
            period = store.active_period() or store.last_period()
            if period is None:
                return
            store.add_event(period.stored_id, EventKind.SAFETY, env.now, None, crisis=str(heard.finding.kind))
    except PacerError:
        return  # the help was shown; a locked or read-only store must not turn it into an error
    daemon_lock.wake(env.paths.daemon_lock)
