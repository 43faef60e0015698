"""The safety check on families of wordings it learnt in its last round: warning signs told
as plain facts, self-harm other than cutting, everyday life in a warning sign's words, recovery
told as past; and how the model alone decides (kinds vote, a sure model needs no risk word)."""

from __future__ import annotations

import pytest

from pacer.words import safety
from pacer.words.safety import Crisis, check


@pytest.mark.parametrize(("kind", "text"), [
    (Crisis.SELF, "keep slamming my head into the bathroom door"),
    (Crisis.SELF, "i hit my head on the wall over and over tonight"),
    (Crisis.SELF, "pulled my hair out again, theres a bald patch now"),
    (Crisis.SELF, "ripping my eyelashes out till it bleeds"),
    (Crisis.SELF, "honestly i cant do another winter of this"),
    (Crisis.SELF, "can't face another week like this honestly"),
    (Crisis.HARM_OTHERS, "if her new bf shows up at the wedding i'm going to put him in hospital"),
])
def test_new_wordings_are_found_with_their_kind(kind, text):
    finding = check(text)
    assert finding is not None, text
    assert finding.kind is kind


@pytest.mark.parametrize("text", [
    # everyday life in a warning sign's words
    "said goodbye to everyone at the office, my new job starts monday",
    "saying bye to the neighbours before we move abroad",
    "counted out my nan's tablets into her dosette box for the week",
    "pharmacy tech life: counting pills all shift",
    "someone was banging on my door at 2am, it was my drunk flatmate who lost her keys",
    "turns out it was just the delivery driver at the door",
    "sharpened all the kitchen knives with the new knife sharpener",
    "the blender blades are stuck again",
    "saving up for a car, nearly there",
    "packed your books into two boxes, they're at my place whenever you want them",
    # accidents and idioms, not self-harm
    "i banged my head on the cupboard door again",
    "bumped my knee on the desk lol",
    "pulling my hair out over this spreadsheet",
    "i can't do another year of this job, handing in my notice",
    "the new show about a stalker was so tense",
    # recovery told as past
    "the scars are faded now and so is that pain",
    "it's been 400 days since i last hurt myself",
    "i wanted to die last winter. this winter i'm learning to ski",
    "remember when this journal was all about wanting to die? now it's recipes",
    "the urge came tonight but i held ice and it passed",
    # worth said kindly
    "i deserve peace",
    "i deserve someone who answers",
])
def test_everyday_life_accidents_and_recovery_are_left_alone(text):
    assert check(text) is None, check(text)


@pytest.mark.parametrize("text", [
    "counted the pills again. there are enough now",
    "i banged my head on the door till it bled",
    "said goodbye to my mum today. she doesn't know it's the last time",
    "he hit me. it was my dad",
    "i relapsed last night and the cuts are deep",
    "i'll be gone for the weekend. and after that, for good",
    "i packed his stuff but they're at my door now, both of them, shouting",
])
def test_the_same_words_in_a_crisis_are_still_found(text):
    assert check(text) is not None, text


class _Scores:
    """A stand-in for the model: the same scores for every text."""

    def __init__(self, probs: dict[str, float]):
        self.meta: dict = {}
        self.probs = {"crisis": 0.0, "self": 0.0, "danger": 0.0, "harm_others": 0.0, "leverage": 0.0, **probs}

    def scores(self, _text: str) -> dict[str, float]:
        return dict(self.probs)


@pytest.fixture
def model_says(monkeypatch):
    def use(**probs: float) -> None:
        fake = _Scores(probs)
        monkeypatch.setattr(safety, "model", lambda: fake)
        safety.check.cache_clear()
        safety._known_keys.cache_clear()

    yield use
    safety.check.cache_clear()
    safety._known_keys.cache_clear()


PLAIN = "tidied the kitchen, made pasta and folded the laundry all evening"  # no risk word, no pattern


def test_a_kind_the_model_is_sure_of_raises_the_alarm_but_leverage_alone_does_not(model_says):
    model_says(crisis=safety.KIND_VOTE_FLOOR + 0.05, danger=0.95)
    finding = check(PLAIN)
    assert finding is not None and finding.kind is Crisis.DANGER and finding.span is None
    model_says(crisis=safety.KIND_VOTE_FLOOR + 0.05, leverage=0.95)
    assert check(PLAIN) is None


def test_a_kind_votes_only_when_the_crisis_label_is_not_far_off(model_says):
    model_says(crisis=safety.KIND_VOTE_FLOOR - 0.05, danger=0.95)
    assert check(PLAIN) is None


def test_a_sure_model_needs_no_risk_word_a_less_sure_one_does(model_says):
    model_says(crisis=safety.MODEL_SURE + 0.01, **{"self": 0.9})
    assert check(PLAIN) is not None
    model_says(crisis=safety.MODEL_SURE - 0.05, **{"self": safety.MODEL_SURE - 0.05})
    assert check(PLAIN) is None
    assert check("tidied the kitchen, made pasta and folded the laundry, and i keep thinking about the bridge") is not None


def test_a_kind_farewell_overrules_the_model_unless_it_speaks_of_dying(model_says):
    model_says(crisis=0.95, **{"self": 0.95})
    assert check("ok. this is the last one from me. i hope you have a good life") is None
    assert check("you needed space and i'll give you your space now, all of it") is None
    assert check("this is the last one from me. you'll all be better off without me") is not None
    assert check("i won't text you again. i won't be here to") is not None


def test_three_words_are_too_few_to_be_sure_of(model_says):
    model_says(crisis=0.95, **{"self": 0.95})
    assert check("folded the laundry") is None
    assert check("folded the laundry twice") is not None
