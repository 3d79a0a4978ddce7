"""The extraction rules: field by field, on the seeds (answer key of the plans app) and on
the labelled corpus."""
import io
from datetime import date, time

import pytest

from tests.ingest.corpus import CORPUS_DIR
from tests.ingest.corpus import path as corpus_path
from thidua.ingest.domain.accuracy import FIELDS, compare, load_answers
from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.extract import extract
from thidua.ingest.domain.facts_json import from_json, summary, to_json
from thidua.ingest.domain.intake import read_one
from thidua.ingest.domain.text import find_dates, find_phrase, find_times, find_weekday, fold_keep, tokens
from thidua.plans.domain.compliance import check
from thidua.plans.domain.seeds import EXPECTED_SEED_FINDINGS

RULES = rules_from_file()
ANSWERS = load_answers(CORPUS_DIR)


def test_fold_keep_preserves_length_and_strips_marks():
    text = "Hội nghị điển hình tiên tiến xã Kẻ Sặt"
    folded = fold_keep(text)
    assert len(folded) == len(text)
    assert folded == "hoi nghi dien hinh tien tien xa ke sat"


@pytest.mark.parametrize("written, expected", [
    ("chiều ngày 28/8/2025", date(2025, 8, 28)),
    ("ngày 28 tháng 8 năm 2025", date(2025, 8, 28)),
    ("Hai Phong, ngay 12thang 8 nam 2025", date(2025, 8, 12)),
    ("ngày 05-9-2025", date(2025, 9, 5)),
])
def test_dates_in_every_written_form(written, expected):
    assert find_dates(fold_keep(written))[0][0] == expected


def test_date_without_year_takes_the_campaign_year_only_after_ngay():
    assert find_dates(fold_keep("chiều ngày 28/8"), 2025)[0][0] == date(2025, 8, 28)
    assert find_dates(fold_keep("dự kiến 1/2 ngày"), 2025) == []  # a half, not a date
    assert find_dates(fold_keep("giai đoạn 2020-2025")) == []


@pytest.mark.parametrize("written, expected", [
    ("14h30", time(14, 30)), ("14 giờ 30", time(14, 30)), ("14h00’", time(14, 0)), ("8 gio 00", time(8, 0)), ("7h", time(7, 0)),
])
def test_times_in_every_written_form(written, expected):
    from thidua.ingest.domain.text import normalize

    assert find_times(fold_keep(normalize(written)))[0][0] == expected


def test_weekday_even_when_ocr_garbled():
    assert find_weekday(fold_keep("ngay 21/8/2025 (thtt Nam)")) == "thứ Năm"
    assert find_weekday(fold_keep("(thứ Sáu)")) == "thứ Sáu"


def test_fuzzy_phrase_tolerates_one_wrong_letter_per_word():
    toks = tokens(fold_keep("B0 c4o tham luén cac dién hinh"))
    assert find_phrase(toks, "tham luan") == 2
    assert find_phrase(tokens("phat bieu huong ung"), "bieu duong") == 1  # fuzzy candidate exists…
    facts = extract("KẾ HOẠCH tổ chức Hội nghị điển hình tiên tiến\n5. Chương trình Hội nghị\n- Phát biểu hưởng ứng phong trào thi đua;\n", RULES).facts
    assert facts.agenda_keys == ["response"]  # …but the exact keyword wins


def test_title_name_ends_with_its_period_when_no_tien_toi_follows():
    text = ("KẾ HOẠCH\nTổ chức Hội nghị tuyên dương điển hình tiên tiến xã An Hưng lần thứ I (2025 - 2030)\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nTổng kết phong trào thi đua giai đoạn 2020 - 2025.\n"
            "II. THỜI GIAN, ĐỊA ĐIỂM\nThời gian: 08 giờ 00, ngày 22 tháng 8 năm 2025.\n")
    facts = extract(text, RULES).facts
    assert facts.conference_name == "Hội nghị tuyên dương điển hình tiên tiến xã An Hưng lần thứ I (2025 - 2030)"
    no_period = "KẾ HOẠCH\nTổ chức Hội nghị điển hình tiên tiến xã An Hưng\nI. MỤC ĐÍCH, YÊU CẦU\nTổng kết phong trào.\n"
    assert extract(no_period, RULES).facts.conference_name == "Hội nghị điển hình tiên tiến xã An Hưng"


