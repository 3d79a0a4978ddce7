"""The wordings units use for the standard agenda items besides a parent plan's own words
(data/agenda_wordings.json, folded): "Thông qua danh sách đại biểu …" is the higher
congress's delegates, "Trao Giấy khen …" the honouring. They are keywords of the
campaign's agenda rules (``AgendaItemRule.keywords``): an import adds them to each item
with a standard key, and the extractor reads only the rules."""
import json
from functools import cache
from pathlib import Path

WORDINGS_FILE = Path(__file__).resolve().parents[1] / "data" / "agenda_wordings.json"


@cache
def standard_wordings():
    """{agenda key: (wording, …)} of the standard items."""
    data = json.loads(WORDINGS_FILE.read_text(encoding="utf-8"))
    return {key: tuple(words) for key, words in data.items()}


def with_standard_wordings(key, keywords):
    """``keywords`` of an agenda item followed by the standard wordings of its ``key`` it
    lacks (in that order, none twice)."""
    return list(dict.fromkeys([*(keywords or ()), *standard_wordings().get(key, ())]))
