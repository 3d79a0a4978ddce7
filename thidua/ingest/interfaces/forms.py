from django import forms
from django.conf import settings

from thidua.campaigns.domain.current import city_campaigns
from thidua.common.collation import vi_order
from thidua.units.models import Unit, UnitKind

MAX_FILES = 200


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files at once. An empty file is let through (``allow_empty_file``): in a batch
    it becomes its own failed row ("Tệp rỗng") instead of refusing the whole upload."""
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)) and not data:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    campaign = forms.ModelChoiceField(
        label="Theo kế hoạch cấp trên",
        queryset=city_campaigns(),
        empty_label=None,
        error_messages={"invalid_choice": "Kế hoạch cấp trên không hợp lệ.", "required": "Hãy chọn kế hoạch cấp trên."},
    )
    files = MultipleFileField(
        label="Tệp kế hoạch (.docx, .pdf, ảnh quét .png/.jpg, .txt, hoặc một tệp .zip)",
        error_messages={"required": "Hãy chọn ít nhất một tệp.", "empty": "Tệp rỗng (0 byte).", "invalid": "Tệp không hợp lệ."},
        help_text=f"Chọn nhiều tệp một lần; mỗi tệp tối đa {settings.THIDUA_MAX_UPLOAD_BYTES // (1024 * 1024)} MB.",
    )
    note = forms.CharField(label="Ghi chú", max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].widget.attrs["accept"] = ".docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,.zip"

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Mỗi lần tải tối đa {MAX_FILES} tệp (đã chọn {len(files)}).")
        # an empty or too large file among good ones gets its own row with its reason (the rest
        # of the batch goes through); when no file at all is usable the form says why, saving nothing
        limit = settings.THIDUA_MAX_UPLOAD_BYTES
        if files and all(not f.size or f.size > limit for f in files):
            reasons = [
                f"{f.name}: tệp rỗng (0 byte)" if not f.size else f"{f.name}: lớn hơn giới hạn {limit // (1024 * 1024)} MB"
                for f in files[:5]
            ]
            raise forms.ValidationError("Không có tệp nào đọc được — " + "; ".join(reasons) + ".")
        return files


class ReturnForm(forms.Form):
    comment = forms.CharField(label="Ý kiến thêm của Ban (nếu có)", max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2}))


class LinkUnitForm(forms.Form):
    unit = forms.ModelChoiceField(
        label="Đơn vị gửi",
        queryset=Unit.objects.filter(kind__in=UnitKind.reporting_units(), is_active=True).order_by("kind", vi_order("name")),
        error_messages={"invalid_choice": "Đơn vị không hợp lệ.", "required": "Hãy chọn đơn vị."},
    )
