"""Thin views of the delegates app: scope the object (404 for another unit's), ask
``delegates/rules.py`` (403), call the domain, show its refusal with
``thidua.common.web.show_error``, render.

- ``conference``: a unit conference's list, its composition, allocation, proposal,
  invitations and timetable;
- ``checkin``: the conference day's check-in;
- ``congress``: the delegates to the city congress (the Board's quotas, the units' lists).
"""
