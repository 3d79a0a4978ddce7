"""The plan builder's forms: the plan itself and its three tables (agenda, award
categories, task assignments). Every error is Vietnamese and sits next to its field."""
from datetime import date

from django import forms
from django.core.validators import MaxValueValidator, ProhibitNullCharactersValidator

from thidua.common.choices import EconomicSector
from thidua.common.rows import RowChanges
from thidua.common.text import lf_lines
from thidua.plans.domain.editing import version_of
from thidua.plans.models import AwardCategory, Plan, PlanAgendaItem, PlanTask
from thidua.units.models import Unit

MAX_DELEGATES = 5000
MAX_PRESENTATIONS = 50
MAX_QUOTA = 1000
SLOGAN_MAX = 300
SLOGANS_MAX_COUNT = 30
RECIPIENT_MAX = 200
RECIPIENTS_MAX_COUNT = 40
TEXT_LIMITS = {
    "purpose": 10000,
    "banner_text": 1000,
    "delegates_note": 5000,
    "eligibility_criteria_text": 10000,
    "budget_source": 2000,
}
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)

DATE_ERRORS = {"invalid": "Ngày không hợp lệ (ví dụ đúng: 20/08/2025)."}
NULL_CHARACTER = "Nội dung có ký tự rỗng (NUL) không hợp lệ: hãy gõ lại hoặc dán lại đoạn văn bản."


def _vietnamese_null_errors(form):
    """Django's message for a NUL character is English; every text field gets ours."""
    for field in form.fields.values():
        for validator in field.validators:
            if isinstance(validator, ProhibitNullCharactersValidator):
                validator.message = NULL_CHARACTER
TIME_ERRORS = {"invalid": "Giờ không hợp lệ (ví dụ đúng: 14:00)."}


def _date_widget():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _time_widget():
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _lines(value):
    return [line.strip().lstrip("-–•").strip() for line in (value or "").splitlines() if line.strip()]


PLAN_GROUPS = [
    ("Văn bản", ["number", "issued_on", "title", "purpose"]),
    ("Thời gian, địa điểm, tên gọi", [
        "conference_name", "conference_form", "conference_date", "weekday_text", "date_text", "start_time",
        "end_time", "sessions", "venue", "theme", "slogans_text", "banner_text"]),
    ("Đại biểu", [
        "delegates_total", "delegates_exemplars", "delegates_guests", "delegates_leaders", "exemplar_share",
        "target_women", "target_ethnic_minorities", "target_direct_workers", "target_economic_sectors",
        "delegates_note"]),
    ("Tham luận, khen thưởng, thời hạn", [
        "presentations_count", "presentations_max", "eligibility_criteria_text", "nomination_deadline",
        "report_deadline"]),
    ("Kinh phí, nơi nhận, người ký", [
        "budget_source", "recipients_text", "signer_mode", "signer_authority", "signer_title", "signer_name"]),
]


