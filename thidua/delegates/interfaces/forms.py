from django import forms
from django.conf import settings

from thidua.common.collation import vi_order
from thidua.common.errors import DomainError
from thidua.common.text import PHONE_HELP, phone_vn
from thidua.delegates.models import CongressDelegate, Delegate, Rsvp
from thidua.units.models import PredecessorUnit, Unit


class DelegateForm(forms.ModelForm):
    class Meta:
        model = Delegate
        fields = [
            "full_name", "group", "status", "collective_name", "organisation", "position", "gender", "birth_year",
            "ethnicity", "direct_worker", "economic_sector", "field", "predecessor", "source_unit", "priority", "phone",
            "achievements",
        ]
        widgets = {"achievements": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, conference, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["predecessor"].queryset = PredecessorUnit.objects.filter(unit=conference.unit)
        self.fields["source_unit"].queryset = Unit.objects.filter(path__startswith=conference.unit.path).exclude(
            pk=conference.unit_id
        )
        self.fields["full_name"].error_messages["required"] = "Nhập họ và tên đại biểu."
        self.fields["gender"].error_messages["required"] = "Chọn giới tính."
        self.fields["phone"].help_text = PHONE_HELP

    def clean_phone(self):
        try:
            return phone_vn(self.cleaned_data.get("phone"))
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError("Họ và tên quá ngắn.")
        return name


class RsvpForm(forms.Form):
    rsvp = forms.ChoiceField(label="Phản hồi", choices=Rsvp.choices)


class AllocationForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị trực thuộc", queryset=Unit.objects.none(),
                                  error_messages={"invalid_choice": "Đơn vị không thuộc phạm vi của hội nghị."})
    seats = forms.IntegerField(label="Số đại biểu", min_value=0, max_value=1000,
                               error_messages={"min_value": "Số đại biểu không được âm.", "max_value": "Tối đa 1000."})
    note = forms.CharField(label="Ghi chú", max_length=300, required=False)

    def __init__(self, *args, conference, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(path__startswith=conference.unit.path).exclude(
            pk=conference.unit_id
        ).order_by(vi_order("name"))


class SelectionForm(forms.Form):
    seats = forms.IntegerField(label="Số chỗ cần chọn", min_value=1, max_value=1000)


class ExcelForm(forms.Form):
    file = forms.FileField(label="Tệp Excel (.xlsx)", error_messages={"required": "Chọn tệp Excel để nhập."})

    def clean_file(self):
        f = self.cleaned_data["file"]
        if f.size > settings.THIDUA_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"Tệp quá lớn ({f.size // 1024} KB); tối đa {settings.THIDUA_MAX_UPLOAD_BYTES // 1024} KB."
            )
        head = f.read(4)
        f.seek(0)
        if head != b"PK\x03\x04":
            raise forms.ValidationError("Tệp không phải bảng tính Excel .xlsx (nội dung không đúng định dạng).")
        return f


class CheckinSearchForm(forms.Form):
    q = forms.CharField(label="Tìm tên hoặc quét mã QR", max_length=200, required=False)


class ProportionalForm(forms.Form):
    total = forms.IntegerField(label="Tổng số đại biểu dự Đại hội", min_value=1, max_value=5000)
    minimum = forms.IntegerField(label="Tối thiểu mỗi đơn vị", min_value=0, max_value=100, initial=1)


class ApprovalForm(forms.Form):
    approved_on = forms.DateField(label="Ngày Hội nghị thông qua", widget=forms.DateInput(attrs={"type": "date"}),
                                  error_messages={"required": "Nhập ngày Hội nghị thông qua.", "invalid": "Ngày không hợp lệ."})
    note = forms.CharField(label="Ghi chú (biên bản, tỷ lệ biểu quyết…)", max_length=300, required=False)


class CongressEntryForm(forms.ModelForm):
    class Meta:
        model = CongressDelegate
        fields = ["full_name", "gender", "birth_year", "ethnicity", "position", "organisation", "direct_worker",
                  "economic_sector", "field", "achievements"]
        widgets = {"achievements": forms.Textarea(attrs={"rows": 4})}


def quota_changes(units, data):
    """{unit: seats} from the Board's quota table (inputs ``seats-<unit id>``; an empty box
    changes nothing). A value that is not a whole number from 0 to 1000 refuses the whole
    table with a message naming the unit."""
    changes = {}
    for unit in units:
        raw = data.get(f"seats-{unit.pk}", "").strip()
        if raw == "":
            continue
        if not raw.isdigit() or int(raw) > 1000:
            raise DomainError(f"{unit.title_name}: số đại biểu «{raw[:20]}» không hợp lệ (0–1000). Chưa lưu gì.")
        changes[unit] = int(raw)
    return changes
