"""The draft editor in Chromium: live scores while typing, evidence in place, saving, history and diffs."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import open_draft, screenshot, wait_for_live_check

pytestmark = pytest.mark.browser

LONG_BODY = (
    "Hi Kenji,\n\nI read your article on threat modelling for teams without a security team and used its "
    "checklist in our last design review. I am a backend developer with four years of Go and PostgreSQL, "
    "moving into application security.\n\nWould you have 20 minutes for a video call in the next two weeks "
    "to talk about how you made that move? In return I can share the anonymised notes from our "
    "threat-modelling session as a case study.\n\nThank you,\nAna"
)


def live_scores(page):
    """The live panel's overall score and four rubric scores as shown."""
    panel = page.locator("#live-panel")
    return [panel.locator(".overall").inner_text()] + [
        panel.locator(f"[data-rubric={r}]").inner_text() for r in ("clarity", "brevity", "value", "professionalism")
    ]


def save(page, expected_number):
    """Press Save and wait for the page to show the new revision."""
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.get_by_text(f"Saved revision {expected_number}.")).to_be_visible()


def test_new_mentee_types_sees_live_scores_saves_three_revisions_and_reads_the_diff_and_trend(page, live_server):
    draft_url = open_draft(page, live_server)
    wait_for_live_check(page)
    first = live_scores(page)
    revisions_before = page.locator("table.revisions tbody tr").count()

    page.get_by_label("Message").fill("hi. can u help me")
    wait_for_live_check(page)
    expect(page.locator("#live-panel .overall")).not_to_have_text(first[0])
    assert live_scores(page) != first
    assert page.locator("table.revisions tbody tr").count() == revisions_before == 1  # nothing saved
    screenshot(page, "editor-live-check", full_page=True)

    save(page, 2)
    page.get_by_label("Subject").fill("A 20-minute question about your threat-modelling article")
    page.get_by_label("Message").fill(LONG_BODY)
    save(page, 3)
    page.get_by_label("Message").fill(LONG_BODY.replace("Thank you,", "Thanks for reading,"))
    save(page, 4)
    assert page.url == draft_url
    expect(page.locator("table.revisions tbody tr")).to_have_count(4)
    expect(page.locator("#trend-title")).to_have_text("Scores by revision")
    expect(page.locator("figure.trend g.series-overall circle")).to_have_count(4)
    screenshot(page, "editor-after-saves", full_page=True)

    page.get_by_role("link", name="Compare revisions").click()
    page.get_by_label("From revision").select_option("2")
    page.get_by_label("To revision").select_option("3")
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"/diff\?a=2&b=3$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("What changed from revision 2 to 3")
    expect(page.locator(".diff ins").first).to_be_visible()
    assert "threat-modelling" in " ".join(page.locator(".diff ins").all_inner_texts())
    expect(page.locator("figure.trend")).to_be_visible()
    screenshot(page, "diff", full_page=True)


def test_choosing_a_finding_highlights_exactly_the_quoted_words(page, live_server):
    open_draft(page, live_server)
    page.get_by_label("Subject").fill("Quick question")
    page.get_by_label("Message").fill(
        "Hi,\n\nI just wanted to reach out and pick your brain sometime if you are free. Let me know!\n\nAna"
    )
    wait_for_live_check(page)
    links = page.locator("#live-panel .evidence-link")
    assert links.count() > 0, "the built-in coach quoted nothing from a vague message"
    for i in range(links.count()):
        link = links.nth(i)
        finding = link.get_attribute("data-finding")
        marked = page.eval_on_selector_all(
            f'.hl-mirror mark[data-findings~="{finding}"]', "marks => marks.map(m => m.textContent).join('')"
        )
        assert marked == link.text_content()
    links.first.click()
    field_id = page.evaluate("document.activeElement.id")
    selected = page.evaluate(
        "(() => { const f = document.activeElement; return f.value.slice(f.selectionStart, f.selectionEnd); })()"
    )
    assert field_id in ("subject", "body")
    assert selected == links.first.inner_text()


