"""Predicate tables for the apps' ``rules.py``, tested as pretalx tests its rules: one
parametrised test per (user, rule, object), so one failure does not hide the others."""
import pytest


def rule_cases(rules, table):
    """``rules``: ``(rule, object name)`` pairs; ``table``: ``{who: (allowed for rules[0],
    rules[1], …)}``, ``who`` naming a user fixture of ``tests/conftest.py``. Returns the
    ``(who, rule, object name, allowed)`` cases."""
    return [pytest.param(who, rule, obj, allowed, id=f"{who}-{rule}" + (f"-{obj}" if obj else ""))
            for who, row in table.items() for (rule, obj), allowed in zip(rules, row, strict=True)]
