"""The product's vocabulary, named once: rubrics, kinds of message, mentor types, network tiers, gap areas,
the word range each kind of message is judged by, and the size limit of every text field.

Pure data and no imports beyond the standard library, so the built-in coach (coach/engine), the store, the
prompts (as template variables), the pages (the `vocab` template global) and the JavaScript (data attributes
written from it) all read the same values and cannot drift. The engine's spelling word list is a different
thing: coach/engine/techwords.py.
"""

from collections import namedtuple

# The lesson's four criteria, in the order every page, export and prompt lists them.
RUBRICS = ("clarity", "brevity", "value", "professionalism")
RUBRIC_QUESTIONS = {
    "clarity": "Is the request clear and specific?",
    "brevity": "Is it concise while providing necessary context?",
    "value": "Does it clearly communicate what they'll gain?",
    "professionalism": "Is the tone appropriate and respectful?",
}
SCORE_SERIES = RUBRICS + ("overall",)  # what a critique scores: each rubric, then their mean

# What each kind of draft is called on its pages (drafts.kind).
MESSAGE_KINDS = {
    "first": "First message",
    "followup": "Follow-up",
    "thanks": "Thank-you note",
    "update": "Progress update",
}
# The messages after a meeting: they report back and need no ask (the lesson: give back, don't ask again).
AFTER_MEETING_KINDS = ("thanks", "update")
ASKLESS_KINDS = frozenset(AFTER_MEETING_KINDS)
# The kinds the built-in coach judges: a draft's kind, or a short first note with no subject read as a
# LinkedIn connection note.
JUDGED_KINDS = {**MESSAGE_KINDS, "connection": "Connection note"}

# (shortest, longest) words in the sweet spot, and where "long" turns into "too long" (coach/engine/brevity.py
# says where the figures come from). A connection note is measured in characters instead.
Norm = namedtuple("Norm", "low high too_long")
NORMS = {
    "first": Norm(50, 125, 400),
    "followup": Norm(25, 100, 250),
    "thanks": Norm(30, 150, 300),
    "update": Norm(40, 180, 350),
}
# LinkedIn caps a connection request's note at 300 characters.
CONNECTION_NOTE_CHARS = 300
# Past about 70 characters an inbox cuts a subject off (phones show 25-30): coach/engine/brevity.py says why.
SUBJECT_CHARS = 70

MENTOR_TYPES = {
    "technical": "Technical",
    "career": "Career",
    "leadership": "Leadership",
    "industry": "Industry",
    "entrepreneurial": "Entrepreneurial",
}
# Where a mentor stands from the mentee: `label` for one mentor, `group` for a row of the mentor map.
Tier = namedtuple("Tier", "label group")
NETWORK_TIERS = {
    "immediate": Tier("Immediate network", "Immediate network"),
    "extended": Tier("Extended network", "Extended network"),
    "industry_figure": Tier("Industry figure", "Industry figures"),
    "community_leader": Tier("Community leader", "Community leaders"),
}
BARRIERS = {"low": "Low", "medium": "Medium", "high": "High"}
# The lesson's expertise gaps; a profile keeps each as the field "gaps_<key>".
GAP_AREAS = {
    "technical": "Technical skills",
    "career": "Career development",
    "industry": "Industry knowledge",
    "soft": "Soft skills",
}
GAP_AREA_BY_TYPE = {
    "technical": "technical",
    "career": "career",
    "entrepreneurial": "career",
    "industry": "industry",
    "leadership": "soft",
}

# Each text field's limit in characters: the forms, the API's "context" and the model's answers read these.
SUBJECT_MAX = 200
BODY_MAX = 20_000
NAME_MAX = 100
MENTOR_LIMITS = {
    "name": NAME_MAX,
    "role": 200,
    "found_via": 300,
    "research": 4000,
    "connection_points": 1000,
    "gap": 300,
}
PROFILE_LIMITS = {
    "background": 2000,
    "skills": 1000,
    "industry": 1000,
    "education": 1000,
    "projects": 2000,
    "network": 1000,
    "offer": 1000,
    **{f"gaps_{area}": 500 for area in GAP_AREAS},
}
VALUE_PROPOSITION_MAX = 1000
ASK_TOPIC_MAX = 300
ASK_MINUTES = (5, 60)


def kind_phrase(kind):
    """How the prompts name a kind of message: 'a first message', 'a connection note' (unknown: a first message)."""
    return "a " + JUDGED_KINDS.get(kind, JUDGED_KINDS["first"]).lower()
