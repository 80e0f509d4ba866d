"""Forms for strategy, value propositions, research links, tracking and follow-ups (Flask-WTF adds CSRF)."""

from datetime import timedelta

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, SelectField
from wtforms.validators import InputRequired, NumberRange, Optional, ValidationError

from ..forms import DateInput, WholeNumberField, choices, text
from ..vocabulary import VALUE_PROPOSITION_MAX
from . import followups
from .strategy import PEER_CHOICE, SEATS

YEAR = timedelta(days=365)


class StatusForm(FlaskForm):
    status = SelectField("Status", choices=choices(*followups.STATUSES, (followups.FOLLOWED_UP, "Followed up")))
    happened_on = DateInput(
        "On",
        validators=[Optional()],
        description="Leave empty for today; a message you sent earlier can take its real date.",
    )
    channel = SelectField("Channel", choices=choices(*followups.CHANNELS), default="email")
    back = HiddenField()

    def validate_happened_on(self, field):
        """A change cannot happen in the future: record it once it has."""
        if field.data and field.data > followups.today():
            raise ValidationError(f"is in the future ({field.data.isoformat()}): record it once it has happened.")


class ScheduleForm(FlaskForm):
    followup_due = DateInput("Follow-up due on", validators=[InputRequired(message="is required.")])
    already_followed_up = BooleanField("I already followed up on this date")

    def validate_followup_due(self, field):
        """Question a date in the past (unless they followed up then) or more than a year ahead."""
        if field.data is None:
            return
        on = followups.today()
        if field.data < on and not self.already_followed_up.data:
            raise ValidationError(
                f"is in the past ({field.data.isoformat()}). Pick today or a later date, or "
                "tick “I already followed up on this date” to record that follow-up."
            )
        if field.data > on + YEAR:
            raise ValidationError(
                f"is more than a year ahead ({field.data.isoformat()}); pick a date within the next year."
            )

    def records_followup(self):
        """True when the form records a follow-up already sent rather than a new due date."""
        return bool(self.already_followed_up.data) and self.followup_due.data <= followups.today()


class ValuePropositionForm(FlaskForm):
    value_proposition = text("Your value proposition for this mentor", VALUE_PROPOSITION_MAX, area=True)


class LinkForm(FlaskForm):
    url = text("Address of their article or talk page", 2000, required=True)


class LinkConfirmForm(FlaskForm):
    url = HiddenField()
    title = text("Title", 300)
    summary = text("Summary", 2000, area=True)


class NoteForm(FlaskForm):
    # One field for both notes: what is new (a follow-up) or what was taken away (a thank-you note).
    update = text("What to say", 500, required=True, area=True)


class BoardSeatForm(FlaskForm):
    seat = SelectField("Seat", choices=choices(*((key, label) for key, label, _ in SEATS)))
    mentor_id = SelectField("Advisor", coerce=str, validate_choice=True)

    def validate_mentor_id(self, field):
        """Someone from the Peers page can only take the peer advisor's seat."""
        if (field.data or "").startswith(PEER_CHOICE) and self.seat.data != "peer":
            raise ValidationError("can be someone from your Peers page only in the peer advisor's seat.")


class FollowupSettingsForm(FlaskForm):
    followup_days = WholeNumberField(
        "Days to wait before a follow-up",
        "needs a whole number of days.",
        default=followups.DEFAULT_FOLLOWUP_DAYS,
        validators=[
            InputRequired(message="needs a whole number of days."),
            NumberRange(min=3, max=30, message="must be from 3 to 30 days (the lesson suggests about a week)."),
        ],
    )
