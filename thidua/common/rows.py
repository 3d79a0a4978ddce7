"""The rows of a table edited on one page (a plan's agenda, a report's awards) as plain data
a domain function can save: which rows to save (new or changed, in their order) and which
to delete. Views build it from a formset (``from_formset``), the domain saves it (``apply``)
inside its own transaction, recording each row's history as the domain's named action."""
from dataclasses import dataclass, field

from thidua.common import history


@dataclass
class RowChanges:
    save: list = field(default_factory=list)  # model instances, new or changed
    delete: list = field(default_factory=list)  # stored model instances to remove

    def __bool__(self):
        return bool(self.save or self.delete)


def from_formset(formset):
    """The ``RowChanges`` of a valid model formset; nothing is written."""
    formset.save(commit=False)
    return RowChanges(save=list(formset.new_objects) + [obj for obj, _fields in formset.changed_objects],
                      delete=list(formset.deleted_objects))


def _check_owner(obj, parent_field, parent):
    if obj.pk and getattr(obj, f"{parent_field}_id") != parent.pk:
        raise ValueError(f"{obj._meta.label} {obj.pk} does not belong to {parent._meta.label} {parent.pk}")


def apply(changes, parent_field, parent, actor, action):
    """Delete then save ``changes`` under ``parent`` (set as each row's ``parent_field``)."""
    if changes is None:
        return
    for obj in changes.delete:
        _check_owner(obj, parent_field, parent)
        if obj.pk:
            history.delete(obj, actor, action)
    for obj in changes.save:
        _check_owner(obj, parent_field, parent)
        setattr(obj, parent_field, parent)
        history.save(obj, actor, action)
