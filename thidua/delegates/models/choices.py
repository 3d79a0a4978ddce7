from django.db import models


class Gender(models.TextChoices):
    MALE = "male", "Nam"
    FEMALE = "female", "Nữ"


class EconomicSector(models.TextChoices):
    STATE = "state", "Kinh tế nhà nước"
    COLLECTIVE = "collective", "Kinh tế tập thể"
    PRIVATE = "private", "Kinh tế tư nhân"
    FOREIGN = "foreign", "Kinh tế có vốn đầu tư nước ngoài"
    HOUSEHOLD = "household", "Kinh tế hộ gia đình"
    NONE = "", "Không thuộc thành phần kinh tế"


class Field(models.TextChoices):
    ADMINISTRATION = "administration", "Quản lý nhà nước, Đảng, đoàn thể"
    SECURITY = "security", "Quốc phòng, an ninh"
    EDUCATION = "education", "Giáo dục"
    HEALTH = "health", "Y tế"
    CULTURE = "culture", "Văn hóa, xã hội"
    AGRICULTURE = "agriculture", "Nông nghiệp, nông thôn"
    INDUSTRY = "industry", "Công nghiệp, thương mại, dịch vụ"
    SCIENCE = "science", "Khoa học, công nghệ"
    OTHER = "other", "Lĩnh vực khác"

MAJORITY_ETHNICITY = "Kinh"
