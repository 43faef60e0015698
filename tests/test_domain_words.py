"""pacer.domain's words are StrEnums exactly like ones declared the ordinary way (`class Mode(StrEnum)`)."""

from __future__ import annotations

import enum
import json
import os
import pickle
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import pytest

from pacer import domain

LATER = ("Situation", "Choice", "Stage")  # made when first used: `pacer status` uses none of them
WORDS = [getattr(domain, name) for name in LATER] + [
    value for value in vars(domain).values()
    if isinstance(value, enum.EnumType) and value is not StrEnum and value.__name__ not in LATER
]


def _ordinary(words: type[StrEnum]) -> type[StrEnum]:
    made = StrEnum(words.__name__, [(member.name, member.value) for member in words])
    made.__doc__ = words.__doc__
    return made


def _behaviour(words: type[StrEnum]) -> list:
    seen: list = [words.__name__, words.__doc__, [type(base).__name__ + base.__name__ for base in words.__mro__[1:]],
                  {name: type(value).__name__ for name, value in vars(words).items() if not name.startswith("_")}]
    for member in words:
        seen += [member.name, member.value, str(member), repr(member), f"{member}", format(member, ">12"),
                 member == member.value, hash(member) == hash(member.value), words(member.value) is member,
                 words[member.name] is member, type(member) is words, json.dumps([member]), member + "!"]
    return seen


def test_every_word_is_a_str_enum_of_pacer_domain():
    assert {words.__name__ for words in WORDS} >= {"Mode", "Situation", "Outcome", "Choice", "Stage", "EventKind",
                                                   "UrgeOutcome", "ReminderKind", "DeliveryStatus"}
    for words in WORDS:
        assert issubclass(words, StrEnum) and words.__module__ == "pacer.domain" and words.__doc__
        for member in words:
            assert pickle.loads(pickle.dumps(member)) is member


@pytest.mark.parametrize("words", WORDS, ids=lambda words: words.__name__)
def test_each_behaves_as_an_ordinary_str_enum(words):
    assert _behaviour(words) == _behaviour(_ordinary(words))
    with pytest.raises(ValueError):
        words("not one of them")


def test_without_the_quick_way_the_words_are_the_same(monkeypatch):
    monkeypatch.setattr(domain, "_simple_enum", None)

    @domain._words
    class Mode(domain._Words):
        """What the period is: waiting for a reply, or no contact."""

        WAIT = "wait"
        NO_CONTACT = "no-contact"

    assert issubclass(Mode, StrEnum) and Mode.__qualname__.endswith("Mode")
    assert _behaviour(Mode)[3:] == _behaviour(domain.Mode)[3:] and Mode.__doc__ == domain.Mode.__doc__


def test_the_words_status_does_not_use_are_made_when_first_used():
    code = (
        "import pacer.domain as d\n"
        "late = ('Situation', 'Choice', 'Stage', 'MODE_SITUATIONS', 'SITUATIONS', 'CHOICES')\n"
        "print([name for name in late if name in vars(d)])\n"
        "from pacer.domain import CHOICES, MODE_SITUATIONS, SITUATIONS, Choice, Mode, Situation, Stage\n"
        "print([name for name in late if name not in vars(d)], d.Choice is Choice, CHOICES == tuple(Choice),\n"
        "      SITUATIONS == tuple(Situation), MODE_SITUATIONS[Mode.WAIT][0] is Situation.WAITING, Stage('final'))\n"
        "try:\n"
        "    from pacer.domain import Missing\n"
        "except ImportError as error:\n"
        "    print(type(error).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
                          env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    assert done.stdout.splitlines() == ["[]", "[] True True True True final", "ImportError"], done.stderr
