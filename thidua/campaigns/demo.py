from pathlib import Path

from thidua.campaigns.domain.importing import import_campaign, load_file

CITY_CAMPAIGN = Path(__file__).parent / "data" / "hp-2025-3194.json"


def load(out=None):
    campaign = import_campaign(load_file(CITY_CAMPAIGN))
    if out:
        out.write(f"Kế hoạch cấp trên: {campaign}")
