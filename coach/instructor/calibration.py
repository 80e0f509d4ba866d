"""Calibration: how well each coach (built-in; each model and prompt version) agrees with an instructor,
per rubric, with quadratic-weighted Cohen's kappa and a plain-words verdict; and the anchor drafts
instructors score to calibrate before reviewing."""

import sqlite3

from .. import engine, store
from ..drafts.services import build_context
from ..store import RUBRICS
from .cohorts import round_score

CATEGORIES = (1, 2, 3, 4, 5)
MIN_FOR_VERDICT = 3  # fewer reviewed revisions than this say nothing reliable
CLOSE_ENOUGH = 0.5  # a mean difference under half a point counts as no lean either way
NOT_ENOUGH_SPREAD = "not enough spread"


def quadratic_kappa(first, second, categories=CATEGORIES):
    """Quadratic-weighted Cohen's kappa of two raters' whole-number scores, or None when it is undefined.

    Undefined (None) with fewer than two items, or when either rater used a single category: with no
    spread there is no chance-corrected agreement to measure.
    """
    if len(first) != len(second):
        raise ValueError("both raters must score the same items")
    if len(first) < 2 or len(set(first)) < 2 or len(set(second)) < 2:
        return None
    k, n = len(categories), len(first)
    index = {c: i for i, c in enumerate(categories)}
    observed = [[0.0] * k for _ in range(k)]
    for a, b in zip(first, second):
        observed[index[a]][index[b]] += 1
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    weight = lambda i, j: (i - j) ** 2 / (k - 1) ** 2  # noqa: E731 - the textbook formula reads best inline
    disagreement = sum(weight(i, j) * observed[i][j] for i in range(k) for j in range(k))
    expected = sum(weight(i, j) * rows[i] * cols[j] / n for i in range(k) for j in range(k))
    return 1 - disagreement / expected


def agreement(pairs):
    """Figures for (coach score, instructor score) pairs: n, exact, within one, mean difference, kappa."""
    if not pairs:
        return {"n": 0, "exact": None, "within_one": None, "mean_diff": None, "kappa": None}
    coach = [round_score(c) for c, _ in pairs]
    instructor = [i for _, i in pairs]
    n = len(pairs)
    return {
        "n": n,
        "exact": sum(c == i for c, i in zip(coach, instructor)) / n,
        "within_one": sum(abs(c - i) <= 1 for c, i in zip(coach, instructor)) / n,
        "mean_diff": sum(c - i for c, i in pairs) / n,
        "kappa": quadratic_kappa(coach, instructor),
    }


def engine_label(engine_name, model, prompt_version):
    """How a coach is named on the page: the built-in coach, or a model with its prompt version."""
    if engine_name == "builtin":
        return "The built-in coach"
    return f"{model or engine_name} (prompt {prompt_version or 'unversioned'})"


def _points(diff):
    whole = round_score(abs(diff)) if abs(diff) >= 1 else 1
    return "a point" if whole == 1 else f"{whole} points"


def _join(words, conjunction="and"):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def verdict(label, figures):
    """A plain-words sentence from {rubric: figures}, e.g. 'agrees with you on clarity; it is a point kinder...'."""
    agrees, leans, mixed, few = [], [], [], []
    for rubric in RUBRICS:
        f = figures[rubric]
        if f["n"] < MIN_FOR_VERDICT:
            few.append(rubric)
        elif f["mean_diff"] >= CLOSE_ENOUGH:
            leans.append(f"is {_points(f['mean_diff'])} kinder than you on {rubric}")
        elif f["mean_diff"] <= -CLOSE_ENOUGH:
            leans.append(f"is {_points(f['mean_diff'])} harsher than you on {rubric}")
        elif f["within_one"] >= 0.8:
            agrees.append(rubric)
        else:
            mixed.append(rubric)
    parts = (
        ([f"agrees with you on {_join(agrees)}"] if agrees else [])
        + leans
        + ([f"often disagrees with you on {_join(mixed)}, in both directions"] if mixed else [])
    )
    if few:
        parts.append(f"has too few of your reviews on {_join(few)} to judge (fewer than {MIN_FOR_VERDICT})")
    return label + " " + "; it ".join(parts) + "."


def _latest_per_engine(rows):
    """Keep each revision's newest critique per engine (rows come oldest critique first)."""
    latest = {}
    for row in rows:
        latest[(row["revision_id"], row["engine"], row["model"], row["prompt_version"])] = row
    return latest.values()


