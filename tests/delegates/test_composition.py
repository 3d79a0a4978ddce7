from thidua.campaigns.domain.rules import CampaignRules
from thidua.delegates.domain.composition import Person, Targets, check, exemplar_bounds, summarise

RULES = CampaignRules(code="t", title="t", issuer_name="UBND thành phố")


def people(exemplars=70, guests=20, leaders=10, women=40, minorities=0, direct=30):
    out = []
    n = 0
    for group, count in (("exemplar", exemplars), ("guest", guests), ("leader", leaders)):
        for _ in range(count):
            out.append(Person(
                full_name=f"Người {n}", group=group, gender="female" if n < women else "male",
                ethnicity="Tày" if n < minorities else "Kinh", direct_worker=n < direct,
                field=["education", "health", "agriculture"][n % 3], economic_sector="private" if n % 2 else "state",
            ))
            n += 1
    return out


def codes(findings):
    return {f.code for f in findings}


def test_balanced_list_has_no_warnings():
    summary, findings = check(people(), RULES)
    assert summary.total == 100 and summary.exemplars == 70
    assert summary.women == 40 and summary.direct_workers == 30
    assert not [f for f in findings if f.severity in ("error", "warning")]


def test_over_limit_is_an_error_citing_rule_and_value():
    _, findings = check(people(exemplars=110, guests=30, leaders=20), RULES)
    over = [f for f in findings if f.code == "delegates_over_limit"][0]
    assert over.severity == "error"
    assert "160" in over.message and "150" in over.message and "vượt 10" in over.message
    assert "UBND thành phố" in over.message


def test_exemplar_share_low_and_high_with_tolerance():
    assert exemplar_bounds(100, RULES) == (65, 75)
    assert "exemplar_share_low" in codes(check(people(exemplars=64, guests=26), RULES)[1])
    assert "exemplar_share_low" not in codes(check(people(exemplars=65, guests=25), RULES)[1])
    assert "exemplar_share_high" in codes(check(people(exemplars=76, guests=14), RULES)[1])
    msg = [f for f in check(people(exemplars=60, guests=30), RULES)[1] if f.code == "exemplar_share_low"][0].message
    assert "60%" in msg and "70%" in msg and "±5%" in msg


def test_targets_from_plan():
    _, findings = check(people(women=10, minorities=1, direct=5), RULES, Targets(women=30, ethnic_minorities=3, direct_workers=20))
    by_code = {f.code: f for f in findings}
    assert "thiếu 20" in by_code["women_share_low"].message
    assert "thiếu 2" in by_code["ethnic_minority_share_low"].message
    assert "thiếu 15" in by_code["direct_workers_low"].message


def test_missing_sector_predecessor_and_duplicate():
    group = people(exemplars=7, guests=2, leaders=1)
    group.append(Person(full_name="Người 0", group="guest", gender="female"))
    _, findings = check(group, RULES, Targets(economic_sectors=("collective",), predecessors=("thị trấn Kẻ Sặt",)),
                        labels={"collective": "Kinh tế tập thể"})
    c = codes(findings)
    assert "economic_sector_missing:collective" in c
    assert "predecessor_missing:thi-tran-ke-sat" in c
    assert "duplicate_person" in c
    assert any("Kinh tế tập thể" in f.message for f in findings)


def test_field_unbalanced_and_counts():
    group = [Person(full_name=f"P{i}", field="education" if i < 9 else "health", gender="female") for i in range(12)]
    summary, findings = check(group, RULES)
    assert summary.by_field == {"education": 9, "health": 3}
    assert "field_unbalanced" in codes(findings)


def test_empty_list_and_summary_shares():
    assert codes(check([], RULES)[1]) == {"delegates_empty"}
    s = summarise(people(), RULES)
    assert round(s.women_share, 2) == 0.40 and s.by_group["guest"] == 20


def test_exemplar_bounds_small_list_never_empty():
    assert exemplar_bounds(5, RULES) == (4, 4)
    assert exemplar_bounds(150, RULES) == (98, 112)
