"""Words and pictures for the terminal: times relative to now, the progress bar, status text. Pure."""

from __future__ import annotations

from datetime import datetime, timedelta

from pacer.commands.status import NextCheckpoint, Status
from pacer.domain import Mode, Outcome
from pacer.period import Period
from pacer.timetext import checkpoint_name, days, span, when

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on `pacer status`'s path
if TYPE_CHECKING:
    from typing import Any

MODE_NAMES: dict[str, str] = {Mode.WAIT: "Waiting", Mode.NO_CONTACT: "No contact"}
MODE_WORDS: dict[str, str] = {Mode.WAIT: "waiting", Mode.NO_CONTACT: "no-contact"}
OUTCOME_WORDS: dict[str, str] = {
    Outcome.COMPLETED: "completed", Outcome.MOVED_ON: "moved on", Outcome.HEARD_BACK: "heard back", Outcome.OTHER: "ended",
}


def outcome_words(period: Period) -> str:
    """How an ended period ended, in words: "moved on", "ended early", ..."""
    words = OUTCOME_WORDS.get(period.outcome or "", period.outcome or "ended")
    if period.outcome == Outcome.OTHER and period.ended_at is not None and period.ended_at < period.ends_at:
        return "ended early"
    return words
BAR_WIDTH = 30
_EIGHTHS = " ▏▎▍▌▋▊▉"


def progress_bar(period: Period, now: datetime, width: int = BAR_WIDTH) -> str:
    """Filled blocks for time passed, | for each checkpoint still ahead."""
    filled = period.progress(now) * width
    cells = []
    ticks = {min(width - 1, int(o / period.length * width)) for o in period.checkpoints if o < period.length}
    for i in range(width):
        if i + 1 <= filled:
            cells.append("█")
        elif i < filled:
            cells.append(_EIGHTHS[int((filled - i) * 8)] if int((filled - i) * 8) else "·")
        else:
            cells.append("|" if i in ticks else "·")
    return "".join(cells) + "|"


def status_text(status: Status, now: datetime) -> str:
    """The human `pacer status`: the same facts `--json` prints."""
    lines = []
    period = status.period
    if period is None:
        lines.extend(_no_period(status, now))
    else:
        name = MODE_NAMES[period.mode]
        percent = f"{round((status.progress or 0) * 100):>3d}%"
        total = period.days_total
        if status.complete:
            lines.append(f"{name} · complete · {days(total)}   {progress_bar(period, now)} {percent}")
            lines.append("The period you chose is complete. `pacer checkpoint` helps you decide what comes next.")
        else:
            lines.append(f"{name} · day {status.day} of {total}   {progress_bar(period, now)} {percent}")
        if status.pending_checkpoint:
            lines.append(f"{'Checkpoint':<16} waiting for you: `pacer checkpoint`")
        for label, text in coming_up(status, now):
            if label == PAUSED:
                text += " · daily reminders held (`pacer resume` ends the pause)"
            lines.append(f"{label:<16} {text}")
        if status.reached_out_at:
            lines.append(f"{'Reached out':<16} {when(status.reached_out_at, now)}")
        if status.heard_back_at:
            lines.append(f"{'Heard back':<16} {when(status.heard_back_at, now)}")
        last = f" (last: {when(status.last_urge_at, now)})" if status.last_urge_at else ""
        ridden = f" · {status.urges_ridden_out} ridden out" if status.urges else ""
        lines.append(f"{'Urges':<16} {status.urges}{ridden}{last}")
        if status.last_contact_at:  # a slip or reach-out never resets the days since the start
            contact = status.last_contact_at
            since_start = span(now - period.started_at)
            slip_text = f" · {status.slips} slip{'' if status.slips == 1 else 's'}" if status.slips else ""
            lines.append(
                f"{'Since contact':<16} {span(now - contact)} ({when(contact, now)}) · since the start {since_start}{slip_text}"
            )
    notes = status.notifications
    state = "not running (`pacer daemon start`)"
    if status.daemon_running:
        state = f"running on {status.daemon_zone} time" if status.daemon_zone else "running"
    lines.append(f"{'Reminders':<16} {state} · {notes.shown} shown · {notes.failed} could not be shown")
    if notes.failed and notes.last_error:
        lines.append(f"{'Last problem':<16} {notes.last_error} (`pacer doctor` helps)")
    return "\n".join(lines)


