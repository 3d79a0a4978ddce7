"""Predicate tables for the apps' ``rules.py``, tested as pretalx tests its rules: one
parametrised test per (user, permission), so one failure does not hide the others."""
import pytest


def rule_cases(perms, table):
    """Rows of a table ``{who: (allowed for perms[0], perms[1], …)}`` as ``(who, perm,
    allowed)`` cases; ``who`` names a user fixture of ``tests/conftest.py``."""
    return [pytest.param(who, perm, allowed, id=f"{who}-{perm}")
            for who, row in table.items() for perm, allowed in zip(perms, row, strict=True)]
