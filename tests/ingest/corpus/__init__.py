"""The labelled corpus: plans in the styles units write (this folder) plus the four seeds the
app ships for its demo (thidua/ingest/data/seeds), labelled in ``seeds_expected.json``."""
from pathlib import Path

from thidua.ingest.domain.accuracy import locate

CORPUS_DIR = Path(__file__).resolve().parent


def path(name):
    """Where a labelled document lives (corpus folder or the app's seeds)."""
    return locate(CORPUS_DIR, name)
