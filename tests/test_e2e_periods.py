"""End to end, line by line: a week of no contact and a waiting period, as a new user lives them.

A frozen clock walks the days; the daemon is stepped every half hour, so
every notification it shows is read too. Every line pacer prints (terminal
and notifications) goes through the rules for its mode, and the moments the
issue named are pinned: what the checkpoint offers and in which order, the
person's own reasons, the words on hearing back, urges that count only once
passed, milestones, time-of-day words.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from pacer.cli import breathing
from pacer.timetext import is_night
from pacer.words import rotation
from tests.cli_helpers import run
from tests.daemon_helpers import Harness

BERLIN = ZoneInfo("Europe/Berlin")
STEP = timedelta(minutes=30)

# Said to someone who chose (or was given) distance: nothing waits on a reply or watches a phone,
# nothing asks warmth of them, nothing offers to send first.
NO_CONTACT_NEVER = re.compile(
    r"watching a phone|phone that stays quiet|quiet phone|don't yet know what they want|go quiet because|"
    r"(?<!have to )be warm|silence of your own|keeps the hurt going|while you wait|whether a message comes|"
    r"many people are watching|reaching out can wait for the end|door is open on my side|I'm still here",
    re.IGNORECASE,
)
WAITING_NEVER = re.compile(r"break-?up|broke up|\bex\b|no[\s-]contact|after being blocked|how (?:it|things) ended",
                           re.IGNORECASE)
NOTIFICATION_NEVER = re.compile(r"no[\s-]contact|streak|in a row|don't break", re.IGNORECASE)


class Week:
    """The person's side (commands) and the daemon's side (notifications), on one frozen clock."""

    def __init__(self, frozen, harness: Harness, start: datetime) -> None:
        self.frozen, self.harness, self.now = frozen, harness, start
        self.lines: list[tuple[datetime, str, str]] = []  # (when, "terminal"/"notification", the line)
        self.steps: list[list[tuple[str, str]]] = []  # notifications shown in each daemon step

    def until(self, moment: datetime) -> None:
        """Let time pass to `moment`, the daemon waking every half hour."""
        while self.now + STEP <= moment:
            self.now += STEP
            self.frozen.move_to(self.now)
            self._daemon()
        self.now = moment
        self.frozen.move_to(moment)
        self._daemon()

    def _daemon(self) -> None:
        before = len(self.harness.notifier.sent)
        self.harness.step()
        new = self.harness.notifier.sent[before:]
        self.steps.append(new)
        for title, body in new:
            self.lines.append((self.now, "notification", f"{title} | {body}"))

    def pacer(self, *args: str, input: str | None = None, code: int = 0) -> str:
        result = run(*args, input=input)
        assert result.exit_code == code, (args, result.output)
        for line in result.output.splitlines():
            self.lines.append((self.now, "terminal", line))
        return result.output

    def notifications(self) -> list[tuple[str, str]]:
        return list(self.harness.notifier.sent)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@pytest.fixture
def week(pacer_home, tty, monkeypatch):
    monkeypatch.setattr(breathing, "WAIT_S", 0.05)
    monkeypatch.setattr(breathing, "TICK_S", 0.01)
    harness = Harness()
    start = local("2026-11-23T19:00:00")
    try:
        with freeze_time(start) as frozen:
            yield Week(frozen, harness, start)
    finally:
        harness.close()


@pytest.fixture
def words(monkeypatch):
    """Every entry of pacer's words shown, with the mode and situation asked for."""
    seen = []
    real = rotation.peek

    def recording(*args, **kwargs):
        picks = real(*args, **kwargs)
        seen.extend((kwargs.get("mode"), kwargs.get("situation"), p.entry) for p in picks)
        return picks

    monkeypatch.setattr(rotation, "peek", recording)
    return seen


def check_every_line(week: Week, never: re.Pattern, typed: set[str]) -> None:
    for at, where, line in week.lines:
        if any(text in line for text in typed):
            continue  # the person's own words are theirs
        assert not never.search(line), (at, where, line)
        if re.search(r"\btonight\b", line, re.IGNORECASE):
            assert is_night(at), (at, line)
        if where == "notification":
            title, body = line.split(" | ", 1)
            assert len(title) <= 40 and len(body) <= 180, line
            assert not NOTIFICATION_NEVER.search(title + " " + body), line
        assert "Traceback" not in line and "Urges resisted" not in line


