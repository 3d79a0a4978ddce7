import json

from django import forms
from django.core.exceptions import ValidationError

from thidua.honors.domain import eligibility
from thidua.honors.domain.uploads import check_upload
from thidua.honors.models import AwardDecision, CouncilMeeting, DossierDocument, Nominee
from thidua.units.models import Unit

RATING_CHOICES = [("", "— chưa xếp loại —")] + [(k, f"{k} — {v[1]}") for k, v in eligibility.RATINGS.items()]
ACH_KINDS = {"sáng kiến": "initiative", "đề tài": "project", "khen thưởng": "award"}
ACH_LEVELS = {"cơ sở": "base", "thành phố": "city", "tỉnh": "city", "bộ": "city", "toàn quốc": "national", "": ""}


class NomineeForm(forms.ModelForm):
    achievements_text = forms.CharField(
        label="Sáng kiến, đề tài, khen thưởng đã nhận", required=False, max_length=8000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Mỗi dòng: loại; cấp; năm; tên; số quyết định. Loại: sáng kiến, đề tài, khen thưởng. "
                  "Cấp: cơ sở, thành phố, toàn quốc (bỏ trống với khen thưởng). Ví dụ: sáng kiến; cơ sở; 2023; Số hóa hồ sơ; 12/QĐ-UBND",
    )

    class Meta:
        model = Nominee
        fields = ["kind", "full_name", "gender", "birth_year", "ethnicity", "position", "workplace", "field",
                  "direct_worker", "economic_sector", "duties", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 5}), "duties": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, units=None, period=(2020, 2025), **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.fields["workplace"].queryset = units
        self.fields["workplace"].required = True
        self.fields["workplace"].label = "Đơn vị công tác (đơn vị quản lý)"
        ratings = (self.instance.ratings or {}) if self.instance.pk else {}
        for year in range(period[0], period[1] + 1):
            self.fields[f"rating_{year}"] = forms.ChoiceField(
                label=f"Xếp loại năm {year}", choices=RATING_CHOICES, required=False, initial=ratings.get(str(year), "")
            )
        if self.instance.pk:
            self.fields["achievements_text"].initial = "\n".join(
                f"{dict((v, k) for k, v in ACH_KINDS.items())[a.kind]}; "
                f"{ {'base': 'cơ sở', 'city': 'thành phố', 'national': 'toàn quốc', '': ''}[a.level]}; {a.year}; {a.title}; {a.reference}"
                for a in self.instance.achievements.all()
            )

    def clean_achievements_text(self):
        items, errors = [], []
        for number, line in enumerate(self.cleaned_data["achievements_text"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(";")]
            parts += [""] * (5 - len(parts))
            kind = ACH_KINDS.get(parts[0].lower())
            level = ACH_LEVELS.get(parts[1].lower())
            if kind is None:
                errors.append(f"Dòng {number}: loại «{parts[0]}» không hợp lệ (sáng kiến, đề tài, khen thưởng).")
                continue
            if level is None or (kind != "award" and not level):
                errors.append(f"Dòng {number}: thiếu hoặc sai cấp công nhận (cơ sở, thành phố, toàn quốc).")
                continue
            try:
                year = int(parts[2])
            except ValueError:
                errors.append(f"Dòng {number}: năm «{parts[2]}» không phải là số.")
                continue
            if kind != "award" and not self.period[0] <= year <= self.period[1]:
                errors.append(f"Dòng {number}: năm {year} nằm ngoài giai đoạn {self.period[0]} - {self.period[1]}.")
                continue
            if not parts[3] or len(parts[3]) > 300 or len(parts[4]) > 300:
                errors.append(f"Dòng {number}: tên phải có và không quá 300 ký tự.")
                continue
            items.append({"kind": kind, "level": level if kind != "award" else "", "year": year, "title": parts[3],
                          "reference": parts[4]})
        if errors:
            raise ValidationError(errors)
        return items

    def ratings(self):
        return {str(y): self.cleaned_data.get(f"rating_{y}") for y in range(self.period[0], self.period[1] + 1)
                if self.cleaned_data.get(f"rating_{y}")}


class NominateForm(forms.Form):
    category = forms.ModelChoiceField(label="Nhóm khen thưởng (theo kế hoạch)", queryset=None)
    criteria = forms.ModelChoiceField(label="Bộ tiêu chí áp dụng", queryset=None, required=False,
                                      help_text="Để trống để dùng bộ tiêu chí của nhóm trong kế hoạch.")
    award_form = forms.CharField(label="Hình thức đề nghị", max_length=200, initial="Giấy khen")
    achievement_line = forms.CharField(label="Thành tích ghi trên giấy khen", max_length=300, required=False,
                                       initial="Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025")
    evidence = forms.FileField(label="Tài liệu minh chứng (PDF, Word, ảnh)", required=False)
    evidence_description = forms.CharField(label="Mô tả tài liệu", max_length=300, required=False)

    def __init__(self, *args, categories=None, criteria=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
        self.fields["category"].label_from_instance = lambda c: f"{c.plan.unit.title_name} — {c.name} ({c.get_target_display()})"
        self.fields["criteria"].queryset = criteria.order_by("code")

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if upload:
            check_upload(upload)
        return upload


class EvidenceForm(forms.Form):
    description = forms.CharField(label="Mô tả", max_length=300)
    file = forms.FileField(label="Tệp (PDF, Word, ảnh)")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(upload)
        return upload


class DossierUploadForm(forms.Form):
    kind = forms.ChoiceField(label="Thay thế", choices=DossierDocument.Kind.choices)
    file = forms.FileField(label="Tệp (PDF hoặc Word)")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(upload, allowed=("pdf", "docx"))
        return upload


class MeetingForm(forms.ModelForm):
    class Meta:
        model = CouncilMeeting
        fields = ["held_on", "place", "chair", "secretary", "member_count", "present_count"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean(self):
        data = super().clean()
        if data.get("member_count") is not None and data.get("present_count") is not None \
                and data["present_count"] > data["member_count"]:
            self.add_error("present_count", "Số thành viên có mặt không được lớn hơn tổng số thành viên Hội đồng.")
        return data


class VoteForm(forms.Form):
    present = forms.IntegerField(label="Có mặt", min_value=0, max_value=200)
    in_favour = forms.IntegerField(label="Đồng ý", min_value=0, max_value=200)
    written_in_favour = forms.IntegerField(label="Đồng ý bằng văn bản", min_value=0, max_value=200, initial=0)


class DecisionForm(forms.ModelForm):
    nominations = forms.ModelMultipleChoiceField(label="Người, tập thể được khen thưởng", queryset=None,
                                                 widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = AwardDecision
        fields = ["number", "signed_on", "award_form", "legal_bases", "article_text", "signer_mode",
                  "signer_title", "signer_name", "register_start"]
        labels = {"signer_mode": "Người ký"}
        help_texts = {"signer_title": "CHỦ TỊCH, hoặc PHÓ CHỦ TỊCH: cấp phó ký «KT. CHỦ TỊCH» theo Nghị định 30/2020."}
        widgets = {"signer_mode": forms.Select(choices=[
                       ("", "Người đứng đầu, hoặc cấp phó ký thay (KT.) theo chức vụ người ký"),
                       ("Q.", "Quyền người đứng đầu (Q.)")]),
                   "signed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "legal_bases": forms.Textarea(attrs={"rows": 4}), "article_text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, approved=None, next_register=None, **kwargs):
        super().__init__(*args, **kwargs)
        if next_register:
            self.fields["register_start"].help_text = (
                f"Để trống để tiếp nối sổ vàng của đơn vị (số tiếp theo hiện là {next_register}); "
                "chỉ điền khi cần bắt đầu từ một số lớn hơn.")
        self.fields["nominations"].queryset = approved
        self.fields["nominations"].label_from_instance = lambda n: f"{n.nominee.full_name} — {n.category.name}"


class LayoutForm(forms.Form):
    offset_x = forms.DecimalField(label="Dịch ngang toàn trang (mm)", min_value=-50, max_value=50, decimal_places=1)
    offset_y = forms.DecimalField(label="Dịch dọc toàn trang (mm)", min_value=-50, max_value=50, decimal_places=1)

    def __init__(self, *args, positions=None, **kwargs):
        super().__init__(*args, **kwargs)
        from thidua.honors.domain.certificates import FIELD_LABELS

        for key, label in FIELD_LABELS.items():
            x, y = (positions or {}).get(key, (0, 0))[:2]
            self.fields[f"{key}_x"] = forms.DecimalField(label=f"{label}: cách mép trái (mm)", min_value=0, max_value=297,
                                                         decimal_places=1, initial=x)
            self.fields[f"{key}_y"] = forms.DecimalField(label=f"{label}: cách mép trên (mm)", min_value=0, max_value=210,
                                                         decimal_places=1, initial=y)

    def positions(self):
        from thidua.honors.domain.certificates import FIELD_LABELS

        return {k: (float(self.cleaned_data[f"{k}_x"]), float(self.cleaned_data[f"{k}_y"])) for k in FIELD_LABELS}


class ImportForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị quản lý", queryset=None)
    file = forms.FileField(label="Tệp Excel (.xlsx) theo mẫu")

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(upload, allowed=("xlsx",))
        return upload


class CriteriaForm(forms.Form):
    owner = forms.ModelChoiceField(label="Đơn vị ban hành", queryset=None, required=False,
                                   empty_label="Dùng chung cho mọi đơn vị (Ban Thi đua - Khen thưởng)")
    code = forms.SlugField(label="Mã bộ tiêu chí", max_length=80)
    title = forms.CharField(label="Danh hiệu, hình thức", max_length=200)
    target = forms.ChoiceField(label="Đối tượng", choices=[("individual", "Cá nhân"), ("collective", "Tập thể"), ("any", "Mọi đối tượng")])
    legal_text = forms.CharField(label="Văn bản căn cứ", max_length=300)
    article = forms.CharField(label="Điều, khoản", max_length=200, required=False)
    approval_share = forms.DecimalField(label="Tỷ lệ phiếu đồng ý tối thiểu (0 - 1)", min_value=0, max_value=1, initial=0.5, decimal_places=3)
    conditions = forms.CharField(label="Điều kiện (JSON)", widget=forms.Textarea(attrs={"rows": 8}), max_length=20000,
                                 help_text="Danh sách điều kiện theo docs/eligibility-schema.md.")

    def __init__(self, *args, owners=(), shared=False, **kwargs):
        """``owners``: the units the user may add a set for; ``shared``: may add a set for everyone."""
        super().__init__(*args, **kwargs)
        field = self.fields["owner"]
        field.queryset = Unit.objects.filter(pk__in=[u.pk for u in owners]).order_by("path")
        field.label_from_instance = lambda u: u.title_name
        if not shared:
            field.required, field.empty_label = True, None
            if len(owners) == 1:
                field.initial = owners[0].pk

    def clean_conditions(self):
        try:
            value = json.loads(self.cleaned_data["conditions"])
        except json.JSONDecodeError as exc:
            raise ValidationError(f"JSON không hợp lệ (dòng {exc.lineno}, cột {exc.colno}).") from None
        return value

    def clean(self):
        data = super().clean()
        if "conditions" in data and "target" in data:
            from thidua.honors.domain.records import criteria_library

            errors = eligibility.validate_criteria({"target": data["target"], "conditions": data["conditions"]}, criteria_library())
            if errors:
                self.add_error("conditions", errors)
        return data
