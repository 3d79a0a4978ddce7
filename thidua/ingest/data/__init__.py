"""Data files the ingest app ships: the four seed plans as the units sent them (``seeds/``),
used by the demo batch and, as the first four labelled documents, by the extractor's tests."""
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"
SEED_FILES = ["001_ke_sat.txt", "002_ngoai_vu_ocr.txt", "003_an_hai.txt", "004_khcn.txt"]