PAUSED = "Paused until"


def coming_up(status: Status, now: datetime) -> list[tuple[str, str]]:
    """What comes next, as (label, when) rows: the status text and the bar's tooltip both list these."""
    rows = []
    if status.paused_until:
        rows.append((PAUSED, when(status.paused_until, now)))
    if status.next_checkpoint:
        rows.append(("Next checkpoint", next_checkpoint_text(status.next_checkpoint, now)))
    if status.next_reminder:
        rows.append(("Next reminder", when(status.next_reminder, now)))
    return rows


def next_checkpoint_text(checkpoint: NextCheckpoint, now: datetime) -> str:
    """"after 7 days · Mon 30 Nov 19:00 (in 2 days)": named as `pacer start` named it."""
    end = " (the end)" if checkpoint.final else ""
    return f"{checkpoint_name(checkpoint.offset)}{end} · {when(checkpoint.at, now)}"


def _no_period(status: Status, now: datetime) -> list[str]:
    care = status.aftercare
    if care is None:
        return ["No active period. `pacer start` begins one when you are ready."]
    lines = [
        f"No active period · you chose to move on {when(care.ended_at, now)}",
        f"{'Gentle notes':<16} one a day, the week after, until {when(care.until, now)}",
    ]
    if care.next_note is not None:
        lines.append(f"{'Next note':<16} {when(care.next_note, now)}")
    lines.append("`pacer start` begins a new period whenever you want one.")
    return lines


# --- status bars (`pacer status --format waybar|short`) ---------------------------------
# Discreet: a bar is on screen all day, so neither says the mode, a label,
# reasons or urges; only how far along the period is and what comes next.


def status_waybar(status: Status, now: datetime) -> dict[str, Any]:
    """Waybar's custom-module JSON: text, tooltip, class and percentage."""
    if status.period is None:
        return {"text": "", "tooltip": "pacer: no active period", "class": "none", "percentage": 0}
    percentage = round((status.progress or 0) * 100)
    total = status.period.days_total
    day = f"day {status.day}/{total}"
    tooltip = [f"pacer · day {status.day} of {total} ({percentage}%)"]
    if status.pending_checkpoint:
        css, text = "checkpoint", f"{day} · checkpoint"
        tooltip.append("A checkpoint is waiting: run `pacer checkpoint`")
    elif status.complete:
        css, text = "complete", "complete"
    elif status.paused_until:
        css, text = "paused", f"{day} · paused"
    else:
        css, text = "active", day
    tooltip += [f"{label}{'' if label == PAUSED else ':'} {text}" for label, text in coming_up(status, now)]
    return {"text": text, "tooltip": "\n".join(tooltip), "class": css, "percentage": percentage}


def status_short(status: Status, now: datetime) -> str:
    """One line for tmux or i3blocks, e.g. "day 5/14 · next cp 2d"; empty without a period (hides the block)."""
    if status.period is None:
        return ""
    day = f"day {status.day}/{status.period.days_total}"
    if status.pending_checkpoint:
        return f"{day} · checkpoint waiting"
    if status.complete:
        return "complete"
    if status.paused_until:
        return f"{day} · paused {_in(status.paused_until - now)}"
    if status.next_checkpoint:
        return f"{day} · next cp {_in(status.next_checkpoint.at - now)}"
    return day


def _in(delta: timedelta) -> str:
    """Rounded to the largest unit: "3d" for 2d 23h, "5h", "40m" (at least "1m")."""
    seconds = max(delta.total_seconds(), 0)
    if seconds >= 86400 - 1800:
        return f"{round(seconds / 86400)}d"
    if seconds >= 3600 - 30:
        return f"{round(seconds / 3600)}h"
    return f"{max(round(seconds / 60), 1)}m"
