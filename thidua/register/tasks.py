"""Background work of the register (django-tasks): a large Excel list is imported here, the
batch's ``processed_rows`` showing how far it went."""
from django_tasks import task


@task()
def import_batch(batch_pk, user_pk=None):
    from django.contrib.auth import get_user_model

    from thidua.common.errors import DomainError
    from thidua.register.domain.imports import run
    from thidua.register.models import ImportBatch

    actor = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    batch = ImportBatch.objects.get(pk=batch_pk)
    ImportBatch.objects.filter(pk=batch_pk).update(status=ImportBatch.Status.RUNNING)
    try:
        run(batch, actor)
    except DomainError as exc:
        return str(exc)
    return "ok"
