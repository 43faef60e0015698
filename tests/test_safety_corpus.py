"""The safety model and what it learns from: the shared n-gram model, the shipped weights and
how they are trained, the labelled corpus, the patterns' literal index, and the texts it must
leave alone (pacer's own words, calm drafts held out of training).

Corpus-wide figures come from tests/bench/safety_eval.py; here the floors they must keep.
"""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
import time
import tomllib
import zlib

import pytest

from pacer.words import model_file, ngram_model, safety
from pacer.words.ngram_model import LinearModel, normalise, normalise_mapped
from pacer.words.safety import check
from tests.test_safety import (
    CALM_DRAFTS,
    CORPUS,
    CRISIS_LABELS,
    DANGER,
    HARM_OTHERS,
    INDIRECT,
    LEVERAGE,
    ORDINARY,
    ORDINARY_LABELS,
    ROOT,
    SELF,
)

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
    shipped = (ROOT / train.DATASETS["safety"].out).read_bytes()
    dataset = train.DATASETS["safety"]
    assert model_file.header(shipped)["meta"]["corpus_sha256"] == train.corpus_hash(train.corpus_rows(dataset))
    started = time.perf_counter()
    assert train.build("safety") == shipped, "retrain: python tests/corpus/train.py safety"
    assert time.perf_counter() - started < 45  # ~21 s for 26,000 rows on a 2-core machine
    assert len(shipped) < 1_000_000
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
    rows, later = _rows(), _train_module().LATER_BATCHES
    assert len(rows) >= 700
    assert list(rows[0]) == ["id", "split", "kind", "text"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"].lower() for r in rows}) == len(rows)
    for row in rows:  # the split is a fixed hash of the id, decided before any tuning
        h = zlib.crc32(row["id"].encode()) % 100
        if row["id"].startswith(later):  # written after the test split was fixed: never test
            assert row["split"] == ("dev" if h < 20 else "train"), row["id"]
        else:
            assert row["split"] == ("test" if h < 25 else "dev" if h < 40 else "train"), row["id"]
        assert row["text"].strip() and "\t" not in row["text"]
    crisis = sum(r["kind"] in CRISIS_LABELS for r in rows)
    assert 0.4 <= crisis / len(rows) <= 0.6
    for split in ("train", "dev", "test"):
        kinds = {r["kind"] for r in rows if r["split"] == split}
        assert kinds == set(CRISIS_LABELS) | set(ORDINARY_LABELS), split
    first = [r for r in rows if not r["id"].startswith(later)]
    assert sum(r["split"] == "test" for r in first) / len(first) == pytest.approx(0.25, abs=0.03)
    assert sum(r["id"].startswith(later) for r in rows) >= 200




def test_test_examples_here_are_not_copied_from_the_test_split():
    test_split = {r["text"].lower() for r in _rows() if r["split"] == "test"}
    for text in SELF + DANGER + HARM_OTHERS + LEVERAGE + ORDINARY + INDIRECT + CALM_DRAFTS:
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


# --- what it must leave alone ----------------------------------------------------------------

def _content_texts() -> list[tuple[str, str]]:
    """(where, text) for every text and title in pacer's own content files."""
    out = []
    for path in sorted((ROOT / "content").glob("*.toml")):
        for entries in tomllib.loads(path.read_text(encoding="utf-8")).values():
            for entry in entries:
                out += [(f"{path.stem}:{entry['id']}:{key}", entry[key]) for key in ("text", "title") if entry.get(key)]
    return out


def test_pacers_own_words_are_never_flagged():
    texts = _content_texts()
    assert len(texts) > 300
    assert [(where, text) for where, text in texts if check(text) is not None] == []


def _drafts(splits: tuple[str, ...]) -> list[dict[str, str]]:
    return [row for row in _train_module().read_rows(ROOT / "tests/corpus/messages.tsv") if row["split"] in splits]


def test_held_out_drafts_kind_or_pressing_are_rarely_taken_for_a_crisis():
    """The message corpus's dev and test drafts are kept out of the safety model's training."""
    drafts = _drafts(("dev", "test"))
    kind = [row["text"] for row in drafts if row["category"] == "kind"]
    pressing = [row["text"] for row in drafts if row["category"] not in ("kind", "self_harm")]
    self_harm = [row["text"] for row in drafts if row["category"] == "self_harm"]
    assert len(kind) > 400 and len(pressing) > 400 and len(self_harm) > 25
    assert sum(check(t) is not None for t in kind) / len(kind) <= 0.015
    # pressing drafts sit nearer the crises the later batches taught (watching someone's place,
    # "you won't have to worry about me"): 2.3% before them, 3.7% after; the message check answers
    # the pressure itself
    assert sum(check(t) is not None for t in pressing) / len(pressing) <= 0.05
    # veiled self-harm in a draft is the hardest kind; see tests/bench/safety_eval.py for the figures
    assert sum(check(t) is not None for t in self_harm) / len(self_harm) >= 0.75


def test_training_rows_add_train_drafts_and_pacers_words_but_no_held_out_draft():
    train = _train_module()
    dataset = train.DATASETS["safety"]
    rows = train.corpus_rows(dataset)
    extra = {row["id"]: row for row in rows if row["id"].startswith("msg") or ":" in row["id"]}
    held_out = {row["id"] for row in _drafts(("dev", "test"))}
    assert extra and not held_out & set(extra)
    assert all(row["split"] == "train" for row in extra.values())
    last = next(e.last_id for e in dataset.more if e.corpus.endswith("messages.tsv"))
    assert {row["id"] for row in _drafts(("train",)) if not last or row["id"] <= last} <= set(extra)
    assert sum(":" in i for i in extra) == len(_content_texts())
    labels = {row["kind"] for row in extra.values()}
    assert labels == {"draft", "content", "leverage", "suicidal", "plan_means", "self_harm"}
    for key, label in train.MESSAGE_SELF_HARM_NOT_LEVERAGE.items():  # read one by one
        assert extra[key]["kind"] == label
    drafts = {row["id"]: row for row in _drafts(("train",))}
    assert all(drafts[key]["category"] == "self_harm" for key in train.MESSAGE_SELF_HARM_NOT_LEVERAGE)


def test_the_message_model_is_still_what_train_py_produces():
    """The shared model serves the message check too: its weights must still be reproducible."""
    result = subprocess.run([sys.executable, str(ROOT / "tests/corpus/train.py"), "messages", "--check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
