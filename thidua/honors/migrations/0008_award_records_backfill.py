"""Awards issued before the register existed enter it now: one AwardRecord per Award (source
"this system's decision"), so the register is the one list of every award."""
import unicodedata

from django.db import migrations

from thidua.register.domain.seed import seed


def _fold(text):
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return " ".join(text.lower().split())


def backfill(apps, schema_editor):
    Award = apps.get_model("honors", "Award")
    AwardForm = apps.get_model("register", "AwardForm")
    AwardRecord = apps.get_model("register", "AwardRecord")
    seed(AwardForm, codes={"giay-khen"})
    forms = {}
    for form in AwardForm.objects.all():
        for name in [form.name, *form.aliases.splitlines()]:
            forms.setdefault(_fold(name), form)
    fallback = AwardForm.objects.filter(code="giay-khen").first()
    for award in Award.objects.filter(record__isnull=True).select_related(
            "decision", "decision__unit", "nomination", "nomination__nominee", "nomination__nominee__workplace"):
        decision, nomination = award.decision, award.nomination
        nominee = nomination.nominee
        written = nomination.award_form or decision.award_form
        form = forms.get(_fold(written)) or forms.get(_fold(decision.award_form)) or fallback
        record = AwardRecord.objects.create(
            recipient_kind=nominee.kind, name=nominee.full_name, name_folded=_fold(nominee.full_name),
            gender=nominee.gender, birth_year=nominee.birth_year, ethnicity=nominee.ethnicity,
            position=nominee.position, workplace=nominee.workplace.name if nominee.workplace_id else "",
            direct_worker=nominee.direct_worker, unit_id=decision.unit_id, unit_then_id=nominee.unit_id,
            form=form, form_text=written, award_kind="thematic", year=decision.signed_on.year,
            decision_number=decision.number, decision_date=decision.signed_on,
            decision_authority=decision.unit.issuer_line or decision.unit.name, decision_signer=decision.signer_name,
            achievement=nomination.achievement_line, register_number=award.register_number, source="decision")
        Award.objects.filter(pk=award.pk).update(record=record)


class Migration(migrations.Migration):
    dependencies = [("honors", "0007_award_record_historicalaward_record"), ("register", "0002_catalogue")]
    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
