"""A draft's history: word diffs, the findings that changed, the score trend and the pages that show them."""

import json
import re

import pytest

from coach.drafts import history


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("Quick question", "A quick question", [("delete", "Quick"), ("insert", "A quick"), ("equal", " question")]),
        ("same words", "same words", [("equal", "same words")]),
        ("", "new text", [("insert", "new text")]),
        ("old text", "", [("delete", "old text")]),
        ("Thanks,\nAna", "Thank you,\nAna", [("delete", "Thanks"), ("insert", "Thank you"), ("equal", ",\nAna")]),
        (
            "I've been reading",
            "We've been reading",
            [("delete", "I've"), ("insert", "We've"), ("equal", " been reading")],
        ),
        (
            "I\u2019ve read it",
            "I\u2019d read it",
            [("delete", "I\u2019ve"), ("insert", "I\u2019d"), ("equal", " read it")],
        ),
    ],
)
def test_word_diff_changes_whole_words(old, new, expected):
    assert history.word_diff(old, new) == expected


def test_word_diff_rebuilds_both_texts_exactly():
    old = "Hi Kenji,\n\nI read your article. Could we talk for 20 minutes?\n\nAna 🙂"
    new = "Hi Kenji,\n\nI read your talk notes. Could we talk for 15 minutes next week?\n\nAna 🙂"
    parts = history.word_diff(old, new)
    assert "".join(t for op, t in parts if op != "insert") == old
    assert "".join(t for op, t in parts if op != "delete") == new


def finding(code, severity="minor"):
    return {"rubric": "clarity", "code": code, "severity": severity, "message": code, "evidence": None, "fix": ""}


def test_changed_findings_name_what_was_fixed_what_is_new_and_what_remains():
    old = {"findings": [finding("vague_subject", "major"), finding("no_time_bound"), finding("greets", "praise")]}
    new = {"findings": [finding("no_time_bound"), finding("long_sentence")]}
    changed = history.changed_findings(old, new)
    assert [f["code"] for f in changed["fixed"]] == ["vague_subject"]
    assert [f["code"] for f in changed["new"]] == ["long_sentence"]
    assert [f["code"] for f in changed["kept"]] == ["no_time_bound"]


def test_changed_findings_of_a_revision_without_critique_is_all_new():
    assert [f["code"] for f in history.changed_findings(None, {"findings": [finding("x")]})["new"]] == ["x"]


def revision(number, overall, **scores):
    return {
        "number": number,
        "overall": overall,
        **{r: scores.get(r, overall) for r in ("clarity", "brevity", "value", "professionalism")},
    }


def test_trend_chart_puts_higher_scores_higher_and_skips_unscored_revisions():
    chart = history.trend_chart([revision(1, 2.0), revision(2, None), revision(3, 4.5)])
    overall = next(s for s in chart["series"] if s["name"] == "overall")
    assert [d["number"] for d in overall["dots"]] == [1, 3]
    assert overall["dots"][1]["y"] < overall["dots"][0]["y"]  # SVG y grows downwards
    assert [t["number"] for t in chart["x_ticks"]] == [1, 2, 3]


def test_trend_chart_keeps_out_of_range_scores_inside_the_plot():
    chart = history.trend_chart([revision(1, 9.0), revision(2, -1.0)])
    ys = [d["y"] for d in chart["series"][0]["dots"]]
    assert min(ys) >= chart["top"] and max(ys) <= chart["bottom_y"]


def test_diff_page_shows_word_changes_fixed_findings_and_trend(mentee, client):
    actions, _, draft_id = mentee
    actions.revise(draft_id, "hey", "hi. can u help me")
    actions.revise(
        draft_id,
        "A 20-minute question about your threat-modelling talk",
        "Hi Kenji,\n\nCould we talk for 20 minutes next week about moving into security?\n\nThanks,\nAna",
    )
    page = client.get(f"/mentee/drafts/{draft_id}/diff?a=2&b=3").get_data(as_text=True)
    assert "What changed from revision 2 to 3" in page
    assert "<del>hey</del>" in page
    assert re.search(r"<ins>[^<]*threat-modelling", page)
    fixed = page.split('id="fixed-heading"')[1].split("</section>")[0]
    assert "<li>" in fixed  # the vague two-word message had problems the third revision fixed
    assert '<title id="trend-title">Scores by revision</title>' in page


def test_diff_page_names_findings_in_plain_words_not_internal_codes(mentee, client):
    actions, _, draft_id = mentee
    actions.revise(
        draft_id,
        "A 20-minute question about your threat-modelling talk",
        "Hi Kenji,\n\nCould we talk for 20 minutes next week about moving into security?\n\nThanks,\nAna",
    )
    long = (
        "I have been thinking that it would be really very helpful if I could perhaps get some of your "
        "thoughts on how someone like me who has been doing backend work for years might begin to move "
        "into security work without losing everything I have learned so far in my career"
    )
    actions.revise(
        draft_id,
        "A 20-minute question about your threat-modelling talk",
        f"Hi Kenji,\n\n{long}.\n\nCould we talk for 20 minutes next week?\n\nThanks,\nAna",
    )
    page = client.get(f"/mentee/drafts/{draft_id}/diff?a=2&b=3").get_data(as_text=True)
    new = page.split('id="new-heading"')[1].split("</section>")[0]
    assert "Sentence too long" in new
    assert "long_sentence" not in page and "<code>" not in page


def test_every_finding_code_of_the_coach_has_a_plain_title():
    from coach.engine.rules import RULES
    from coach.engine.titles import TITLES, title_of

    assert set(RULES) <= set(TITLES)
    assert title_of("some_new_code") == "Some new code"


