"""The app's forms: fields, their limits and the error each bad input gets (Flask-WTF adds CSRF)."""
import unicodedata
from datetime import date

from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice
from wtforms import (DateField, EmailField, HiddenField, IntegerField, PasswordField, SelectField, StringField,
                     TextAreaField)
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional, ValidationError

from .vocabulary import (ASK_MINUTES, ASK_TOPIC_MAX, BARRIERS, BODY_MAX, GAP_AREAS, MENTOR_LIMITS, MENTOR_TYPES,
                         NAME_MAX, NETWORK_TIERS, PROFILE_LIMITS, SUBJECT_MAX)

def choices(*pairs):
    """Select options as (value, label) pairs, in the form WTForms 3.3 expects."""
    return [SelectChoice(value, label) for value, label in pairs]


MENTOR_TYPE_CHOICES = choices(*MENTOR_TYPES.items())
NETWORK_TIER_CHOICES = choices(*((key, tier.label) for key, tier in NETWORK_TIERS.items()))
BARRIER_CHOICES = choices(*BARRIERS.items())
GAP_AREA_CHOICES = choices(("", "Follow the mentor type"), *GAP_AREAS.items())
ASK_FORMATS = choices(("video call", "Video call"), ("phone call", "Phone call"), ("coffee", "Coffee in person"),
                      ("email exchange", "Email exchange"), ("call or video chat", "Whatever suits them"))


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
    validators = [presence, Length(max=limit, message=f"is too long: at most {limit:,} characters."),
                  no_control_characters]
    field = TextAreaField if area else StringField
    return field(label, validators=validators, filters=[strip_filter],
                 description=f"Up to {limit:,} characters.", render_kw=_autocomplete(autocomplete))


def _autocomplete(value):
    """The field's autocomplete attribute, so every page that shows the field fills it in the same way."""
    return {"autocomplete": value} if value else None


PASSWORD_RULE = "At least 8 characters."


def new_password(label):
    """A new password: the sign-up rule, wherever a password is chosen."""
    return PasswordField(label, description=PASSWORD_RULE, render_kw=_autocomplete("new-password"), validators=[
        DataRequired(message="is required."), Length(min=8, max=200, message="must be 8 to 200 characters long.")])


def email_field(label="Email"):
    """An email address, checked as the sign-up form checks it."""
    return EmailField(label, filters=[strip_filter], render_kw=_autocomplete("email"), validators=[
        DataRequired(message="is required."), Length(max=254, message="is too long: at most 254 characters."),
        Email(message="does not look like an email address.")])


def current_password(label="Your password"):
    """The password the user has now, to confirm who they are."""
    return PasswordField(label, render_kw=_autocomplete("current-password"),
                         validators=[DataRequired(message="is required.")])


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
    return WholeNumberField(label, message, validators=[
        InputRequired(message=message),
        NumberRange(min=1, max=5, message="must be from 1 to 5.")])


class SignUpForm(FlaskForm):
    name = text("Your name", NAME_MAX, required=True)
    email = email_field("Email")
    password = new_password("Password")


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(message="is required.")], filters=[strip_filter])
    password = PasswordField("Password", validators=[DataRequired(message="is required.")])


class ProfileForm(FlaskForm):
    background = text("Background and current situation", PROFILE_LIMITS["background"], area=True)
    skills = text("Technical skills you know well", PROFILE_LIMITS["skills"], area=True)
    industry = text("Industry experience", PROFILE_LIMITS["industry"], area=True)
    education = text("Education or research", PROFILE_LIMITS["education"], area=True)
    projects = text("Personal projects", PROFILE_LIMITS["projects"], area=True)
    network = text("Network connections a mentor might value", PROFILE_LIMITS["network"], area=True)
    offer = text("What you can offer a mentor in return", PROFILE_LIMITS["offer"], area=True)
    gaps_technical = text("Technical skills you want help with", PROFILE_LIMITS["gaps_technical"], area=True)
    gaps_career = text("Career questions you want help with", PROFILE_LIMITS["gaps_career"], area=True)
    gaps_industry = text("Industry knowledge you need", PROFILE_LIMITS["gaps_industry"], area=True)
    gaps_soft = text("Soft skills you want to grow", PROFILE_LIMITS["gaps_soft"], area=True)


class MentorForm(FlaskForm):
    name = text("Name", MENTOR_LIMITS["name"], required=True)
    role = text("Role", MENTOR_LIMITS["role"])
    mentor_type = SelectField("Mentor type", choices=MENTOR_TYPE_CHOICES)
    network_tier = SelectField("Where they stand", choices=NETWORK_TIER_CHOICES)
    barrier = SelectField("Approach barrier", choices=BARRIER_CHOICES, default="medium")
    found_via = text("How you found them", MENTOR_LIMITS["found_via"])
    research = text("Research notes on their work (articles, talks, projects)", MENTOR_LIMITS["research"], area=True)
    connection_points = text("Connection points (shared interests, people, experiences)", MENTOR_LIMITS["connection_points"],
                             area=True)
    gap = text("The gap they would help with", MENTOR_LIMITS["gap"])
    gap_area = SelectField("Gap area they cover", choices=GAP_AREA_CHOICES, default="",
                           description="Which of your four gap areas they count towards on the strategy page.")
    accessibility = rating("Accessibility: how easy to reach (1-5)")
    relevance = rating("Relevance: how well they match your needs (1-5)")
    likelihood = rating("Likelihood of a positive reply (1-5)")
    value_potential = rating("Value potential: how much you could learn (1-5)")


class DraftForm(FlaskForm):
    ask_topic = text("What guidance you are asking for", ASK_TOPIC_MAX, required=True)
    ask_minutes = WholeNumberField("Minutes you ask for", "needs a whole number of minutes.", default=20, validators=[
        InputRequired(message="needs a whole number of minutes."),
        NumberRange(*ASK_MINUTES, message="must be from 5 to 60 minutes (the lesson suggests 15-30).")])
    ask_format = SelectField("Format", choices=ASK_FORMATS, default="video call")


class RevisionForm(FlaskForm):
    subject = text("Subject", SUBJECT_MAX, required=True)
    body = text("Message", BODY_MAX, required=True, area=True)
    # Filled by the editor's "Apply" buttons: the codes of the edits applied since the last save.
    applied_edits = HiddenField(validators=[Optional(), Length(max=2000)])


def form_status(*forms):
    """The HTTP status of a page of forms: 400 when any of them (None aside) has errors, else 200."""
    return 400 if any(form is not None and form.errors for form in forms) else 200


def first_errors(form):
    """Return {field label: first error} for a summary at the top of a form."""
    return {form[name].label.text: errors[0] for name, errors in form.errors.items() if errors}
