"""The mentor form: who they are, the research notes on their work, and the four ratings."""

from flask_wtf import FlaskForm
from wtforms import SelectField

from ..forms import choices, rating, text
from ..vocabulary import BARRIERS, GAP_AREAS, MENTOR_LIMITS, MENTOR_TYPES, NETWORK_TIERS

MENTOR_TYPE_CHOICES = choices(*MENTOR_TYPES.items())
NETWORK_TIER_CHOICES = choices(*((key, tier.label) for key, tier in NETWORK_TIERS.items()))
BARRIER_CHOICES = choices(*BARRIERS.items())
GAP_AREA_CHOICES = choices(("", "Follow the mentor type"), *GAP_AREAS.items())


class MentorForm(FlaskForm):
    name = text("Name", MENTOR_LIMITS["name"], required=True)
    role = text("Role", MENTOR_LIMITS["role"])
    mentor_type = SelectField("Mentor type", choices=MENTOR_TYPE_CHOICES)
    network_tier = SelectField("Where they stand", choices=NETWORK_TIER_CHOICES)
    barrier = SelectField("Approach barrier", choices=BARRIER_CHOICES, default="medium")
    found_via = text("How you found them", MENTOR_LIMITS["found_via"])
    research = text("Research notes on their work (articles, talks, projects)", MENTOR_LIMITS["research"], area=True)
    connection_points = text(
        "Connection points (shared interests, people, experiences)", MENTOR_LIMITS["connection_points"], area=True
    )
    gap = text("The gap they would help with", MENTOR_LIMITS["gap"])
    gap_area = SelectField(
        "Gap area they cover",
        choices=GAP_AREA_CHOICES,
        default="",
        description="Which of your four gap areas they count towards on the strategy page.",
    )
    accessibility = rating("Accessibility: how easy to reach (1-5)")
    relevance = rating("Relevance: how well they match your needs (1-5)")
    likelihood = rating("Likelihood of a positive reply (1-5)")
    value_potential = rating("Value potential: how much you could learn (1-5)")