def _no_marks():
    return {rubric: {"marked": 0, "agreed": 0, "share": None} for rubric in RUBRICS}


def agreement_marks(rows):
    """{(engine, model, prompt_version): {rubric: {marked, agreed, share}}} from the instructor's marks."""
    result = {}
    for row in rows:
        counts = result.setdefault((row["engine"], row["model"], row["prompt_version"]), _no_marks())[row["rubric"]]
        counts["marked"] += 1
        counts["agreed"] += int(row["agreed"])
        counts["share"] = counts["agreed"] / counts["marked"]
    return result


def marks_line(engine_name, model, marks):
    """Plain words, e.g. "You agreed with 8 of 10 of the built-in coach's clarity findings and 1 of 2 of its value
    findings."."""
    owner = "the built-in coach" if engine_name == "builtin" else (model or engine_name)
    marked = [r for r in RUBRICS if marks[r]["marked"]]
    if not marked:
        return f"You have not yet marked whether you agree with {owner}'s findings."
    whose = [f"{owner}'s"] + ["its"] * (len(marked) - 1)
    parts = [f"{marks[r]['agreed']} of {marks[r]['marked']} of {w} {r} findings" for w, r in zip(whose, marked)]
    unmarked = [r for r in RUBRICS if not marks[r]["marked"]]
    rest = f"; you have not marked its {_join(unmarked, 'or')} findings" if unmarked else ""
    return f"You agreed with {_join(parts)}{rest}."


def report(db, instructor_id, worst=5):
    """Calibration of every coach against this instructor: per-rubric figures and agreement marks, a verdict, and
    the worst disagreements."""
    engines = {}
    for row in _latest_per_engine(store.list_calibration_pairs(db, instructor_id)):
        key = (row["engine"], row["model"], row["prompt_version"])
        engines.setdefault(key, []).append(row)
    marks = agreement_marks(store.list_agreement_marks(db, instructor_id))
    result = []
    for key in [*engines, *(k for k in marks if k not in engines)]:  # marks may come without scores
        rows, label, engine_marks = engines.get(key, []), engine_label(*key), marks.get(key) or _no_marks()
        figures = {}
        for rubric in RUBRICS:
            scored = [r for r in rows if r[f"instructor_{rubric}"] is not None]
            figures[rubric] = {
                **agreement([(r[f"coach_{rubric}"], r[f"instructor_{rubric}"]) for r in scored]),
                "anchors": sum(r["kind"] == "anchor" for r in scored),
                **engine_marks[rubric],
            }
        result.append(
            {
                "label": label,
                "figures": figures,
                "verdict": verdict(label, figures),
                "marks_line": marks_line(key[0], key[1], engine_marks),
                "disagreements": disagreements(rows, worst),
            }
        )
    return result


def disagreements(rows, limit):
    """The revisions where this coach and the instructor differ most on some rubric, largest gap first."""
    gaps = []
    for row in rows:
        scored = [r for r in RUBRICS if row[f"instructor_{r}"] is not None]
        if not scored:
            continue
        rubric = max(scored, key=lambda r: abs(row[f"coach_{r}"] - row[f"instructor_{r}"]))
        gap = row[f"coach_{rubric}"] - row[f"instructor_{rubric}"]
        if abs(gap) >= 1:
            gaps.append(
                {
                    **row,
                    "rubric": rubric,
                    "gap": gap,
                    "coach": row[f"coach_{rubric}"],
                    "instructor": row[f"instructor_{rubric}"],
                }
            )
    return sorted(gaps, key=lambda g: (-abs(g["gap"]), g["revision_id"]))[:limit]


# Anchor drafts ---------------------------------------------------------------------------------------

ANCHOR_USER = {"email": "anchors@outreach-coach.invalid", "name": "Anchor drafts"}
ANCHOR_MENTOR = {
    "name": "Dana Okafor",
    "role": "Platform engineer",
    "research": "Wrote an article on Kubernetes adoption patterns and gradual migration strategies.",
    "connection_points": "",
    "found_via": "her article on infrastructure automation",
}
ANCHOR_ASK = {"ask_topic": "DevOps career transition strategies", "ask_minutes": 20, "ask_format": "video call"}
MENTEE_NAME = "Sam Rivera"

