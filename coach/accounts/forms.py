"""The forms of the account pages: name, email, password, forgotten password, and the confirmations."""
from flask_wtf import FlaskForm

from ..forms import current_password, email_field, new_password, text
from ..vocabulary import NAME_MAX


class NameForm(FlaskForm):
    name = text("Your name", NAME_MAX, required=True, autocomplete="name")


class EmailForm(FlaskForm):
    email = email_field("New email")
    password = current_password("Your password")


class PasswordForm(FlaskForm):
    current_password = current_password("Current password")
    new_password = new_password("New password")


class ConfirmForm(FlaskForm):
    """A POST with nothing but its CSRF token: sign out everywhere, delete after a confirmation, undo."""


class CloseForm(FlaskForm):
    password = current_password("Your password")


class ForgotForm(FlaskForm):
    email = email_field("Email")


class ResetForm(FlaskForm):
    new_password = new_password("New password")


class HandOverForm(FlaskForm):
    email = email_field("The other instructor's email")
