"""The register's records: one spelling and a folded name, identity numbers normalised and
checked, create/edit/revoke in the history, the catalogue seeded from findings.md, and the
awards of this system's own decisions entered in the same register in the same transaction."""
import datetime

import pytest

from tests.factories import (
    AwardRecordFactory,
    CategoryFactory,
    NominationFactory,
    NomineeFactory,
    PlanFactory,
    award_form,
)
from thidua.common.errors import DomainError
from thidua.common.text import normalize_vi
from thidua.honors.domain import decisions
from thidua.honors.models import AwardDecision
from thidua.register.domain import catalogue, records
from thidua.register.domain.validation import identity_number
from thidua.register.models import AwardForm, AwardRecord, Source


@pytest.mark.parametrize("written, one", [("Hoà", "Hòa"), ("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy"),
                                          ("Khoẻ", "Khỏe"), ("Hoàng", "Hoàng"), ("Quý", "Quý"),
                                          ("Nguye\u0302\u0303n  Va\u0306n", "Nguyễn Văn")])
def test_one_spelling(written, one):
    assert normalize_vi(written) == one


@pytest.mark.parametrize("value, numeric, stored", [("001 203 000 123", False, "001203000123"),
                                                    (1203000123.0, True, "001203000123"),
                                                    ("12.345.678-9", False, "123456789"), ("", False, "")])
def test_identity_numbers_are_digits_of_the_right_length(value, numeric, stored):
    assert identity_number(value, numeric=numeric) == stored


@pytest.mark.parametrize("value", ["12345", "0012030001234", "00120300012A"])
def test_a_wrong_identity_number_is_refused_in_vietnamese(value):
    with pytest.raises(DomainError, match="CCCD"):
        identity_number(value)


@pytest.mark.django_db
def test_the_catalogue_comes_from_the_findings_with_its_legal_basis():
    ldtt = AwardForm.objects.get(code="ldtt")
    assert ldtt.level == "xa" and "Điều 24" in ldtt.legal_article and ldtt.confirmation == "S"
    assert AwardForm.objects.get(code="ttldtt").recipient_kinds() == ["collective"]
    assert AwardForm.objects.get(code="gia-dinh-van-hoa").recipient_kinds() == ["household"]
    assert catalogue.match_form("danh hiệu Chiến sĩ thi đua cơ sở").code == "cstdcs"
    assert catalogue.match_form("CSTĐCS").code == "cstdcs"
    assert catalogue.match_form("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố").code == "bang-khen-tinh"
    assert catalogue.match_form("Giấy khen của Chủ tịch UBND xã năm 2023").code == "giay-khen"
    assert catalogue.match_form("Kỷ niệm chương vì sự nghiệp") is None


@pytest.mark.django_db
def test_create_edit_revoke_each_in_the_history(commune, unit_officer):
    record = records.create_record(commune, unit_officer, {
        "name": "Nguyễn Thị Hoà", "birth_year": 1976, "form": award_form("ldtt"), "year": 2022,
        "identity_number": "001 176 000 321", "gender": "female"})
    assert record.name == "Nguyễn Thị Hòa" and record.name_folded == "nguyen thi hoa"
    assert record.identity_number == "001176000321" and record.source == Source.TYPED
    records.edit_record(record, unit_officer, {"year": 2023})
    records.revoke_record(record, unit_officer, "15/QĐ-UBND ngày 02/3/2025", "Hồ sơ không trung thực")
    record.refresh_from_db()
    assert record.status == "revoked" and record.year == 2023
    reasons = list(record.history.order_by("history_date").values_list("history_change_reason", "history_user"))
    assert reasons == [("Ghi vào sổ khen thưởng", unit_officer.pk), ("Sửa bản ghi sổ khen thưởng", unit_officer.pk),
                       ("Thu hồi khen thưởng", unit_officer.pk)]
    with pytest.raises(DomainError, match="đã bị thu hồi"):
        records.edit_record(record, unit_officer, {"year": 2024})


@pytest.mark.django_db
@pytest.mark.parametrize("values, field", [
    ({"year": 1944}, "year"), ({"year": 2099}, "year"), ({"identity_number": "123"}, "identity_number"),
    ({"form": "ttldtt"}, "form"), ({"decision_date": datetime.date(2099, 1, 1)}, "decision_date"),
])
def test_a_written_record_is_checked(commune, unit_officer, values, field):
    base = {"name": "Trần Văn Bình", "form": award_form("ldtt"), "year": 2022}
    if values.get("form"):
        values = {**values, "form": award_form(values["form"])}
    with pytest.raises(DomainError) as info:
        records.create_record(commune, unit_officer, {**base, **values})
    assert info.value.field == field
    assert not AwardRecord.objects.exists()


@pytest.mark.django_db
def test_an_award_of_this_systems_decision_enters_the_register(campaign, commune, unit_officer):
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    category = CategoryFactory(plan=plan, min_count=0, max_count=None)
    nominee = NomineeFactory(unit=commune, full_name="Lê Thị Hoà", gender="female", birth_year=1980)
    n = NominationFactory(category=category, nominee=nominee, status="approved", award_form="Giấy khen")
    decision = decisions.issue_decision(AwardDecision(
        plan=plan, unit=commune, number="7/QĐ-UBND", signed_on=datetime.date(2025, 8, 26), legal_bases="Luật",
        article_text="Tặng Giấy khen", signer_name="Phạm Văn Dũng"), [n], unit_officer)
    award = decision.awards.get()
    record = award.record
    assert record.source == Source.DECISION and record.unit == commune and record.unit_then == commune
    assert (record.name, record.gender, record.birth_year) == ("Lê Thị Hòa", "female", 1980)
    assert record.form.code == "giay-khen" and record.year == 2025 and record.register_number == award.register_number
    assert (record.decision_number, record.decision_date, record.decision_signer) == (
        "7/QĐ-UBND", datetime.date(2025, 8, 26), "Phạm Văn Dũng")


@pytest.mark.django_db
def test_a_refused_decision_leaves_no_record(campaign, commune, unit_officer):
    plan = PlanFactory(nominating=True, unit=commune, campaign=campaign)
    category = CategoryFactory(plan=plan, min_count=0, max_count=None)
    n = NominationFactory(category=category, status="approved")
    AwardRecordFactory(unit=commune)
    with pytest.raises(DomainError):
        decisions.issue_decision(AwardDecision(
            plan=plan, unit=commune, number="", signed_on=datetime.date(2025, 8, 26), legal_bases="Luật",
            article_text="Tặng", signer_name="Phạm Văn Dũng"), [n], unit_officer)
    assert AwardRecord.objects.count() == 1
