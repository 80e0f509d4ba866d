"""Forms for conversation prep, meetings, action items and peers (issue 9), with their limits and errors."""

from datetime import date

from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.validators import InputRequired, NumberRange, Optional, ValidationError

from ..forms import DateInput, WholeNumberField, choices, text
from .peers import DIRECTIONS
from .services import AFTERCARE_KINDS, CATEGORIES, ITEM_KINDS

QUESTION_MAX = 500
MEETING_NOTES_MAX = 10_000


def not_far_past_or_future(form, field):
    """Question a date more than a year away: most likely a typo in the year."""
    if field.data and abs((field.data - date.today()).days) > 366:
        raise ValidationError("is more than a year from today; check the year.")


def date_field(label, required=False, description=None, default=None):
    """A date picked in the browser (YYYY-MM-DD), within a year of today.

    No format hint by default: the browser's date picker shows the date in the user's own format.
    """
    presence = InputRequired(message="is required.") if required else Optional()
    return DateInput(
        label,
        validators=[presence, not_far_past_or_future],
        format="%Y-%m-%d",
        description=description,
        default=default,
    )


class QuestionForm(FlaskForm):
    category = SelectField("Category", choices=choices(*CATEGORIES))
    text = text("Your question", QUESTION_MAX, required=True, area=True)
    position = WholeNumberField(
        "Order (1 is asked first)",
        "needs a whole number, e.g. 1.",
        validators=[Optional(), NumberRange(min=1, max=999, message="must be a whole number from 1 to 999.")],
    )


class PlanForm(FlaskForm):
    minutes = WholeNumberField(
        "Agreed minutes",
        "needs a whole number of minutes.",
        validators=[
            InputRequired(message="needs a whole number of minutes."),
            NumberRange(min=5, max=120, message="must be from 5 to 120 minutes."),
        ],
    )
    meeting_on = date_field("Meeting date")
    opening = text("Opening: your progress since you last spoke (or since your first message)", 1000, area=True)
    next_steps = text("Next steps: what you expect to agree and when you will report back", 1000, area=True)
    maintenance = text("Relationship maintenance: how you will say thanks and what value you offer", 1000, area=True)


class MeetingForm(FlaskForm):
    held_on = date_field("Date of the meeting", required=True, default=date.today)  # most record it the same day
    notes = text("Notes", MEETING_NOTES_MAX, area=True)
    insights = text("Insights: what helped most (first sentence goes into the thank-you note)", 2000, area=True)


class ItemForm(FlaskForm):
    kind = SelectField("Kind", choices=choices(*ITEM_KINDS))
    text = text("What", 500, required=True)
    due_on = date_field("Due date", description="Left empty, a week from today.")


class AftercareForm(FlaskForm):
    kind = SelectField("Message", choices=choices(*AFTERCARE_KINDS.items()))


class PeerForm(FlaskForm):
    direction = SelectField("Who they are to you", choices=choices(*DIRECTIONS))
    name = text("Name", 100, required=True)
    who = text("Who they are (role, stage, how you know them)", 300)
    teach = text("What you can teach them (or help them with)", 1000, area=True)
    learn = text("What you can learn from them (or by mentoring them)", 1000, area=True)
    projects = text("Collaboration projects", 1000, area=True)
    cadence = text("Meeting cadence (e.g. every other Tuesday, 45 minutes)", 200)
    accountability = text("Accountability: how you will support each other's goals", 1000, area=True)
