"""One reading of a plan's words for the plans checker and the reader of received plans:
the period attached to the conference and a unit's name without its kind word."""
import pytest

from tests.factories import PlanFactory
from thidua.campaigns.domain.rules import rules_for
from thidua.common.plan_text import core_unit_name, name_key, parse_period, periods_attached_to_conference
from thidua.ingest.domain.campaign_file import rules_from_file
from thidua.ingest.domain.extract import extract
from thidua.plans.domain.compliance import check, name_follows_rule
from thidua.plans.domain.facts import PlanFacts, facts_from_plan

# the two readers disagreed on this name: the extractor looked for the period only after
# "Hội nghị [tuyên dương] điển hình tiên tiến", the plans checker after any "hội nghị"
NAME = "Hội nghị tuyên dương xã Kẻ Sặt giai đoạn 2020 - 2025"
RECEIVED = f"""ỦY BAN NHÂN DÂN
XÃ KẺ SẶT
Số: 45/KH-UBND
Kẻ Sặt, ngày 12 tháng 8 năm 2025
KẾ HOẠCH
Tổ chức {NAME}
I. MỤC ĐÍCH, YÊU CẦU
Biểu dương các điển hình tiên tiến.
"""


def test_the_period_attached_to_the_conference():
    assert periods_attached_to_conference([NAME]) == ["2020 - 2025"]
    assert periods_attached_to_conference(["Hội nghị biểu dương người tốt, việc tốt (2014 - 2015)"]) == ["2014 - 2015"]
    # the congress, the conferences of every level and another sentence have periods of their own
    assert periods_attached_to_conference([
        "Hội nghị điển hình tiên tiến xã Kẻ Sặt, tiến tới Đại hội Thi đua yêu nước (2025 - 2030)",
        "Hội nghị điển hình tiên tiến các cấp giai đoạn 2020 - 2025",
        "Tổ chức Hội nghị điển hình tiên tiến. Tổng kết giai đoạn 2020 - 2025",
        "Hội nghị sơ kết công tác quý III (2020 - 2025)",  # not the conference
    ]) == []
    assert parse_period("(2025-2030)") == (2025, 2030) and parse_period("năm 2025") is None


@pytest.mark.django_db
def test_a_received_plan_and_the_plan_stored_from_it_agree_on_the_period(campaign, commune):
    rules = rules_for(campaign)
    received = extract(RECEIVED, rules).facts
    stored = facts_from_plan(PlanFactory(unit=commune, campaign=campaign, conference_name=NAME, banner_text=""))
    assert received.period_texts == stored.period_texts == ["2020 - 2025"]
    codes = [{f.code for f in check(facts, rules)} & {"period_mismatch"} for facts in (received, stored)]
    assert codes == [{"period_mismatch"}, {"period_mismatch"}]


def test_a_units_name_without_its_kind_word():
    assert name_key("Sở GD & ĐT") == name_key("SỞ GD&ĐT") == "so gd dt"
    assert [core_unit_name(n) for n in ("xã Kẻ Sặt", "Đặc khu Bạch Long Vĩ", "Sở Y tế", "Ngành Y tế", "Ban Dân tộc")] == [
        "ke sat", "bach long vi", "y te", "y te", "dan toc"]


def test_the_checker_strips_the_kind_words_the_reader_strips():
    """The extractor matched "BAN DÂN TỘC" to its unit without "ban" while the checker kept
    "ban" in the name it looks for; both now look for "dân tộc"."""
    facts = PlanFacts(unit_name="Ban Dân tộc", merged=False)
    name = "Hội nghị tuyên dương điển hình tiên tiến ngành Dân tộc Lần thứ II (2025 - 2030)"
    assert name_follows_rule(name, facts, rules_from_file())
