"""A POST-only URL opened with GET (a reload after a failed form) lands on the page above
with a message, never on an empty 405 page; the action is not taken."""
import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from thidua.common.web import POST_ONLY_MESSAGE, page_above
from thidua.plans.models import Plan, PlanStatus


def _post_only_patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _post_only_patterns(pattern, f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix)
        elif isinstance(pattern, URLPattern) and getattr(pattern.callback, "post_only", False):
            yield prefix + pattern.name


def test_the_page_above_skips_post_only_urls_and_unknown_paths():
    assert page_above("/ke-hoach/12/gui/") == "/ke-hoach/12/"
    assert page_above("/ke-hoach/12/khong-co/gi-ca/") == "/ke-hoach/12/"
    assert page_above("/khong-co-trang-nay/") == "/"


def test_every_button_url_is_marked_post_only():
    names = set(_post_only_patterns(get_resolver()))
    assert {"plans:submit", "plans:review", "ingest:document_accept", "reports:report_submit", "honors:vote",
            "delegates:checkin_mark", "delegates:congress_quotas"} <= names


@pytest.mark.django_db
def test_a_reloaded_submit_goes_back_to_the_plan_and_submits_nothing(client_for, campaign, commune, unit_officer):
    from tests.factories import PlanFactory

    plan = PlanFactory(compliant=True, unit=commune, campaign=campaign)
    response = client_for(unit_officer).get(reverse("plans:submit", args=[plan.pk]), follow=True)
    assert response.redirect_chain == [(f"/ke-hoach/{plan.pk}/", 302)]
    assert POST_ONLY_MESSAGE in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.DRAFT


@pytest.mark.django_db
def test_another_method_is_still_refused(client_for, campaign, commune, unit_officer):
    from tests.factories import PlanFactory

    plan = PlanFactory(unit=commune, campaign=campaign)
    assert client_for(unit_officer).put(reverse("plans:submit", args=[plan.pk])).status_code == 405
