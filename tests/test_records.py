"""pacer.records.Record behaves as typing.NamedTuple does, for the way pacer declares records."""

from __future__ import annotations

import pickle

import pytest

from pacer.commands.status import Notifications
from pacer.records import Record


class Point(Record):
    """A point."""

    x: int
    y: int = 0
    label: str | None = None

    @property
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> Point:
        return self._replace(x=self.x + dx)


def test_fields_defaults_methods_and_docstring():
    p = Point(3)
    assert p == (3, 0, None) and Point._fields == ("x", "y", "label")
    assert (p.norm1, p.moved(2), Point(1, y=-2).norm1) == (3, Point(5), 3)
    assert Point.__doc__ == "A point." and Point.__qualname__ == "Point" and Point.__module__ == __name__
    assert list(Point.__annotations__) == ["x", "y", "label"]
    with pytest.raises(AttributeError):
        p.x = 4  # type: ignore[misc]


def test_a_field_without_default_after_one_with_is_refused():
    with pytest.raises(TypeError, match="without a default follows"):
        class Bad(Record):
            a: int = 1
            b: int


def test_records_pickle_and_compare_like_tuples():
    counts = Notifications(2, 1, "no server")
    assert pickle.loads(pickle.dumps(counts)) == counts
    assert Notifications() == (0, 0, None)
