"""The safety check: what it flags, what it leaves alone, what it says, and how fast it is.

The examples here are written for these tests (none is a row of the corpus's test split); the
corpus-wide figures come from tests/bench/safety_eval.py.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import json
import re
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from pacer.words import ngram_model, safety
from pacer.words.ngram_model import LinearModel, normalise, normalise_mapped
from pacer.words.safety import CHECK_IN, Crisis, SafetyFinding, answer, check

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

NOTE_500_WORDS = (
    'Day 9 of no contact. I woke up early again, around six, and lay there for a while scrolling thr'
    'ough nothing in particular before I made myself get up. The flat was quiet. I made coffee and s'
    "tood by the window watching the neighbour's cat chase leaves across the yard, which honestly ma"
    'de me smile for the first time in days. Work was busy, which helped. We had the quarterly revie'
    'w and my manager said my report was the clearest one she had seen this year, so that was nice t'
    'o hear, even if I mostly wanted to go home and sleep. At lunch I sat with Priya and she told me'
    " about her sister's wedding plans, the drama with the caterer, the cousin who refuses to wear a"
    " tie. I laughed properly. I noticed I didn't check his profile all morning, which is new. In th"
    'e afternoon I had a wobble. A song came on in the café downstairs, the one we used to play in t'
    'he car on the way to the coast, and I had to go to the bathroom and breathe for a few minutes. '
    'I cried a bit, washed my face, and went back to my desk. It passed. It always seems to pass, ev'
    "en when it feels like it won't. I keep reminding myself that missing him is not the same as nee"
    'ding him back. After work I went to the gym and did the beginner class again. My legs are going'
    ' to be sore tomorrow but I felt strong for the first time in weeks. The instructor remembered m'
    'y name, which was a small thing that felt big. On the walk home I called my mum. She asked how '
    'I was doing and I told her the truth: some days are fine, some are heavy, most are somewhere in'
    " between. She said that's what healing looks like and that she's proud of me for not going back"
    " to someone who kept me waiting. I'm not sure I'm proud yet but I'm trying to believe her. I th"
    'ought about writing to him tonight. I even opened the app and typed half a message about how I '
    "hoped he was okay. Then I deleted it and wrote here instead. I don't owe him an update on my li"
    "fe, and he hasn't asked for one. If he ever reaches out, I'll take my time. For dinner I made t"
    "he lentil soup from my grandmother's recipe and ate it in front of a comedy special. The dishes"
    ' can wait until tomorrow. Tomorrow I want to go to the farmers market, buy flowers for the tabl'
    'e, and maybe start the book Jess lent me. I also want to go to bed before midnight for once. Th'
    'ings that helped today: the cat, Priya, the gym, my mum, soup. Things that were hard: the song,'
    " the evening, the quiet. Ten days tomorrow. I'm still here, still sad sometimes, and still show"
    "ing up for my own life. That's enough for today. Goodnight, me."
)


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


# --- the shared model ------------------------------------------------------------------------

def test_normalise_spells_out_texting():
    assert normalise("Im sooooo tired rn, u dont get it’s café") == "i'm soo tired right now, you don't get it's cafe"
    assert normalise("hes bangin on the door") == "he's banging on the door"
    text = "I’M DONE  rn 😭"
    norm, origin = normalise_mapped(text)
    assert norm == normalise(text) and len(origin) == len(norm)
    assert all(0 <= i < len(text) for i in origin)


def test_hashing_is_deterministic_crc32():
    assert ngram_model.bucket("w:die") == zlib.crc32(b"w:die") % ngram_model.BUCKETS


def test_top_features_point_into_the_original_text():
    model = safety.model()
    text = "If U leave me tonight ill KMS"
    found = model.top_features(text, "crisis", 3)
    assert found and all(text[e.start:e.end] == e.text for e in found)
    assert found[0].weight >= found[-1].weight > 0


def test_scores_are_probabilities_per_label():
    scores = safety.model().scores("he hit me again")
    assert set(scores) == set(safety.model().labels) and all(0 <= p <= 1 for p in scores.values())


def test_shipped_model_is_what_train_py_produces():
    train = _train_module()
    shipped = (ROOT / train.DATASETS["safety"].out).read_text(encoding="utf-8")
    assert json.loads(shipped)["meta"]["corpus_sha256"] == train.corpus_hash(train.read_rows(CORPUS))
    started = time.perf_counter()
    assert train.build("safety") == shipped, "retrain: python tests/corpus/train.py safety"
    assert time.perf_counter() - started < 30
    assert len(shipped.encode()) < 1_000_000
    assert LinearModel.load(ROOT / train.DATASETS["safety"].out).labels[0] == "crisis"


def _train_module():
    spec = importlib.util.spec_from_file_location("pacer_train_for_tests", ROOT / "tests/corpus/train.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --- the corpus ------------------------------------------------------------------------------

def _rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_corpus_is_large_labelled_and_split_up_front():
    rows = _rows()
    assert len(rows) >= 700
    assert list(rows[0]) == ["id", "split", "kind", "text"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"].lower() for r in rows}) == len(rows)
    for row in rows:  # the split is a fixed hash of the id, decided before any tuning
        h = zlib.crc32(row["id"].encode()) % 100
        assert row["split"] == ("test" if h < 25 else "dev" if h < 40 else "train"), row["id"]
        assert row["text"].strip() and "\t" not in row["text"]
    crisis = sum(r["kind"] in CRISIS_LABELS for r in rows)
    assert 0.4 <= crisis / len(rows) <= 0.6
    for split in ("train", "dev", "test"):
        kinds = {r["kind"] for r in rows if r["split"] == split}
        assert kinds == set(CRISIS_LABELS) | set(ORDINARY_LABELS), split
    assert sum(r["split"] == "test" for r in rows) / len(rows) == pytest.approx(0.25, abs=0.03)


def test_test_examples_here_are_not_copied_from_the_test_split():
    test_split = {r["text"].lower() for r in _rows() if r["split"] == "test"}
    for text in SELF + DANGER + HARM_OTHERS + LEVERAGE + ORDINARY:
        assert text.lower() not in test_split, text


def test_literal_index_is_current_and_never_skips_a_pattern_that_matches():
    from pacer.words import safety_rules
    path, text = safety.index()
    assert path.read_text(encoding="utf-8") == text, "run: python tests/corpus/train.py safety"
    rows = _rows()
    texts = [normalise(r["text"]) for r in rows[::8]] + [normalise(t) for t in SELF + DANGER + HARM_OTHERS + LEVERAGE]
    texts += ["i want to 'end it'", "did s/h again", "i wanna d*e", "o.d'd last night", "i'd like to die"]
    for norm in texts:
        spaced = safety_rules.spaced(norm)
        for rule in safety._RULES:
            if rule.pattern.search(norm):
                assert all(any(lit in spaced for lit in needed) for needed in rule.required), (rule.source[:60], norm)


def test_no_pattern_matches_the_empty_string():
    for rule in safety._RULES:
        assert rule.pattern.search("") is None and rule.pattern.search("my cat is cute") is None, rule.source[:80]
