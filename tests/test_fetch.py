"""Research from a link: off by default, SSRF-guarded on every hop, capped, HTML only, confirmed before saving.

`responses` answers every HTTP request and the resolver is replaced, so no test reaches the network.
"""

import socket

import pytest
import responses

from coach import linkfetch

PAGE = (
    "<html><head><title>Threat modelling for small teams</title>"
    "<meta name='description' content='How teams without a security team can threat-model in an hour.'>"
    "</head><body><script>steal()</script><p>First <a href='http://10.0.0.1/'>paragraph</a>.</p></body></html>"
)


def fake_dns(table):
    """A getaddrinfo that answers from `table` {host: [address, ...]}."""

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in table:
            raise socket.gaierror("not found")
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in table[host]
        ]

    return getaddrinfo


@pytest.fixture
def dns(monkeypatch):
    """Replace the resolver with a table tests fill in; public names resolve to a documentation-free public IP."""
    table = {"blog.example.org": ["93.184.216.34"]}
    monkeypatch.setattr(linkfetch.socket, "getaddrinfo", fake_dns(table))
    return table


@pytest.fixture
def fetching(app):
    app.config["COACH_FETCH_LINKS"] = True


def test_with_link_fetching_off_the_mentee_is_told_to_paste_notes_not_how_to_configure_the_server(mentee, client):
    actions, mentor_id, _ = mentee
    html = client.get(f"/mentee/mentors/{mentor_id}/outreach").get_data(as_text=True)
    assert "Your course has not turned on link fetching" in html and "paste your notes" in html
    assert "COACH_FETCH_LINKS" not in html and "Read the page" not in html
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/research-link",
        {"url": "https://blog.example.org/"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    answer = response.get_data(as_text=True)
    assert response.status_code == 400 and "not turned on link fetching" in answer
    assert "COACH_FETCH_LINKS" not in answer


def test_load_config_keeps_fetching_off_unless_set(monkeypatch):
    from coach.config import load_config

    monkeypatch.delenv("COACH_FETCH_LINKS", raising=False)
    assert load_config()["COACH_FETCH_LINKS"] is False
    monkeypatch.setenv("COACH_FETCH_LINKS", "1")
    assert load_config()["COACH_FETCH_LINKS"] is True


@responses.activate
def test_title_and_summary_are_proposed_and_saved_only_when_confirmed(mentee, client, dns, fetching, db):
    actions, mentor_id, _ = mentee
    responses.get("https://blog.example.org/post", body=PAGE, content_type="text/html; charset=utf-8")
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/research-link",
        {"url": "https://blog.example.org/post"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'value="Threat modelling for small teams"' in html
    assert "How teams without a security team can threat-model in an hour." in html
    assert "steal()" not in html and len(responses.calls) == 1  # scripts dropped, links never followed
    assert "threat-model in an hour" not in db["mentors"].get(mentor_id)["research"]

    confirm = actions.post(
        f"/mentee/mentors/{mentor_id}/research-link/confirm",
        {
            "url": "https://blog.example.org/post",
            "title": "Threat modelling for small teams",
            "summary": "One-hour threat models <b>for</b> small teams.",
        },
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert confirm.status_code == 302
    research = db["mentors"].get(mentor_id)["research"]
    assert research.startswith("Wrote 'Threat modelling") and research.endswith(
        "One-hour threat models <b>for</b> small teams."
    )
    page = client.get(f"/mentee/mentors/{mentor_id}").get_data(as_text=True)
    assert "&lt;b&gt;for&lt;/b&gt;" in page


@responses.activate
def test_a_name_resolving_to_loopback_is_refused_without_a_request(mentee, dns, fetching):
    actions, mentor_id, _ = mentee
    dns["sneaky.example.org"] = ["127.0.0.1"]
    response = actions.post(
        f"/mentee/mentors/{mentor_id}/research-link",
        {"url": "http://sneaky.example.org/"},
        form_path=f"/mentee/mentors/{mentor_id}/outreach",
    )
    assert response.status_code == 400
    assert "private or internal address" in response.get_data(as_text=True)
    assert len(responses.calls) == 0


@responses.activate
def test_a_redirect_to_a_private_address_is_refused(dns):
    dns["internal.example.org"] = ["10.0.0.5"]
    responses.get("https://blog.example.org/go", status=302, headers={"Location": "http://internal.example.org/admin"})
    responses.get("http://internal.example.org/admin", body=PAGE, content_type="text/html")
    with pytest.raises(linkfetch.FetchError, match="private or internal"):
        linkfetch.fetch_page("https://blog.example.org/go")
    assert [c.request.url for c in responses.calls] == ["https://blog.example.org/go"]


@responses.activate
def test_a_public_redirect_is_followed_up_to_three_times(dns):
    for hop in range(4):
        responses.get(f"https://blog.example.org/{hop}", status=301, headers={"Location": f"/{hop + 1}"})
    responses.get("https://blog.example.org/3x", body=PAGE, content_type="text/html")
    with pytest.raises(linkfetch.FetchError, match="redirects more than 3 times"):
        linkfetch.fetch_page("https://blog.example.org/0")
    responses.get("https://blog.example.org/a", status=302, headers={"Location": "https://blog.example.org/3x"})
    assert linkfetch.fetch_page("https://blog.example.org/a")["title"] == "Threat modelling for small teams"


@responses.activate
def test_a_non_html_response_is_refused(dns):
    responses.get("https://blog.example.org/slides.pdf", body=b"%PDF-1.7", content_type="application/pdf")
    with pytest.raises(linkfetch.FetchError, match="not a web page"):
        linkfetch.fetch_page("https://blog.example.org/slides.pdf")


@responses.activate
def test_an_oversize_body_is_refused_while_streaming(dns):
    big = b"<html><body><p>" + b"x" * (linkfetch.MAX_BYTES + 10) + b"</p></body></html>"
    responses.get(
        "https://blog.example.org/big", body=big, content_type="text/html", auto_calculate_content_length=False
    )
    with pytest.raises(linkfetch.FetchError, match="larger than 1,024 KB"):
        linkfetch.fetch_page("https://blog.example.org/big")


@responses.activate
def test_a_declared_oversize_body_is_refused_before_reading(dns):
    responses.get(
        "https://blog.example.org/huge",
        body=b"<p>small</p>",
        content_type="text/html",
        headers={"Content-Length": str(linkfetch.MAX_BYTES * 5)},
        auto_calculate_content_length=False,
    )
    with pytest.raises(linkfetch.FetchError, match="too big"):
        linkfetch.fetch_page("https://blog.example.org/huge")


@pytest.mark.parametrize(
    "address, public",
    [
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("fd00:ec2::254", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("224.0.0.1", False),
        ("0.0.0.0", False),
        ("240.0.0.1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:1::", False),
        ("100.64.0.1", False),
    ],
)
def test_only_public_addresses_pass(address, public):
    assert linkfetch.is_public_address(address) is public


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://blog.example.org/x", "must start with http"),
        ("file:///etc/passwd", "must start with http"),
        ("http://blog.example.org:8080/", "port"),
        ("http://user:pw@blog.example.org/", "user name"),
        ("http://localhost/", "private or internal"),
        ("http://metadata.google.internal/computeMetadata/v1/", "private or internal"),
        ("http://169.254.169.254/latest/meta-data/", "private or internal"),
        ("http://[::ffff:127.0.0.1]/", "private or internal"),
        ("http://nowhere.example.org/", "could not be found"),
        ("http://[not-an-ip/", "not a valid web address"),
    ],
)
def test_unsafe_urls_are_refused_with_a_reason(url, message, dns):
    with pytest.raises(linkfetch.FetchError, match=message):
        linkfetch.check_url(url)


def test_a_name_with_one_private_address_among_public_ones_is_refused(dns):
    dns["mixed.example.org"] = ["93.184.216.34", "192.168.0.10"]
    with pytest.raises(linkfetch.FetchError, match="private or internal"):
        linkfetch.check_url("https://mixed.example.org/")


def test_summary_falls_back_to_the_first_paragraphs():
    page = linkfetch.summarise("<title>T</title><nav><p>Menu</p></nav><p>One.</p><p>Two &amp; three.</p>")
    assert page == {"title": "T", "summary": "One. Two & three."}
