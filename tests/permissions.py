"""Predicate tables for the apps' ``rules.py``, tested as pretalx tests its rules: one
parametrised test per (user, rule, object), so one failure does not hide the others."""
import pytest


def rule_cases(rules, table):
    """``rules``: ``(rule, object name)`` pairs; ``table``: ``{who: (allowed for rules[0],
    rules[1], …)}``, ``who`` naming a user fixture of ``tests/conftest.py``. Returns the
    ``(who, rule, object name, allowed)`` cases."""
    return [pytest.param(who, rule, obj, allowed, id=f"{who}-{rule}" + (f"-{obj}" if obj else ""))
            for who, row in table.items() for (rule, obj), allowed in zip(rules, row, strict=True)]


# --- URL × role access matrices (tests/<app>/test_access_matrix.py) ------------------------
#
# Each app's file holds ``APP`` (its URL namespace), ``ROLES`` (user fixtures, requested in
# this order), ``TABLE`` ``{(url name, method, kind): {role: status}}`` — ``kind`` names the
# object, query or data a row needs — and a ``world`` fixture; one test per row requests the
# URL as every role. Before the roles, an anonymous request is made: it must be sent to the
# login page (``LOGIN``) unless the row says otherwise under ``"anonymous"``.

LOGIN = "login"  # what an anonymous request gets: a redirect to the login page


def url_rows(table):
    """One pytest param per (url name, method, kind) row of ``table``."""
    return [pytest.param(*key, id="-".join(str(part) for part in key if part)) for key in table]


def _outcome(response):
    from django.conf import settings
    from django.shortcuts import resolve_url

    login = resolve_url(settings.LOGIN_URL)
    if response.status_code == 302 and response.url.split("?")[0] == login:
        return LOGIN
    return response.status_code


def statuses(client, request, roles, method, url, data=None):
    """``{"anonymous": …, role: status}``: ``url`` requested with ``method`` (and ``data``)
    anonymously, then as each user fixture of ``roles`` in turn."""
    send = getattr(client, method)
    client.logout()
    got = {"anonymous": _outcome(send(url, data or {}))}
    for role in roles:
        client.force_login(request.getfixturevalue(role))
        got[role] = send(url, data or {}).status_code
    return got


def expected(row):
    """A table row with the anonymous default (sent to the login page) filled in."""
    return {"anonymous": LOGIN, **row}


def url_names(app):
    """The named URLs of the ``app`` namespace."""
    from django.urls import get_resolver

    resolver = get_resolver().namespace_dict[app][1]
    return {p.name for p in resolver.url_patterns if getattr(p, "name", None)}


def table_url_names(table):
    return {name for name, _, _ in table}
