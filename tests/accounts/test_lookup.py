import pytest
from django.http import Http404

from thidua.accounts.interfaces.lookup import scoped_or_404, unit_or_404
from thidua.units.models import Unit


@pytest.mark.django_db
def test_scoped_or_404_hides_another_units_object(unit_officer, commune, subunit, other_commune):
    assert scoped_or_404(Unit.objects.all(), unit_officer, "đơn vị", field=None, pk=subunit.pk) == subunit
    with pytest.raises(Http404, match="Không tìm thấy đơn vị, hoặc đơn vị không thuộc phạm vi của bạn."):
        scoped_or_404(Unit.objects.all(), unit_officer, "đơn vị", field=None, pk=other_commune.pk)
    assert unit_or_404(unit_officer, "xa-ke-sat") == commune
    with pytest.raises(Http404):
        unit_or_404(unit_officer, "khong-co")
