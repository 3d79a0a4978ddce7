"""The Board edits the catalogue on its page; the change is in the history; a unit officer
is refused."""
import pytest
from django.urls import reverse

from thidua.register.models import AwardForm


@pytest.mark.django_db
def test_the_board_edits_a_catalogue_entry(client_for, board_officer, unit_officer):
    entry = AwardForm.objects.get(code="ldtt")
    url = reverse("register:catalogue_edit", args=[entry.pk])
    data = {"code": "ldtt", "name": "Lao động tiên tiến", "aliases": "LĐTT\nDanh hiệu LĐTT xuất sắc", "is_title": "on",
            "for_individual": "on", "level": "xa", "awarded_by": "Chủ tịch UBND cấp xã", "report_order": "160",
            "legal_article": entry.legal_article, "legal_source": entry.legal_source, "confirmation": "S",
            "is_active": "on"}
    assert client_for(unit_officer).post(url, data).status_code == 403
    response = client_for(board_officer).post(url, data)
    assert response.status_code == 302
    entry.refresh_from_db()
    assert "Danh hiệu LĐTT xuất sắc" in entry.alias_list()
    latest = entry.history.first()
    assert latest.history_change_reason == "Sửa danh mục khen thưởng" and latest.history_user == board_officer
    page = client_for(board_officer).get(reverse("register:catalogue")).content.decode()
    assert "Điều 24" in page and "Lao động tiên tiến" in page
