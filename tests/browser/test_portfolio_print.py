"""Printing the portfolio in Chromium: a PDF with the four deliverables, one per page, without the site menus."""

import shutil
import subprocess

import pytest

from coach.portfolio.services import DELIVERABLES
from tests.browser.conftest import add_mentor, add_profile, sign_up


def pdf_pages(path):
    """The text of each page of a PDF, through poppler's pdftotext (installed by scripts/install-test-browser.sh)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is missing: run scripts/install-test-browser.sh (apt-get install poppler-utils)")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_printed_portfolio_holds_the_four_deliverables_each_on_its_own_page(page, live_server, tmp_path):
    sign_up(page, live_server, name="Ana Lima")
    add_profile(page, live_server)
    add_mentor(page, live_server)
    page.goto(f"{live_server}/mentee/portfolio")
    assert page.get_by_role("button", name="Print or save as PDF").is_visible()  # print.js revealed it

    pdf = tmp_path / "portfolio.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    pages = pdf_pages(pdf)

    first_page_of = {}
    for title in DELIVERABLES:
        first_page_of[title] = next(i for i, text in enumerate(pages) if title in text)
    assert sorted(first_page_of.values()) == list(first_page_of.values())  # in the lesson's order
    assert len(set(first_page_of.values())) == 4  # a page break before each deliverable
    assert "Mentorship portfolio: Ana Lima" in pages[0]
    assert "Kenji Watanabe" in " ".join(pages)
    assert not any("Sign out" in text or "Download Markdown" in text for text in pages)
