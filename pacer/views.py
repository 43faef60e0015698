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
    daemon = view["daemon"]
    notes = view["notifications"]
    state = "running" if daemon["running"] else "not running (`pacer daemon start`)"
    lines.append(f"{'Reminders':<16} {state} · {notes['shown']} shown · {notes['failed']} could not be shown")
    if notes["failed"] and notes["last_error"]:
        lines.append(f"{'Last problem':<16} {notes['last_error']} (`pacer doctor` helps)")
    return "\n".join(lines)
