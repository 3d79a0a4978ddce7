import io

import pytest
from openpyxl import Workbook, load_workbook

from tests.factories import AgendaFactory, DelegateFactory, conference_for
from thidua.delegates.domain import congress
from thidua.documents.interfaces.docx import docx_text
from thidua.documents.interfaces.pdf import page_count, pdf_text


@pytest.fixture
def conf(commune, campaign):
    return conference_for(commune, campaign)


@pytest.mark.django_db
def test_invitations_pdf_one_page_each_with_time_and_venue(client_for, conf, unit_officer):
    DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền", gender="female")
    DelegateFactory(conference=conf, full_name="Lê Văn Hùng", gender="male")
    DelegateFactory(conference=conf, full_name="Đề Cử", status="candidate")
    response = client_for(unit_officer).get(f"/dai-bieu/{conf.pk}/giay-moi.pdf")
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert page_count(data) == 2
    text = pdf_text(data)
    assert "GIẤY MỜI" in text and "Bà Nguyễn Thị Miền" in text and "Ông Lê Văn Hùng" in text
    assert "Hội trường UBND xã Kẻ Sặt" in text and "14 giờ 00 phút" in text and "Đề Cử" not in text


@pytest.mark.django_db
def test_timetable_page_and_pdf(client_for, conf, unit_officer):
    AgendaFactory(plan=conf.plan, order=1, content="Văn nghệ chào mừng", start_time="14:00", end_time="14:20", presenter="Đoàn Thanh niên")
    AgendaFactory(plan=conf.plan, order=2, content="Tuyên bố lý do", start_time="14:10", end_time="16:30")
    body = client_for(unit_officer).get(f"/dai-bieu/{conf.pk}/chuong-trinh/").content.decode()
    assert 'data-code="overlap:1-2"' in body and 'data-code="ends_after_session"' in body
    text = pdf_text(client_for(unit_officer).get(f"/dai-bieu/{conf.pk}/chuong-trinh.pdf").content)
    assert "Văn nghệ chào mừng" in text and "14h00'-14h20'" in text and "Đoàn Thanh niên" in text


@pytest.mark.django_db
def test_add_form_duplicate_and_bad_input_messages(client_for, conf, unit_officer):
    client = client_for(unit_officer)
    url = f"/dai-bieu/{conf.pk}/them/"
    data = {"full_name": "Nguyễn Thị Miền", "group": "exemplar", "status": "confirmed", "gender": "female",
            "ethnicity": "Kinh", "field": "education", "priority": 50}
    assert client.post(url, data).status_code == 302
    dup = client.post(url, data)
    assert dup.status_code == 400 and "đã có trong danh sách" in dup.content.decode()
    bad = client.post(url, {**data, "full_name": "Khác", "birth_year": "1800", "priority": "-3"})
    assert bad.status_code == 400 and conf.delegates.count() == 1


