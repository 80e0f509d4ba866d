"""Mentors ranked by priority, from the four ratings the mentee gives each one."""

from .. import store

PRIORITY_WEIGHTS = {"relevance": 2, "value_potential": 2, "likelihood": 1, "accessibility": 1}
PRIORITY_FORMULA = "priority = (2 × relevance + 2 × value potential + likelihood + accessibility) ÷ 6"


def mentor_priority(mentor):
    """The mentor's priority from the four 1-5 ratings (see PRIORITY_FORMULA), one decimal."""
    total = sum(weight * (mentor.get(name) or 0) for name, weight in PRIORITY_WEIGHTS.items())
    return round(total / sum(PRIORITY_WEIGHTS.values()), 1)


def ranked_mentors(db, user_id):
    """The user's mentors, highest priority first."""
    mentors = [{**m, "priority": mentor_priority(m)} for m in store.list_mentors(db, user_id)]
    return sorted(mentors, key=lambda m: (-m["priority"], m["id"]))
