"""The draft forms: the ask a first draft is written for, and a revision as the editor saves it."""

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from ..forms import WholeNumberField, choices, text
from ..vocabulary import ASK_MINUTES, ASK_TOPIC_MAX, BODY_MAX, SUBJECT_MAX

ASK_FORMATS = choices(
    ("video call", "Video call"),
    ("phone call", "Phone call"),
    ("coffee", "Coffee in person"),
    ("email exchange", "Email exchange"),
    ("call or video chat", "Whatever suits them"),
)


class DraftForm(FlaskForm):
    ask_topic = text("What guidance you are asking for", ASK_TOPIC_MAX, required=True)
    ask_minutes = WholeNumberField(
        "Minutes you ask for",
        "needs a whole number of minutes.",
        default=20,
        validators=[
            InputRequired(message="needs a whole number of minutes."),
            NumberRange(*ASK_MINUTES, message="must be from 5 to 60 minutes (the lesson suggests 15-30)."),
        ],
    )
    ask_format = SelectField("Format", choices=ASK_FORMATS, default="video call")


class RevisionForm(FlaskForm):
    subject = text("Subject", SUBJECT_MAX, required=True)
    body = text("Message", BODY_MAX, required=True, area=True)
    # Filled by the editor's "Apply" buttons: the codes of the edits applied since the last save.
    applied_edits = HiddenField(validators=[Optional(), Length(max=2000)])
