"""Forgotten passwords (issue 18): the same answer for any email, a one-time link for an hour sent through a
real SMTP server (aiosmtpd on 127.0.0.1) or written to the log, and a new password that signs out everywhere."""

import logging
import re
import socket
import time
from datetime import timedelta
from email import message_from_bytes, policy
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner

from coach import sessions
from coach.cli import cli
from tests.conftest import Actions
from tests.test_sessions import Clock

LINK = re.compile(r"https?://\S+/auth/reset/[\w-]+")


class Inbox:
    """An aiosmtpd handler that keeps every message it is given and the logins it saw."""

    def __init__(self):
        self.messages, self.logins = [], []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 OK"

    def wait(self, count=1, seconds=10):
        deadline = time.monotonic() + seconds
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 that takes the login mentor/s3cret and keeps what it receives."""
    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        inbox.logins.append(auth_data.login)
        ok = auth_data.login == b"mentor" and auth_data.password == b"s3cret"
        return AuthResult(success=ok)

    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_require_tls=False)
    controller.start()
    inbox.url = f"smtp://mentor:s3cret@127.0.0.1:{port}"
    yield inbox
    controller.stop()


def _forgot(actions, email):
    return actions.post("/auth/forgot", {"email": email})


def _path(link):
    return urlsplit(link).path


def test_forgot_answers_the_same_whether_or_not_the_email_has_an_account(app, actions, client):
    actions.signup()
    actions.signout()
    known = _forgot(actions, "ana@example.com")
    unknown = _forgot(actions, "nobody@example.com")
    assert known.status_code == unknown.status_code == 200
    assert known.get_data(as_text=True).replace("ana@example.com", "X") == unknown.get_data(as_text=True).replace(
        "nobody@example.com", "X"
    )


def test_the_reset_mail_goes_through_smtp_and_its_link_sets_a_new_password(app, actions, client, smtp_server, db):
    app.config.update(
        COACH_SMTP_URL=smtp_server.url,
        COACH_MAIL_FROM="Course <course@example.org>",
        COACH_BASE_URL="https://coach.example.org",
    )
    actions.signup()
    other_browser = Actions(app.test_client())
    other_browser.signin()
    actions.signout()
    assert _forgot(actions, "ana@example.com").status_code == 200
    [message] = smtp_server.wait()
    assert smtp_server.logins == [b"mentor"]
    assert message["To"] == "ana@example.com"
    assert message["From"] == "Course <course@example.org>"
    link = LINK.search(message.get_content()).group(0)
    assert link.startswith("https://coach.example.org/auth/reset/")
    token = link.rsplit("/", 1)[1]
    assert token not in str(list(db["password_resets"].rows))  # only its hash is stored

    assert client.get(_path(link)).status_code == 200
    response = actions.post(_path(link), {"new_password": "a brand new one"})
    assert response.status_code == 302 and response.headers["Location"] == "/auth/signin"
    assert other_browser.client.get("/mentee/").status_code == 302  # every session ended
    assert actions.signin(password="correct horse").status_code == 400
    assert actions.signin(password="a brand new one").status_code == 302
    assert client.get(_path(link)).status_code == 404  # used once


def test_without_smtp_the_link_goes_to_the_log(app, actions, client, caplog):
    actions.signup()
    actions.signout()
    with caplog.at_level(logging.WARNING, logger="coach.mail"):
        _forgot(actions, "ana@example.com")
    link = LINK.search(caplog.text).group(0)
    assert "ana@example.com" in caplog.text
    assert client.get(_path(link)).status_code == 200


def test_no_mail_and_no_link_for_an_unknown_email(app, actions, caplog, smtp_server):
    app.config.update(COACH_SMTP_URL=smtp_server.url)
    with caplog.at_level(logging.WARNING, logger="coach.mail"):
        _forgot(actions, "nobody@example.com")
    assert smtp_server.wait(seconds=0.5) == []
    assert not LINK.search(caplog.text)


def test_the_command_line_prints_a_working_link(app, actions, client):
    actions.signup()
    actions.signout()
    result = CliRunner().invoke(
        cli,
        ["reset-link", "ANA@example.com", "--database", app.config["DATABASE"], "--base-url", "http://127.0.0.1:5000"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    link = LINK.search(result.output).group(0)
    actions.post(_path(link), {"new_password": "from the terminal"})
    assert actions.signin(password="from the terminal").status_code == 302


def test_the_command_line_names_an_unknown_email(app):
    result = CliRunner().invoke(cli, ["reset-link", "nobody@example.com", "--database", app.config["DATABASE"]])
    assert result.exit_code != 0
    assert "no account has the email 'nobody@example.com'" in result.output


def test_a_reset_link_expires_after_an_hour(app, actions, client, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(sessions, "utcnow", clock)
    actions.signup()
    actions.signout()
    path = _path(_cli_link(app))
    clock.now += timedelta(minutes=59)
    assert client.get(path).status_code == 200
    clock.now += timedelta(minutes=2)
    response = client.get(path)
    assert response.status_code == 404
    assert "expired" in response.get_data(as_text=True)


def _cli_link(app, email="ana@example.com"):
    result = CliRunner().invoke(
        cli, ["reset-link", email, "--database", app.config["DATABASE"]], catch_exceptions=False
    )
    return LINK.search(result.output).group(0)


def test_a_new_password_retires_older_links(app, actions, client):
    actions.signup()
    actions.signout()
    first, second = _path(_cli_link(app)), _path(_cli_link(app))
    actions.post(second, {"new_password": "the second link"})
    assert client.get(first).status_code == 404


def test_a_short_new_password_is_refused_on_the_reset_page(app, actions):
    actions.signup()
    actions.signout()
    path = _path(_cli_link(app))
    response = actions.post(path, {"new_password": "short"})
    assert response.status_code == 400
    assert "New password must be 8 to 200 characters long." in response.get_data(as_text=True)


def test_one_email_gets_at_most_three_mails_an_hour_and_the_page_does_not_change(app, actions, smtp_server):
    app.config.update(COACH_SMTP_URL=smtp_server.url)
    actions.signup()
    actions.signout()
    pages = {_forgot(actions, "ana@example.com").get_data(as_text=True) for _ in range(5)}
    assert len(pages) == 1
    time.sleep(0.5)
    assert len(smtp_server.wait(count=3)) == 3


def test_one_address_asking_for_many_emails_is_told_to_wait(app, actions):
    statuses = [_forgot(actions, f"person{n}@example.com").status_code for n in range(11)]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429


@pytest.mark.parametrize(
    "url, expected",
    [
        ("smtp://mentor:s%40cret@mail.example.org:587", ("mail.example.org", 587, "mentor", "s@cret", False)),
        ("smtp://mail.example.org", ("mail.example.org", 587, None, None, False)),
        ("smtps://u:p@mail.example.org", ("mail.example.org", 465, "u", "p", True)),
    ],
)
def test_the_smtp_url_is_read_with_its_defaults(url, expected):
    from coach import mail

    got = mail.smtp_settings(url)
    assert (got["host"], got["port"], got["user"], got["password"], got["implicit_tls"]) == expected


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://", "mail.example.org:587"])
def test_an_smtp_url_that_cannot_work_is_named(url):
    from coach import mail

    with pytest.raises(mail.MailConfigError, match="COACH_SMTP_URL must look like"):
        mail.smtp_settings(url)


def test_a_server_without_starttls_gets_no_password_unless_it_is_on_this_machine(smtp_server, monkeypatch):
    from coach import mail

    message = mail.build_message("a@example.org", "b@example.org", "Hello", "Body")
    monkeypatch.setattr(mail, "LOOPBACK", set())  # as if 127.0.0.1 were a server across the network
    with pytest.raises(mail.MailConfigError, match="does not offer STARTTLS"):
        mail.deliver(mail.smtp_settings(smtp_server.url), message)
    assert smtp_server.logins == [] and smtp_server.wait(seconds=0.3) == []
