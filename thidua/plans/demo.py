"""Demo data: the four seed plans (shared/seeds/001–004) as structured plans, and their
workflow states so the Board has something to review. Idempotent."""
from django.db import transaction

from thidua.campaigns.models import Campaign
from thidua.plans.domain.builder import store_seed_plan
from thidua.plans.domain.seeds import SEED_PLANS
from thidua.plans.models import PlanStatus

CITY_CAMPAIGN = "hp-2025-3194"


@transaction.atomic
def load(out=None):
    campaign = Campaign.objects.get(code=CITY_CAMPAIGN)
    created = 0
    for code in SEED_PLANS:
        _plan, new = store_seed_plan(code, campaign, status=PlanStatus.SUBMITTED)
        created += new
    if out:
        out.write(f"Kế hoạch đơn vị: {len(SEED_PLANS)} kế hoạch mẫu (mới nạp {created}).")
