"""The shapes an app uses to add itself to the shell: a navigation item and a home-page
panel, listed on its ``AppConfig`` (``nav_items``, ``home_panels``). ``thidua.core.navigation``
collects them, so adding a part of the domain never edits a shared template."""
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    roles: tuple = ()
    order: int = 50

    def url(self):
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


@dataclass(frozen=True)
class HomePanel:
    """A block on a role's home page: ``template`` rendered with ``context(request)``."""

    template: str
    context: object = None  # callable(request) -> dict | None, or its dotted path
    roles: tuple = ()
    order: int = 50
    extra: dict = field(default_factory=dict)
