"""Every award names the unit whose register (sổ vàng) holds it, and a unit never gives the
same register number twice (after 0005 filled the unit and renumbered duplicates)."""
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('honors', '0005_register_numbers_data'),
    ]

    operations = [
        migrations.AlterField(
            model_name='award',
            name='unit',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='units.unit', verbose_name='đơn vị giữ sổ vàng'),
        ),
        migrations.AddConstraint(
            model_name='award',
            constraint=models.UniqueConstraint(fields=('unit', 'register_number'), name='unique_register_number_per_unit'),
        ),
    ]
