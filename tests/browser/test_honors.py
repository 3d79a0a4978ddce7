"""A sub-unit submitter nominates with a file; the officer sees the verdict and the quota;
the council votes; the decision and certificates download with the awardee's name."""
import io

import pytest
from django.core.management import call_command

from thidua.documents.interfaces.docx import docx_text
from thidua.documents.interfaces.pdf import pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Võ Thị Ngọc Ẩn"


def _logout(page):
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state("domcontentloaded")


def test_nomination_to_certificate(page, login, tmp_path):
    call_command("load_demo", "--quiet-logins")
    from thidua.plans.models import Plan

    plan = Plan.objects.get(unit__code="xa-ke-sat")

    login("kesat.congan")
    page.goto("/khen-thuong/ho-so/them/")
    page.get_by_label("Họ và tên / tên tập thể").fill(NAME)
    page.get_by_label("Đơn vị công tác (đơn vị quản lý)").select_option(label="Công an xã Kẻ Sặt")
    page.get_by_label("Giới tính").select_option("female")
    for year in range(2020, 2025):
        page.get_by_label(f"Xếp loại năm {year}").select_option("HTXSNV" if year % 2 else "HTTNV")
    page.get_by_role("button", name="Lưu hồ sơ").click()
    assert not page.locator(".errorlist").count(), page.locator(".errorlist").all_inner_texts()
    page.get_by_role("button", name="Đề xuất khen thưởng").click()
    page.get_by_label("Nhóm khen thưởng (theo kế hoạch)").select_option(label=page.locator(
        "#id_category option", has_text="Lực lượng vũ trang").first.inner_text())
    page.get_by_label("Bộ tiêu chí áp dụng").select_option(label="Lao động tiên tiến — theo Luật Thi đua, khen thưởng 2022")
    evidence = tmp_path / "giay-chung-nhan.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% minh chung\n")
    page.get_by_label("Tài liệu minh chứng (PDF, Word, ảnh)").set_input_files(str(evidence))
    page.get_by_role("button", name="Gửi đề xuất").click()
    page.wait_for_url("**/khen-thuong/de-xuat/*/")
    detail_url = page.url
    assert "giay-chung-nhan.pdf" in page.content()
    _logout(page)

    login("kesat.canbo")
    page.goto(detail_url)
    verdict = page.get_by_test_id("verdict")
    assert "Đủ tiêu chuẩn" in verdict.inner_text()
    assert "Hoàn thành tốt nhiệm vụ" in verdict.inner_text()
    # the demo already proposes the 2 armed-forces places: the third shows as excess
    assert page.get_by_test_id("category-quota").inner_text() == "Vượt 1 (đã có 3, tối đa 2)"
    _logout(page)

    login("kesat.hoidong")
    page.goto(f"/khen-thuong/ke-hoach/{plan.pk}/hop-hoi-dong/")
    page.get_by_label("Ngày họp").fill("2025-08-23")
    page.get_by_label("Chủ trì").fill("Nguyễn Văn Chủ")
    page.get_by_label("Thư ký").fill("Lê Thị Thư")
    page.get_by_label("Tổng số thành viên Hội đồng").fill("9")
    page.get_by_label("Số thành viên có mặt").fill("7")
    page.get_by_role("button", name="Ghi phiên họp").click()
    row = page.locator("tr", has_text=NAME)
    row.get_by_label("Đồng ý", exact=True).fill("6")
    row.get_by_label("Đồng ý bằng văn bản").fill("1")
    row.get_by_role("button", name="Ghi").click()
    assert page.locator("tr", has_text=NAME).get_by_test_id("vote-result").inner_text() == "Thông qua"
    minutes = page.request.get(page.url + "bien-ban.docx")
    assert NAME in docx_text(minutes.body())
    _logout(page)

    login("kesat.canbo")
    page.goto(f"/khen-thuong/ke-hoach/{plan.pk}/quyet-dinh/")
    page.get_by_label("Số, ký hiệu").fill("20/QĐ-UBND")
    page.locator("#id_signer_name").fill("Phạm Văn Dũng")
    page.get_by_role("button", name="Ban hành quyết định").click()
    page.wait_for_url("**/khen-thuong/quyet-dinh/*/")
    base = page.url
    assert NAME in pdf_text(page.request.get(base + "tai-ve.pdf").body())
    assert NAME in docx_text(page.request.get(base + "tai-ve.docx").body())
    assert NAME in pdf_text(page.request.get(base + "giay-khen.pdf").body())
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(page.request.get(base + "giay-khen.zip").body()))
    assert len(archive.namelist()) == 1 and NAME in pdf_text(archive.read(archive.namelist()[0]))


def test_an_officer_of_two_units_lays_out_the_blanks_of_the_unit_chosen(page, login, tmp_path):
    call_command("load_demo", "--quiet-logins")
    from thidua.accounts.models import RoleAssignment, User
    from thidua.honors.models import CertificateLayout
    from thidua.units.models import Unit

    officer = User.objects.get(username="kesat.canbo")
    second = Unit.objects.exclude(code="xa-ke-sat").filter(kind="phuong").order_by("path").first()
    RoleAssignment.objects.create(user=officer, unit=second, role="unit_officer")

    login("kesat.canbo")
    page.goto("/khen-thuong/quyet-dinh/")
    page.get_by_role("button", name="Căn chỉnh in phôi").click()
    choices = page.get_by_test_id("layout-units")
    assert "Kẻ Sặt" in choices.inner_text() and second.name in choices.inner_text()
    page.screenshot(path=str(tmp_path / "layout-choose.png"), full_page=True)
    choices.get_by_role("link", name=second.title_name).click()
    assert second.title_name in page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Dịch ngang toàn trang (mm)").fill("2.5")
    page.get_by_role("button", name="Lưu căn chỉnh").click()
    page.wait_for_load_state("domcontentloaded")
    assert "Đã lưu căn chỉnh" in page.content()
    page.screenshot(path=str(tmp_path / "layout-saved.png"), full_page=True)
    layout = CertificateLayout.objects.get()
    assert layout.unit == second and str(layout.offset_x) == "2.5"
    assert page.request.get(page.get_by_role("link", name="trang thử").get_attribute("href")).body().startswith(b"%PDF")
