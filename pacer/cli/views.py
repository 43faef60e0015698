"""Words and pictures for the terminal: times relative to now, the progress bar, status text. Pure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pacer.durations import format_long
from pacer.period import DAY, Period, checkpoint_day

MODE_NAMES = {"wait": "Waiting", "no-contact": "No contact"}
MODE_WORDS = {"wait": "waiting", "no-contact": "no-contact"}
BAR_WIDTH = 30
_EIGHTHS = " ▏▎▍▌▋▊▉"


def when(moment: datetime, now: datetime) -> str:
    """"today 20:30", "tomorrow 10:00", "Sat 28 Nov 19:00 (in 2 days)", "yesterday 23:10"."""
    moment = moment.astimezone(now.tzinfo)
    days = (moment.date() - now.date()).days
    clock_text = moment.strftime("%H:%M")
    if days == 0:
        return f"today {clock_text}"
    if days == 1:
        return f"tomorrow {clock_text}"
    if days == -1:
        return f"yesterday {clock_text}"
    text = f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')} {clock_text}"
    if moment.year != now.year:
        text = f"{moment.day} {moment.strftime('%b %Y')} {clock_text}"
    if days > 1:
        text += f" (in {days} days)"
    return text


def absolute(moment: datetime, zone) -> str:
    """"Mon 7 Dec, 19:00": a fixed point in time, without "in N days"."""
    moment = moment.astimezone(zone)
    return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b')}, {moment.strftime('%H:%M')}"


def ago(moment: datetime, now: datetime) -> str:
    delta = now - moment
    if delta < timedelta(minutes=1):
        return "just now"
    return f"{format_long(delta, max_parts=1)} ago"


def span(delta: timedelta) -> str:
    """"2 days", "5 hours"; "under a minute" rather than "0 seconds"."""
    return "under a minute" if delta < timedelta(minutes=1) else format_long(delta, max_parts=1)


def checkpoint_name(offset: timedelta) -> str:
    """"day 3" for whole days; "6h" style for a checkpoint inside a day."""
    if offset % DAY == timedelta(0):
        return f"day {checkpoint_day(offset)}"
    return f"after {format_long(offset)}"


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


def status_text(view: dict[str, Any], period: Period | None, now: datetime) -> str:
    """The human `pacer status`, from the same dict `--json` prints."""
    lines = []
    if period is None:
        lines.append("No active period. `pacer start` begins one when you are ready.")
    else:
        name = MODE_NAMES[period.mode]
        percent = f"{round(view['progress'] * 100):>3d}%"
        if view["complete"]:
            lines.append(f"{name} · complete · {view['days_total']} of {view['days_total']} days   {progress_bar(period, now)} {percent}")
            lines.append("The period you chose is complete. `pacer checkpoint` helps you decide what comes next.")
        else:
            lines.append(
                f"{name} · day {view['day']} of {view['days_total']}   {progress_bar(period, now)} {percent}"
            )
        if view["pending_checkpoint"]:
            lines.append(f"{'Checkpoint':<16} waiting for you: `pacer checkpoint`")
        if view.get("paused_until"):
            until = when(datetime.fromisoformat(view["paused_until"]), now)
            lines.append(f"{'Paused until':<16} {until} · daily reminders held (`pacer resume` ends the pause)")
        nxt = view["next_checkpoint"]
        if nxt:
            at = datetime.fromisoformat(nxt["at"])
            lines.append(f"{'Next checkpoint':<16} day {nxt['day']} · {when(at, now)}")
        if view["next_reminder"]:
            lines.append(f"{'Next reminder':<16} {when(datetime.fromisoformat(view['next_reminder']), now)}")
        if view["reached_out_at"]:
            lines.append(f"{'Reached out':<16} {when(datetime.fromisoformat(view['reached_out_at']), now)}")
        urges = view["urges"]
        last = f" (last: {when(datetime.fromisoformat(view['last_urge_at']), now)})" if view.get("last_urge_at") else ""
        lines.append(f"{'Urges resisted':<16} {urges}{last}")
        if view.get("last_contact_at"):  # a slip or reach-out never resets the days since the start
            contact = datetime.fromisoformat(view["last_contact_at"])
            since_start = span(now - datetime.fromisoformat(view["started_at"]))
            slips = view.get("slips") or 0
            slip_text = f" · {slips} slip{'' if slips == 1 else 's'}" if slips else ""
            lines.append(
                f"{'Since contact':<16} {span(now - contact)} ({when(contact, now)}) · since the start {since_start}{slip_text}"
            )
    daemon = view["daemon"]
    notes = view["notifications"]
    state = "not running (`pacer daemon start`)"
    if daemon["running"]:
        state = f"running on {daemon['zone']} time" if daemon.get("zone") else "running"
    lines.append(f"{'Reminders':<16} {state} · {notes['shown']} shown · {notes['failed']} could not be shown")
    if notes["failed"] and notes["last_error"]:
        lines.append(f"{'Last problem':<16} {notes['last_error']} (`pacer doctor` helps)")
    return "\n".join(lines)


# --- status bars (`pacer status --format waybar|short`) ---------------------------------
# Discreet: a bar is on screen all day, so neither says the mode, a label,
# reasons or urges; only how far along the period is and what comes next.


def status_waybar(view: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Waybar's custom-module JSON: text, tooltip, class and percentage."""
    if not view["active"]:
        return {"text": "", "tooltip": "pacer: no active period", "class": "none", "percentage": 0}
    percentage = round(view["progress"] * 100)
    day = f"day {view['day']}/{view['days_total']}"
    tooltip = [f"pacer · day {view['day']} of {view['days_total']} ({percentage}%)"]
    if view["pending_checkpoint"]:
        css, text = "checkpoint", f"{day} · checkpoint"
        tooltip.append("A checkpoint is waiting: run `pacer checkpoint`")
    elif view["complete"]:
        css, text = "complete", "complete"
    elif view.get("paused_until"):
        css, text = "paused", f"{day} · paused"
    else:
        css, text = "active", day
    if view.get("paused_until"):
        tooltip.append(f"Paused until {when(datetime.fromisoformat(view['paused_until']), now)}")
    if view["next_checkpoint"]:
        nxt = view["next_checkpoint"]
        tooltip.append(f"Next checkpoint: day {nxt['day']} · {when(datetime.fromisoformat(nxt['at']), now)}")
    if view["next_reminder"]:
        tooltip.append(f"Next reminder: {when(datetime.fromisoformat(view['next_reminder']), now)}")
    return {"text": text, "tooltip": "\n".join(tooltip), "class": css, "percentage": percentage}


def status_short(view: dict[str, Any], now: datetime) -> str:
    """One line for tmux or i3blocks, e.g. "day 5/14 · next cp 2d"; empty without a period (hides the block)."""
    if not view["active"]:
        return ""
    day = f"day {view['day']}/{view['days_total']}"
    if view["pending_checkpoint"]:
        return f"{day} · checkpoint waiting"
    if view["complete"]:
        return "complete"
    if view.get("paused_until"):
        return f"{day} · paused {_in(datetime.fromisoformat(view['paused_until']) - now)}"
    if view["next_checkpoint"]:
        return f"{day} · next cp {_in(datetime.fromisoformat(view['next_checkpoint']['at']) - now)}"
    return day


def _in(delta: timedelta) -> str:
    """Rounded to the largest unit: "3d" for 2d 23h, "5h", "40m" (at least "1m")."""
    seconds = max(delta.total_seconds(), 0)
    if seconds >= 86400 - 1800:
        return f"{round(seconds / 86400)}d"
    if seconds >= 3600 - 30:
        return f"{round(seconds / 3600)}h"
    return f"{max(round(seconds / 60), 1)}m"