def test_html_typed_into_the_body_shows_as_text(page, live_server):
    open_draft(page, live_server)
    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script><b id="injected">bold</b>'
    page.get_by_label("Message").fill(f"Hi Kenji,\n\n{attack}\n\nAna")
    page.get_by_label("Subject").fill("</script><script>alert(3)</script>")
    wait_for_live_check(page)
    save(page, 2)
    expect(page.locator("#phone-preview")).to_contain_text('<img src=x onerror="alert(1)">')
    assert page.locator("#injected").count() == 0
    assert page.locator("main img").count() == 0
    assert page.get_by_label("Message").input_value().count("<script>alert(2)</script>") == 1
    assert page.dialogs == []


def test_text_typed_before_a_failed_save_is_still_there_after_reload(page, live_server):
    draft_url = open_draft(page, live_server)
    page.route(
        re.compile(r"/mentee/drafts/\d+$"),
        lambda route: route.abort() if route.request.method == "POST" else route.continue_(),
    )
    page.get_by_label("Message").fill("Text I must not lose.")
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.locator("#save-status")).to_contain_text("Not saved")
    assert page.get_by_label("Message").input_value() == "Text I must not lose."

    page.unroute(re.compile(r"/mentee/drafts/\d+$"))
    page.goto(draft_url)
    expect(page.get_by_label("Message")).to_have_value("Text I must not lose.")
    expect(page.locator("#save-status")).to_contain_text("Restored unsaved text from")
    page.get_by_role("button", name="Discard").click()
    expect(page.get_by_label("Message")).not_to_have_value("Text I must not lose.")


def test_a_server_error_on_save_keeps_the_page_and_says_so(page, live_server):
    open_draft(page, live_server)
    page.route(
        re.compile(r"/mentee/drafts/\d+$"),
        lambda route: (
            route.fulfill(
                status=500, content_type="text/html", body="<main><h1>Something went wrong on our side</h1></main>"
            )
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    page.get_by_label("Message").fill("Still here after a 500.")
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.locator("#save-status")).to_contain_text("Something went wrong on our side (error 500)")
    expect(page.get_by_label("Message")).to_have_value("Still here after a 500.")


def test_editor_fits_a_phone_screen(page, live_server):
    open_draft(page, live_server)
    page.set_viewport_size({"width": 375, "height": 800})
    wait_for_live_check(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    screenshot(page, "editor-375px", full_page=True)


def test_without_javascript_the_editor_still_saves_and_compares(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        open_draft(page, live_server)
        expect(page.locator("#live-check")).to_be_hidden()
        page.get_by_label("Message").fill("Hi Kenji,\n\nCould we talk for 20 minutes next week?\n\nThanks,\nAna")
        page.get_by_role("button", name="Save revision 2").click()
        expect(page.get_by_text("Saved revision 2.")).to_be_visible()
        page.get_by_role("link", name="Compare revisions").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("What changed from revision 1 to 2")
        expect(page.locator(".diff ins").first).to_be_visible()
    finally:
        context.close()


def test_a_save_after_the_session_ended_keeps_the_text_and_says_so(page, live_server):
    draft_url = open_draft(page, live_server)
    page.get_by_label("Message").fill("Typed before my session ended.")
    page.context.clear_cookies()
    page.get_by_role("button", name=re.compile(r"^Save revision")).click()
    expect(page.locator("#save-status")).to_contain_text("Not saved")
    expect(page.get_by_label("Message")).to_have_value("Typed before my session ended.")
    assert page.url == draft_url


def test_the_words_shown_while_typing_are_the_words_the_length_finding_counts(page, live_server):
    open_draft(page, live_server)
    page.get_by_label("Subject").fill("A question on async HAL crates")
    page.get_by_label("Message").fill(
        "Hi Mei,\n\nI read your post at https://example.org/posts/rust-async-embedded and tried it on two boards. "
        "Could we talk for 15 minutes about the follow-up? My email is ravi.k@example.com.\n\nThanks,\nRavi\n\n"
        "P.S. The well-known HAL crate worked first time."
    )
    wait_for_live_check(page)
    words = page.locator("#live-stats div", has_text="Words").locator("dd").inner_text()
    assert words.split()[0] == "32"
    expect(page.locator("#live-panel")).to_contain_text("At 32 words")
