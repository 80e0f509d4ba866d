"""Research from a link: fetch a mentor's article or talk page and propose a title and summary.

The page is untrusted. Every hop (the first URL and each redirect, followed by hand, at most
MAX_REDIRECTS) must be http(s) on port 80 or 443 and resolve only to public addresses, so the
server cannot be steered at itself, the private network or a cloud metadata service. The connection
goes to the very address that was checked (the name is resolved once: no second lookup a rebinding
DNS server could answer differently), while the Host header, SNI and the certificate check keep the
name. No proxy from the environment is used. The whole fetch, every hop with its connect and reads,
has one deadline (COACH_FETCH_DEADLINE seconds), so a server dripping bytes cannot hold a worker.
The body is read streaming up to MAX_BYTES, only as HTML, parsed to plain text; links in it are
never followed.
"""

import ipaddress
import socket
import threading
import time
from collections import namedtuple
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

TIMEOUT_SECONDS = 5  # for one connect or one read; the deadline bounds them all together
DEADLINE_SECONDS = 10
MAX_BYTES = 1024 * 1024
MAX_REDIRECTS = 3
SUMMARY_CHARS = 600
TITLE_CHARS = 300
ALLOWED_PORTS = {"http": 80, "https": 443}
HTML_TYPES = ("text/html", "application/xhtml+xml")
BLOCKED_NAMES = {"metadata.google.internal", "metadata", "localhost"}
METADATA_ADDRESSES = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
HEADERS = {
    "User-Agent": "OutreachCoach/0.1 (research notes; one page, no crawling)",
    "Accept": "text/html,application/xhtml+xml;q=0.9",
}
Checked = namedtuple("Checked", "url address")  # a URL judged safe, and the address it must be fetched from


class FetchError(ValueError):
    """A link that cannot or must not be fetched; the message says why, for the URL field."""


def resolve(host, port):
    """Return every address `host` resolves to (tests replace this; the app uses the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"the host {host} could not be found.") from exc
    return [info[4][0] for info in infos]


def is_public_address(address):
    """True when `address` is a public unicast address, including inside IPv4-mapped IPv6."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        # An IPv4 address wrapped in IPv6 (mapped, 6to4) reaches that IPv4 host: judge the inner one.
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    if ip in METADATA_ADDRESSES:
        return False
    blocked = (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )
    return ip.is_global and not blocked


def _is_ip_literal(host):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def check_url(url):
    """Refuse a URL whose scheme, port or resolved addresses are not safe to fetch; return it cleaned, with the
    address to connect to (Checked)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError("is not a valid web address.") from exc
    if parts.scheme not in ALLOWED_PORTS:
        raise FetchError("must start with http:// or https://.")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise FetchError("has no host name.")
    if parts.username or parts.password:
        raise FetchError("must not contain a user name or password.")
    if port not in (None, ALLOWED_PORTS[parts.scheme]):
        raise FetchError("uses an unusual port; only the standard web ports 80 and 443 are fetched.")
    if host in BLOCKED_NAMES or host.endswith((".localhost", ".internal")):
        raise FetchError("points at a private or internal address, which is never fetched.")
    addresses = [host] if _is_ip_literal(host) else resolve(host, port or ALLOWED_PORTS[parts.scheme])
    if not addresses or not all(is_public_address(a) for a in addresses):
        raise FetchError("points at a private or internal address, which is never fetched.")
    return Checked(parts.geturl(), addresses[0])


class Deadline:
    """One time limit for a whole fetch: what is left of it, and a watchdog that cuts the connection at the end."""

    def __init__(self, seconds):
        self.seconds, self.ends = seconds, time.monotonic() + seconds
        self._sockets, self._lock, self.expired = [], threading.Lock(), False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self):
        self._timer.start()
        return self

    def __exit__(self, *exc):
        self._timer.cancel()

    def remaining(self):
        """Seconds left, for a connect or read timeout; FetchError once none are."""
        left = self.ends - time.monotonic()
        if left <= 0 or self.expired:
            raise self.error()
        return left

    def error(self):
        """The error a fetch that ran out of time gets."""
        return FetchError(f"took longer than {self.seconds:g} seconds to load; check it opens in your browser.")

    def watch(self, sock):
        """Cut `sock` when the deadline passes (at once if it already has): a blocked read then returns."""
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _cut(sock)

    def _expire(self):
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _cut(sock)


def _cut(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class PinnedAdapter(HTTPAdapter):
    """Connects to the checked address instead of resolving the name again, keeping the name for the Host
    header, SNI and the certificate's host name check; every connection it opens is watched by the deadline."""

    def __init__(self, address, deadline):
        super().__init__(max_retries=0)
        self.address, self.deadline = address, deadline

    def get_connection_with_tls_context(self, request, verify, proxies=None, cert=None):
        """A pool for the checked address, with the URL's host name for TLS."""
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        if host_params["scheme"] == "https":
            pool_kwargs = {
                **pool_kwargs,
                "server_hostname": host_params["host"],
                "assert_hostname": host_params["host"],
            }
        pool = self.poolmanager.connection_from_host(**{**host_params, "host": self.address}, pool_kwargs=pool_kwargs)
        pool.ConnectionCls = _watched(pool.ConnectionCls, self.deadline)
        return pool

    def add_headers(self, request, **kwargs):
        """Name the host the URL names: the connection itself goes to an address."""
        request.headers["Host"] = urlsplit(request.url).netloc