def test_a_week_of_no_contact(week, words):
    reasons = ("I deserve calm", "They were unkind when angry")
    typed = {*reasons, "saw their photo", "a long walk helped", "sent a long text"}
    w = week
    out = w.pacer("start", "14d", "--mode", "no-contact", "--reason", reasons[0], "--reason", reasons[1], input="1\n")
    assert "  1  I chose no contact\n  2  They blocked me\n" in out
    assert "Started a no-contact period of 14 days (ends Mon 7 Dec, 19:00)." in out

    w.until(local("2026-11-24T23:10:00"))  # a hard night: an urge, the guided wait, it passes
    out = w.pacer("urge", input="4\nsaw their photo\n\np\n")
    assert f"Your own reasons:\n  • {reasons[0]}\n  • {reasons[1]}\n" in out
    assert "Breathe in" in out and "Twenty minutes." in out
    assert "The urge of today 23:10 passed: you rode it out. 1 urge ridden out in this period." in out

    w.until(local("2026-11-25T12:00:00"))
    w.pacer("note", "a long walk helped")
    w.until(local("2026-11-25T22:40:00"))  # an urge without a terminal wait: the daemon checks in
    out = w.pacer("urge", "--check-in", "--no-check-in", code=2)
    w.pacer("urge", "--check-in", input="\n\n")
    w.until(local("2026-11-25T23:05:00"))
    [(title, body)] = [n for n in w.steps[-1]] or [("", "")]
    assert body.endswith("Tell pacer: pacer urge --check-in passed (or strong).")
    assert "Urges            2 · 1 ridden out" in w.pacer("status")
    w.pacer("urge", "--check-in", "strong")
    assert "Urges            2 · 1 ridden out" in w.pacer("status")

    w.until(local("2026-11-26T21:00:00"))  # the day-3 checkpoint came at 19:00
    out = w.pacer("checkpoint", input="1\n")
    assert out.startswith("Checkpoint · no-contact · day 4 of 14\n3 days so far · 2 urges (1 ridden out) · 1 note\n")
    assert f"Your own reasons:\n  • {reasons[0]}" in out
    assert "  1  Keep going\n  2  Move on\n  3  Reach out once\n  4  I heard back\n" in out
    assert "Keep going: noted." in out

    w.until(local("2026-11-27T20:00:00"))
    out = w.pacer("slipped", "--note", "sent a long text")
    assert "Be kind to yourself this evening." in out
    w.until(local("2026-11-28T11:00:00"))
    out = " ".join(w.pacer("heard-back", "--keep-going").split())
    assert out.startswith("They got in touch. You don't owe them a reply, now or at all.")
    assert "safety" in out.casefold() and f"• {reasons[1]}" in out
    assert "Heard back       today 11:00" in w.pacer("status")

    w.until(local("2026-11-30T21:00:00"))  # a week: the day-7 checkpoint at 19:00, its milestone at 20:30
    out = w.pacer("checkpoint", input="1\n")
    assert "You heard back Sat 28 Nov 11:00." in out
    assert "  1  Keep going\n  2  Move on\n  3  Reach out once\n" in out and "I heard back" not in out
    journal = w.pacer("journal")
    for line in ("Milestone: day 1, a day since you began", "Milestone: day 3, 3 days since you began",
                 "Milestone: day 7, 7 days since you began", "Urge · strength 4 of 5 · it passed",
                 "Urge · still strong at the check-in", "You got in touch after all (no reset)", "They got in touch"):
        assert line in journal, line

    titles = [t for t, _ in w.notifications()]
    checkpoints = [t for t in titles if t.startswith("Checkpoint")]
    assert len(checkpoints) == 2  # day 3 and day 7, once each
    milestone_titles = {"One day", "A day in", "Three days", "Three days in", "A week", "Seven days"}
    assert len([t for t in titles if t in milestone_titles]) == 3  # day 1, 3 and 7, once each
    assert all(len(step) <= 1 for step in w.steps), "two notifications in the same breath"
    check_every_line(w, NO_CONTACT_NEVER, typed)
    assert words and all(mode == "no-contact" and mode in entry.modes for mode, _, entry in words)
    assert all(not entry.situations or "chose" in entry.situations for _, _, entry in words)


def test_a_waiting_period(week, words):
    w = week
    typed = {"patience with myself"}
    out = w.pacer("start", "3d", "--mode", "wait", "--reason", "patience with myself", input="1\n")
    assert "  1  I sent something and I'm waiting for a reply\n" in out

    w.until(local("2026-11-24T09:30:00"))  # the 6-hour checkpoint came at 08:00 (after quiet hours)
    out = w.pacer("checkpoint", input="2\n")
    assert "  1  Reach out once\n  2  Keep waiting\n  3  Move on\n  4  I heard back\n" in out
    assert "Keep waiting: noted." in out

    w.until(local("2026-11-24T20:00:00"))  # the day-1 checkpoint: reach out once, from a template
    out = w.pacer("checkpoint", input="1\n1\nk\ny\n")
    assert "Do you still want to write a message?" not in out  # no caution: waiting for a reply is the point
    assert "Recorded: you reached out once." in out

    w.until(local("2026-11-26T20:00:00"))  # the end: the reply window asks whether they answered
    out = w.pacer("checkpoint", input="1\n\n")  # 1 = I heard back, Enter = end it (the default when waiting)
    assert "  1  I heard back\n  2  Keep waiting\n  3  Move on\n" in out
    assert "Recorded: you heard back. The period has ended" in out
    assert "Your own reasons for the space you chose" not in out

    titles = [t for t, _ in w.notifications()]
    assert len([t for t in titles if t.startswith("Checkpoint")]) == 3  # 6 hours, 1 day, the end
    assert "One day" in titles or "A day in" in titles
    assert all(len(step) <= 1 for step in w.steps)
    check_every_line(w, WAITING_NEVER, typed)
    assert words and all(mode == "wait" and mode in entry.modes for mode, _, entry in words)
    assert all(not entry.situations or "waiting" in entry.situations for _, _, entry in words)
