"""Outgoing mail: through a real SMTP server when COACH_SMTP_URL is set, else into the server log.

    smtp://user:pass@mail.example.org:587   STARTTLS (required, except to a relay on this machine)
    smtps://user:pass@mail.example.org:465  TLS from the first byte

Mail goes out on a background thread, so a page that sends mail answers as fast as one that does not
(the forgotten-password page must not hint by its timing whether an account exists).
"""

import logging
import smtplib
import ssl
import threading
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

log = logging.getLogger("coach.mail")
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
TIMEOUT = 20
DEFAULT_FROM = "Outreach Coach <no-reply@localhost>"


class MailConfigError(ValueError):
    """COACH_SMTP_URL cannot be used as written; the message says why."""


def smtp_settings(url):
    """Read COACH_SMTP_URL into {"host", "port", "user", "password", "implicit_tls"}."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise MailConfigError("COACH_SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465")
    implicit = parts.scheme == "smtps"
    return {
        "host": parts.hostname,
        "port": parts.port or (465 if implicit else 587),
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "implicit_tls": implicit,
    }


def build_message(sender, to, subject, body):
    """A plain-text message."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content(body)
    return message


def _connect(settings):
    context = ssl.create_default_context()
    if settings["implicit_tls"]:
        return smtplib.SMTP_SSL(settings["host"], settings["port"], timeout=TIMEOUT, context=context)
    smtp = smtplib.SMTP(settings["host"], settings["port"], timeout=TIMEOUT)
    smtp.ehlo()
    if smtp.has_extn("starttls"):
        smtp.starttls(context=context)
        smtp.ehlo()
    elif settings["host"] not in LOOPBACK:
        # Never send a password or a reset link across a network in clear text.
        smtp.quit()
        raise MailConfigError(f"{settings['host']} does not offer STARTTLS; use smtps:// or a server that does")
    return smtp


def deliver(settings, message):
    """Send one message through the SMTP server now (raises on failure)."""
    with _connect(settings) as smtp:
        if settings["user"]:
            smtp.login(settings["user"], settings["password"] or "")
        smtp.send_message(message)


def _deliver_logged(settings, message):
    try:
        deliver(settings, message)
    except (OSError, smtplib.SMTPException, MailConfigError) as exc:
        log.error("could not send mail to %s through %s:%s: %s", message["To"], settings["host"], settings["port"], exc)


def send(config, to, subject, body, log_instead=None):
    """Send a message in the background through COACH_SMTP_URL; with none set, log `log_instead` (or the body).

    Returns the thread sending it (None when logged), so tests and the command line can wait for it.
    """
    url = config.get("COACH_SMTP_URL")
    if not url:
        log.warning("%s (COACH_SMTP_URL is not set, so no mail was sent)", log_instead or body)
        return None
    message = build_message(config.get("COACH_MAIL_FROM") or DEFAULT_FROM, to, subject, body)
    thread = threading.Thread(target=_deliver_logged, args=(smtp_settings(url), message), daemon=True)
    thread.start()
    return thread
