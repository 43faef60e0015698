"""`Record`: typing.NamedTuple, without importing typing when pacer runs.

Status bars run `pacer status` every few seconds, and on Python 3.11 importing
typing costs milliseconds (it imports re and more). So the records on that
path are declared exactly like NamedTuples (`class Period(Record): mode: str ...`):
type checkers see typing.NamedTuple itself, and at run time the class is a
tuple with the same fields, defaults, methods and docstring as a
collections.namedtuple. It is built without namedtuple's compile step
(an eval per class, most of what a namedtuple costs to create), which
`pacer status` would pay for each of its dozen or so records.
"""

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing; mypy knows the name
if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from collections import _tuplegetter  # the C field accessor collections.namedtuple uses

    _CLASS_ENTRIES = {"__annotations__", "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__"}
    _MISSING = object()

    class _Tuple(tuple):
        """What every record shares with a collections.namedtuple: construction, _make, _replace, repr, ..."""

        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            fields = cls._fields
            if not kwargs and len(args) == len(fields):
                return tuple.__new__(cls, args)
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given")
            values = list(args)
            for name in fields[len(args):]:
                value = kwargs.pop(name, _MISSING)
                if value is _MISSING:
                    value = cls._field_defaults.get(name, _MISSING)
                    if value is _MISSING:
                        raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
                values.append(value)
            if kwargs:
                name = next(iter(kwargs))
                taken = "got multiple values for argument" if name in fields else "got an unexpected keyword argument"
                raise TypeError(f"{cls.__name__}() {taken} {name!r}")
            return tuple.__new__(cls, values)

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
            return result

        def _replace(self, /, **kwds):
            result = self._make(map(kwds.pop, self._fields, self))
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        def __repr__(self):
            return f"{self.__class__.__name__}({', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self, strict=True))})"

        def _asdict(self):
            return dict(zip(self._fields, self, strict=True))

        def __getnewargs__(self):
            return tuple(self)

    class _RecordMeta(type):
        def __new__(mcls, name, bases, namespace):
            if not bases:  # Record itself
                return super().__new__(mcls, name, bases, namespace)
            fields = tuple(namespace.get("__annotations__", {}))
            with_default = [field for field in fields if field in namespace]
            if list(fields[len(fields) - len(with_default):]) != with_default:
                raise TypeError(f"{name}: a field without a default follows one with a default")
            body = {key: value for key, value in namespace.items() if key not in fields and key not in _CLASS_ENTRIES}
            body.update(
                __slots__=(), __module__=namespace["__module__"], __qualname__=namespace.get("__qualname__", name),
                __doc__=namespace.get("__doc__") or f"{name}({', '.join(fields)})",
                __annotations__=namespace.get("__annotations__", {}), __match_args__=fields,
                _fields=fields, _field_defaults={field: namespace[field] for field in with_default},
            )
            for index, field in enumerate(fields):
                body[field] = _tuplegetter(index, f"Alias for field number {index}")
            return type(name, (_Tuple,), body)

    class Record(metaclass=_RecordMeta):
        pass
