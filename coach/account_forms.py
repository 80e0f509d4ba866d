"""The forms of the account pages: name, email, password, forgotten password, and the confirmations."""
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Email, Length

from .forms import strip_filter, text

PASSWORD_RULE = "At least 8 characters."


def new_password(label):
    """A new password with the sign-up form's rule."""
    return PasswordField(label, description=PASSWORD_RULE, validators=[
        DataRequired(message="is required."), Length(min=8, max=200, message="must be 8 to 200 characters long.")])


def email_field(label="Email"):
    """An email address, checked as the sign-up form checks it."""
    return EmailField(label, filters=[strip_filter], validators=[
        DataRequired(message="is required."), Length(max=254, message="is too long: at most 254 characters."),
        Email(message="does not look like an email address.")])


def current_password(label="Your password"):
    """The password the user has now, to confirm a change."""
    return PasswordField(label, validators=[DataRequired(message="is required.")])


class NameForm(FlaskForm):
    name = text("Your name", 100, required=True)


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