class PlanForm(forms.ModelForm):
    target_economic_sectors = forms.MultipleChoiceField(
        label="Các thành phần kinh tế cần có", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(code, label) for code, label in EconomicSector.choices if code],
        error_messages={"invalid_choice": "Thành phần kinh tế “%(value)s” không có trong danh mục."},
        help_text="Đánh dấu các thành phần kinh tế phải có đại biểu; chọn tất cả nếu kế hoạch ghi “đại diện các thành phần kinh tế”.",
    )
    slogans_text = forms.CharField(
        label="Khẩu hiệu", required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"Mỗi dòng một khẩu hiệu (tối đa {SLOGANS_MAX_COUNT} khẩu hiệu, mỗi khẩu hiệu {SLOGAN_MAX} ký tự).",
    )
    recipients_text = forms.CharField(
        label="Nơi nhận", required=False, widget=forms.Textarea(attrs={"rows": 4}), help_text="Mỗi dòng một nơi nhận.",
    )
    # When the plan shown was last saved: a save over someone else's newer one is refused.
    seen_version = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Plan
        fields = [name for _, names in PLAN_GROUPS for name in names if name not in ("slogans_text", "recipients_text")]
        widgets = {
            "issued_on": _date_widget(),
            "conference_date": _date_widget(),
            "nomination_deadline": _date_widget(),
            "report_deadline": _date_widget(),
            "start_time": _time_widget(),
            "end_time": _time_widget(),
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "banner_text": forms.Textarea(attrs={"rows": 4}),
            "delegates_note": forms.Textarea(attrs={"rows": 3}),
            "eligibility_criteria_text": forms.Textarea(attrs={"rows": 4}),
            "budget_source": forms.Textarea(attrs={"rows": 2}),
            "title": forms.TextInput(),
        }
        help_texts = {
            "nomination_deadline": "Kế hoạch ghi “trước ngày 22/8/2025” thì nhập 22/08/2025.",
            "report_deadline": "Hạn đơn vị báo cáo kết quả lên thành phố, như kế hoạch ghi.",
            "conference_date": "Để trống nếu chưa ấn định ngày.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = version_of(self.instance)
            self.fields["slogans_text"].initial = "\n".join(self.instance.slogans or [])
            self.fields["recipients_text"].initial = "\n".join(self.instance.recipients or [])
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField):
                field.error_messages.update(DATE_ERRORS)
            elif isinstance(field, forms.TimeField):
                field.error_messages.update(TIME_ERRORS)
            if name in TEXT_LIMITS:
                field.help_text = field.help_text or f"Tối đa {TEXT_LIMITS[name]} ký tự."
            if isinstance(field, forms.CharField) and getattr(field, "max_length", None):
                field.error_messages["max_length"] = "Tối đa %(limit_value)d ký tự (đang có %(show_value)d)."
        for name in ("delegates_total", "delegates_exemplars", "delegates_guests", "delegates_leaders", "target_women",
                     "target_ethnic_minorities", "target_direct_workers"):
            self.fields[name].validators.append(MaxValueValidator(
                MAX_DELEGATES, f"Con số quá lớn: tối đa {MAX_DELEGATES} đại biểu."))
            self.fields[name].widget.attrs.update({"min": 0, "max": MAX_DELEGATES})
        for name in ("presentations_count", "presentations_max"):
            self.fields[name].validators.append(MaxValueValidator(
                MAX_PRESENTATIONS, f"Con số quá lớn: tối đa {MAX_PRESENTATIONS} tham luận."))
        self.fields["exemplar_share"].widget.attrs.update({"min": 0, "max": 1, "step": "0.01"})
        _vietnamese_null_errors(self)
        self.fields["sessions"].widget.attrs.update({"min": 0.5, "max": 6, "step": "0.5"})

    def _clean_lines(self, name, max_count, max_len, what):
        items = _lines(self.cleaned_data.get(name))
        if len(items) > max_count:
            raise forms.ValidationError(f"Tối đa {max_count} {what}; đang có {len(items)}.")
        for number, item in enumerate(items, start=1):
            if len(item) > max_len:
                raise forms.ValidationError(
                    f"Mỗi {what} tối đa {max_len} ký tự; {what} thứ {number} có {len(item)} ký tự.")
        return items

    def clean_slogans_text(self):
        return self._clean_lines("slogans_text", SLOGANS_MAX_COUNT, SLOGAN_MAX, "khẩu hiệu")

    def clean_recipients_text(self):
        return self._clean_lines("recipients_text", RECIPIENTS_MAX_COUNT, RECIPIENT_MAX, "nơi nhận")

    def clean(self):
        data = lf_lines(super().clean())
        for name in ("issued_on", "conference_date", "nomination_deadline", "report_deadline"):
            day = data.get(name)
            if day and not EARLIEST <= day <= LATEST:
                self.add_error(name, f"Năm {day.year} không hợp lệ: cần trong khoảng 2000–2100.")
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "Giờ kết thúc phải sau giờ bắt đầu.")
        for name, limit in TEXT_LIMITS.items():
            if len(data.get(name) or "") > limit:
                self.add_error(name, f"Tối đa {limit} ký tự (đang có {len(data[name])}).")
        return data

    def _post_clean(self):
        super()._post_clean()
        if "slogans_text" in self.cleaned_data:
            self.instance.slogans = self.cleaned_data["slogans_text"]
        if "recipients_text" in self.cleaned_data:
            self.instance.recipients = self.cleaned_data["recipients_text"]

    def values(self):
        """{field: value} of the plan's own fields as edited (for ``editing.save_plan``)."""
        names = list(self._meta.fields) + ["slogans", "recipients"]
        return {name: getattr(self.instance, name) for name in names}


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = PlanAgendaItem
        fields = ["order", "content", "key", "start_time", "end_time", "presenter"]
        widgets = {"start_time": _time_widget(), "end_time": _time_widget(),
                   "content": forms.TextInput(), "order": forms.NumberInput(attrs={"min": 1, "max": 99})}
        error_messages = {"content": {"required": "Mục chương trình cần có nội dung."}}

    def __init__(self, *args, agenda_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"] = forms.ChoiceField(
            label="Mục bắt buộc tương ứng", required=False,
            choices=[("", "— Nội dung thêm (văn nghệ, chào cờ…) —")] + list(agenda_choices))
        self.fields["order"].required = False
        self.fields["order"].validators.append(MaxValueValidator(99, "Thứ tự tối đa là 99."))
        for name in ("start_time", "end_time"):
            self.fields[name].error_messages.update(TIME_ERRORS)
        _vietnamese_null_errors(self)

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "Giờ kết thúc phải sau giờ bắt đầu.")
        if end and not start:
            self.add_error("start_time", "Nhập giờ bắt đầu khi đã có giờ kết thúc.")
        return data


