"""Every query the instructor's pages and a draft's history pages run finds its rows through an index: none reads
the whole revisions or critiques table, so the pages stay fast however large the course grows (issue 17).

The statements are captured while the pages are requested (a trace callback on every connection the app opens),
then each is explained with EXPLAIN QUERY PLAN."""

import re

import pytest

from coach import db as coach_db
from coach.db import open_database
from coach.instructor import exports
from tests.course import course  # noqa: F401

# Summaries the triggers refresh on every save, each for one mentee or draft (see coach/migrations.py).
TRIGGER_READS = [
    "select * from mentee_summary_live where mentee_id = 3",
    "select * from draft_scores_live where draft_id = 1",
    "select * from draft_findings_live where draft_id = 1",
    "select * from critique_problems where critique_id = 1",
]
WATCHED = ("revisions", "critiques")


@pytest.fixture
def captured(monkeypatch):
    """A list that fills with every SQL statement the app runs from now on."""
    statements = []

    def traced(path):
        database = open_database(path)
        database.conn.set_trace_callback(statements.append)
        return database

    monkeypatch.setattr(coach_db, "open_database", traced)
    monkeypatch.setattr(exports, "open_database", traced)
    return statements


def _aliases(sql, table):
    """The names a statement reads `table` by: the table itself and every alias it gives it."""
    names = {table}
    for match in re.finditer(rf"\b{table}\s+(?:as\s+)?(\w+)", sql, re.I):
        if match.group(1).lower() not in (
            "where",
            "on",
            "join",
            "left",
            "order",
            "group",
            "set",
            "select",
            "limit",
            "using",
            "values",
        ):
            names.add(match.group(1))
    return names


def full_scans(database, sql):
    """The plan lines of `sql` that read every row of revisions or critiques (with or without an index)."""
    plan = [row[3] for row in database.execute(f"explain query plan {sql}").fetchall()]
    views = " ".join(row[0] for row in database.execute("select sql from sqlite_master where type = 'view'"))
    watched = set().union(*(_aliases(f"{sql} {views}", table) for table in WATCHED))
    return [
        line
        for line in plan
        if (m := re.match(r"SCAN (\w+)", line)) and m.group(1) in watched and "VIRTUAL TABLE" not in line
    ]  # json_each over one row's findings, not a table


def _requests(course, db):
    """Open every instructor page and the draft's history pages, the ways people use them."""
    ana, mia = course.ana, course.mia
    ana.post(
        f"/instructor/revisions/{course.mia_revisions[-1]}/review",
        {"clarity": "4", "brevity": "3", "value": "2", "professionalism": "5", "comment": "ok"},
    )
    paths = [
        f"/instructor/cohorts/{course.cohort_a}" + query
        for query in ("", "?sort=clarity&dir=desc&page=1", "?sort=last_activity", "?attention=1&sort=revisions")
    ]
    paths += [
        f"/instructor/mentees/{course.mia_id}",
        f"/instructor/mentees/{course.mia_id}/report.md",
        f"/instructor/cohorts/{course.cohort_a}/export.csv",
        "/instructor/calibration",
        "/instructor/anchors",
        f"/instructor/revisions/{course.mia_revisions[-1]}/review",
        "/instructor/",
    ]
    for path in paths:
        assert ana.client.get(path).status_code == 200, path
    draft = course.mia_draft
    assert mia.revise(draft, "A third subject", "Hi Kenji,\n\nTwenty minutes?\n\nMia").status_code == 302
    for path in (
        f"/mentee/drafts/{draft}",
        f"/mentee/drafts/{draft}?page=1",
        f"/mentee/drafts/{draft}/revisions/1",
        f"/mentee/drafts/{draft}/diff",
        f"/mentee/drafts/{draft}/diff?a=1&b=3&q=Kenji",
    ):
        assert mia.client.get(path).status_code == 200, path


def test_no_page_query_reads_all_revisions_or_critiques(course, db, captured):
    _requests(course, db)
    statements = [s for s in captured if re.match(r"\s*(select|insert|update|delete|with)\b", s, re.I)]
    assert len(statements) > 50  # the pages really were captured
    assert any("mentee_summaries" in s for s in statements) and any("export" not in s for s in statements)
    scans = {sql: lines for sql in {*statements, *TRIGGER_READS} if (lines := full_scans(db, sql))}
    assert not scans, "\n\n".join(f"{sql}\n  -> {lines}" for sql, lines in scans.items())


def test_the_check_catches_a_query_that_reads_every_revision(db):
    assert full_scans(db, "select * from revisions r where r.subject like '%x%'") == ["SCAN r"]
    assert full_scans(db, "select count(*) from critiques") != []
    assert full_scans(db, "select * from revisions where draft_id = 1 order by number desc") == []
