"""The one "today" of thidua: deadlines, reminders and document dates read it from here.

``settings.THIDUA_TODAY`` (an ISO date, from the environment variable of the same name)
fixes the day, so a demo of a 2025 campaign lives inside that campaign; unset, it is the
real local date."""
import datetime

from django.conf import settings
from django.utils import timezone


def fixed_day():
    value = getattr(settings, "THIDUA_TODAY", None)
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def today():
    return fixed_day() or timezone.localdate()


def now():
    """The current moment; on a fixed day, that day at the current local time."""
    moment = timezone.localtime()
    day = fixed_day()
    return moment.replace(year=day.year, month=day.month, day=day.day) if day else moment
