from django import forms

from thidua.register.models import AwardForm, AwardKind, Level


class UploadForm(forms.Form):
    unit = forms.ModelChoiceField(label="Sổ của đơn vị", queryset=None, empty_label=None)
    file = forms.FileField(label="Tệp Excel (.xlsx)")

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class FilterForm(forms.Form):
    q = forms.CharField(label="Tên", required=False)
    year = forms.IntegerField(label="Năm", required=False, min_value=1945, max_value=2100)
    form = forms.ModelChoiceField(label="Danh hiệu, hình thức", queryset=AwardForm.objects.all(), required=False)
    level = forms.ChoiceField(label="Cấp", choices=[("", "Tất cả")] + Level.choices, required=False)
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=None, required=False)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class RevokeForm(forms.Form):
    revoked_by = forms.CharField(label="Quyết định thu hồi, hủy bỏ (số, ngày)", max_length=200)
    revoked_reason = forms.CharField(label="Lý do", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class DefaultsForm(forms.Form):
    award_kind = forms.ChoiceField(label="Loại hình khen thưởng (khi tệp không ghi)", choices=AwardKind.choices)
    year = forms.IntegerField(label="Năm thành tích (khi tệp không ghi)", required=False, min_value=1945,
                              max_value=2100)


class CatalogueForm(forms.ModelForm):
    class Meta:
        model = AwardForm
        fields = ["code", "name", "aliases", "is_title", "for_individual", "for_collective", "for_household", "level",
                  "awarded_by", "report_order", "legal_article", "legal_source", "confirmation", "is_active"]
        widgets = {"aliases": forms.Textarea(attrs={"rows": 4})}

    def values(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
