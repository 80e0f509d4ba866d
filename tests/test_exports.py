"""Exports: the cohort CSV (streamed, named, safe in a spreadsheet), the Markdown report and the CLI."""

import csv
import io
import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from coach import store
from coach.cli import cli
from coach.instructor import exports
from tests.course import course  # noqa: F401


def parse(text):
    assert text.startswith(exports.BOM)
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_cohort_csv_parses_back_with_one_row_per_revision(db, course):
    course.ana.post(
        f"/instructor/revisions/{course.mia_revisions[-1]}/review",
        {"clarity": "4", "brevity": "3", "value": "2", "professionalism": "5", "comment": "ok"},
    )
    response = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}/export.csv")
    assert response.status_code == 200 and response.is_streamed
    assert (
        response.headers["Content-Disposition"]
        == f'attachment; filename="spring-cohort-{date.today().isoformat()}.csv"'
    )
    rows = parse(response.get_data(as_text=True))
    assert [(r["mentee"], r["revision"]) for r in rows] == [("Mia Mentee", "1"), ("Mia Mentee", "2")]
    assert rows[1]["instructor_value"] == "2" and rows[0]["instructor_value"] == ""
    assert float(rows[1]["The built-in coach clarity"]) > 0
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"


def _problems(db, revision_id):
    findings = json.loads(
        db.execute(
            "select findings_json from critiques where revision_id = ? and engine = 'builtin' order by id desc limit 1",
            [revision_id],
        ).fetchone()[0]
    )
    return sum(f["severity"] != "praise" for f in findings)


def test_cohort_csv_counts_each_coachs_problems_on_its_newest_critique(db, course):
    rev = course.mia_revisions[-1]
    store.insert_critique(
        db,
        rev,
        {
            "engine": "model",
            "scores": {r: 2.0 for r in store.RUBRICS},
            "overall": 2.0,
            "findings": [
                {"code": "a", "severity": "major", "rubric": "value", "message": "m"},
                {"code": "b", "severity": "praise", "rubric": "value", "message": "p"},
            ],
        },
        model="fake/critic",
        prompt_version="v1",
    )
    store.insert_critique(
        db,
        rev,
        {
            "engine": "model",
            "scores": {r: 1.0 for r in store.RUBRICS},
            "overall": 1.0,
            "findings": [],
            "model_error": "timed out",
        },
        model="fake/critic",
        prompt_version="v1",
    )
    rows = parse(course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}/export.csv").get_data(as_text=True))
    builtin, model = "The built-in coach problems found (count)", "fake/critic (prompt v1) problems found (count)"
    assert [r[builtin] for r in rows] == [str(_problems(db, r)) for r in course.mia_revisions]
    assert [r[model] for r in rows] == ["", "1"]  # the failed call is not the newest working critique
    assert rows[1]["fake/critic (prompt v1) clarity"] == "2.0"


def test_cohort_csv_runs_the_same_few_queries_for_one_revision_or_many(app, db, course):
    from coach.instructor import exports as module

    counts = []
    for _ in range(2):
        statements = []
        conn = module.open_database(app.config["DATABASE"])
        conn.conn.set_trace_callback(statements.append)
        rows = list(
            module.cohort_csv(
                conn,
                {"id": course.cohort_a, "name": "Spring cohort"},
                store.get_user_by_email(db, "ana@school.example")["id"],
            )
        )
        counts.append((len(rows), len([s for s in statements if s.lstrip().lower().startswith("select")])))
        for n in range(5):
            course.mia.revise(course.mia_draft, f"Subject {n}", f"Hi Kenji,\n\nTry {n}. Twenty minutes?\n\nMia")
    assert counts[1][0] == counts[0][0] + 5 and counts[0][1] == counts[1][1] == 2


def test_a_cell_beginning_with_equals_is_escaped(db, course):
    course.mia.revise(course.mia_draft, '=HYPERLINK("http://evil.example","click")', "Hi,\n\n-1 for this.\n\nMia")
    rows = parse(course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}/export.csv").get_data(as_text=True))
    assert rows[-1]["subject"] == '\'=HYPERLINK("http://evil.example","click")'


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Hello = world", "Hello = world"),
        ("", ""),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert exports.neutralise_cell(value) == expected


def test_markdown_report_escapes_user_text(db, course):
    db.execute("update users set name = ? where id = ?", ["Mia [win](http://evil.example) <b>", course.mia_id])
    course.mia.revise(course.mia_draft, "**Bold** <img src=x>", "Body with ``` fence and [link](http://x.example)")
    response = course.ana.client.get(f"/instructor/mentees/{course.mia_id}/report.md")
    text = response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "text/markdown; charset=utf-8"
    assert "attachment;" in response.headers["Content-Disposition"]
    assert "Mia \\[win\\](http\\://evil.example) \\<b>" in text
    assert not re.search(r"(?<!\\)<(b|img)", text)  # every < of user text carries a backslash
    assert "Subject: \\*\\*Bold\\*\\* \\<img src=x>" in text
    assert "````text\nBody with ``` fence" in text  # the fence is longer than any backtick run in the body


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm a full-stack developer with 3 years", "I'm a full-stack developer with 3 years"),
        ("25. Quick question (20 minutes) - thanks!", "25. Quick question (20 minutes) - thanks!"),
        ("long_sentence and filler", "long_sentence and filler"),
        ("_emphasis_ and __strong__", "\\_emphasis\\_ and \\_\\_strong\\_\\_"),
        ("*star* `code` ~~gone~~", "\\*star\\* \\`code\\` \\~\\~gone\\~\\~"),
        ("[click](http://evil.example) ![img](x)", "\\[click\\](http\\://evil.example) !\\[img\\](x)"),
        ("<script>alert(1)</script> <http://x.example>", "\\<script>alert(1)\\</script> \\<http\\://x.example>"),
        ("visit www.evil.example & see &lt;b&gt;", "visit www\\.evil.example & see \\&lt;b\\&gt;"),
        ("a back\\slash", "a back\\\\slash"),
        ("Kenji ##", "Kenji \\#\\#"),
        ("C# developer", "C# developer"),
        ("line one\n# heading\n- item", "line one # heading - item"),
    ],
)
def test_markdown_escapes_only_what_would_be_markup(text, expected):
    assert exports.md_inline(text) == expected


