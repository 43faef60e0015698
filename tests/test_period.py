from datetime import UTC, datetime, timedelta

import pytest

from pacer.errors import InvalidInput
from pacer.period import checkpoint_day, new_period

START = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
D = timedelta(days=1)


def make(length=14 * D, checkpoints=None, defaults=(3 * D, 7 * D, 14 * D, 30 * D), **kw):
    return new_period(mode=kw.pop("mode", "no-contact"), length=length, checkpoints=checkpoints,
                      default_checkpoints=defaults, started_at=START, **kw)


def test_defaults_are_trimmed_to_the_length_and_the_end_is_a_checkpoint():
    period = make(length=10 * D)
    assert period.checkpoints == (3 * D, 7 * D)
    assert period.checkpoint_offsets == (3 * D, 7 * D, 10 * D)


def test_day_numbers():
    period = make()
    assert period.day(START) == 1
    assert period.day(START + D - timedelta(seconds=1)) == 1
    assert period.day(START + D) == 2
    assert period.day(START + 13 * D + timedelta(hours=23)) == 14
    assert period.day(START + 40 * D) == 14  # never "day 15 of 14"
    assert period.days_total == 14
    assert period.is_complete(START + 14 * D)
    assert not period.is_complete(START + 14 * D - timedelta(seconds=1))


def test_progress_is_clamped():
    period = make()
    assert period.progress(START - D) == 0
    assert period.progress(START + 7 * D) == pytest.approx(0.5)
    assert period.progress(START + 99 * D) == 1


def test_next_checkpoint():
    period = make()
    assert period.next_checkpoint(START) == 3 * D
    assert period.next_checkpoint(START + 3 * D) == 7 * D
    assert period.next_checkpoint(START + 14 * D) is None


def test_short_periods():
    period = make(length=timedelta(hours=36), checkpoints=[timedelta(hours=6)])
    assert period.days_total == 2
    assert checkpoint_day(timedelta(hours=6), period.length) == 1
    assert checkpoint_day(timedelta(hours=36), period.length) == 2  # the end: day 2 of 2


def test_a_checkpoint_day_is_the_day_status_shows_at_that_moment():
    period = make()
    for offset in period.checkpoint_offsets:
        assert checkpoint_day(offset, period.length) == period.day(START + offset)
    assert [checkpoint_day(o, period.length) for o in period.checkpoint_offsets] == [4, 8, 14]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(length=366 * D), "at most 365 days"),
        (dict(length=timedelta(0)), "longer than zero"),
        (dict(checkpoints=[15 * D]), "after the end"),
        (dict(checkpoints=[3 * D, 3 * D]), "given twice"),
        (dict(checkpoints=[timedelta(0)]), "after the start"),
        (dict(mode="sulk"), "unknown mode"),
        (dict(label="   "), "label is empty"),
        (dict(reasons=("",)), "reason is empty"),
    ],
)
def test_refusals(kwargs, message):
    with pytest.raises(InvalidInput, match=message):
        make(**kwargs)


def test_checkpoint_at_the_end_is_allowed():
    assert make(checkpoints=[14 * D]).checkpoint_offsets == (14 * D,)


def test_label_and_reasons_are_trimmed():
    period = make(label="  a  ", reasons=(" for me ",))
    assert period.label == "a" and period.reasons == ("for me",)
