"""Records (``hodei_worker._frozen``): frozen field classes built without compiling, which the
modules on hodei-run's path to its job use instead of dataclasses."""

from __future__ import annotations

import pickle

import pytest

from hodei_worker._frozen import FrozenError, as_dict, field, frozen


@frozen
class Point:
    """A record with a required field, a default and a factory."""

    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@frozen
class Credential:
    """A record with a field repr must not show."""

    name: str
    value: str = field(repr=False)


@frozen
class Wrapper:
    """A record holding other records and containers."""

    inner: Point
    many: tuple[Point, ...] = ()
    table: dict[str, Point] = field(default_factory=dict)

    @property
    def first(self) -> Point:
        """A property survives the rebuild."""
        return self.many[0] if self.many else self.inner


class TestConstruction:
    def test_fields_by_position_and_by_name(self) -> None:
        """Fields are taken by position or by name, and unnamed ones get their defaults."""
        assert (Point(1, 2).x, Point(1, 2).y) == (1, 2)
        assert (Point(y=5, x=4).x, Point(y=5, x=4).y) == (4, 5)
        assert Point(3).y == 0

    def test_a_factory_gives_each_instance_its_own_value(self) -> None:
        """A default_factory is called once per instance, so no two share a mutable default."""
        a, b = Point(1), Point(2)
        a.tags.append("changed")
        assert b.tags == []

    def test_a_missing_field_is_named(self) -> None:
        """A required field left out is a TypeError naming it."""
        with pytest.raises(TypeError, match="'value'"):
            Credential("token")  # type: ignore[call-arg]

    def test_an_unknown_name_is_named(self) -> None:
        """An argument that is not a field is a TypeError naming it."""
        with pytest.raises(TypeError, match="'colour'"):
            Point(1, colour="red")  # type: ignore[call-arg]

    def test_a_field_given_twice_is_refused(self) -> None:
        """A field given by position and by name is a TypeError naming it."""
        with pytest.raises(TypeError, match="multiple values for argument 'x'"):
            Point(1, x=2)  # type: ignore[misc]

    def test_too_many_positions_are_refused(self) -> None:
        """More positional arguments than fields is a TypeError."""
        with pytest.raises(TypeError, match="positional"):
            Point(1, 2, [], 4)  # type: ignore[call-arg]

    def test_a_required_field_after_a_default_is_refused_at_definition(self) -> None:
        """A class whose required field follows a defaulted one is refused when defined."""
        with pytest.raises(TypeError, match="'late'"):
            @frozen
            class Bad:
                early: int = 0
                late: int  # type: ignore[misc]


class TestBehaviour:
    def test_assignment_and_deletion_are_refused(self) -> None:
        """A record's fields cannot be assigned or deleted, and no other attribute added."""
        p = Point(1)
        with pytest.raises(FrozenError):
            p.x = 2  # type: ignore[misc]
        with pytest.raises(FrozenError):
            del p.x  # type: ignore[misc]
        with pytest.raises(AttributeError):
            p.z = 3  # type: ignore[attr-defined]
        assert not hasattr(p, "__dict__")

    def test_equality_and_hash_follow_the_fields(self) -> None:
        """Records of one class are equal when their fields are, and hash alike."""
        assert Credential("a", "x") == Credential("a", "x")
        assert Credential("a", "x") != Credential("a", "y")
        assert hash(Credential("a", "x")) == hash(Credential("a", "x"))
        assert Point(1) != (1, 0, [])

    def test_repr_hides_what_is_marked_so(self) -> None:
        """repr shows the fields by name, except those marked repr=False (a secret's value)."""
        text = repr(Credential("API_TOKEN", "hunter2-secret"))
        assert text == "Credential(name='API_TOKEN')"
        assert "hunter2" not in text

    def test_methods_and_properties_are_kept(self) -> None:
        """What the class defines besides its fields (a property here) still works."""
        assert Wrapper(Point(1), (Point(2),)).first == Point(2)
        assert Wrapper(Point(1)).first == Point(1)

    def test_a_record_pickles_to_an_equal_one(self) -> None:
        """Pickling rebuilds an equal record through its own constructor."""
        assert pickle.loads(pickle.dumps(Credential("a", "b"))) == Credential("a", "b")

    def test_as_dict_converts_nested_records_and_copies_containers(self) -> None:
        """as_dict turns a record and the records, dicts, lists and tuples inside it into
        plain data, copied: changing the result leaves the record alone."""
        w = Wrapper(Point(1, 2, ["t"]), (Point(3),), {"k": Point(4)})
        data = as_dict(w)
        assert data == {"inner": {"x": 1, "y": 2, "tags": ["t"]},
                        "many": ({"x": 3, "y": 0, "tags": []},),
                        "table": {"k": {"x": 4, "y": 0, "tags": []}}}
        data["inner"]["tags"].append("more")
        assert w.inner.tags == ["t"]
