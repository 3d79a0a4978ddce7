"""The words the extractor looks for (folded: lower case, no diacritics)."""

KIND_WORDS = [("dac khu", "dac_khu"), ("phuong", "phuong"), ("xa", "xa"), ("so", "department"), ("ban", "department")]
KIND_DISPLAY = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}


# Signer titles, most specific first (folded)
SIGNER_TITLES = [
    "pho chu tich", "chu tich", "pho giam doc", "giam doc", "pho truong ban", "truong ban",
    "pho chanh van phong", "chanh van phong", "pho bi thu", "bi thu", "pho thu truong", "thu truong",
]


PLAN_MARKERS = ("ke hoach", "hoi nghi", "dien hinh tien tien")


BANNER_HEADINGS = ("ten goi", "tieu de hoi nghi", "ten cua hoi nghi", "ten hoi nghi", "tieu de")


NOMINATION_WORDS = ("de xuat", "de nghi", "danh sach", "lua chon", "binh chon", "binh xet", "ho so")
NOMINATION_TOPIC = ("khen thuong", "bieu duong", "dien hinh", "ton vinh")
REPORT_TO = ("thanh pho", "cap tren", "ban thi dua", "ban td", "hoi dong thi dua", "ubnd tp", "ban tdkt")


TASK_SECTIONS = ("to chuc thuc hien", "phan cong nhiem vu", "phan cong thuc hien", "trach nhiem thuc hien")
TASK_SECTION_ENDS = ("tren day", "noi nhan", "noi nh", "trong qua trinh", "tm.", "kt.", "tl.")
