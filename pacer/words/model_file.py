"""The model file (``pacer/words/models/*.model``): what ``tests/corpus/train.py`` writes and
``pacer.words.ngram_model.LinearModel.load`` reads.

1. One line of JSON (UTF-8, keys sorted): the dict ``train.py`` builds, except that its
   "weights" are replaced by "rows", the number of buckets that any label weighs.
2. Then those buckets, in ascending order; then, for each label in turn, its weight of each of
   them (0 where it has none). Each is a 4-byte little-endian integer: buckets unsigned,
   weights signed, in 1/scale units.

``head -1`` shows what a model is (labels, features, lexicon, the corpus it was trained on).
Arrays of plain integers load at memory speed, and the labels share one bucket -> row dict:
the same weights as JSON took some 35 ms to read on every check. The bytes depend only on
the dict, so training stays deterministic.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate

_ITEM = 4  # bytes per number

# bucket -> row, and each label's weight of every row
Table = tuple[dict[int, int], Sequence[Sequence[float]]]


def table(weights: list[list[int]]) -> tuple[list[int], list[list[int]]]:
    """(the buckets any label weighs, ascending; each label's weight of each) from ``train.py``'s
    columns (per label: delta-encoded ascending buckets, each followed by its weight)."""
    columns = [dict(zip(accumulate(column[0::2]), column[1::2], strict=True)) for column in weights]
    slots = sorted(set().union(*columns))
    return slots, [[column.get(slot, 0) for slot in slots] for column in columns]


def encode(data: dict) -> bytes:
    """``data`` (as ``train.py`` builds it) as the bytes of a model file."""
    slots, dense = table(data["weights"])
    header = {key: value for key, value in data.items() if key != "weights"}
    header["rows"] = len(slots)
    out = [json.dumps(header, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8"), b"\n"]
    out += [_to_bytes(array("I", slots))] + [_to_bytes(array("i", column)) for column in dense]
    return b"".join(out)


def decode(raw: bytes, source: str = "model") -> tuple[dict, Table]:
    """(the header, its table) of a model file; ValueError if it is not one."""
    end = raw.find(b"\n")
    try:
        header = json.loads(raw[:end]) if end > 0 else None
        rows, labels = (header.get("rows"), header.get("labels")) if isinstance(header, dict) else (None, None)
    except ValueError:
        rows, labels = None, None
    if (type(rows) is not int or rows < 0 or not isinstance(labels, list)
            or end + 1 + _ITEM * rows * (1 + len(labels)) != len(raw)):
        raise ValueError(f"{source}: not a model file; retrain")
    assert isinstance(header, dict)
    view, size = memoryview(raw)[end + 1:], rows * _ITEM
    slots = _from_bytes("I", view[:size])
    columns = [_from_bytes("i", view[size * k:size * (k + 1)]) for k in range(1, len(labels) + 1)]
    return header, (dict(zip(slots, range(rows), strict=True)), columns)


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