# The lesson's "Example Outreach Message", with [Name] and [Your name] filled in.
EXAMPLE_SUBJECT = "Seeking 20-minute guidance on transitioning to DevOps"
EXAMPLE_BODY = """Hi Dana,

I've been following your work on infrastructure automation, particularly your recent article on Kubernetes adoption patterns. Your insights on gradual migration strategies really resonated with my current situation.

I'm a full-stack developer with 3 years of experience looking to transition into DevOps. I've been building skills in Docker and CI/CD, but I'm struggling with prioritizing which technologies to focus on next.

Would you be open to a 20-minute conversation about DevOps career transition strategies? I'd love to get your perspective on skill prioritization and portfolio building. In return, I'd be happy to share insights about React performance optimization or modern frontend testing strategies if they would be useful.

I'm flexible on timing and format - happy to work around your schedule.

Thank you for considering,
Sam Rivera"""  # noqa: E501 - a whole message, one paragraph a line, as a mentee writes it

ANCHORS = (
    (
        "lesson-example",
        "The lesson's example message",
        "The course's model answer: expect high scores.",
        EXAMPLE_SUBJECT,
        EXAMPLE_BODY,
    ),
    (
        "avoid-quick-question",
        'Subject to avoid: "Quick question"',
        "The example body under a subject the lesson says to avoid.",
        "Quick question",
        EXAMPLE_BODY,
    ),
    (
        "avoid-mentorship-opportunity",
        'Subject to avoid: "Mentorship opportunity"',
        "The example body under the other subject the lesson says to avoid.",
        "Mentorship opportunity",
        EXAMPLE_BODY,
    ),
    (
        "vague-ask",
        "Vague ask, no research",
        "No reference to her work, no time-bounded ask, nothing offered.",
        "DevOps",
        "Hi Dana,\n\nI'd love to pick your brain sometime about DevOps. Let me know when works.\n\nSam",
    ),
    (
        "demanding",
        "Demanding and informal",
        "Asks for open-ended mentoring with a deadline; nothing offered.",
        "need a mentor asap!!",
        "hey,\n\nu seem to know devops. can you mentor me? i need answers by friday "
        "because my interview is next week. send me a list of what to learn.\n\nthx",
    ),
    (
        "too-long",
        "The example buried in a life story",
        "Every part is there, but the ask is lost in length.",
        EXAMPLE_SUBJECT,
        EXAMPLE_BODY.replace(
            "I'm a full-stack developer",
            "To give you the full picture, I started programming in school, then studied biology for two years "
            "before switching to computer science, then worked at an agency building marketing sites, then at a "
            "start-up that folded, then at my current company, where I have done a bit of everything from "
            "databases to design reviews, and I have been thinking about what comes next for a long while now, "
            "reading many blogs and listening to podcasts on my commute, which is how I came to DevOps. "
            * 2
            + "\n\nI'm a full-stack developer",
        ),
    ),
    (
        "generic-flattery",
        "Generic flattery, no specific ask",
        "Could be sent to anyone; praises without evidence.",
        "Admirer of your work",
        "Dear Sir or Madam,\n\nI am a huge fan of everything you do. You are truly an "
        "inspiration to the whole industry. I would be honoured to learn from you in any capacity.\n\nBest regards,\n"
        "Sam Rivera",
    ),
)


def _anchor_owner(db):
    """The account that owns the anchor drafts: it cannot sign in (its password hash is not a hash)."""
    user = store.get_user_by_email(db, ANCHOR_USER["email"])
    if user is None:
        try:
            store.insert_user(db, ANCHOR_USER["email"], ANCHOR_USER["name"], "!", "system")
        except sqlite3.IntegrityError:
            pass  # another request created it first
        user = store.get_user_by_email(db, ANCHOR_USER["email"])
    return user


def ensure_anchors(db):
    """Seed the anchor drafts once, each critiqued by the built-in coach; return how many were created."""
    created = 0
    for slug, title, note, subject, body in ANCHORS:
        # Claimed with its draft or not at all: a claim left without a draft would be skipped ever after.
        with db.atomic():
            anchor_id = store.claim_anchor(db, slug, title, note)
            if anchor_id is None:
                continue
            owner = _anchor_owner(db)
            mentor_id = store.insert_mentor(db, owner["id"], ANCHOR_MENTOR)
            draft_id = store.insert_draft(db, owner["id"], mentor_id, kind="anchor", **ANCHOR_ASK)
            context = build_context({}, ANCHOR_MENTOR, ANCHOR_ASK, MENTEE_NAME)
            revision_id, _ = store.insert_revision(db, draft_id, subject, body, "anchor")
            store.insert_critique(db, revision_id, engine.critique(subject, body, context))
            store.set_anchor_draft(db, anchor_id, draft_id)
        created += 1
    return created
