"""The portfolio: the lesson's four deliverables as a printable page and a Markdown download."""

import re
from datetime import date

import pytest
from markdown_it import MarkdownIt

from coach.portfolio.services import DELIVERABLES, md
from tests.course import course  # noqa: F401

# (name, relevance, value potential, likelihood, accessibility) -> priorities 5.0, 4.3, 3.7, 3.0, 2.3, 1.0
RATED = {
    "Ada": (5, 5, 5, 5),
    "Bea": (5, 5, 3, 3),
    "Cyd": (4, 4, 3, 3),
    "Dev": (3, 3, 3, 3),
    "Eli": (2, 2, 3, 3),
    "Fay": (1, 1, 1, 1),
}
HOSTILE = (
    "[click me](javascript:alert(1)) <script>alert(1)</script> ![](http://evil.example/pixel.png)\n"
    "# Not a heading\n1. not a list\n<img src=x onerror=alert(1)> **bold** https://evil.example/x"
)


def markdown(client):
    response = client.get("/mentee/portfolio.md")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def add_rated_mentors(actions):
    ids = {}
    for name in ("Fay", "Cyd", "Ada", "Eli", "Bea", "Dev"):  # not in priority order
        relevance, value, likelihood, accessibility = RATED[name]
        ids[name] = actions.mentor(
            name=name,
            relevance=str(relevance),
            value_potential=str(value),
            likelihood=str(likelihood),
            accessibility=str(accessibility),
        )
        draft_id = actions.draft(ids[name])
        actions.revise(draft_id, f"Latest subject for {name}", f"Hi {name},\n\nA revised message body for {name}.\n")
    return ids


def test_outreach_portfolio_holds_the_top_five_in_priority_order_with_latest_messages(actions, client):
    actions.signup()
    add_rated_mentors(actions)
    text = markdown(client)
    outreach = text.split("## 2. Mentor Outreach Portfolio")[1].split("\n## 3. ")[0]
    headings = re.findall(r"^### (\d)\. (\w+) \(priority ([\d.]+)\)", outreach, re.M)
    assert [(n, name) for n, name, _ in headings] == [
        ("1", "Ada"),
        ("2", "Bea"),
        ("3", "Cyd"),
        ("4", "Dev"),
        ("5", "Eli"),
    ]
    for name in ("Ada", "Bea", "Cyd", "Dev", "Eli"):
        assert f"> **Subject:** Latest subject for {name}" in outreach
    assert "Fay" not in outreach
    assert "(revision 2, overall" in outreach
    html = client.get("/mentee/portfolio").get_data(as_text=True)
    assert [m for m in re.findall(r"<h3>\d\. (\w+) ", html)] == ["Ada", "Bea", "Cyd", "Dev", "Eli"]


def test_the_export_is_named_for_the_mentee_and_the_day(mentee, client):
    disposition = client.get("/mentee/portfolio.md").headers["Content-Disposition"]
    assert disposition == f'attachment; filename="mentorship-portfolio-ana-lima-{date.today().isoformat()}.md"'


def test_an_empty_account_exports_all_four_deliverables_saying_what_is_missing(actions, client):
    actions.signup()
    text = markdown(client)
    for number, title in enumerate(DELIVERABLES, start=1):
        assert f"## {number}. {title}" in text
    assert text.count("**Still missing:**") == 4
    assert "No mentors researched yet" in text
    assert "No questions or conversation plans prepared yet." in text
    assert "No one recorded under peer mentoring yet." in text
    assert "<http://localhost/mentee/mentors/new>" in text
    html = client.get("/mentee/portfolio").get_data(as_text=True)
    assert html.count("Still missing:") == 4
    assert 'href="/mentee/peers">Fill it in</a>' in html


def test_value_statements_and_messages_not_yet_written_say_so(mentee, client):
    text = markdown(client)
    outreach = text.split("## 2. Mentor Outreach Portfolio")[1].split("\n## 3. ")[0]
    assert "- Value proposition: _not written yet_" in outreach
    assert "1 of 5 mentor candidates researched." in outreach


