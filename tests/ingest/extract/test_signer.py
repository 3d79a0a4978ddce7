"""The signature block."""
from thidua.ingest.domain.extract.lines import split_lines
from thidua.ingest.domain.extract.signer import find_signer, is_person_name


def _lines(text):
    return split_lines(text)


def test_signer_mode_title_and_name():
    lines = _lines("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An")
    assert find_signer(lines) == ("KT.", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert is_person_name("Trần Thị Bích Ngọc") and not is_person_name("Ủy Ban Nhân Dân") and not is_person_name("An")

