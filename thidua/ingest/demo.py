"""Demo: one batch of received plans (the four seeds, as units sent them) waiting for the Board."""
from thidua.ingest.data import SEED_FILES as FILES
from thidua.ingest.data import SEEDS_DIR as SEEDS

NOTE = "Minh họa: bốn kế hoạch mẫu các đơn vị gửi"


def load(out=None):
    from thidua.accounts.models import RoleAssignment
    from thidua.campaigns.models import Campaign
    from thidua.ingest.models import ImportBatch
    from thidua.ingest.tasks import receive

    if ImportBatch.objects.filter(note=NOTE).exists():
        return
    campaign = Campaign.objects.filter(code="hp-2025-3194").first()
    files = [(name, (SEEDS / name).read_bytes()) for name in FILES if (SEEDS / name).exists()]
    if campaign is None or not files:
        return
    board = RoleAssignment.objects.filter(role="board_officer").select_related("user").first()
    batch = receive(files, campaign, board.user if board else None, note=NOTE)
    if out:
        out.write(f"Tiếp nhận văn bản: {batch.documents.count()} kế hoạch chờ Ban xử lý.")
