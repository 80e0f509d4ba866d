"""The mentee's profile form: background, what they offer, and the gaps they want help with."""

from flask_wtf import FlaskForm

from ..forms import text
from ..vocabulary import PROFILE_LIMITS


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