def test_diff_page_defaults_to_the_last_two_revisions(mentee, client):
    actions, _, draft_id = mentee
    actions.revise(draft_id, "Second subject", "Second body.")
    page = client.get(f"/mentee/drafts/{draft_id}/diff").get_data(as_text=True)
    assert "What changed from revision 1 to 2" in page
    assert '<option value="1" selected' in page and '<option value="2" selected' in page


@pytest.mark.parametrize("query", ["a=1&b=9", "a=0&b=1"])
def test_diff_of_a_revision_that_does_not_exist_is_not_found(mentee, client, query):
    _, _, draft_id = mentee
    assert client.get(f"/mentee/drafts/{draft_id}/diff?{query}").status_code == 404


def test_another_users_diff_is_not_found(mentee, client, actions):
    _, _, draft_id = mentee
    actions.signout()
    actions.signup(email="bo@example.com", name="Bo")
    assert client.get(f"/mentee/drafts/{draft_id}/diff?a=1&b=1").status_code == 404


def test_editor_carries_the_context_as_inert_json_even_with_script_tags_in_the_research(actions, client):
    actions.signup()
    actions.profile(offer="</script><script>alert(1)</script>")
    draft_id = actions.draft(actions.mentor())
    page = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    block = re.search(r'<script type="application/json" id="draft-context">(.*?)</script>', page, re.S)
    assert block, "no context data block"
    context = json.loads(block.group(1))
    assert context["mentee"]["offer"] == "</script><script>alert(1)</script>"
    assert context["ask"]["minutes"] == 20
    assert "<script>alert(1)" not in page


def test_editor_shows_phone_preview_and_history_chart_without_javascript(mentee, client):
    actions, _, draft_id = mentee
    actions.revise(draft_id, "Second subject", "Second body.")
    page = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert 'id="phone-subject">Second subject<' in page
    assert f'href="/mentee/drafts/{draft_id}/diff"' in page
    assert 'class="series series-overall"' in page


# Long histories (issue 17): pages of 20, newest first, and a picker that finds revisions by number or words.


def _many_revisions(db, draft_id, count):
    """Save revisions 2..count+1 straight through the store, each critiqued; subjects name their number."""
    from coach import engine, store

    critique = engine.critique("A subject", "Hi,\n\nTwenty minutes?\n\nAna", {})
    with db.atomic():
        for n in range(2, count + 2):
            revision_id, _ = store.insert_revision(
                db, draft_id, f"Subject number {n}", f"Body {n} of 100% effort_x", "edit"
            )
            store.insert_critique(db, revision_id, critique)


def _listed(page):
    return [int(n) for n in re.findall(r'<td><a href="/mentee/drafts/\d+/revisions/(\d+)">', page)]


def test_editor_lists_the_newest_twenty_revisions_and_links_to_older_ones(mentee, client, db):
    _, _, draft_id = mentee
    _many_revisions(db, draft_id, 44)  # 45 revisions in all
    page = client.get(f"/mentee/drafts/{draft_id}").get_data(as_text=True)
    assert _listed(page) == list(range(45, 25, -1))
    assert "Revisions 1–20 of 45, newest first." in page
    assert f'href="/mentee/drafts/{draft_id}?page=2">Older revisions' in page and "Newer revisions" not in page
    assert page.count("<circle") == 5 * 20  # the chart plots the page shown
    last = client.get(f"/mentee/drafts/{draft_id}?page=3").get_data(as_text=True)
    assert _listed(last) == [5, 4, 3, 2, 1] and "Newer revisions" in last


def test_revision_page_lists_revisions_a_page_at_a_time(mentee, client, db):
    _, _, draft_id = mentee
    _many_revisions(db, draft_id, 24)
    page = client.get(f"/mentee/drafts/{draft_id}/revisions/3?page=2").get_data(as_text=True)
    assert "<h1>Revision 3</h1>" in page and _listed(page) == [5, 4, 3, 2, 1]
    assert f'href="/mentee/drafts/{draft_id}/revisions/3?page=1">Newer revisions' in page


def test_diff_picker_lists_a_page_and_always_the_two_compared(mentee, client, db):
    _, _, draft_id = mentee
    _many_revisions(db, draft_id, 44)
    page = client.get(f"/mentee/drafts/{draft_id}/diff?a=1&b=45").get_data(as_text=True)
    assert "What changed from revision 1 to 45" in page
    picker = page.split('id="compare-a"')[1].split("</select>")[0]
    assert re.findall(r'<option value="(\d+)"', picker) == [str(n) for n in range(45, 25, -1)] + ["1"]
    assert '<option value="1" selected' in picker
    assert f'href="/mentee/drafts/{draft_id}/diff?a=1&amp;b=45&amp;page=2">Older revisions' in page


@pytest.mark.parametrize(
    "query, found",
    [
        ("number 37", [37]),
        ("#12", [12]),
        ("12", [12]),
        ("100%", list(range(45, 25, -1))),
        ("effort%x", []),
        ("rt_x", list(range(45, 25, -1))),
    ],
)
def test_diff_picker_finds_revisions_by_number_or_words_without_javascript(mentee, client, db, query, found):
    _, _, draft_id = mentee
    _many_revisions(db, draft_id, 44)
    page = client.get(f"/mentee/drafts/{draft_id}/diff", query_string={"q": query}).get_data(as_text=True)
    assert f'name="q" value="{query}"' in page
    assert _listed(page) == found
    picker = page.split('id="compare-b"')[1].split("</select>")[0]
    assert set(re.findall(r'<option value="(\d+)"', picker)) == {str(n) for n in found} | {"44", "45"}
