"""The guided wait of `pacer urge`: twenty minutes with a slow breathing pace on screen.

One line is redrawn in place: the phase of the breath, a few dots that fill
on the way in and empty on the way out, and the time left. Every few minutes
one of the person's own reasons is printed above it. Ctrl-C stops it at any
moment, quietly: that is allowed, not a failure.

The durations are module constants read at call time, and sleeping and the
clock are passed in, so tests run the whole thing in milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import click

WAIT_S = 20 * 60.0  # most urges crest and fall within about twenty minutes
TICK_S = 0.5  # how often the line is redrawn
REASON_EVERY_S = 4 * 60.0  # a reason of their own, now and then
PACE: tuple[tuple[str, float], ...] = (("Breathe in", 4.0), ("Hold", 2.0), ("Breathe out", 6.0))  # ~5 breaths a minute
DOTS = 6
# Said once, halfway, when they gave no reasons to show.
HALFWAY = "Halfway. It rises, it peaks, it falls. You only need this breath, then the next."


def guided_wait(
    reasons: Sequence[str],
    *,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> bool:
    """Breathe with them for WAIT_S seconds. True when the time ran out, False when stopped with Ctrl-C."""
    sleep = sleep or time.sleep  # looked up now, so a test can replace them
    clock = clock or time.monotonic
    total = WAIT_S
    start, slept = clock(), 0.0
    next_reason, said = REASON_EVERY_S, 0
    try:
        # At least the time slept has passed, even where the clock stands still (a frozen test clock).
        while (elapsed := max(clock() - start, slept)) < total:
            if reasons and elapsed >= next_reason:
                _above(f"You wrote: “{reasons[said % len(reasons)]}”")
                said, next_reason = said + 1, next_reason + REASON_EVERY_S
            elif not reasons and not said and elapsed >= total / 2:
                _above(HALFWAY)
                said = 1
            click.echo("\r" + pace_line(elapsed, total - elapsed), nl=False)
            step = min(TICK_S, total - elapsed)
            sleep(step)
            slept += step
    except KeyboardInterrupt:
        click.echo()
        return False
    click.echo("\r" + pace_line(total, 0))
    return True


def pace_line(elapsed: float, left: float) -> str:
    """"  Breathe in   ●●●○○○   19:42 left": where the breath is, and the time left."""
    cycle = sum(length for _, length in PACE)
    moment = elapsed % cycle
    phase, length = PACE[-1]
    for name, seconds in PACE:
        if moment < seconds:
            phase, length = name, seconds
            break
        moment -= seconds
    share = min(moment / length, 1.0)
    filled = {"Breathe in": share, "Hold": 1.0, "Breathe out": 1.0 - share}.get(phase, share)
    count = round(filled * DOTS)
    dots = "●" * count + "○" * (DOTS - count)
    seconds = max(0, round(left))
    return f"  {phase:<12} {dots}   {seconds // 60:2d}:{seconds % 60:02d} left "


def _above(text: str) -> None:
    """A line printed above the pace line, which is then drawn again below it."""
    click.echo("\r" + " " * 40 + "\r", nl=False)
    click.echo(f"  {text}")
