"""The error a service raises for input the user must correct: it names the form field the message belongs to."""


class FieldError(ValueError):
    """Input the user must correct; `field` names the form field, and the message says why."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
