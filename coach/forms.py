"""What every form shares: field helpers, their limits and the error each bad input gets. Each feature's forms
live in its package (coach/<feature>/forms.py); Flask-WTF adds CSRF."""

import unicodedata
from datetime import date

from wtforms import DateField, EmailField, IntegerField, PasswordField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional, ValidationError


def choices(*pairs):
    """Select options as (value, label) pairs, in the form WTForms 3.3 expects."""
    return [SelectChoice(value, label) for value, label in pairs]


def no_control_characters(form, field):
    """Refuse NUL and other control characters, which no one types and which break exports."""
    value = field.data or ""
    for ch in value:
        if ch in "\n\r\t":
            continue
        if unicodedata.category(ch) == "Cc":
            name = "a NUL byte" if ch == "\x00" else f"the control character U+{ord(ch):04X}"
            raise ValidationError(f"contains {name}; remove it and try again.")


def strip_filter(value):
    """Trim surrounding white space so '   ' counts as empty."""
    return value.strip() if isinstance(value, str) else value


def text(label, limit, required=False, area=False, autocomplete=None):
    """A text field with a stated size limit, white space trimmed, control characters refused."""
    presence = DataRequired(message="is required.") if required else Optional()
    validators = [
        presence,
        Length(max=limit, message=f"is too long: at most {limit:,} characters."),
        no_control_characters,
    ]
    field = TextAreaField if area else StringField
    return field(
        label,
        validators=validators,
        filters=[strip_filter],
        description=f"Up to {limit:,} characters.",
        render_kw=_autocomplete(autocomplete),
    )


def _autocomplete(value):
    """The field's autocomplete attribute, so every page that shows the field fills it in the same way."""
    return {"autocomplete": value} if value else None


PASSWORD_RULE = "At least 8 characters."


def new_password(label):
    """A new password: the sign-up rule, wherever a password is chosen."""
    return PasswordField(
        label,
        description=PASSWORD_RULE,
        render_kw=_autocomplete("new-password"),
        validators=[
            DataRequired(message="is required."),
            Length(min=8, max=200, message="must be 8 to 200 characters long."),
        ],
    )


def email_field(label="Email"):
    """An email address, checked as the sign-up form checks it."""
    return EmailField(
        label,
        filters=[strip_filter],
        render_kw=_autocomplete("email"),
        validators=[
            DataRequired(message="is required."),
            Length(max=254, message="is too long: at most 254 characters."),
            Email(message="does not look like an email address."),
        ],
    )


def current_password(label="Your password"):
    """The password the user has now, to confirm who they are."""
    return PasswordField(
        label, render_kw=_autocomplete("current-password"), validators=[DataRequired(message="is required.")]
    )


class WholeNumberField(IntegerField):
    """An integer field whose parse error says what to type, not "Not a valid integer value"."""

    def __init__(self, label, parse_message, **kwargs):
        super().__init__(label, **kwargs)
        self.parse_message = parse_message

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(self.parse_message) from None


class DateInput(DateField):
    """A date as browsers send it (YYYY-MM-DD): a parse error says what to type, and a form filled from a
    stored row reads the row's ISO 8601 text as a date (the store keeps every date as text)."""

    def process_data(self, value):
        """Take a date, or the ISO text the store returns (anything else is no date)."""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        super().process_data(value)

    def process_formdata(self, valuelist):
        """Parse the typed date, or keep the typed text with a plain error."""
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError("is not a date: use YYYY-MM-DD, e.g. 2025-03-14.") from None


def rating(label):
    """A required 1-5 whole-number rating."""
    message = "needs a whole number from 1 to 5."
    return WholeNumberField(
        label,
        message,
        validators=[InputRequired(message=message), NumberRange(min=1, max=5, message="must be from 1 to 5.")],
    )


def form_status(*forms):
    """The HTTP status of a page of forms: 400 when any of them (None aside) has errors, else 200."""
    return 400 if any(form is not None and form.errors for form in forms) else 200


def first_errors(form):
    """Return {field label: first error} for a summary at the top of a form."""
    return {form[name].label.text: errors[0] for name, errors in form.errors.items() if errors}