def test_delegates_after_thanh_phan_and_exemplars_written_as_la_dien_hinh():
    text = ("KẾ HOẠCH\nTổ chức Hội nghị tuyên dương điển hình tiên tiến xã An Hưng lần thứ I (2025 - 2030)\n"
            "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Thời gian: 08 giờ 00, ngày 22 tháng 8 năm 2025.\n"
            "3. Thành phần: 120 đại biểu, trong đó 84 đại biểu là các điển hình tiên tiến.\n")
    facts = extract(text, RULES).facts
    assert (facts.delegates_total, facts.delegates_exemplars) == (120, 84)
    assert summary(facts)["exemplar_share"] == 0.7


def test_not_a_plan_is_recognised():
    result = extract("Biên bản họp chi bộ tháng 8. Nội dung: sinh hoạt thường kỳ, kết nạp đảng viên.", RULES)
    assert not result.looks_like_plan


def test_timed_table_from_text_gives_times_and_keys():
    facts = extract(corpus_path("004_khcn.txt").read_text(), RULES).facts
    assert [a.start for a in facts.agenda][:3] == [time(14, 0), time(14, 20), time(14, 30)]
    assert facts.start_time == time(14, 0) and facts.end_time == time(16, 0)
    assert facts.agenda[0].key is None  # văn nghệ chào mừng is an extra
    assert facts.presentations_count == 3  # 01 tập thể, 02 cá nhân
    assert facts.signer_mode == "KT." and facts.signer_title == "PHÓ GIÁM ĐỐC"


def test_ke_sat_award_categories_and_periods():
    facts = extract(corpus_path("001_ke_sat.txt").read_text(), RULES).facts
    quotas = [(c.name, c.target, c.min_count, c.max_count) for c in facts.award_categories]
    assert quotas[0] == ("Lực lượng vũ trang", "individual", 2, 2)
    assert ("Hộ gia đình sản xuất, kinh doanh giỏi", "household", 8, 10) in quotas
    assert len(quotas) == 5
    assert "2020 - 2025" in facts.period_texts
    assert facts.date_text == "chiều ngày 28/8/2025" and facts.sessions == 1.0
    assert facts.venue == "Nhà văn hóa Trung tâm xã Kẻ Sặt"


def test_ocr_seed_reads_number_date_and_half_session():
    facts = extract(corpus_path("002_ngoai_vu_ocr.txt").read_text(), RULES).facts
    assert facts.number == "61/KH-NV" and facts.issued_on == date(2025, 8, 12)
    assert facts.sessions == 0.5 and facts.weekday_text == "thứ Năm"
    assert facts.presentations_count == 2 and facts.presentations_max == 3


@pytest.mark.parametrize("name", sorted(n for n in ANSWERS if n.startswith("00") and n.endswith(".txt") and n < "005"))
def test_every_seed_deviation_found_with_no_false_alarm(name):
    expected = ANSWERS[name]
    facts = extract(corpus_path(name).read_text(), RULES).facts
    codes = {f.code for f in check(facts, RULES)}
    assert codes == EXPECTED_SEED_FINDINGS[expected["unit_code"]]
    assert compare(expected, summary(facts)) == []


def test_facts_json_round_trip():
    facts = extract(corpus_path("004_khcn.txt").read_text(), RULES).facts
    again = from_json(to_json(facts))
    assert again == facts


TEXT_FILES = sorted(n for n in ANSWERS if not n.endswith(".png"))


@pytest.mark.parametrize("name", TEXT_FILES)
def test_corpus_document_fields_and_findings(name):
    expected = ANSWERS[name]
    result = read_one(name, corpus_path(name).read_bytes(), RULES)
    assert result["status"] == "read", result["error"]
    assert compare(expected, summary(result["facts_obj"])) == []
    if "findings" in expected:
        assert sorted({f.code for f in result["finding_objs"]}) == expected["findings"]


def test_scanned_page_is_read_by_ocr():
    name = "007_vinh_bao_scan.png"
    result = read_one(name, corpus_path(name).read_bytes(), RULES)
    assert result["kind"] == "scan"
    assert compare(ANSWERS[name], summary(result["facts_obj"])) == []
    assert sorted({f.code for f in result["finding_objs"]}) == ANSWERS[name]["findings"]


