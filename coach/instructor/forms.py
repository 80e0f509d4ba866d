"""Forms of the instructor pages and of joining a cohort (Flask-WTF adds CSRF)."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, SelectField

from ..forms import choices, text
from ..store import RUBRICS

SCORE_CHOICES = choices(
    ("", "Not scored"),
    ("1", "1: poor"),
    ("2", "2: weak"),
    ("3", "3: adequate"),
    ("4", "4: good"),
    ("5", "5: excellent"),
)
AGREE_CHOICES = choices(("", "Not marked"), ("1", "Agree"), ("0", "Disagree"))
FIELD_CHOICES = choices(("body", "Message"), ("subject", "Subject"))


def _int_or_none(value):
    return int(value) if value not in (None, "") else None


def _offset_or_none(value):
    """Offsets come from the page's script; anything but a whole number is ignored (the quote is searched)."""
    return int(value) if isinstance(value, str) and value.isdigit() else None


class CohortForm(FlaskForm):
    name = text("Cohort name", 100, required=True)


class InvitationForm(FlaskForm):
    """Create a one-time link for another instructor (nothing to fill in: the CSRF token is the form)."""


class JoinCohortForm(FlaskForm):
    code = text("Invite code", 20, required=True)


class BankCommentForm(FlaskForm):
    text = text("Saved comment", 2000, required=True, area=True)


class AnchoredCommentForm(FlaskForm):
    field = SelectField("Where the words are", choices=FIELD_CHOICES, default="body")
    quote = text("Quoted words", 1000, required=True, area=True)
    # Filled by static/review.js from the selection; without JavaScript the quote is searched for.
    start = HiddenField(filters=[_offset_or_none])
    end = HiddenField(filters=[_offset_or_none])
    comment = text("Your comment on these words", 2000, required=True, area=True)


class ReviewForm(FlaskForm):
    comment = text("General comment", 4000, area=True)
    keep_in_bank = BooleanField("Also save this comment to my comment bank")
    bank_comment = SelectField(
        "Insert a saved comment",
        choices=[],
        validate_choice=True,
        default="",
        description="Without JavaScript, the chosen comment is added when you save.",
    )


def agreement_name(critique_id, rubric):
    """The form field that holds the instructor's agreement with one critique on one rubric."""
    return f"agree_{critique_id}_{rubric}"


def finding_agreement_name(critique_id, position):
    """The form field that holds the instructor's agreement with one finding (its position in the critique)."""
    return f"finding_{critique_id}_{position}"


def review_form(critiques, bank, review=None, agreements=None, finding_agreements=None):
    """A ReviewForm with a score per rubric, an agreement per (critique, rubric) and per finding, and the bank's
    choices."""

    class Form(ReviewForm):
        pass

    for rubric in RUBRICS:
        setattr(
            Form,
            rubric,
            SelectField(f"Your {rubric} score", choices=SCORE_CHOICES, coerce=_int_or_none, validate_choice=True),
        )
    for c in critiques:
        for rubric in RUBRICS:
            setattr(
                Form,
                agreement_name(c["id"], rubric),
                SelectField(f"{rubric.capitalize()}: the coach's finding", choices=AGREE_CHOICES, coerce=_int_or_none),
            )
        for position, finding in enumerate(c["findings"]):
            setattr(
                Form,
                finding_agreement_name(c["id"], position),
                SelectField(
                    f"Finding {position + 1} ({finding.get('rubric')}): do you agree?",
                    choices=AGREE_CHOICES,
                    coerce=_int_or_none,
                ),
            )
    data = {r: (review or {}).get(r) for r in RUBRICS}
    data["comment"] = (review or {}).get("comment") or ""
    for (critique_id, rubric), agreed in (agreements or {}).items():
        data[agreement_name(critique_id, rubric)] = int(agreed)
    for (critique_id, position), agreed in (finding_agreements or {}).items():
        data[finding_agreement_name(critique_id, position)] = int(agreed)
    form = Form(data=data)
    form.bank_comment.choices = choices(("", "(none)"), *((str(b["id"]), b["text"][:80]) for b in bank))
    return form


def form_agreements(form, critiques):
    """{(critique_id, rubric): True/False/None} from a submitted review form."""
    return {
        (c["id"], rubric): (
            None
            if form[agreement_name(c["id"], rubric)].data is None
            else bool(form[agreement_name(c["id"], rubric)].data)
        )
        for c in critiques
        for rubric in RUBRICS
    }


def form_finding_agreements(form, critiques):
    """{(critique_id, position): {"rubric", "code", "agreed": True/False/None}} from a submitted review form."""
    marks = {}
    for c in critiques:
        for position, finding in enumerate(c["findings"]):
            value = form[finding_agreement_name(c["id"], position)].data
            marks[(c["id"], position)] = {
                "rubric": finding.get("rubric"),
                "code": finding.get("code"),
                "agreed": None if value is None else bool(value),
            }
    return marks
