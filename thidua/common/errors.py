"""The one error a domain function raises when it refuses a state change.

``message`` is Vietnamese and shown to the user as is; ``field`` (optional) names the form
field the refusal concerns, so a view can put the message next to that field
(``thidua.common.web.show_error``). ``code`` (optional) is a stable key for the API and tests.
"""


class DomainError(Exception):
    def __init__(self, message, field=None, code=None):
        super().__init__(message)
        self.message = str(message)
        self.field = field
        self.code = code

    def __str__(self):
        return self.message
