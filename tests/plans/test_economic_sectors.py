"""A plan's economic sectors are codes of common.choices.EconomicSector: ticked on the edit
page, listed in the plan's document, checked by the delegates' composition, and read from
the free text earlier versions stored."""
import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.plans.test_views import edit_data
from thidua.common.choices import sectors_text
from thidua.delegates.domain.roster import targets_of
from thidua.documents.interfaces.docx import docx_text
from thidua.plans.interfaces.documents import plan_docx
from thidua.plans.models import Plan

migration = importlib.import_module("thidua.plans.migrations.0003_target_economic_sectors_codes")
EVERY = ["state", "collective", "private", "foreign", "household"]


@pytest.mark.parametrize("text, codes", [
    ("", []),
    ("Đại diện các thành phần kinh tế", EVERY),
    ("kinh tế nhà nước, kinh tế tư nhân", ["state", "private"]),
    ("Nhà nước; tập thể; hộ gia đình", ["state", "collective", "household"]),
    ("doanh nghiệp có vốn đầu tư nước ngoài", ["foreign"]),
    ("chú trọng đại biểu nữ", []),
])
def test_stored_text_is_read_into_codes(text, codes):
    assert migration.codes_of(text) == codes


def test_sectors_are_named_as_a_plan_writes_them():
    assert sectors_text(EVERY) == "đại diện các thành phần kinh tế"
    assert sectors_text(["private", "state"]) == "kinh tế nhà nước, kinh tế tư nhân"
    assert sectors_text(["nonsense"]) == sectors_text([]) == ""


@pytest.mark.django_db
def test_ticked_sectors_are_saved_as_codes_and_a_foreign_code_is_refused(client_for, campaign, commune, unit_officer):
    from thidua.plans.domain.builder import new_plan_from_parent

    plan = new_plan_from_parent(commune, campaign, unit_officer)
    client = client_for(unit_officer)
    data = edit_data(client, plan)
    data["target_economic_sectors"] = ["state", "household"]
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    plan.refresh_from_db()
    assert plan.target_economic_sectors == ["state", "household"]
    assert "có đại biểu kinh tế nhà nước, kinh tế hộ gia đình" in docx_text(plan_docx(plan))

    data["target_economic_sectors"] = ["state", "martian"]
    response = client.post(f"/ke-hoach/{plan.pk}/sua/", data)
    assert response.status_code == 200
    assert "Thành phần kinh tế “martian” không có trong danh mục." in response.content.decode()
    plan.refresh_from_db()
    assert plan.target_economic_sectors == ["state", "household"]


@pytest.mark.django_db
def test_composition_targets_take_the_plan_codes(campaign, commune):
    from tests.factories import conference_for

    conference = conference_for(commune, campaign)
    Plan.objects.filter(pk=conference.plan_id).update(target_economic_sectors=["private", "bogus", "state"])
    conference.plan.refresh_from_db()
    assert targets_of(conference).economic_sectors == ("private", "state")


@pytest.mark.django_db(transaction=True)
def test_migration_turns_the_stored_text_into_codes(campaign, commune):
    from tests.factories import PlanFactory

    plan = PlanFactory(unit=commune, campaign=campaign)
    executor = MigrationExecutor(connection)
    executor.migrate([("plans", "0002_historicalplan_exemplar_share_historicalplan_purpose_and_more")])
    with connection.cursor() as cursor:
        cursor.execute("UPDATE plans_plan SET target_economic_sectors = %s WHERE id = %s",
                       ["kinh tế tập thể và kinh tế tư nhân", plan.pk])
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    plan.refresh_from_db()
    assert plan.target_economic_sectors == ["collective", "private"]