class AwardCategoryForm(forms.ModelForm):
    class Meta:
        model = AwardCategory
        fields = ["name", "target", "min_count", "max_count", "proposing_unit", "criteria_text"]
        widgets = {"criteria_text": forms.Textarea(attrs={"rows": 2})}
        error_messages = {"name": {"required": "Nhóm khen thưởng cần có tên."}}

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposing_unit"].queryset = units if units is not None else Unit.objects.none()
        self.fields["criteria_text"].max_length = 5000
        for name in ("min_count", "max_count"):
            self.fields[name].validators.append(MaxValueValidator(MAX_QUOTA, f"Con số quá lớn: tối đa {MAX_QUOTA}."))
        _vietnamese_null_errors(self)

    def clean(self):
        data = super().clean()
        low, high = data.get("min_count"), data.get("max_count")
        if low is not None and high is not None and high < low:
            self.add_error("max_count", "Số lượng tối đa không được nhỏ hơn số lượng tối thiểu.")
        if len(data.get("criteria_text") or "") > 5000:
            self.add_error("criteria_text", "Tiêu chí tối đa 5000 ký tự.")
        return data


class TaskForm(forms.ModelForm):
    class Meta:
        model = PlanTask
        fields = ["assignee_unit", "assignee_text", "description", "due_date"]
        widgets = {"due_date": _date_widget(), "description": forms.Textarea(attrs={"rows": 2})}
        error_messages = {"description": {"required": "Cần ghi nhiệm vụ được giao."}}

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee_unit"].queryset = units if units is not None else Unit.objects.none()
        self.fields["due_date"].error_messages.update(DATE_ERRORS)
        _vietnamese_null_errors(self)

    def clean(self):
        data = super().clean()
        if not data.get("assignee_unit") and not (data.get("assignee_text") or "").strip() and data.get("description"):
            self.add_error("assignee_text", "Chọn đơn vị thực hiện hoặc ghi tên đơn vị thực hiện.")
        day = data.get("due_date")
        if day and not EARLIEST <= day <= LATEST:
            self.add_error("due_date", f"Năm {day.year} không hợp lệ: cần trong khoảng 2000–2100.")
        if len(data.get("description") or "") > 3000:
            self.add_error("description", "Nhiệm vụ tối đa 3000 ký tự.")
        return data


class _OrderedFormSet(forms.BaseInlineFormSet):
    max_rows = 60
    default_error_messages = {
        "missing_management_form": "Biểu mẫu bị thiếu hoặc sai thông tin số dòng (%(field_names)s): hãy tải lại trang "
                                   "và nhập lại.",
        "too_many_forms": "Bảng này có tối đa %(num)d dòng.",
        "too_few_forms": "Bảng này cần ít nhất %(num)d dòng.",
    }

    def ordered_forms(self):
        """Forms kept (not deleted, not empty), in the order the officer set."""
        kept = [f for f in self.forms if f.has_changed() or f.instance.pk]
        kept = [f for f in kept if not (self.can_delete and self._should_delete_form(f))]
        return sorted(kept, key=lambda f: (f.cleaned_data.get("order") or 999, self.forms.index(f))
                      if hasattr(f, "cleaned_data") else (999, self.forms.index(f)))

    def changes(self):
        """The ``RowChanges`` of the valid table: rows numbered 1, 2, … in the officer's order;
        a stored row neither edited nor moved is left alone. Nothing is written."""
        self.save(commit=False)
        changes = RowChanges(delete=list(self.deleted_objects))
        for position, form in enumerate(self.ordered_forms(), start=1):
            obj = form.instance
            if obj.pk and not form.has_changed() and obj.order == position:
                continue
            obj.order = position
            changes.save.append(obj)
        return changes


def formset_classes():
    common = {"extra": 2, "can_delete": True, "max_num": _OrderedFormSet.max_rows, "validate_max": True,
              "formset": _OrderedFormSet}
    return (
        forms.inlineformset_factory(Plan, PlanAgendaItem, form=AgendaItemForm, **common),
        forms.inlineformset_factory(Plan, AwardCategory, form=AwardCategoryForm, **common),
        forms.inlineformset_factory(Plan, PlanTask, form=TaskForm, **common),
    )


AgendaFormSet, AwardFormSet, TaskFormSet = formset_classes()


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label="Ý kiến của Ban", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Ý kiến tối đa %(limit_value)d ký tự (đang có %(show_value)d)."},
    )
    despite_errors = forms.BooleanField(
        label="Chấp thuận dù kế hoạch còn lỗi (ghi lý do ở ô ý kiến)", required=False)

    def __init__(self, *args, error_count=0, **kwargs):
        super().__init__(*args, **kwargs)
        if not error_count:
            del self.fields["despite_errors"]

    def clean(self):
        data = super().clean()
        if data.get("despite_errors") and not (data.get("comment") or "").strip():
            self.add_error("comment", "Ghi lý do chấp thuận khi kế hoạch còn lỗi.")
        return data


class CreateForm(forms.Form):
    campaign = forms.ModelChoiceField(label="Theo kế hoạch cấp trên", queryset=None, empty_label=None)
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=None, empty_label=None)

    def __init__(self, *args, campaigns, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaign"].queryset = campaigns
        self.fields["unit"].queryset = units
        self.fields["campaign"].error_messages["invalid_choice"] = "Kế hoạch cấp trên không hợp lệ."
        self.fields["unit"].error_messages["invalid_choice"] = "Đơn vị không thuộc phạm vi của bạn."