def test_markdown_report_reads_as_plain_text(db, course):
    course.mia.revise(course.mia_draft, "25. A full-stack developer's question", "Hi,\n\nTwenty minutes?\n\nMia")
    text = course.ana.client.get(f"/instructor/mentees/{course.mia_id}/report.md").get_data(as_text=True)
    assert "Subject: 25. A full-stack developer's question" in text


def test_rendered_report_shows_user_text_as_typed_and_no_markup_from_it(db, course):
    from markdown_it import MarkdownIt

    hostile = "## [win](https://evil.example) <img src=x> _em_ **b** https://evil.example ~~x~~ 25. full-stack #"
    db.execute("update users set name = ? where id = ?", [hostile, course.mia_id])
    db.execute("update mentors set name = ? where user_id = ?", [hostile, course.mia_id])
    course.mia.revise(course.mia_draft, hostile, "Hi,\n\nTwenty minutes?\n\nMia")
    markdown = course.ana.client.get(f"/instructor/mentees/{course.mia_id}/report.md").get_data(as_text=True)
    html = MarkdownIt("gfm-like").render(markdown)  # CommonMark with GitHub's tables, strike-through and autolinks
    assert "<a " not in html and "<img" not in html and "<em>" not in html and "<s>" not in html
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1 and html.count("<h3>") == 3
    shown = "## [win](https://evil.example) &lt;img src=x&gt; _em_ **b** https://evil.example ~~x~~ 25. full-stack #"
    assert f"<h1>Outreach report: {shown}</h1>" in html and f"<h2>Draft to {shown}</h2>" in html
    assert f"Subject: {shown}" in html


def test_md_block_keeps_text_verbatim():
    assert exports.md_block("a\n`b`") == "```text\na\n`b`\n```"


def _cli(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def test_cli_export_by_code_writes_the_same_csv_as_the_page(app, course, tmp_path):
    out = tmp_path / "cohort.csv"
    result = _cli(["export", course.code_a.lower(), "-o", str(out), "--database", app.config["DATABASE"]])
    assert result.exit_code == 0, result.output
    page = course.ana.client.get(f"/instructor/cohorts/{course.cohort_a}/export.csv").get_data(as_text=True)
    assert out.read_bytes().decode("utf-8") == page
    by_id = _cli(["export", str(course.cohort_a), "--database", app.config["DATABASE"]])
    assert [r["revision"] for r in parse(by_id.stdout)] == ["1", "2"]


def test_cli_export_of_an_unknown_cohort_says_so(app, course):
    result = CliRunner().invoke(cli, ["export", "NOSUCH", "--database", app.config["DATABASE"]])
    assert result.exit_code == 1 and "no cohort with id or invite code 'NOSUCH'" in result.output


def test_cli_creates_an_instructor_who_can_sign_in(app, actions, tmp_path):
    result = _cli(
        [
            "create-instructor",
            "--email",
            "ivy@school.example",
            "--name",
            "Ivy Teacher",
            "--password-stdin",
            "--database",
            app.config["DATABASE"],
        ],
        input="a long secret\n",
    )
    assert result.exit_code == 0 and "password" not in result.output
    assert actions.signin(email="ivy@school.example", password="a long secret").headers["Location"] == "/instructor/"


def test_cli_prints_a_generated_password_once(app, actions):
    result = _cli(
        ["create-instructor", "--email", "max@school.example", "--name", "Max", "--database", app.config["DATABASE"]]
    )
    password = result.output.split("password (shown once): ")[1].strip()
    assert actions.signin(email="max@school.example", password=password).status_code == 302


@pytest.mark.parametrize(
    "args, input, message",
    [
        (["--email", "ana@school.example", "--name", "Again"], None, "email already has an account"),
        (
            ["--email", "new@school.example", "--name", "Short", "--password-stdin"],
            "short\n",
            "the password must be 8 to 200 characters long",
        ),
    ],
)
def test_cli_create_instructor_refuses_bad_input(app, course, args, input, message):
    result = CliRunner().invoke(cli, ["create-instructor", *args, "--database", app.config["DATABASE"]], input=input)
    assert result.exit_code == 1 and message in result.output


@pytest.mark.parametrize("command", ["export", "create-instructor", "seed-anchors"])
def test_every_option_of_the_instructor_commands_has_help(command):
    for param in cli.commands[command].params:
        if param.param_type_name == "option":
            assert param.help, f"{command} {param.name} has no help"
