"""The model file (``pacer/words/models/*.model``): what ``tests/corpus/train.py`` writes and
``pacer.words.ngram_model.LinearModel.load`` reads.

1. One line of JSON (UTF-8, keys sorted): the dict ``train.py`` builds, except that its
   "weights" are replaced by "columns", the number of weights of each label, in order.
2. Then, for each label in turn: that many bucket numbers (ascending), then as many weights,
   each a 4-byte little-endian integer (buckets unsigned, weights signed, in 1/scale units).

``head -1`` shows what a model is (labels, features, lexicon, the corpus it was trained on).
Arrays of plain integers load at memory speed: the same weights as JSON took some 20 ms to
read on every check. The bytes depend only on the dict, so training stays deterministic.
"""

from __future__ import annotations

import json
import sys
from array import array
from itertools import accumulate

_ITEM = 4  # bytes per number


def encode(data: dict) -> bytes:
    """``data`` (as ``train.py`` builds it, weights delta-encoded) as the bytes of a model file."""
    columns = [(list(accumulate(column[0::2])), column[1::2]) for column in data["weights"]]
    header = {key: value for key, value in data.items() if key != "weights"}
    header["columns"] = [len(slots) for slots, _ in columns]
    out = [json.dumps(header, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8"), b"\n"]
    for slots, weights in columns:
        out += [_to_bytes(array("I", slots)), _to_bytes(array("i", weights))]
    return b"".join(out)


def decode(raw: bytes, source: str = "model") -> tuple[dict, list[dict[int, float]]]:
    """(the header, one dict bucket -> weight per label) of a model file; ValueError if it is not one."""
    end = raw.find(b"\n")
    try:
        header = json.loads(raw[:end]) if end > 0 else None
        sizes = header.get("columns") if isinstance(header, dict) else None
    except ValueError:
        sizes = None
    if (not isinstance(sizes, list) or not all(type(n) is int and n >= 0 for n in sizes)
            or end + 1 + 2 * _ITEM * sum(sizes) != len(raw)):
        raise ValueError(f"{source}: not a model file; retrain")
    view = memoryview(raw)
    columns: list[dict[int, float]] = []
    offset = end + 1
    for size in sizes:
        slots = _from_bytes("I", view[offset:offset + size * _ITEM])
        offset += size * _ITEM
        columns.append(dict(zip(slots, _from_bytes("i", view[offset:offset + size * _ITEM]), strict=True)))
        offset += size * _ITEM
    assert isinstance(header, dict)
    return header, columns


def header(raw: bytes) -> dict:
    """The JSON line of a model file (its labels, features and meta), without the weights."""
    return json.loads(raw[:raw.index(b"\n")])


def _to_bytes(values: array) -> bytes:
    _check(values)
    if sys.byteorder == "big":  # pragma: no cover - little-endian machines only here
        values.byteswap()
    return values.tobytes()


def _from_bytes(typecode: str, data: memoryview) -> array:
    values = array(typecode)
    _check(values)
    values.frombytes(data)
    if sys.byteorder == "big":  # pragma: no cover - little-endian machines only here
        values.byteswap()
    return values


def _check(values: array) -> None:
    if values.itemsize != _ITEM:  # pragma: no cover - a C int is 4 bytes wherever CPython runs
        raise ValueError("this platform's C int is not 4 bytes; pacer's model files need one that is")
