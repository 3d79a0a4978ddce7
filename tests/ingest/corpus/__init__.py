"""The labelled corpus: plans in the styles units write (this folder) plus the four seeds the
app ships for its demo (thidua/ingest/data/seeds), labelled in ``seeds_expected.json``."""
from pathlib import Path

from thidua.ingest.domain.accuracy import locate

CORPUS_DIR = Path(__file__).resolve().parent


def path(name):
    """Where a labelled document lives (corpus folder or the app's seeds)."""
    return locate(CORPUS_DIR, name)


# ----------------------------------------------------------------------------- v2: tune/ and holdout/
# (see README.md: tune on ``tune``, report ``holdout`` separately and never tune on it)

SPLITS = ("tune", "holdout")


def load_split(split):
    """{file name: label} of one split of the v2 corpus."""
    import json

    return json.loads((CORPUS_DIR / split / "labels.json").read_text(encoding="utf-8"))


def split_path(split, name):
    return CORPUS_DIR / split / name


def rules_for(label):
    """The ``CampaignRules`` a v2 plan label's findings are expected under (``None`` when
    the label names no campaign): the app's city plan or a parent plan of this corpus,
    with the parent plan's per-level values for the plan's level."""
    from .gen.rules import corpus_rules

    return corpus_rules(label["campaign"], label.get("level")) if label.get("campaign") else None
