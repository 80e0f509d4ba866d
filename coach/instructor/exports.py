"""Exports: a cohort's revisions as a streamed CSV that opens cleanly in a spreadsheet, and a Markdown
report of one mentee's drafts with critiques and reviews."""

import csv
import io
import itertools
import re
from datetime import date

from .. import store
from ..db import open_database
from ..markdown_text import md_block, md_inline
from ..store import RUBRICS
from .calibration import engine_label

BOM = "\ufeff"  # Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def streamed(database_path, produce, *args):
    """Yield what `produce(db, *args)` yields, on a connection of its own.

    The request's connection is closed when the view returns (teardown_appcontext), before a streamed
    body is sent, so a stream opens its own and closes it when done or abandoned.
    """
    db = open_database(database_path)
    try:
        yield from produce(db, *args)
    finally:
        db.conn.close()


def neutralise_cell(value):
    """Defuse spreadsheet formula injection: a text cell starting with = + - @ tab or CR gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_filename(cohort, extension, today=None):
    """A file name from the cohort's name and today's date, safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", cohort["name"].lower()).strip("-") or f"cohort-{cohort['id']}"
    return f"{slug[:60]}-{(today or date.today()).isoformat()}.{extension}"


def _engine_columns(engines):
    return [
        (key, f"{engine_label(*key)} {part}")
        for key in engines
        for part in (*RUBRICS, "overall", "problems found (count)")
    ]


def cohort_csv(db, cohort, instructor_id):
    """Yield the cohort's CSV piece by piece: a header, then one line per revision (BOM first).

    Two queries whatever the cohort's size (the coaches that critiqued it, then every revision with its
    critiques), read as a stream: memory stays flat however many revisions there are.
    """
    engines = store.list_cohort_engines(db, cohort["id"])
    base = [
        "cohort",
        "mentee",
        "mentee_email",
        "mentor",
        "draft_id",
        "ask_topic",
        "revision",
        "subject",
        "draft_created_at",
        "revision_created_at",
    ]
    instructor = [f"instructor_{r}" for r in RUBRICS] + [
        "instructor_comment",
        "instructor_anchored_comments",
        "reviewed_at",
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells):
        writer.writerow([neutralise_cell(c) for c in cells])
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield BOM + line(base + [name for _, name in _engine_columns(engines)] + instructor)
    rows = store.iter_cohort_export_rows(db, cohort["id"], instructor_id)
    for _, revision_rows in itertools.groupby(rows, key=lambda row: row["revision_id"]):
        critiques = _latest_by_engine(revision_rows)
        row = critiques.pop(None)
        cells = [
            cohort["name"],
            row["mentee"],
            row["mentee_email"],
            row["mentor"],
            row["draft_id"],
            row["ask_topic"],
            row["revision"],
            row["subject"],
            row["draft_created_at"],
            row["created_at"],
        ]
        for key in engines:
            c = critiques.get(key)
            cells += [c[f"coach_{r}"] if c else None for r in (*RUBRICS, "overall")]
            cells.append(c["problems"] if c else None)
        cells += [row[name] for name in instructor]
        yield line(cells)


def _latest_by_engine(rows):
    """{(engine, model, prompt_version): newest critique row, None: the revision's row} from one revision's rows
    (critiques oldest first)."""
    latest = {}
    for row in rows:
        latest[None] = row
        if row["engine"] is not None:
            latest[(row["engine"], row["model"], row["prompt_version"])] = row
    return latest


# Markdown --------------------------------------------------------------------------------------------


def _critique_lines(c):
    scores = ", ".join(f"{r} {c['scores'][r]:.1f}" for r in RUBRICS)
    lines = [
        f"- **{md_inline(engine_label(c['engine'], c['model'], c['prompt_version']))}**: {scores}; "
        f"overall {c['overall']:.1f}"
    ]
    for f in c["findings"]:
        lines.append(
            f"  - {md_inline(f.get('severity'))} / {md_inline(f.get('rubric'))}: {md_inline(f.get('message'))}"
        )
    return lines


def _review_lines(review, comments):
    lines = ["", "Instructor review:"]
    if all(review[r] is not None for r in RUBRICS):
        lines.append("- Scores: " + ", ".join(f"{r} {review[r]}" for r in RUBRICS))
    if review["comment"]:
        lines.append(f"- Comment: {md_inline(review['comment'])}")
    for c in comments:
        lines.append(f"- On \u201c{md_inline(c['quote'])}\u201d ({c['field']}): {md_inline(c['comment'])}")
    return lines


def mentee_markdown(db, mentee, instructor_id):
    """Yield one mentee's Markdown report, draft by draft: each revision, its critiques and this instructor's review."""
    yield "\n".join(
        [f"# Outreach report: {md_inline(mentee['name'])}", "", f"Generated {date.today().isoformat()}.", "", ""]
    )
    for draft in store.list_mentee_drafts_with_revisions(db, mentee["id"]):
        lines = [
            f"## Draft to {md_inline(draft['mentor_name'])}",
            "",
            f"Ask: {md_inline(draft['ask_topic'])} ({draft['ask_minutes']} minutes, {md_inline(draft['ask_format'])})",
            "",
        ]
        for rev in draft["revisions"]:
            lines += [
                f"### Revision {rev['number']} ({rev['created_at']})",
                "",
                f"Subject: {md_inline(rev['subject'])}",
                "",
                md_block(rev["body"]),
                "",
                "Critiques:",
            ]
            for c in store.list_critiques(db, rev["id"]):
                lines += _critique_lines(c)
            review = store.get_review(db, rev["id"], instructor_id)
            if review:
                lines += _review_lines(review, store.list_review_comments(db, review["id"]))
            lines.append("")
        yield "\n".join(lines) + "\n"
