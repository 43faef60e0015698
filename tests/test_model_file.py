"""pacer.words.model_file: the shipped models' format, read back exactly as train.py built it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pacer.words import model_file
from pacer.words.ngram_model import BUCKETS, FORMAT, LinearModel

ROOT = Path(__file__).resolve().parent.parent


def _data() -> dict:
    return {
        "format": FORMAT, "buckets": BUCKETS, "features": {"chars": None, "stem": 4, "reach": 5},
        "labels": ["a", "b"], "scale": 1000, "bias": [-500, 250],
        # delta-encoded buckets, each followed by its weight, as train.py builds them
        "weights": [[3, 1500, 7, -2000, BUCKETS - 11, 7], [5, -1]],
        "meta": {"corpus": "x.tsv", "known": ["00ff"]}, "lexicon": {"stab": "INJURE", "ça": "Ç"},
    }


def test_a_model_file_reads_back_what_was_written():
    raw = model_file.encode(_data())
    header, (rows, columns) = model_file.decode(raw)
    assert rows == {3: 0, 5: 1, 10: 2, BUCKETS - 1: 3}  # every bucket a label weighs, ascending
    assert [list(column) for column in columns] == [[1500, 0, -2000, 7], [0, -1, 0, 0]]
    assert header == {**{k: v for k, v in _data().items() if k != "weights"}, "rows": 4}
    assert model_file.header(raw)["lexicon"] == {"stab": "INJURE", "ça": "Ç"}
    assert raw.splitlines()[0] == json.dumps(header, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
    assert len(raw) == len(raw.splitlines()[0]) + 1 + 4 * 4 * 3  # 4 buckets, then 4 weights per label, 4 bytes each


def test_a_loaded_model_scores_as_the_dict_it_was_written_from(tmp_path):
    path = tmp_path / "m.model"
    path.write_bytes(model_file.encode(_data()))
    loaded, direct = LinearModel.load(path), LinearModel.from_data(_data())
    assert loaded.labels == direct.labels and loaded.meta == direct.meta and loaded.spec == direct.spec
    assert loaded.weights == direct.weights
    for text in ("", "stab", "i miss you so much", "ça va"):
        assert loaded.logits(text) == direct.logits(text)


@pytest.mark.parametrize("raw", [
    b"",
    b"{}",
    b'{"rows": 1, "labels": ["a"]}\n',  # weights missing
    b'{"rows": "1", "labels": ["a"]}\n\0\0\0\0\0\0\0\0',
    b'{"rows": -1, "labels": ["a", "b", "c"]}\n\0\0\0\0\0\0\0\0',
    b'{"rows": 1}\n\0\0\0\0',
    json.dumps({**_data(), "weights": None}).encode() + b"\n",  # a JSON model of the old kind
    model_file.encode(_data())[:-1],  # cut short
    model_file.encode(_data()) + b"\0",  # more than it says
    b"\xff\xfe\n",
])
def test_what_is_not_a_model_file_is_refused(raw, tmp_path):
    path = tmp_path / "bad.model"
    path.write_bytes(raw)
    with pytest.raises(ValueError, match="not a model file"):
        LinearModel.load(path)


def test_a_model_for_other_features_is_refused(tmp_path):
    path = tmp_path / "old.model"
    path.write_bytes(model_file.encode({**_data(), "format": "pacer-ngram-1"}))
    with pytest.raises(ValueError, match="retrain"):
        LinearModel.load(path)


@pytest.mark.parametrize("name", ["safety", "messages"])
def test_the_shipped_models_are_model_files(name):
    raw = (ROOT / "pacer" / "words" / "models" / f"{name}.model").read_bytes()
    header, (rows, columns) = model_file.decode(raw)
    assert header["format"] == FORMAT and len(columns) == len(header["labels"])
    assert all(0 <= slot < BUCKETS for slot in rows) and sorted(rows.values()) == list(range(len(rows)))
    assert all(any(column[row] for column in columns) for row in rows.values())  # no bucket without a weight
