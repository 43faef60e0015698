"""The safety check: what it flags, what it leaves alone, what it says, and how fast it is.

The examples here are written for these tests (none is a row of the corpus's test split); the
corpus-wide figures come from tests/bench/safety_eval.py.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pacer.words import safety
from pacer.words.ngram_model import normalise
from pacer.words.safety import Crisis, SafetyFinding, check
from pacer.words.safety_answers import CHECK_IN, answer

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "safety.tsv"
CRISIS_LABELS = ("suicidal", "plan_means", "self_harm", "harm_others", "danger", "leverage")
ORDINARY_LABELS = ("idiom", "heartbreak", "anger", "sadness", "media", "recovery", "neutral")

SELF = [
    "i dont want to be here anymore",
    "everyone would be better off without me",
    "i want to go to sleep and not wake up",
    "kms",
    "thinking about unaliving tbh",
    "honestly i just want to not exist",
    "there's no reason for me to be alive anymore",
    "i want to die, day 5 no contact",
    "im so tired of being alive",
    "i'm going to end it tonight",
    "i won't be here much longer",
    "nobody would care if i was gone",
    "i've been stockpiling my sleeping pills",
    "looked up how high the bridge is",
    "wrote a note for my mum, it's on my bed",
    "cut again last nite after he texted",
    "i really want to hurt myself",
    "burned my arm with a lighter again",
]
DANGER = [
    "he's banging on the door",
    "she said she'd kill me if i leave",
    "my ex keeps following me home",
    "he's outside my flat right now and i'm scared",
    "my boyfriend hit me again tonight",
    "he threatened to hurt me if i tell anyone",
    "someone's been following me from work",
    "he grabbed my throat",
    "i'm hiding in the bathroom, he's screaming",
    "my husband won't let me leave the house",
]
HARM_OTHERS = [
    "i'm going to make them pay, i know where they park their car",
    "going to smash his car",
    "i'm going to hurt him when he gets home",
    "gonna slash her tyres tonight",
    "i'm going to beat up the guy she's seeing",
    "i swear i'll kill him if he comes near me",
    "i'm taking a knife to his place",
]
LEVERAGE = [
    "if you leave me i'll kill myself",
    "answer or ill hurt myself and its on you",
    "if u block me ill end it",
    "reply tonight or i'm taking the pills",
    "if you don't come back i don't want to live",
    "you'll be sorry when i'm dead",
    "pick up or i'll cut",
    "if you go out with her i'm going to hurt myself",
]
ORDINARY = [
    # heartbreak said dramatically (not a crisis, by choice: see the safety module)
    "i'm dying inside", "this breakup is killing me", "he hurt me so much when he left", "i'm heartbroken",
    # idioms and ordinary subjects
    "this commute is killing me", "i'd die for a coffee", "my battery died", "killed it at spin class",
    "dead tired", "lol i'm dead", "my phone died at 3pm", "my feet are killing me", "i'd kill for a nap",
    "this exam will be the death of me", "i'm dead on my feet", "my mum is going to kill me",
    "i cut my hair short", "i hurt my ankle running", "burned my hand on the pan",
    "we jumped off the pier, so fun", "took my vitamins with breakfast", "the bridge was closed so i was late",
    "i'm over him", "it's over between us", "i'm gone for the weekend", "i'm so done with this week",
    # a film, a book, a song
    "just watched a film about a guy who kills himself", "that song about cutting yourself is so sad",
    "the show's villain stalks his ex",
    # recovery told in the past by someone safe now
    "two years ago i tried to end my life, today im grateful im here",
    "i used to self harm but i'm 3 years clean",
    # anger without intent (with a joke marker: not a crisis, by choice)
    "i could strangle him lmao", "i hate him so much right now", "i'm going to destroy him at chess",
    # sadness, ordinary notes
    "day 4 no contact, cried at work", "i'm so sad and lonely tonight", "i feel empty today",
    "i want to end things with him", "ended it with the guy from the app", "i want to text him so bad",
]


# said indirectly, in a note that turns dark, in texting style
INDIRECT = [
    "not planning on being around to see the spring tbh",
    "they wouldnt even notice i was gone till the rent was due",
    "i've worked out the when and the where",
    "honestly everyone would cope fine, better off in the end without me",
    "what's even the point anymore",
    "i keep standing on the platform thinking about the next train",
    "whatever happens tonight, none of it is your fault x",
    "3 weeks no contact and all i can think about is dying",
    "gave my records to my brother. wont be needing them",
    "i'm not eating until you answer me",
]
# calm, apologetic or caring words: a message check's kind drafts must pass the safety check
CALM_DRAFTS = [
    "I'm sorry. That's all, really. Take care of yourself",
    "I never meant to hurt you. I'm sorry that I did",
    "this is my last message, I promise. I wish you well, truly",
    "I won't reach out again after this. Look after yourself",
    "If you ever want to talk, I'm here. No pressure at all",
    "sorry I went quiet, life got heavy for a bit. hope you're doing okay",
    "thank you for everything we had. goodbye, and good luck",
    "I hope the new job is going well. You deserve good things",
    "If you are thinking about harming yourself, please call your local emergency number",
    "my friend told me she's been thinking about suicide, so we called a helpline together",
    "me again",  # two words and no word of danger: the model alone does not decide on that
    "I won't text you again after this. I hope you have a really good life",
]


@pytest.mark.parametrize(("kind", "text"), [
    *((Crisis.SELF, t) for t in SELF),
    *((Crisis.DANGER, t) for t in DANGER),
    *((Crisis.HARM_OTHERS, t) for t in HARM_OTHERS),
    *((Crisis.LEVERAGE, t) for t in LEVERAGE),
])
def test_crisis_is_found_with_its_kind(kind, text):
    finding = check(text)
    assert finding is not None, text
    assert finding.kind is kind
    assert finding.reason


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_left_alone(text):
    assert check(text) is None


@pytest.mark.parametrize("text", INDIRECT)
def test_indirect_words_are_found(text):
    assert check(text) is not None, text


@pytest.mark.parametrize("text", CALM_DRAFTS)
def test_calm_apologetic_and_caring_words_are_left_alone(text):
    assert check(text) is None, check(text)


def test_help_for_someone_else_is_not_the_writers_crisis_but_asking_for_it_is():
    assert check("if you feel you might not be safe, go to the nearest emergency department") is None
    assert check("i'm thinking about harming myself, should i call a helpline?") is not None
    assert check("i want to die. please talk to me") is not None


def test_a_past_told_as_past_stays_past_unless_a_neighbour_brings_it_back():
    assert check("i tried to end it 3 years ago, i love my life now. tonight i'm going dancing") is None
    assert check("3 years ago i tried to end it. i'm thinking about doing it again") is not None
    assert check("two years ago i wanted to die. i want to die again") is not None
    # a sentence in the present is not made past by a neighbour's recovery
    assert check("i was in a dark place in 2019, i'm okay now. i know where my dad keeps his gun") is not None


def test_no_contact_is_not_a_negation_and_symbols_are_not_shorthand():
    assert check("day 9 no contact and all i want is to die") is not None
    assert normalise("i want to k!ll myself") == "i want to k!ll myself"  # "k" alone is "okay"
    assert check("i want to k!ll myself") is not None


def test_a_long_calm_note_is_not_judged_by_its_worst_window():
    calm = ("Work was fine, the commute was killing me as usual and I nearly died laughing at lunch. "
            "I picked up my meds from the pharmacy and walked home over the bridge. I want to go out "
            "tonight with Sam, then an early night. ")
    assert check(calm * 6) is None
    dark = calm * 3 + "Honestly I keep thinking they'd all be better off without me. " + calm * 3
    assert check(dark) is not None


def test_pacers_own_words_as_they_are_are_known_and_any_text_is_read_without_error():
    assert check("Tend something living") is None  # a content title, three words the model misreads
    assert check("caf\udce9 \ud800") is None  # undecodable bytes from a terminal: no crash
    assert check("i want to die \udce9") is not None


def test_texting_forms_do_not_hide_a_crisis():
    for text in ("I WANT TO DIE", "i wanna d!e", "i want to diee", "i’m going to kill myself",
                 "hes bangin on the door", "im gonna unalive myself fr", "if u leave ill kms 😭"):
        assert check(text) is not None, text


def test_negation_and_third_person():
    assert check("i'm not going to kill myself, i just needed to write it down") is None
    assert check("i'd never hurt him, i'm just angry") is None
    assert check("in the book he wants to die") is None


def test_the_span_is_what_the_person_wrote():
    finding = check("Honestly?? I WANT to die tonight")
    assert finding is not None and finding.span is not None
    assert finding.span in "Honestly?? I WANT to die tonight"
    assert "die" in finding.span


def test_a_crisis_deep_in_a_long_note_is_found():
    calm = "Went for a walk, made pasta, talked to my sister about work and the weekend. " * 40
    assert check(calm) is None
    assert check(calm + "But honestly i want to die. " + calm) is not None


def test_finding_is_a_frozen_value():
    finding = SafetyFinding(Crisis.SELF, "x", "y")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.kind = Crisis.DANGER  # type: ignore[misc]
    assert {str(k) for k in Crisis} == {"self", "danger", "harm_others", "leverage"}


# --- what pacer says -------------------------------------------------------------------------

EMERGENCY_LINE = "If you might not be safe right now, call your local emergency number."


@pytest.mark.parametrize("kind", list(Crisis))
def test_every_answer_is_short_and_names_the_emergency_number_and_a_directory(kind):
    lines = answer(SafetyFinding(kind, None, "test"))
    assert 4 <= len(lines) <= 6
    text = " ".join(lines)
    assert "emergency number" in text
    assert "findahelpline.com" in text
    assert "pacer safety-plan" in text  # no people on a plan yet
    assert not re.search(r"\b(?:he|she|his|her|boyfriend|girlfriend)\b", text, re.I)  # gender-neutral
    assert not re.search(r"shouldn't feel|should not feel|calm down|don't be", text, re.I)
    assert not re.search(r"\b(?:pills?|rope|bridge|overdose|knife|blade)\b", text, re.I)  # no means
    assert all(len(line) <= 140 for line in lines)


def test_emergency_line_is_exact_for_thoughts_of_suicide_and_self_harm():
    assert EMERGENCY_LINE in answer(SafetyFinding(Crisis.SELF, None, "test"))
    assert EMERGENCY_LINE in answer(SafetyFinding(Crisis.LEVERAGE, None, "test"))
    assert EMERGENCY_LINE in answer(SafetyFinding(Crisis.DANGER, None, "test"))
    harm = answer(SafetyFinding(Crisis.HARM_OTHERS, None, "test"))
    assert "If someone might be in danger, call your local emergency number." in harm


def test_answers_say_what_each_situation_needs():
    self_lines = " ".join(answer(SafetyFinding(Crisis.SELF, None, "t")))
    assert "You matter" in self_lines
    danger = " ".join(answer(SafetyFinding(Crisis.DANGER, None, "t")))
    assert "safe place" in danger and "domestic-abuse" in danger and "cannot see" in danger
    harm = " ".join(answer(SafetyFinding(Crisis.HARM_OTHERS, None, "t")))
    assert "Step away" in harm and "distance" in harm and "Call someone" in harm
    leverage = answer(SafetyFinding(Crisis.LEVERAGE, None, "t"))
    assert leverage[0].startswith("Your pain matters") and "not a message to them" in leverage[0]


def test_answer_names_the_people_on_the_safety_plan():
    lines = answer(SafetyFinding(Crisis.SELF, None, "t"), ["Sam", "  Alex  Lee ", ""])
    assert "People on your safety plan: Sam, Alex Lee." in lines[-1]
    assert not any("pacer safety-plan" in line for line in lines)


def test_check_in_notification_is_discreet_and_short():
    assert len(CHECK_IN.title) <= 40 and len(CHECK_IN.body) <= 180
    assert CHECK_IN.after.total_seconds() == 3600
    words = f"{CHECK_IN.title} {CHECK_IN.body}".lower()
    for private in ("suicid", "kill", "die", "harm", "no contact", "danger"):
        assert private not in words


# --- speed -----------------------------------------------------------------------------------

NOTE_500_WORDS = (ROOT / "tests" / "corpus" / "safety_note.txt").read_text(encoding="utf-8").strip()


def test_a_500_word_note_is_checked_fast_including_first_model_load():
    """In a fresh interpreter: import, first model load, the patterns it needs compiled, check."""
    note = NOTE_500_WORDS
    assert 480 <= len(note.split()) <= 520
    # CPU time of this process, so other work on a busy machine does not count against it
    code = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "t = time.process_time()\n"
        "from pacer.words import safety\n"
        f"assert safety.check({note!r}) is None\n"
        "print((time.process_time() - t) * 1000)\n"
    )
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    assert min(runs) < 150, runs


def _rule_words() -> list[str]:
    source = " ".join(rule.source for rule in safety._RULES)
    return sorted(set(re.findall(r"[a-z][a-z']+", source)))


def test_no_pattern_blows_up_on_20000_characters_of_its_own_words():
    safety.check("warm up")
    words = _rule_words()
    texts = [((w + " ") * 20_000)[:20_000] for w in ("if you", "i i", "please", "my ex", "kill myself",
                                                     "end it", "he he", "on purpose", "'s", "the film")]
    texts += [" ".join(words[i::7])[:20_000] * 3 for i in range(3)]
    texts += [("\n".join(words) * 3)[:20_000], ("i'm going to " + "really " * 3000)[:20_000]]
    for text in texts:
        text = text[:20_000]
        best = min(_timed(text) for _ in range(2))
        assert best < 150, (text[:40], best)


def _timed(text: str) -> float:
    started = time.process_time()  # CPU time: a busy machine does not count against the check
    check(text)
    return (time.process_time() - started) * 1000
