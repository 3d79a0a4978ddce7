"""Findings read errors first, then warnings, and items by their number (1, 2, 10 — not 1, 10, 2)."""
from thidua.common.findings import Finding, Severity, sort_findings


def _f(code, severity=Severity.WARNING):
    return Finding(code, severity, "", code)


def test_numbers_in_codes_sort_as_numbers_and_errors_come_first():
    got = sort_findings([_f("slot_overlap:10"), _f("slot_overlap:2"), _f("slot_overlap:1"), _f("late", Severity.ERROR),
                         _f("slot_gap:3"), _f("note", Severity.INFO)])
    assert [f.code for f in got] == ["late", "slot_gap:3", "slot_overlap:1", "slot_overlap:2", "slot_overlap:10", "note"]