def xlsx(rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Thành phần", "Giới tính", "Năm sinh", "Đề cử"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "ds.xlsx"
    return buf


@pytest.mark.django_db
def test_excel_import_all_or_nothing(client_for, conf, unit_officer):
    client = client_for(unit_officer)
    url = f"/dai-bieu/{conf.pk}/nhap-excel/"
    bad = client.post(url, {"file": xlsx([["Trần Văn A", "Khách mời", "Nam", 1970, ""], ["Trần Thị B", "Lạ", "Nữ", "abc", ""]])})
    body = bad.content.decode()
    assert bad.status_code == 400 and "Dòng 3" in body and "năm sinh" in body and conf.delegates.count() == 0
    fake = io.BytesIO(b"%PDF-1.4 not excel")
    fake.name = "ds.xlsx"
    assert "không phải bảng tính" in client.post(url, {"file": fake}).content.decode()
    ok = client.post(url, {"file": xlsx([["Trần Văn A", "Khách mời", "Nam", 1970, ""], ["Trần Thị B", "lãnh đạo", "Nữ", 1980, "x"]])})
    assert ok.status_code == 302
    assert {(d.full_name, d.group, d.status) for d in conf.delegates.all()} == {
        ("Trần Văn A", "guest", "confirmed"), ("Trần Thị B", "leader", "candidate")}
    template = load_workbook(io.BytesIO(client.get(f"/dai-bieu/{conf.pk}/mau-excel.xlsx").content))
    assert template.active["A1"].value == "Họ và tên"


@pytest.mark.django_db
def test_checkin_search_scan_twice_and_unreadable(client_for, conf, unit_officer):
    d = DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền", group="guest")
    client = client_for(unit_officer)
    body = client.get(f"/dai-bieu/{conf.pk}/diem-danh/?q=nguyen thi mien").content.decode()
    assert "Có mặt: Nguyễn Thị Miền" in body
    body = client.get(f"/dai-bieu/{conf.pk}/diem-danh/?q=https://x/dai-bieu/1/diem-danh/ma/khong-doc-duoc/").content.decode()
    assert "Không đọc được mã QR" in body
    body = client.get(f"/dai-bieu/{conf.pk}/diem-danh/?q=http://x/diem-danh/ma/{d.token}/").content.decode()
    assert "Có mặt: Nguyễn Thị Miền" in body
    first = client.post(f"/dai-bieu/{conf.pk}/diem-danh/{d.pk}/", HTTP_HX_REQUEST="true").content.decode()
    second = client.post(f"/dai-bieu/{conf.pk}/diem-danh/{d.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "Đã điểm danh: Nguyễn Thị Miền" in first and 'data-testid="present">1<' in first
    assert "đã điểm danh lúc" in second and 'data-testid="present">1<' in second
    assert client.get(f"/dai-bieu/{conf.pk}/diem-danh/ma/1b4e28ba-2fa1-11d2-883f-0016d3cca427/").status_code == 404


@pytest.mark.django_db
def test_selection_view_proposes_and_applies(client_for, conf, unit_officer):
    for i in range(6):
        DelegateFactory(conference=conf, group="exemplar", status="candidate", priority=10 * i, full_name=f"Điển hình {i}")
    for i in range(4):
        DelegateFactory(conference=conf, group="guest", status="candidate", priority=5, full_name=f"Khách {i}")
    client = client_for(unit_officer)
    body = client.post(f"/dai-bieu/{conf.pk}/de-xuat/", {"seats": 5}).content.decode()
    assert "Đạt mọi quy định" in body
    import re

    chosen = re.findall(r'name="chosen" value="(\d+)"', body)
    assert len(chosen) == 5
    client.post(f"/dai-bieu/{conf.pk}/de-xuat/", {"apply": "1", "chosen": chosen})
    assert conf.delegates.filter(status="confirmed").count() == 5
    assert conf.delegates.filter(status="confirmed", group="exemplar").count() == 4


@pytest.mark.django_db
def test_congress_exports_and_proportional_preview(client_for, commune, campaign, conf, unit_officer, board_officer):
    commune.size_measure = 30000
    commune.save()
    d = DelegateFactory(conference=conf, group="exemplar", full_name="Vũ Thị Tiêu Biểu", achievements="Chiến sĩ thi đua cơ sở")
    sub = congress.submission_for(campaign, commune, unit_officer)
    congress.add_from_delegate(sub, d, unit_officer)
    client = client_for(unit_officer)
    text = docx_text(client.get(f"/dai-bieu/dai-hoi/{commune.code}/danh-sach.docx").content)
    assert "DANH SÁCH VÀ TRÍCH NGANG THÀNH TÍCH" in text and "Vũ Thị Tiêu Biểu" in text and "Chiến sĩ thi đua cơ sở" in text
    wb = load_workbook(io.BytesIO(client.get(f"/dai-bieu/dai-hoi/{commune.code}/danh-sach.xlsx").content))
    assert wb["Danh sách"]["B5"].value == "Vũ Thị Tiêu Biểu"
    body = client_for(board_officer).get("/dai-bieu/dai-hoi/?total=10&minimum=1").content.decode()
    assert "phần dư lớn nhất" in body
    body = client_for(board_officer).get("/dai-bieu/dai-hoi/?total=1&minimum=5").content.decode()
    assert "Không đủ chỗ" in body


@pytest.mark.django_db
@pytest.mark.parametrize("chosen", [[], ["abc"], ["999999"]])
def test_applying_an_empty_or_foreign_proposal_changes_nothing(client_for, conf, unit_officer, chosen):
    kept = [DelegateFactory(conference=conf, full_name=f"Chính thức {i}") for i in range(3)]
    DelegateFactory(conference=conf, full_name="Đề cử", status="candidate")
    response = client_for(unit_officer).post(f"/dai-bieu/{conf.pk}/de-xuat/", {"apply": "1", "chosen": chosen}, follow=True)
    assert response.status_code == 200
    assert "Danh sách chưa thay đổi" in response.content.decode()
    assert set(conf.delegates.filter(status="confirmed")) == set(kept)


@pytest.mark.django_db
def test_applying_a_proposal_with_a_deleted_person_changes_nothing(client_for, conf, unit_officer):
    a, b = DelegateFactory(conference=conf, status="candidate"), DelegateFactory(conference=conf)
    gone = DelegateFactory(conference=conf, status="candidate")
    gone_pk = gone.pk
    gone.delete()
    body = client_for(unit_officer).post(f"/dai-bieu/{conf.pk}/de-xuat/", {"apply": "1", "chosen": [a.pk, gone_pk]},
                                         follow=True).content.decode()
    assert "không còn trong danh sách" in body
    assert list(conf.delegates.filter(status="confirmed")) == [b]


@pytest.mark.django_db
def test_congress_choice_over_the_quota_adds_no_one(client_for, commune, campaign, conf, unit_officer, board_officer):
    congress.set_quota(campaign, commune, 2, board_officer)
    sub = congress.submission_for(campaign, commune, unit_officer)
    first = DelegateFactory(conference=conf, group="exemplar")
    congress.add_from_delegate(sub, first, unit_officer)
    picks = [DelegateFactory(conference=conf, group="exemplar") for _ in range(2)]
    url = f"/dai-bieu/dai-hoi/{commune.code}/"
    body = client_for(unit_officer).post(url, {"action": "add", "delegate": [d.pk for d in picks]}, follow=True).content.decode()
    assert "chỉ thêm được 1 người nhưng đã chọn 2" in body
    assert [e.delegate for e in sub.delegates.all()] == [first]
    # a guest (not an exemplar) is refused, not counted as added
    guest = DelegateFactory(conference=conf, group="guest")
    body = client_for(unit_officer).post(url, {"action": "add", "delegate": [guest.pk, picks[0].pk]}, follow=True).content.decode()
    assert "Chỉ chọn được đại biểu điển hình" in body and "Đã thêm" not in body
    assert sub.delegates.count() == 1
    body = client_for(unit_officer).post(url, {"action": "add", "delegate": [picks[0].pk]}, follow=True).content.decode()
    assert "Đã thêm 1 đại biểu." in body and sub.delegates.count() == 2


def field_errors(body, name):
    import re

    block = re.search(rf'<ul class="errorlist" role="alert" data-field="{name}">(.*?)</ul>', body, re.S)
    return block.group(1) if block else ""


@pytest.mark.django_db
def test_duplicate_and_over_limit_are_field_errors_on_add_and_edit(client_for, commune, subunit, campaign, unit_officer):
    from thidua.delegates.domain import roster

    conf = conference_for(commune, campaign, delegates_total=2)
    roster.set_allocation(conf, subunit, 1, unit_officer)
    client = client_for(unit_officer)
    data = {"full_name": "Nguyễn Thị Miền", "group": "exemplar", "status": "confirmed", "gender": "female",
            "ethnicity": "Kinh", "field": "education", "priority": 50, "organisation": "Trường TH Kẻ Sặt"}
    assert client.post(f"/dai-bieu/{conf.pk}/them/", {**data, "source_unit": subunit.pk}).status_code == 302
    dup = client.post(f"/dai-bieu/{conf.pk}/them/", {**data, "full_name": "nguyen thi mien"}).content.decode()
    assert "đã có trong danh sách" in field_errors(dup, "full_name")
    full_sub = client.post(f"/dai-bieu/{conf.pk}/them/", {**data, "full_name": "Lê Văn Hai", "source_unit": subunit.pk})
    assert full_sub.status_code == 400 and "đã cử đủ 1" in field_errors(full_sub.content.decode(), "source_unit")
    assert client.post(f"/dai-bieu/{conf.pk}/them/", {**data, "full_name": "Lê Văn Hai"}).status_code == 302
    over = client.post(f"/dai-bieu/{conf.pk}/them/", {**data, "full_name": "Phạm Văn Ba"})
    assert over.status_code == 400 and "đã đủ 2 đại biểu" in field_errors(over.content.decode(), "status")
    assert conf.delegates.count() == 2
    # editing someone into a duplicate of another is refused on the name too, nothing saved
    hai = conf.delegates.get(full_name="Lê Văn Hai")
    edit = client.post(f"/dai-bieu/{conf.pk}/dai-bieu/{hai.pk}/sua/", data)
    assert edit.status_code == 400 and "đã có trong danh sách" in field_errors(edit.content.decode(), "full_name")
    hai.refresh_from_db()
    assert hai.full_name == "Lê Văn Hai"


@pytest.mark.django_db
def test_rsvp_is_recorded_and_a_bad_value_changes_nothing(client_for, conf, unit_officer):
    d = DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền")
    client = client_for(unit_officer)
    url = f"/dai-bieu/{conf.pk}/dai-bieu/{d.pk}/phan-hoi/"
    body = client.post(url, {"rsvp": "accepted"}, follow=True).content.decode()
    d.refresh_from_db()
    assert d.rsvp == "accepted" and "Đã ghi phản hồi của Nguyễn Thị Miền: nhận lời" in body
    body = client.post(url, {"rsvp": "co-the"}, follow=True).content.decode()
    d.refresh_from_db()
    assert d.rsvp == "accepted" and "Phản hồi không hợp lệ" in body
    assert d.history.first().history_user == unit_officer


@pytest.mark.django_db
def test_allocation_page_shows_who_filled_how_many_and_refuses_bad_seats(client_for, conf, subunit, unit_officer):
    from thidua.delegates.domain import roster

    roster.set_allocation(conf, subunit, 3, unit_officer)
    DelegateFactory(conference=conf, source_unit=subunit)
    DelegateFactory(conference=conf, source_unit=subunit)
    DelegateFactory(conference=conf, source_unit=subunit, status="candidate")  # not sent yet
    client = client_for(unit_officer)
    body = client.get(f"/dai-bieu/{conf.pk}/phan-bo/").content.decode()
    assert f"<td>{subunit.title_name}</td><td>3</td><td>2</td><td>1</td>" in body
    assert "Đã phân bổ 3/150 chỗ; các đơn vị đã cử 2 người." in body
    for seats, message in [("-1", "không được âm"), ("abc", "Nhập một số"), ("151", "vượt tối đa 150")]:
        response = client.post(f"/dai-bieu/{conf.pk}/phan-bo/", {"unit": subunit.pk, "seats": seats})
        assert response.status_code == 400 and message in field_errors(response.content.decode(), "seats"), seats
    assert conf.allocations.get().seats == 3


@pytest.mark.django_db
def test_checkin_search_too_long_says_so(client_for, conf, unit_officer):
    DelegateFactory(conference=conf, full_name="Nguyễn Thị Miền")
    body = client_for(unit_officer).get(f"/dai-bieu/{conf.pk}/diem-danh/", {"q": "a" * 300}).content.decode()
    assert "quá dài (tối đa 200 ký tự)" in body and 'data-testid="present">0<' in body


@pytest.mark.django_db
def test_excel_refuses_a_one_letter_name(client_for, conf, unit_officer):
    response = client_for(unit_officer).post(f"/dai-bieu/{conf.pk}/nhap-excel/", {"file": xlsx([["C", "", "Nam", 1970, ""]])})
    assert response.status_code == 400 and "Dòng 2: họ và tên «C» quá ngắn" in response.content.decode()
    assert conf.delegates.count() == 0


@pytest.mark.django_db
def test_composition_panel_refreshes_itself_and_follows_the_list(client_for, conf, unit_officer):
    client = client_for(unit_officer)
    page = client.get(f"/dai-bieu/{conf.pk}/").content.decode()
    assert f'hx-get="/dai-bieu/{conf.pk}/co-cau/"' in page and 'hx-trigger="every 15s"' in page
    before = client.get(f"/dai-bieu/{conf.pk}/co-cau/").content.decode()
    assert 'data-testid="total">0<' in before
    DelegateFactory(conference=conf, full_name="Người Mới")
    after = client.get(f"/dai-bieu/{conf.pk}/co-cau/").content.decode()
    assert 'data-testid="total">1<' in after and 'hx-trigger="every 15s"' in after


@pytest.mark.django_db
def test_a_phone_that_is_not_a_number_is_refused_next_to_the_field_and_a_good_one_is_kept_as_digits(
        client_for, conf, unit_officer):
    client = client_for(unit_officer)
    url = f"/dai-bieu/{conf.pk}/them/"
    data = {"full_name": "Nguyễn Thị Miền", "group": "exemplar", "status": "confirmed", "gender": "female",
            "ethnicity": "Kinh", "field": "education", "priority": 50}
    bad = client.post(url, {**data, "phone": "gọi chị Miền sau"})
    assert bad.status_code == 400 and conf.delegates.count() == 0
    assert "Số điện thoại «gọi chị Miền sau» không hợp lệ" in str(bad.context["form"].errors["phone"])
    assert client.post(url, {**data, "phone": "0912.345.678"}).status_code == 302
    assert conf.delegates.get().phone == "0912345678"


@pytest.mark.django_db
def test_excel_phone_cells_are_read_as_numbers_people_type(client_for, conf, unit_officer):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Giới tính", "Điện thoại"])
    ws.append(["Trần Văn A", "Nam", 912345678])
    ws.append(["Trần Thị B", "Nữ", "không có"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "ds.xlsx"
    client = client_for(unit_officer)
    response = client.post(f"/dai-bieu/{conf.pk}/nhap-excel/", {"file": buf})
    assert response.status_code == 400 and "Dòng 3, cột Điện thoại: Số điện thoại «không có»" in response.content.decode()
    assert conf.delegates.count() == 0
    ws.delete_rows(3)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "ds.xlsx"
    assert client.post(f"/dai-bieu/{conf.pk}/nhap-excel/", {"file": buf}).status_code == 302
    assert conf.delegates.get().phone == "0912345678"
