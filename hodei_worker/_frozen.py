"""Frozen classes of named fields, for the classes a run of hodei-run builds on its
way to its event.

A ``@frozen`` class behaves as a ``@dataclass(frozen=True, slots=True)`` would for what this
project uses: an ``__init__`` taking the fields by position or name (with defaults and
``field(default_factory=..., repr=False)``), ``__repr__``, ``__eq__``, ``__hash__``, no
assignment after ``__init__``, and ``__slots__``; :func:`as_dict` is ``dataclasses.asdict``.
What it does not do is compile: ``dataclasses`` writes each class's methods as source text and
compiles them, about a millisecond per class, and importing it costs about ten more (it imports
``inspect``), together a third of what hodei-run imported before its job started. These
methods are closures over the field names.

The observation (``classify._observation``) stays made of dataclasses: callers build
variations of it with ``dataclasses.replace``. A run loads it while its job starts.
"""

from __future__ import annotations

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _T = TypeVar("_T")
else:
    def dataclass_transform(**_options: object) -> object:
        return lambda function: function

_MISSING = object()
_set = object.__setattr__


class _Field:
    __slots__ = ("default", "factory", "repr")

    def __init__(self, default: object, factory: Callable[[], object] | None, repr: bool) -> None:
        self.default = default
        self.factory = factory
        self.repr = repr


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None,
          repr: bool = True) -> Any:
    """A field's default (or a factory of one) and whether ``repr`` shows it."""
    return _Field(default, default_factory, repr)


class FrozenError(AttributeError):
    """Raised on an assignment to a frozen field."""


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: type[_T]) -> type[_T]:
    """Makes ``cls`` a frozen class of the fields it annotates (see the module's docstring)."""
    own = cls.__dict__
    names = tuple(own.get("__annotations__", {}))
    defaults: dict[str, object] = {}
    factories: dict[str, Callable[[], object]] = {}
    shown = []
    for name in names:
        value = own.get(name, _MISSING)
        spec = value if isinstance(value, _Field) else _Field(value, None, True)
        if spec.factory is not None:
            factories[name] = spec.factory
        elif spec.default is not _MISSING:
            defaults[name] = spec.default
        elif defaults or factories:
            raise TypeError(f"{cls.__name__}: non-default field {name!r} follows a default one")
        if spec.repr:
            shown.append(name)
    body = {key: value for key, value in own.items()
            if key not in names and key not in ("__dict__", "__weakref__")}
    body.update(__slots__=names, __match_args__=names, __frozen_fields__=names,
                **_methods(cls.__name__, names, defaults, factories, tuple(shown)))
    made = type(cls.__name__, cls.__bases__, body)
    return made  # the same class, rebuilt with slots


def as_dict(value: Any) -> Any:
    """A frozen instance as a dict of its fields, recursively (frozen instances, dicts, lists and tuples inside
    it are copied the same way), as ``dataclasses.asdict`` does for a dataclass."""
    names = getattr(type(value), "__frozen_fields__", None)
    if names is not None:
        return {name: as_dict(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {key: as_dict(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(as_dict(item) for item in value)
    return value


def _methods(title: str, names: tuple[str, ...], defaults: dict[str, object],
             factories: dict[str, Callable[[], object]], shown: tuple[str, ...]) -> dict[str, Any]:
    position = {name: index for index, name in enumerate(names)}

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        if len(args) > len(names):
            raise TypeError(f"{title}() takes {len(names)} positional arguments "
                            f"but {len(args)} were given")
        for name, value in zip(names, args, strict=False):  # fewer values than names: the rest by name or default
            _set(self, name, value)
        for name, value in kwargs.items():
            where = position.get(name)
            if where is None:
                raise TypeError(f"{title}() got an unexpected keyword argument {name!r}")
            if where < len(args):
                raise TypeError(f"{title}() got multiple values for argument {name!r}")
            _set(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                continue
            if name in defaults:
                _set(self, name, defaults[name])
            elif name in factories:
                _set(self, name, factories[name]())
            else:
                raise TypeError(f"{title}() missing required argument: {name!r}")

    def values(self: object) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in names)

    def __repr__(self: object) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def __hash__(self: object) -> int:
        return hash(values(self))

    def __setattr__(self: object, name: str, value: object) -> None:
        raise FrozenError(f"cannot assign to field {name!r} of a {title}")

    def __delattr__(self: object, name: str) -> None:
        raise FrozenError(f"cannot delete field {name!r} of a {title}")

    def __reduce__(self: object) -> tuple[object, tuple[object, ...]]:
        return type(self), values(self)

    return {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "__hash__": __hash__,
            "__setattr__": __setattr__, "__delattr__": __delattr__, "__reduce__": __reduce__}
