"""Accounts in Chromium (issue 18): change the password, recover a forgotten one through the link the server
logs when no mail is configured, delete a mentor through its confirmation (and undo it), close the account."""

import logging
import re

import pytest

from tests.browser.conftest import PASSWORD, add_mentor, sign_up

LINK = re.compile(r"https?://\S+/auth/reset/[\w-]+")


def sign_in(page, base_url, email, password):
    page.goto(f"{base_url}/auth/signin")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page):
    page.get_by_role("button", name="Sign out", exact=True).click()
    page.wait_for_url(re.compile(r"/$"))


def test_changing_the_password_signs_out_the_other_browser(page, browser, live_server):
    email = sign_up(page, live_server)
    other = browser.new_context().new_page()
    sign_in(other, live_server, email, PASSWORD)
    other.wait_for_url(re.compile(r"/mentee/?$"))

    page.get_by_role("link", name="Account").click()
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password").fill("a fresh passphrase")
    page.get_by_role("button", name="Change password").click()
    assert page.get_by_text("Your password is changed. 1 other session signed out.").is_visible()

    other.goto(f"{live_server}/mentee/")
    assert "/auth/signin" in other.url
    other.context.close()
    sign_out(page)
    sign_in(page, live_server, email, "a fresh passphrase")
    page.wait_for_url(re.compile(r"/mentee/?$"))


class Captured(logging.Handler):
    """Keeps what the server logs, as the admin of a course without mail would read it."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def server_log():
    handler = Captured()
    logger = logging.getLogger("coach.mail")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def test_a_forgotten_password_is_reset_with_the_link_from_the_server_log(page, live_server, server_log):
    email = sign_up(page, live_server)
    sign_out(page)
    page.goto(f"{live_server}/auth/signin")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill(email)
    page.get_by_role("button", name="Send the reset link").click()
    assert page.get_by_role("heading", name="Check your mail").is_visible()

    link = next(LINK.search(line).group(0) for line in server_log.lines if email in line)
    page.goto(link)
    page.get_by_label("New password").fill("remembered at last")
    page.get_by_role("button", name="Set the new password").click()
    page.wait_for_url(re.compile(r"/auth/signin$"))
    assert page.get_by_text("Your new password is set").is_visible()
    sign_in(page, live_server, email, "remembered at last")
    page.wait_for_url(re.compile(r"/mentee/?$"))
    page.goto(link)
    assert page.get_by_role("heading", name="This reset link cannot be used").is_visible()


def test_deleting_a_mentor_shows_what_goes_and_can_be_undone(page, live_server):
    sign_up(page, live_server)
    mentor_url = add_mentor(page, live_server, name="Kenji Watanabe")
    page.goto(mentor_url)
    page.get_by_role("link", name="Delete Kenji Watanabe").click()
    assert page.get_by_role("heading", name="Delete the mentor Kenji Watanabe?").is_visible()
    assert page.locator(".delete-counts li").first.inner_text() == "1 mentor"
    page.get_by_role("button", name="Delete the mentor Kenji Watanabe").click()
    page.wait_for_url(re.compile(r"/mentee/mentors$"))
    assert page.get_by_text("Deleted the mentor Kenji Watanabe.").is_visible()
    assert page.get_by_text("No mentors yet.").is_visible()

    page.get_by_role("button", name="Undo").click()
    assert page.get_by_text("Restored the mentor Kenji Watanabe.").is_visible()
    assert page.get_by_role("link", name="Kenji Watanabe").first.is_visible()


def test_closing_the_account_deletes_it_and_signs_out(page, live_server):
    email = sign_up(page, live_server)
    add_mentor(page, live_server)
    page.get_by_role("link", name="Account").click()
    page.get_by_role("link", name="Close your account").click()
    assert page.get_by_text("1 mentor", exact=True).is_visible()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Close my account and delete everything").click()
    assert page.get_by_text("Your password is not your current password.").first.is_visible()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Close my account and delete everything").click()
    page.wait_for_url(re.compile(r"/$"))
    assert page.get_by_text("Your account is closed and everything in it is deleted.").is_visible()
    sign_in(page, live_server, email, PASSWORD)
    assert page.locator("#password-error").get_by_text("Password does not match that email").is_visible()
