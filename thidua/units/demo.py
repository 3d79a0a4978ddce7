"""Demo data: the city, its Board, the 114 commune-level units and departments (from
cited public sources, see the CSVs' ``source`` column) and the sub-units the seed plans
name. Entries without a public source are flagged ``is_demo`` and say so."""
import csv
from pathlib import Path

from django.db import transaction

from thidua.units.models import EmulationCluster, PredecessorUnit, Unit, UnitKind

DATA = Path(__file__).parent / "data"
SEED = "shared/seeds/"
CITY = "hai-phong"
BOARD = "ban-tdkt"

# Sub-units named by the seed plans: (parent code, code suffix, name, kind, source)
SEED_SUBUNITS = [
    ("xa-ke-sat", "phong-vhxh", "Phòng Văn hóa - Xã hội xã Kẻ Sặt", UnitKind.OFFICE, SEED + "001"),
    ("xa-ke-sat", "vp-hdnd-ubnd", "Văn phòng HĐND và UBND xã Kẻ Sặt", UnitKind.OFFICE, SEED + "001"),
    ("xa-ke-sat", "ttvhtt", "Trung tâm Văn hóa, Thể thao và Truyền thông xã Kẻ Sặt", UnitKind.SERVICE_UNIT, SEED + "001"),
    ("xa-ke-sat", "mttq", "Ủy ban MTTQ Việt Nam xã Kẻ Sặt", UnitKind.FRONT, SEED + "001"),
    ("xa-ke-sat", "cong-an", "Công an xã Kẻ Sặt", UnitKind.POLICE, SEED + "001"),
    ("xa-ke-sat", "quan-su", "Ban Chỉ huy Quân sự xã Kẻ Sặt", UnitKind.MILITARY, SEED + "001"),
    ("phuong-an-hai", "phong-vhxh", "Phòng Văn hóa - Xã hội phường An Hải", UnitKind.OFFICE, SEED + "003"),
    ("phuong-an-hai", "vp-hdnd-ubnd", "Văn phòng HĐND và UBND phường An Hải", UnitKind.OFFICE, SEED + "003"),
    ("phuong-an-hai", "mttq", "Ủy ban MTTQ Việt Nam phường An Hải", UnitKind.FRONT, SEED + "003"),
    ("phuong-an-hai", "tt-su-nghiep-cong", "Trung tâm sự nghiệp công phường An Hải", UnitKind.SERVICE_UNIT, SEED + "003"),
    ("phuong-an-hai", "phong-kt-ht-dt", "Phòng Kinh tế, Hạ tầng và Đô thị phường An Hải", UnitKind.OFFICE, SEED + "003"),
    ("so-ngoai-vu", "van-phong", "Văn phòng Sở Ngoại vụ", UnitKind.OFFICE, SEED + "002"),
    ("so-ngoai-vu", "doan-thanh-nien", "Đoàn Thanh niên Sở Ngoại vụ", UnitKind.MASS_ORG, SEED + "002"),
    ("so-khcn", "van-phong", "Văn phòng Sở Khoa học và Công nghệ", UnitKind.OFFICE, SEED + "004"),
    ("so-khcn", "tt-cntt-tt", "Trung tâm Công nghệ thông tin và Truyền thông", UnitKind.SERVICE_UNIT, SEED + "004"),
    ("so-khcn", "tt-dmst", "Trung tâm Đổi mới sáng tạo và Ứng dụng KH&CN", UnitKind.SERVICE_UNIT, SEED + "004"),
    ("so-khcn", "doan-thanh-nien", "Đoàn Thanh niên Sở Khoa học và Công nghệ", UnitKind.MASS_ORG, SEED + "004"),
    ("so-khcn", "hoi-ccb", "Hội Cựu chiến binh Sở Khoa học và Công nghệ", UnitKind.MASS_ORG, SEED + "004"),
]

# Seed 001 names the kinds but not the names: demo entries, flagged as such.
DEMO_SUBUNITS = [
    ("xa-ke-sat", "truong-mam-non", "Trường Mầm non xã Kẻ Sặt (minh họa)", UnitKind.SCHOOL),
    ("xa-ke-sat", "truong-tieu-hoc", "Trường Tiểu học xã Kẻ Sặt (minh họa)", UnitKind.SCHOOL),
    ("xa-ke-sat", "truong-thcs", "Trường THCS xã Kẻ Sặt (minh họa)", UnitKind.SCHOOL),
    ("xa-ke-sat", "tram-y-te", "Trạm Y tế xã Kẻ Sặt (minh họa)", UnitKind.HEALTH_STATION),
    ("xa-ke-sat", "doanh-nghiep-1", "Doanh nghiệp minh họa số 1", UnitKind.ENTERPRISE),
    ("xa-ke-sat", "doanh-nghiep-2", "Doanh nghiệp minh họa số 2", UnitKind.ENTERPRISE),
] + [
    # "Bí thư Chi bộ, Trưởng thôn (29 thôn)" — seed 001 gives the count, not the names.
    ("xa-ke-sat", f"thon-{i:02d}", f"Thôn {i:02d} (minh họa)", UnitKind.VILLAGE)
    for i in range(1, 30)
]

