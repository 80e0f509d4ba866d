"""The link fetcher keeps one deadline for the whole fetch (a server dripping bytes cannot hold a worker) and
connects to the address it checked, resolving the name once.

A real server on 127.0.0.1 plays the mentor's site: the test resolver maps site.test to it, and the
private-address check and the port rule are relaxed for it alone (they have tests of their own)."""

import http.server
import socket
import threading
import time

import pytest
import requests

from coach import linkfetch

PAGE = b"<html><head><title>Fuzzing parsers</title></head><body><p>How to fuzz a parser.</p></body></html>"


class Site(http.server.BaseHTTPRequestHandler):
    """Pages: /page answers at once; /drip-body and /drip-headers send one byte every 0.2 s for a minute."""

    hosts = []

    def do_GET(self):
        Site.hosts.append(self.headers["Host"])
        try:
            if self.path == "/page":
                self._answer(PAGE)
            elif self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", "/drip-body")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/drip-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "300")
                self.end_headers()
                self._drip(b"<p>" + b"x" * 297)
            elif self.path == "/drip-headers":
                self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"y" * 300)
        except OSError:
            pass  # the fetcher hung up: that is the point

    def _answer(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, data):
        for i in range(len(data)):
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()
            time.sleep(0.2)

    def log_message(self, *args):
        pass


@pytest.fixture
def site(monkeypatch):
    """The local site as http://site.test:PORT, with a resolver that counts each lookup of site.test."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port, lookups, real = server.server_address[1], [], socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host == "site.test":
            lookups.append(host)
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(linkfetch, "is_public_address", lambda address: address == "127.0.0.1")
    monkeypatch.setattr(linkfetch, "ALLOWED_PORTS", {"http": port, "https": 443})
    Site.hosts = []
    yield {"base": f"http://site.test:{port}", "lookups": lookups, "port": port}
    server.shutdown()
    server.server_close()


def _timed_failure(url, deadline):
    start = time.monotonic()
    with pytest.raises(linkfetch.FetchError) as caught:
        linkfetch.fetch_page(url, deadline_seconds=deadline)
    return time.monotonic() - start, str(caught.value)


def test_a_page_is_fetched_from_the_checked_address_with_one_lookup(site):
    page = linkfetch.fetch_page(f"{site['base']}/page")
    assert page["title"] == "Fuzzing parsers"
    assert site["lookups"] == ["site.test"]  # the connection did not look the name up again
    assert Site.hosts == [f"site.test:{site['port']}"]  # the request still names the site


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers", "/hop"])
def test_a_server_dripping_bytes_is_cut_off_at_the_deadline(site, path):
    elapsed, message = _timed_failure(f"{site['base']}{path}", deadline=1.5)
    assert 1.4 <= elapsed < 2.5
    assert "took longer than 1.5 seconds" in message


def test_every_redirect_hop_is_resolved_once_and_shares_the_deadline(site):
    elapsed, _ = _timed_failure(f"{site['base']}/hop", deadline=1.0)
    assert elapsed < 2.0
    assert site["lookups"] == ["site.test"] * 2  # one lookup per hop, by the check
    assert len(Site.hosts) == 2


def test_https_keeps_the_host_name_for_sni_and_the_certificate_check():
    adapter = linkfetch.PinnedAdapter("93.184.216.34", linkfetch.Deadline(5))
    request = requests.Request("GET", "https://blog.example.org/post").prepare()
    pool = adapter.get_connection_with_tls_context(request, verify=True)
    assert pool.host == "93.184.216.34"
    assert pool.conn_kw["server_hostname"] == "blog.example.org"
    assert pool.assert_hostname == "blog.example.org"
    adapter.add_headers(request)
    assert request.headers["Host"] == "blog.example.org"


def test_the_deadline_is_read_from_the_configuration(tmp_path, monkeypatch):
    from coach.config import load_config

    monkeypatch.setenv("COACH_FETCH_DEADLINE", "4.5")
    assert load_config()["COACH_FETCH_DEADLINE"] == 4.5