def test_prep_meetings_items_and_peers_reach_the_interaction_framework_and_peer_plan(mentee, client):
    actions, mentor_id, _ = mentee
    actions.post(
        f"/mentee/mentors/{mentor_id}/questions",
        {"category": "career", "text": "How did you pick your first security conference talk?"},
        form_path=f"/mentee/mentors/{mentor_id}/prep",
    )
    actions.post(
        f"/mentee/mentors/{mentor_id}/items",
        {"kind": "action", "text": "Write a threat model", "due_on": ""},
        form_path=f"/mentee/mentors/{mentor_id}/meetings",
    )
    actions.post("/mentee/peers", {"direction": "mentoring", "name": "Lee", "teach": "Reading stack traces"})
    text = markdown(client)
    framework = text.split("\n## 3. ")[1].split("\n## 4. ")[0]
    assert "#### Kenji Watanabe: 20 minutes" in framework
    assert "How did you pick your first security conference talk?" in framework
    assert "- [ ] Action for Kenji Watanabe: Write a threat model" in framework
    peer_plan = text.split("\n## 4. ")[1]
    assert "**Lee**" in peer_plan and "What I help them with: Reading stack traces" in peer_plan


@pytest.mark.parametrize(
    "value, inert",
    [
        ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
        ("![](http://evil.example/p.png)", r"!\[\](http\://evil.example/p.png)"),
        ("<script>alert(1)</script>", r"\<script>alert(1)\</script>"),
        ("# heading\n- item\n1. item", "\\# heading  \n\\- item  \n1\\. item"),
        ("**bold** _it_ `code` a|b ~~x~~", r"\*\*bold\*\* \_it\_ \`code\` a\|b \~\~x\~\~"),
        ("see www.evil.example", r"see www\.evil.example"),
        ("full-stack, long_sentence, 25. & C#", "full-stack, long_sentence, 25. & C#"),
    ],
)
def test_md_escapes_what_would_become_markup(value, inert):
    assert md(value) == inert


def test_text_with_markdown_and_html_comes_out_inert(mentee, client):
    actions, mentor_id, _ = mentee
    actions.profile(offer=HOSTILE, gaps_technical=HOSTILE)
    actions.post(
        f"/mentee/mentors/{mentor_id}/questions",
        {"category": "technical", "text": HOSTILE},
        form_path=f"/mentee/mentors/{mentor_id}/prep",
    )
    actions.post("/mentee/peers", {"direction": "peer", "name": "[Sam](http://evil.example)", "teach": HOSTILE})
    text = markdown(client)
    assert HOSTILE.splitlines()[0] not in text
    assert not re.search(r"(?<!\\)\]\(", text), "a link or image survived"
    assert not re.search(r"(?<!\\)!\[", text)
    rendered = MarkdownIt("gfm-like").render(text)  # CommonMark with GitHub's tables, strike-through and autolinks
    assert "<script" not in rendered and "<img" not in rendered and "<strong>bold</strong>" not in rendered
    assert not re.search(r'href="(javascript|https?://evil)', rendered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert not re.search(r"(?<!\\)https?://evil", text)
    assert not re.search(r"^\s*# Not a heading", text, re.M)
    headings = re.findall(r"^#+ .*", text, re.M)
    assert all(not h.startswith("# ") or h.startswith("# Mentorship portfolio") for h in headings)
    html = client.get("/mentee/portfolio").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_instructor_opens_the_portfolio_of_a_mentee_in_their_cohort(course):
    url = f"/instructor/mentees/{course.mia_id}/portfolio"
    response = course.ana.client.get(url)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Mentorship portfolio: Mia Mentee" in html
    assert all(title in html for title in DELIVERABLES)
    assert "Fill it in</a>" not in html  # the gaps are the mentee's to fill
    assert course.ben.client.get(url).status_code == 404
    assert course.noor.client.get(url).status_code == 404
    assert course.ana.client.get(f"/instructor/mentees/{course.noor_id}/portfolio").status_code == 404


def test_portfolio_counts_a_mentor_under_the_gap_area_chosen_for_them_as_the_strategy_page_does(actions, client):
    actions.signup()
    actions.profile(gaps_soft="Running a design review without freezing up.")
    actions.mentor(name="Rosa Park", mentor_type="technical", gap_area="soft")
    strategy_page = client.get("/mentee/strategy").get_data(as_text=True)
    soft_row = strategy_page.split('data-area="soft"')[1].split("</tr>")[0]
    assert "Rosa Park" in soft_row
    gaps = markdown(client).split("### Expertise gaps")[1].split("###")[0]
    soft = gaps.split("**Soft skills**")[1].split("\n- ")[0]
    technical = gaps.split("**Technical skills**")[1].split("\n- ")[0]
    assert "Rosa Park" in soft and "Rosa Park" not in technical
