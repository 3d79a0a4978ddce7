"""The officer's page of suspected duplicates: listed for the managing unit, merged or kept
apart by a button (recorded with who decided, not listed again), refused to a viewer and
hidden from another unit; the linking pass run again from the page."""
import pytest
from django.urls import reverse

from tests.factories import AwardRecordFactory, award_form
from thidua.register.domain import people
from thidua.register.models import DuplicateDecision, RecordStatus
from thidua.units.models import PredecessorUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def twins(commune):
    ldtt = award_form("ldtt")
    a, b = (AwardRecordFactory(name="Phạm Văn Dũng", birth_year=1975, unit=commune, form=ldtt, year=2022,
                               predecessor=PredecessorUnit.objects.create(unit=commune, name=name))
            for name in ("xã Vĩnh Hưng", "thị trấn Kẻ Sặt"))
    return a, b


def test_link_then_list_then_merge(client, twins, unit_officer):
    a, b = twins
    client.force_login(unit_officer)
    response = client.post(reverse("register:link_people"), follow=True)
    assert "thêm 1 người mới" in response.content.decode()
    page = client.get(reverse("register:duplicates"))
    [suspect] = page.context["suspects"]
    assert {r.pk for r in suspect.records} == {a.pk, b.pk}
    assert "Phạm Văn Dũng: «Lao động tiên tiến» năm 2022 được ghi 2 lần." in page.content.decode()
    client.post(reverse("register:duplicate_decide"), {"a": a.pk, "b": b.pk, "decision": "merge", "keep": b.pk,
                                                       "reason": "Hai xã cũ cùng ghi"})
    a.refresh_from_db(), b.refresh_from_db()
    assert a.status == RecordStatus.REVOKED and b.status == RecordStatus.VALID
    decision = DuplicateDecision.objects.get()
    assert decision.decided_by == unit_officer and decision.kept == b
    page = client.get(reverse("register:duplicates"))
    assert page.context["suspects"] == [] and "Hai xã cũ cùng ghi" in page.content.decode()


def test_a_viewer_and_another_unit_cannot_decide(client, twins, viewer, other_officer):
    a, b = twins
    people.link_records()
    client.force_login(viewer)
    assert client.post(reverse("register:duplicate_decide"), {"a": a.pk, "b": b.pk, "decision": "apart"}).status_code == 403
    client.force_login(other_officer)
    assert client.get(reverse("register:duplicates")).context["suspects"] == []
    assert client.post(reverse("register:duplicate_decide"), {"a": a.pk, "b": b.pk, "decision": "apart"}).status_code == 404
    assert not DuplicateDecision.objects.exists()
