"""Object permissions of the delegates app (django-rules). Objects expose ``.unit``."""
import rules

from thidua.accounts.rules import manages_unit, sees_unit

rules.add_perm("delegates.view_conference_obj", sees_unit)
rules.add_perm("delegates.change_conference_obj", manages_unit)
rules.add_perm("delegates.checkin_obj", manages_unit)
rules.add_perm("delegates.view_congress_obj", sees_unit)
rules.add_perm("delegates.change_congress_obj", manages_unit)
