"""How a view shows a refused state change (``DomainError``): the one shared way.

With a form whose fields include ``error.field``, the message goes next to that field; with
a form and no such field, it is the form's general error; without a form, it is a flash
message on the next page."""
from django.contrib import messages


def show_error(request, error, form=None):
    if form is not None:
        field = error.field if getattr(error, "field", None) in form.fields else None
        form.add_error(field, error.message if hasattr(error, "message") else str(error))
        return
    messages.error(request, error.message if hasattr(error, "message") else str(error))
