"""The text as lines (folded twins, OCR repair) and the casing helpers."""
from thidua.ingest.domain.extract.lines import ROMAN_HEADING, is_upper, looks_ocr, sentence_case, split_lines


def _lines(text):
    return split_lines(text)


def test_lines_are_stripped_with_their_folded_twin_and_ocr_d_repaired():
    lines = split_lines("  KẾ HOẠCH \r\n\r\n Tổ chức Hội nghị\n")
    assert [(line.text, line.folded) for line in lines] == [("KẾ HOẠCH", "ke hoach"), ("Tổ chức Hội nghị", "to chuc hoi nghi")]
    ocr = "Pai hoi thi dua yeu nuoc " * 20  # no diacritics at all: a scan read by OCR
    assert looks_ocr(ocr) and split_lines(ocr)[0].text.startswith("Đai hoi")
    assert not looks_ocr("Hội nghị điển hình tiên tiến xã Kẻ Sặt " * 10)


def test_casing_helpers_and_roman_headings():
    assert is_upper("HỘI NGHỊ TUYÊN DƯƠNG") and not is_upper("Hội nghị tuyên dương")
    assert sentence_case("HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN XÃ KẺ SẶT LẦN THỨ I", ["Kẻ Sặt"]) == (
        "Hội nghị điển hình tiên tiến xã Kẻ Sặt lần thứ I")
    assert ROMAN_HEADING.match("IV. TỔ CHỨC THỰC HIỆN") and ROMAN_HEADING.match("1V. TỔ CHỨC THỰC HIỆN")
    assert not ROMAN_HEADING.match("IV. Tổ chức thực hiện")

