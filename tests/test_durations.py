import re
import sys
from datetime import timedelta

import pytest

from pacer import durations
from pacer.durations import format_compact, format_long, parse_duration, parse_duration_list
from pacer.errors import InvalidInput


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14d", timedelta(days=14)),
        ("36h", timedelta(hours=36)),
        ("2w", timedelta(weeks=2)),
        ("90m", timedelta(minutes=90)),
        ("45s", timedelta(seconds=45)),
        ("1d12h", timedelta(days=1, hours=12)),
        ("1w2d3h4m5s", timedelta(weeks=1, days=2, hours=3, minutes=4, seconds=5)),
        (" 3D ", timedelta(days=3)),
        ("1d 12h", timedelta(days=1, hours=12)),
        # words, as people say them
        ("2 weeks", timedelta(weeks=2)),
        ("10 days", timedelta(days=10)),
        ("36 hours", timedelta(hours=36)),
        ("1 day", timedelta(days=1)),
        ("90 minutes", timedelta(minutes=90)),
        ("1 Day 12 Hours", timedelta(days=1, hours=12)),
        ("1 week, 2 days", timedelta(days=9)),
        ("1 day and 12 hours", timedelta(days=1, hours=12)),
        ("2 wks 3 hrs 5 mins 10 secs", timedelta(weeks=2, hours=3, minutes=5, seconds=10)),
    ],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", [
    "", "14", "d", "14x", "-3d", "1.5d", "0d", "0s", "3d3d", "d3", "1d-2h",
    "2 weekss", "3 days 2 days", "3d,", "3d and", "and 3d", "1d,,2h", "two weeks", "1d" * 50,
])
def test_parse_duration_refuses(text):
    with pytest.raises(InvalidInput) as excinfo:
        parse_duration(text)
    assert "\n" not in excinfo.value.message


@pytest.mark.parametrize("text", ["14", "two weeks", "3 dayz"])
def test_a_refusal_names_the_forms_that_work(text):
    with pytest.raises(InvalidInput) as excinfo:
        parse_duration(text, what="length")
    assert "14d" in excinfo.value.message and "2 weeks" in excinfo.value.message and "36 hours" in excinfo.value.message


def test_unit_twice_is_named():
    with pytest.raises(InvalidInput, match="twice"):
        parse_duration("3d2d")


@pytest.mark.parametrize("delta", [timedelta(days=14), timedelta(hours=36), timedelta(seconds=45), timedelta(days=1, minutes=1)])
def test_compact_round_trips(delta):
    assert parse_duration(format_compact(delta)) == delta


def test_format_long():
    assert format_long(timedelta(days=14)) == "14 days"
    assert format_long(timedelta(days=1, hours=12)) == "1 day 12 hours"
    assert format_long(timedelta(hours=1)) == "1 hour"


def test_duration_list():
    assert parse_duration_list("3d, 7d,14d") == [timedelta(days=3), timedelta(days=7), timedelta(days=14)]
    for bad in ["", "3d,,7d", "3d,", "3d,x"]:
        with pytest.raises(InvalidInput):
            parse_duration_list(bad)


@pytest.mark.parametrize("text", ["14d", "36h", "2w", "90m", "5s", "0d", "１４d", "٣d", "²d", "d", "", "14", "14x", "1d12h",
                                  "2 weeks", "14 d", "+3d", "-3d", "3.5d", "9" * 20 + "d"])
def test_the_plain_form_is_read_as_the_patterns_read_it(text):
    by_pattern = re.findall(durations._PART, text) if re.fullmatch(durations._WHOLE, text) else []
    assert durations._parts(text) == by_pattern


def test_settings_durations_need_no_pattern(monkeypatch):
    monkeypatch.setitem(sys.modules, "re", None)  # importing re fails now: `pacer status` never imports it
    assert parse_duration("14d") == timedelta(days=14) and parse_duration(" 36H ") == timedelta(hours=36)
    with pytest.raises(ImportError):
        parse_duration("2 weeks")
