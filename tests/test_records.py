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


def test_what_a_namedtuple_offers_is_there():
    from collections import namedtuple

    reference = namedtuple("Point", ["x", "y", "label"], defaults=[0, None])
    for args, kwargs in [((3,), {}), ((3, 4), {"label": "a"}), ((), {"x": 1, "label": "b"}), ((1, 2, "c"), {})]:
        mine, theirs = Point(*args, **kwargs), reference(*args, **kwargs)
        assert tuple(mine) == tuple(theirs) and repr(mine) == repr(theirs) and mine._asdict() == theirs._asdict()
    assert Point._field_defaults == reference._field_defaults and Point.__match_args__ == ("x", "y", "label")
    assert Point._make([1, 2, None]) == Point(1, 2) and Point(1)._replace(label="z") == Point(1, 0, "z")
    assert Point.x.__doc__ == "Alias for field number 0" and isinstance(Point(1), tuple)
    with pytest.raises(TypeError, match="Expected 3 arguments, got 2"):
        Point._make([1, 2])
    with pytest.raises(ValueError, match="unexpected field names"):
        Point(1)._replace(z=2)


@pytest.mark.parametrize("args, kwargs, words", [
    ((), {}, "missing required argument: 'x'"),
    ((1,), {"x": 2}, "multiple values for argument 'x'"),
    ((1,), {"z": 2}, "unexpected keyword argument 'z'"),
    ((1, 2, 3, 4), {}, "takes 3 arguments but 4 were given"),
])
def test_wrong_arguments_are_refused_as_a_namedtuple_refuses_them(args, kwargs, words):
    with pytest.raises(TypeError, match=words):
        Point(*args, **kwargs)
