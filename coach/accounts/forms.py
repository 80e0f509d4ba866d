"""The account pages' forms: sign-up, sign-in, name, email, password, forgotten password, confirmations."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired

from ..forms import current_password, email_field, new_password, strip_filter, text
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


class SignUpForm(FlaskForm):
    name = text("Your name", NAME_MAX, required=True)
    email = email_field("Email")
    password = new_password("Password")


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(message="is required.")], filters=[strip_filter])
    password = PasswordField("Password", validators=[DataRequired(message="is required.")])
