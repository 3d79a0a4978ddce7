import pytest

from thidua.accounts.domain import scope
from thidua.units.models import Unit


@pytest.mark.django_db
def test_board_sees_everything(board_officer, commune, other_commune):
    assert scope.is_board(board_officer)
    assert set(scope.visible_units(board_officer)) == set(Unit.objects.all())


@pytest.mark.django_db
def test_unit_officer_sees_own_subtree_only(unit_officer, commune, subunit, other_commune):
    visible = set(scope.visible_units(unit_officer))
    assert visible == {commune, subunit}
    assert scope.can_manage_unit(unit_officer, subunit)
    assert not scope.can_see_unit(unit_officer, other_commune)


@pytest.mark.django_db
def test_submitter_sees_own_subunit_not_the_parent(submitter, commune, subunit):
    assert set(scope.visible_units(submitter)) == {subunit}
    assert not scope.can_manage_unit(submitter, subunit)


@pytest.mark.django_db
def test_viewer_and_council_cannot_manage(viewer, council_member, commune):
    for user in (viewer, council_member):
        assert scope.can_see_unit(user, commune)
        assert not scope.can_manage_unit(user, commune)


@pytest.mark.django_db
def test_user_without_role_sees_nothing(db):
    from tests.factories import UserFactory

    user = UserFactory()
    assert not scope.visible_units(user).exists()
    assert scope.primary_assignment(user) is None


@pytest.mark.django_db
def test_role_changes_are_recorded_with_who(board_officer, commune):
    from tests.factories import UserFactory
    from thidua.accounts.models import RoleAssignment
    from thidua.common import history

    user = UserFactory(username="moi")
    assignment = history.create(RoleAssignment, board_officer, "Giao vai trò người xem", user=user, unit=commune,
                                role="viewer")
    record = RoleAssignment.history.get(id=assignment.id)
    assert record.history_user == board_officer and record.history_type == "+"
    assert record.history_change_reason == "Giao vai trò người xem"


@pytest.mark.django_db
def test_units_and_ancestors_q(submitter, unit_officer, board_officer, city, commune, subunit, other_commune):
    from tests.factories import UnitFactory, UserFactory

    team = UnitFactory(code="xa-ke-sat-cong-an-doi-1", name="Đội 1", kind="police", parent=subunit)
    units = Unit.objects.all()
    # a sub-unit submitter: itself, what is under it and every unit above it; never a sibling branch
    assert set(units.filter(scope.units_and_ancestors_q(submitter, None))) == {city, commune, subunit, team}
    # through a FK, and only through the roles asked for
    from thidua.accounts.models import RoleAssignment

    rows = RoleAssignment.objects.select_related("unit")
    assert {a.unit for a in rows.filter(scope.units_and_ancestors_q(unit_officer, "unit"))} == {commune, subunit}
    assert not units.filter(scope.units_and_ancestors_q(unit_officer, None, roles=["submitter"])).exists()
    assert set(units.filter(scope.units_and_ancestors_q(unit_officer, None))) == {city, commune, subunit, team}
    assert other_commune not in set(units.filter(scope.units_and_ancestors_q(unit_officer, None)))
    assert set(units.filter(scope.units_and_ancestors_q(board_officer, None))) == set(units)
    assert not units.filter(scope.units_and_ancestors_q(UserFactory(username="khong-vai-tro"), None)).exists()
