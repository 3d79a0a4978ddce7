"""After a check-in without htmx, the page searches the person's exact name again: names
with «&», «#» or «+» must come back whole (issue 10.9: the query was built unencoded)."""
import re
from html import unescape

import pytest

from tests.factories import DelegateFactory, conference_for


@pytest.mark.django_db
@pytest.mark.parametrize("name, decoy", [
    ("Đại diện Hợp tác xã Xuân & Hòa", "Đại diện Hợp tác xã Xuân Mai"),
    ("Đội sản xuất #3 Lê Văn Tư", "Đội sản xuất số 5"),
    ("Nhóm A+B Trần Thị Hoa", "Nhóm Bảo An"),
])
def test_after_check_in_the_search_keeps_the_whole_name(client_for, commune, campaign, unit_officer, name, decoy):
    conf = conference_for(commune, campaign)
    d = DelegateFactory(conference=conf, full_name=name)
    DelegateFactory(conference=conf, full_name=decoy)
    client = client_for(unit_officer)
    response = client.post(f"/dai-bieu/{conf.pk}/diem-danh/{d.pk}/")
    assert response.status_code == 302
    page = client.get(response["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    value = re.search(r'<input id="id_q"[^>]* value="([^"]*)"', body).group(1)
    assert unescape(value) == name
    assert re.findall(r'<strong>(.*?)</strong>', body.split('id="results"')[1]) == [name.replace("&", "&amp;")]
    d.refresh_from_db()
    assert d.checked_in_at is not None and f"Đã điểm danh: {name}".replace("&", "&amp;") in body
