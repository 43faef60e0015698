"""Crisis words in what the person typed: help first, and a gentle check-in later. No click here.

Every command that takes the person's words passes them to `listen` before it
says anything else; the CLI prints what it returns first. `remember` records
only that it happened (the kind, never the words), so the daemon can check in
about an hour later when `safety.check_in` is on. Nothing is sent anywhere.
"""

from __future__ import annotations

from typing import NamedTuple

from pacer import safety_plan
from pacer.daemon import lock as daemon_lock
from pacer.domain import EventKind
from pacer.env import Env
from pacer.errors import PacerError
from pacer.store import Store
from pacer.words import safety
from pacer.words.safety import SafetyFinding


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
    plan, problem = safety_plan.load(env.paths.safety_plan)
    lines = safety.answer(finding, plan.people) if finding else safety.sos_lines(plan.people)
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
    plan, _ = safety_plan.load(env.paths.safety_plan)
    if plan.empty:  # none written yet, or unreadable (help_lines says so)
        return [HARD_NIGHTS, *help_lines(env, None)]
    return [f"{HARD_NIGHTS} {YOUR_PLAN}", *plan.lines(), safety.EMERGENCY, ANY_TIME]


def remember(env: Env, heard: Heard) -> None:
    """Record the moment (its kind only) in the active or most recent period; never stands in the way."""
    if not env.paths.db.exists():
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