def _watched(connection_class, deadline):
    """A subclass of `connection_class` whose sockets the deadline cuts."""
    if getattr(connection_class, "deadline", None) is deadline:
        return connection_class

    class Watched(connection_class):
        def connect(self):
            super().connect()
            deadline.watch(self.sock)

    Watched.deadline = deadline
    return Watched


def fetch_page(url, deadline_seconds=DEADLINE_SECONDS):
    """Fetch one HTML page safely, within `deadline_seconds` in all, and return {"url", "title", "summary"}."""
    with Deadline(deadline_seconds) as deadline:
        for _hop in range(MAX_REDIRECTS + 1):
            target = check_url(url)
            url = target.url
            with _get(target, deadline) as response:
                if response.is_redirect:
                    url = urljoin(url, response.headers.get("Location", ""))
                    continue
                html = _read_html(response, deadline)
            return {"url": url, **summarise(html)}
    raise FetchError(f"redirects more than {MAX_REDIRECTS} times; paste the final address instead.")


def _get(target, deadline):
    """GET the checked URL from its checked address, streaming, within what is left of the deadline."""
    wait = min(TIMEOUT_SECONDS, deadline.remaining())
    session = requests.Session()
    session.trust_env = False  # no proxy from the environment: it would resolve the name again itself
    session.mount("http://", PinnedAdapter(target.address, deadline))
    session.mount("https://", PinnedAdapter(target.address, deadline))
    try:
        return session.get(target.url, headers=HEADERS, timeout=(wait, wait), stream=True, allow_redirects=False)
    except requests.RequestException as exc:
        if deadline.expired:
            raise deadline.error() from exc
        raise FetchError(f"could not be fetched ({type(exc).__name__}); check it opens in your browser.") from exc
    finally:
        session.close()  # the response keeps its own connection until it is read


def _read_html(response, deadline):
    if response.status_code != 200:
        raise FetchError(f"answered with status {response.status_code}, not a page.")
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        raise FetchError(
            f"is not a web page (it is {content_type or 'of unknown type'}); "
            "paste the address of the article or talk page."
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(f"is larger than {MAX_BYTES // 1024:,} KB, too big to read.")
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(chunk_size=16 * 1024):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(f"is larger than {MAX_BYTES // 1024:,} KB, too big to read.")
            chunks.append(chunk)
    except requests.RequestException as exc:
        if deadline.expired:
            raise deadline.error() from exc
        raise FetchError(f"could not be read to the end ({type(exc).__name__}).") from exc
    deadline.remaining()  # a body cut short by the deadline is not a page
    return b"".join(chunks).decode(response.encoding or "utf-8", errors="replace")


def summarise(html):
    """Propose {"title", "summary"} from a page: its meta description, else its first paragraphs."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    title = parser.meta.get("og:title") or " ".join(parser.title) or ""
    summary = parser.meta.get("description") or parser.meta.get("og:description") or " ".join(parser.paragraphs)
    return {"title": _clip(title, TITLE_CHARS), "summary": _clip(summary, SUMMARY_CHARS)}


def _clip(text, limit):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class _PageParser(HTMLParser):
    """Collects the title, description meta tags and the text of the first paragraphs."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.paragraphs, self.meta = [], [], {}
        self._in_title = False
        self._skip = 0
        self._paragraph = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = (attrs.get("name") or attrs.get("property") or "").lower()
            if key in ("description", "og:description", "og:title") and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"])
        elif tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag == "p" and not self._skip and len(self.paragraphs) < 3:
            self._paragraph = []

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "p" and self._paragraph is not None:
            text = " ".join("".join(self._paragraph).split())
            if text:
                self.paragraphs.append(text)
            self._paragraph = None

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data.strip())
        elif self._paragraph is not None and not self._skip:
            self._paragraph.append(data)