def _scan_as(image_format):
    from PIL import Image

    buffer = io.BytesIO()
    Image.open(corpus_path("007_vinh_bao_scan.png")).convert("RGB").save(buffer, image_format, resolution=200)
    return buffer.getvalue()


@pytest.mark.parametrize("name, image_format, kind", [("quet.jpg", "JPEG", "scan"), ("quet.pdf", "PDF", "scan")])
def test_scanned_jpeg_and_scanned_pdf_are_read_by_ocr(name, image_format, kind):
    # the same scanned page as a .jpg and as an image-only .pdf (pdftoppm, then Tesseract)
    result = read_one(name, _scan_as(image_format), RULES)
    assert result["kind"] == kind and result["pages"] == 1
    assert compare(ANSWERS["007_vinh_bao_scan.png"], summary(result["facts_obj"])) == []


def test_docx_with_the_issuer_header_in_the_page_header():
    from docx import Document

    document = Document(str(corpus_path("012_so_nnmt_compliant.docx")))
    header_table = document.tables[0]._element  # Nghị định 30 header: issuer and number | motto and date
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header._element.append(header_table)  # moved out of the body into the page header
    assert len(document.tables) == 1
    buffer = io.BytesIO()
    document.save(buffer)
    result = read_one("ke-hoach.docx", buffer.getvalue(), RULES)
    extracted = summary(result["facts_obj"])
    assert (extracted["number"], extracted["issued"], extracted["unit"]) == ("88/KH-SNNMT", "2025-08-11", "Sở Nông nghiệp và Môi trường")
    assert result["finding_objs"] == []


def test_field_accuracy_over_the_text_corpus_is_at_least_95_percent():
    right = total = 0
    for name in TEXT_FILES:
        result = read_one(name, corpus_path(name).read_bytes(), RULES)
        wrong = compare(ANSWERS[name], summary(result["facts_obj"]))
        fields = [f for f in FIELDS if f in ANSWERS[name]]
        total += len(fields)
        right += len(fields) - len(wrong)
    assert total >= 13 * 10
    assert right / total >= 0.95


def test_tasks_of_the_seeds_under_their_assignee_headings():
    facts = extract(corpus_path("001_ke_sat.txt").read_text(), RULES).facts
    assert [t.assignee for t in facts.tasks][:3] == [
        "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    assert facts.tasks[0].description.startswith("Chủ trì tham mưu xây dựng Kế hoạch tổ chức, báo cáo tổng kết, nội dung")
    assert "Xây dựng kế hoạch tuyên truyền" in facts.tasks[0].description and facts.tasks[0].due is None
    report = facts.tasks[1]  # its own deadline: a task of its own, after the conference but a results report
    assert report.due == date(2025, 8, 30) and report.description.startswith("Tổng hợp, báo cáo UBND thành phố kết quả")
    assert "task_due_after_conference" not in {f.code for f in check(facts, RULES)}
    khcn = extract(corpus_path("004_khcn.txt").read_text(), RULES).facts
    assert (khcn.tasks[0].assignee, khcn.tasks[0].due) == ("Các phòng, đơn vị thuộc Sở", date(2025, 8, 20))
    assert khcn.tasks[-1].assignee == "Đoàn Thanh niên Sở" and "03 tiết mục văn nghệ" in khcn.tasks[-1].description


def test_task_due_after_the_conference_is_found_in_an_imported_plan():
    name = "015_an_lao_tasks.docx"
    result = read_one(name, corpus_path(name).read_bytes(), RULES)
    tasks = result["facts_obj"].tasks
    assert "Văn phòng HĐND và UBND xã" in [t.assignee for t in tasks]  # a bold heading without a number
    late = [f for f in result["finding_objs"] if f.code == "task_due_after_conference"]
    assert len(late) == 1  # the results report due 29/8 is expected after the conference
    assert "(Trung tâm Văn hóa, Thể thao và Truyền thông xã) có hạn 22/8/2025, sau ngày tổ chức hội nghị 21/8/2025" in late[0].message


def test_no_task_section_gives_no_tasks():
    facts = extract(corpus_path("013_vinh_hai_numbered.txt").read_text(), RULES).facts
    assert facts.agenda and facts.tasks == []  # the numbered agenda is not mistaken for assignees