KIND_ISSUER = {UnitKind.COMMUNE: "XÃ", UnitKind.WARD: "PHƯỜNG", UnitKind.SPECIAL_ZONE: "ĐẶC KHU"}


def _upsert(code, **fields):
    unit = Unit.objects.filter(code=code).first()
    if unit is None:
        unit = Unit(code=code)
    changed = unit.pk is None
    for key, value in fields.items():
        if getattr(unit, key if key != "parent" else "parent_id") != (value.pk if key == "parent" and value else value):
            setattr(unit, key, value)
            changed = True
    if changed:
        unit.save()
    return unit


@transaction.atomic
def load(out=None):
    city = _upsert(
        CITY,
        name="Hải Phòng",
        kind=UnitKind.CITY,
        parent=None,
        issuer_parent_line="",
        issuer_line="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG",
        symbol="UBND",
        place_name="Hải Phòng",
        source=SEED + "000",
    )
    _upsert(
        BOARD,
        name="Ban Thi đua - Khen thưởng thành phố",
        kind=UnitKind.BOARD,
        parent=city,
        issuer_parent_line="SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG",
        issuer_line="BAN THI ĐUA - KHEN THƯỞNG",
        symbol="BTĐKT",
        place_name="Hải Phòng",
        source=SEED + "000",
    )
    communes = 0
    with open(DATA / "communes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind = UnitKind(row["kind"])
            unit = _upsert(
                row["code"],
                name=row["name"],
                kind=kind,
                parent=city,
                issuer_parent_line="",
                issuer_line=f"ỦY BAN NHÂN DÂN\n{KIND_ISSUER[kind]} {row['name'].upper()}",
                symbol="UBND",
                place_name=row["name"],
                merged_in_2025=bool(row["merged_from"].strip()),
                source=row["source"][:500],
            )
            for name in [n.strip() for n in row["merged_from"].split(";") if n.strip()]:
                PredecessorUnit.objects.get_or_create(unit=unit, name=name)
            communes += 1
    departments = 0
    with open(DATA / "departments.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            _upsert(
                row["code"],
                name=row["name"],
                kind=UnitKind.DEPARTMENT,
                parent=city,
                issuer_parent_line="UBND THÀNH PHỐ HẢI PHÒNG",
                issuer_line=row["name"].upper(),
                symbol=row["symbol"],
                place_name="Hải Phòng",
                source=row["source"][:500],
            )
            departments += 1
    for parent_code, suffix, name, kind, source in SEED_SUBUNITS:
        _upsert(f"{parent_code}-{suffix}", name=name, kind=kind, parent=Unit.objects.get(code=parent_code), source=source)
    for parent_code, suffix, name, kind in DEMO_SUBUNITS:
        _upsert(
            f"{parent_code}-{suffix}",
            name=name,
            kind=kind,
            parent=Unit.objects.get(code=parent_code),
            is_demo=True,
            source="Đơn vị minh họa: văn bản nguồn chỉ nêu loại đơn vị, không nêu tên.",
        )
    _load_clusters(city)
    if out:
        out.write(f"Đơn vị: {communes} đơn vị cấp xã, {departments} sở/ngành, {Unit.objects.count()} đơn vị tất cả.")


def _load_clusters(city):
    """The city's real clusters are not in the seeds: demo clusters, labelled as such."""
    commune_cluster, _ = EmulationCluster.objects.get_or_create(
        code="cum-minh-hoa-1",
        defaults={"name": "Cụm thi đua số 1 (minh họa)", "kind": EmulationCluster.Kind.CLUSTER, "owner": city,
                  "note": "Cụm minh họa; danh sách cụm thật do Ban Thi đua - Khen thưởng nhập."},
    )
    dept_block, _ = EmulationCluster.objects.get_or_create(
        code="khoi-minh-hoa-so-nganh",
        defaults={"name": "Khối các sở, ngành (minh họa)", "kind": EmulationCluster.Kind.BLOCK, "owner": city,
                  "note": "Khối minh họa; danh sách khối thật do Ban Thi đua - Khen thưởng nhập."},
    )
    Unit.objects.filter(code__in=["xa-ke-sat", "phuong-an-hai"], cluster__isnull=True).update(cluster=commune_cluster)
    Unit.objects.filter(kind=UnitKind.DEPARTMENT, cluster__isnull=True).update(cluster=dept_block)
