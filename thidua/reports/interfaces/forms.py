import io
import zipfile

from django import forms
from django.conf import settings
from django.forms import inlineformset_factory

from thidua.common.text import lf_lines
from thidua.reports.domain.results import attendance_problems, held_on_problem
from thidua.reports.models import ReportAward, ReportCongressDelegate, ReportPresentation, ResultsReport


def sniff_document(data):
    """'pdf', 'docx' or '' from the file's content (never its name)."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            return ""
    return ""


class ResultsReportForm(forms.ModelForm):
    class Meta:
        model = ResultsReport
        fields = [
            "number", "held_on", "venue", "attended_exemplars", "attended_guests", "attended_leaders",
            "attended_women", "attended_ethnic_minorities", "attended_direct_workers", "summary_note",
            "summary_file", "use_generated_summary",
        ]
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "summary_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        self.today = kwargs.pop("today", None)
        super().__init__(*args, **kwargs)
        self.fields["held_on"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
        self.fields["summary_file"].help_text = "Tệp PDF hoặc Word (.docx), tối đa %d MB." % (
            settings.THIDUA_MAX_UPLOAD_BYTES // (1024 * 1024)
        )

    def clean_held_on(self):
        held_on = self.cleaned_data.get("held_on")
        problem = held_on_problem(held_on, self.instance.campaign, self.today)
        if problem:
            raise forms.ValidationError(problem)
        return held_on

    def clean_summary_file(self):
        upload = self.cleaned_data.get("summary_file")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # unchanged or cleared
        if upload.size > settings.THIDUA_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"Tệp quá lớn ({upload.size // 1024} KB); tối đa {settings.THIDUA_MAX_UPLOAD_BYTES // (1024 * 1024)} MB."
            )
        data = upload.read()
        upload.seek(0)
        if not sniff_document(data):
            raise forms.ValidationError("Tệp báo cáo tổng kết phải là PDF hoặc Word (.docx); nội dung tệp này không phải.")
        return upload

    def clean(self):
        cleaned = lf_lines(super().clean())
        probe = ResultsReport(campaign=self.instance.campaign, unit_id=self.instance.unit_id)
        for name in ("attended_exemplars", "attended_guests", "attended_leaders", "attended_women",
                     "attended_ethnic_minorities", "attended_direct_workers"):
            setattr(probe, name, cleaned.get(name) or 0)
        for name, message in attendance_problems(probe).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def values(self):
        """{field: value} of the report as entered (for ``results.save_draft``); a new upload
        also gives the file's original name."""
        values = {name: getattr(self.instance, name) for name in self._meta.fields}
        upload = self.cleaned_data.get("summary_file")
        if upload and hasattr(upload, "content_type"):
            values["summary_file_name"] = upload.name[:255]
        return values


class AwardForm(forms.ModelForm):
    class Meta:
        model = ReportAward
        fields = ["form", "target", "count", "women", "direct_workers", "workers_farmers", "ethnic_minorities"]

    def clean(self):
        cleaned = super().clean()
        count = cleaned.get("count") or 0
        for name in ("women", "direct_workers", "workers_farmers", "ethnic_minorities"):
            if (cleaned.get(name) or 0) > count:
                self.add_error(name, f"Không được lớn hơn số lượng khen thưởng ({count}).")
        return cleaned


AwardFormSet = inlineformset_factory(
    ResultsReport, ReportAward, form=AwardForm, extra=2, can_delete=True, max_num=60, validate_max=True
)
PresentationFormSet = inlineformset_factory(
    ResultsReport, ReportPresentation, fields=["order", "presenter", "title"], extra=2, can_delete=True,
    max_num=50, validate_max=True,
)
CongressDelegateFormSet = inlineformset_factory(
    ResultsReport, ReportCongressDelegate,
    fields=["order", "full_name", "position", "is_woman", "is_ethnic_minority", "is_direct_worker", "summary"],
    widgets={"summary": forms.Textarea(attrs={"rows": 2})},
    extra=2, can_delete=True, max_num=300, validate_max=True,
)


def seeded(formset_class, rows, **kwargs):
    """An unbound formset showing ``rows`` (dicts of field values) as its new rows, plus one blank."""
    formset = formset_class(initial=rows or None, **kwargs)
    formset.extra = max(formset.extra, len(rows) + 1)
    return formset


class ReminderForm(forms.Form):
    subject = forms.CharField(label="Tiêu đề", max_length=200)
    body = forms.CharField(label="Nội dung", max_length=4000, widget=forms.Textarea(attrs={"rows": 5}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="Quyết định", choices=[("accept", "Chấp thuận"), ("return", "Trả lại để sửa")])
    comment = forms.CharField(label="Ý kiến của Ban", max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
