"""pacer.ics: the output must parse with a real iCalendar library and round-trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from pacer.ics import CalendarEvent, escape_text, fold, to_ics

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
STAMP = datetime(2024, 3, 1, 9, 30, 15, tzinfo=UTC)


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def vevents(cal: icalendar.Calendar) -> list[icalendar.Event]:
    return [c for c in cal.walk() if c.name == "VEVENT"]


def physical_lines(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    return raw[: -len(b"\r\n")].split(b"\r\n")


def test_every_event_has_uid_dtstamp_and_aware_start():
    events = [
        CalendarEvent("p1-checkpoint-3", "A checkpoint", datetime(2024, 3, 31, 1, 30, tzinfo=BERLIN)),
        # 03:30 Berlin on the spring-forward day is CEST (UTC+2).
        CalendarEvent("p1-checkpoint-7", "Another", datetime(2024, 3, 31, 3, 30, tzinfo=BERLIN)),
        CalendarEvent(
            "p1-daily-1",
            "Daily",
            datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=NEW_YORK),  # second 01:30, EST
            duration=timedelta(hours=1),
        ),
    ]
    cal = parse(to_ics(events, stamp=STAMP))
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == "-//pacer//pacer//EN"
    parsed = vevents(cal)
    assert len(parsed) == 3
    for event, comp in zip(events, parsed):
        assert str(comp["UID"]) == f"{event.uid}@pacer.local"
        assert comp.decoded("DTSTAMP") == STAMP
        start = comp.decoded("DTSTART")
        assert start.tzinfo is not None
        assert start.utcoffset() == timedelta(0)
        # Compare in UTC: PEP 495 makes `==` across zones False for ambiguous
        # (fold=1) local times, even when they are the same instant.
        assert start == event.start.astimezone(UTC)
        assert comp.decoded("DTEND") - start == event.duration
        assert str(comp["SUMMARY"]) == event.summary
    assert parsed[1].decoded("DTSTART") == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert parsed[2].decoded("DTSTART") == datetime(2024, 11, 3, 6, 30, tzinfo=UTC)


def test_utc_z_form_and_stamp_not_the_clock():
    text = to_ics(
        [CalendarEvent("k", "s", datetime(2024, 7, 1, 10, 0, tzinfo=BERLIN))],
        stamp=datetime(2020, 1, 2, 4, 5, 6, tzinfo=BERLIN),
    )
    assert "DTSTART:20240701T080000Z\r\n" in text
    assert "DTEND:20240701T081500Z\r\n" in text
    assert "DTSTAMP:20200102T030506Z\r\n" in text


def test_alarm_displays_at_start_and_can_be_left_out():
    event = CalendarEvent("k", "Time for a walk", datetime(2024, 7, 1, 10, 0, tzinfo=BERLIN))
    comp = vevents(parse(to_ics([event], stamp=STAMP)))[0]
    alarms = [c for c in comp.subcomponents if c.name == "VALARM"]
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert str(alarms[0]["DESCRIPTION"]) == "Time for a walk"
    assert alarms[0].decoded("TRIGGER") == timedelta(0)
    assert str(comp["TRANSP"]) == "TRANSPARENT"
    assert str(comp["CLASS"]) == "PRIVATE"

    quiet = to_ics([event], stamp=STAMP, alarm=False)
    assert "VALARM" not in quiet


def test_crlf_everywhere():
    events = [
        CalendarEvent(
            f"k{i}",
            "line one\nline two\r\nline three\rfour " + "x" * 200,
            datetime(2024, 5, 1, 8, tzinfo=BERLIN) + timedelta(days=i),
            description="a\nb",
        )
        for i in range(3)
    ]
    text = to_ics(events, stamp=STAMP)
    assert text.endswith("\r\n")
    stripped = text.replace("\r\n", "")
    assert "\r" not in stripped and "\n" not in stripped


@pytest.mark.parametrize(
    "summary",
    [
        "ascii " * 40,
        "🌱🌿🌳 small steps, one day at a time 🕊️ " * 6,
        "עוד יום אחד, לאט לאט — עוד יום אחד " * 5,  # Hebrew, right-to-left
        "مرحبا، يوم آخر بهدوء " * 8,  # Arabic, right-to-left
        "e\u0301" * 100 + "👨‍👩‍👧" * 20,  # combining marks and ZWJ sequences
        "x" * 74 + "é" + "y" * 73 + "€",  # multibyte chars right at the fold
    ],
)
def test_long_and_unicode_lines_fold_and_round_trip(summary):
    description = summary[::-1] + "\n" + summary
    text = to_ics(
        [CalendarEvent("k", summary, datetime(2024, 5, 1, 8, tzinfo=BERLIN), description=description)],
        stamp=STAMP,
    )
    lines = physical_lines(text)
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # no character split across a fold
    assert any(line.startswith(b" ") for line in lines)
    comp = vevents(parse(text))[0]
    assert str(comp["SUMMARY"]) == summary
    assert str(comp["DESCRIPTION"]) == description


def test_fold_boundaries():
    assert fold("a" * 75) == "a" * 75
    assert fold("a" * 76) == "a" * 75 + "\r\n a"
    # 74 content octets per continuation line plus the leading space.
    assert fold("a" * (75 + 74 + 1)) == "a" * 75 + "\r\n " + "a" * 74 + "\r\n a"
    # a 4-octet emoji that would straddle octet 75 moves whole to the next line
    assert fold("a" * 73 + "🌱") == "a" * 73 + "\r\n 🌱"


@pytest.mark.parametrize(
    "text",
    [
        "commas, and; semicolons",
        "back\\slash and \\n literal",
        "trailing backslash \\",
        "multi\nline\ntext",
        ";;;,,,\\\\\\",
        "tab\tkept",
    ],
)
def test_escaping_round_trips(text):
    ics = to_ics(
        [CalendarEvent("k", text, datetime(2024, 5, 1, 8, tzinfo=BERLIN), description=text)],
        stamp=STAMP,
    )
    comp = vevents(parse(ics))[0]
    assert str(comp["SUMMARY"]) == text
    assert str(comp["DESCRIPTION"]) == text


def test_escape_text_rules():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("a\r\nb\rc") == "a\\nb\\nc"
    assert escape_text("bell\x07 nul\x00 del\x7f") == "bell nul del"


def test_uid_with_special_characters_stays_unique_and_parses():
    events = [
        CalendarEvent("p1;checkpoint,3", "a", datetime(2024, 5, 1, 8, tzinfo=BERLIN)),
        CalendarEvent("p1;checkpoint,4", "b", datetime(2024, 5, 2, 8, tzinfo=BERLIN)),
    ]
    uids = [str(c["UID"]) for c in vevents(parse(to_ics(events, stamp=STAMP)))]
    assert uids == ["p1;checkpoint,3@pacer.local", "p1;checkpoint,4@pacer.local"]


def test_empty_event_list_is_still_a_calendar():
    text = to_ics([], stamp=STAMP)
    assert text == (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//pacer//pacer//EN\r\n"
        "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"
    )
    cal = parse(text)
    assert cal.name == "VCALENDAR"
    assert vevents(cal) == []


def test_events_can_be_any_iterable():
    gen = (CalendarEvent(f"k{i}", "s", datetime(2024, 5, 1, 8, tzinfo=BERLIN)) for i in range(2))
    assert len(vevents(parse(to_ics(gen, stamp=STAMP)))) == 2


def test_default_description_adds_nothing():
    text = to_ics([CalendarEvent("k", "s", datetime(2024, 5, 1, 8, tzinfo=BERLIN))], stamp=STAMP)
    vevent = text.split("BEGIN:VALARM")[0]
    assert "DESCRIPTION" not in vevent


def test_invalid_input_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        CalendarEvent("k", "s", datetime(2024, 5, 1, 8))
    with pytest.raises(ValueError, match="positive"):
        CalendarEvent("k", "s", datetime(2024, 5, 1, 8, tzinfo=BERLIN), duration=timedelta(0))
    with pytest.raises(ValueError, match="uid"):
        CalendarEvent("", "s", datetime(2024, 5, 1, 8, tzinfo=BERLIN))
    with pytest.raises(ValueError, match="stamp"):
        to_ics([], stamp=datetime(2024, 5, 1))
    event = CalendarEvent("k", "s", datetime(2024, 5, 1, 8, tzinfo=BERLIN))
    with pytest.raises(ValueError, match="duplicate"):
        to_ics([event, event], stamp=STAMP)
