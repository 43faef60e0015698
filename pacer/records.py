"""`Record`: typing.NamedTuple, without importing typing when pacer runs.

Status bars run `pacer status` every few seconds, and on Python 3.11 importing
typing costs milliseconds (it imports re and more). So the records on that
path are declared exactly like NamedTuples (`class Period(Record): mode: str ...`):
type checkers see typing.NamedTuple itself, and at run time the class becomes
a collections.namedtuple with the same fields, defaults, methods and docstring.
"""

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing; mypy knows the name
if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from collections import namedtuple

    _CLASS_ENTRIES = {"__annotations__", "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__"}

    class _RecordMeta(type):
        def __new__(mcls, name, bases, namespace):
            if not bases:  # Record itself
                return super().__new__(mcls, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            with_default = [field for field in fields if field in namespace]
            if fields[len(fields) - len(with_default):] != with_default:
                raise TypeError(f"{name}: a field without a default follows one with a default")
            cls = namedtuple(name, fields, defaults=[namespace[f] for f in with_default], module=namespace["__module__"])
            cls.__qualname__ = namespace.get("__qualname__", name)
            cls.__annotations__ = namespace.get("__annotations__", {})
            if namespace.get("__doc__"):
                cls.__doc__ = namespace["__doc__"]
            for key, value in namespace.items():
                if key not in fields and key not in _CLASS_ENTRIES:
                    setattr(cls, key, value)
            return cls

    class Record(metaclass=_RecordMeta):
        pass
