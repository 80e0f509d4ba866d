"""A small OpenAI-compatible chat server on 127.0.0.1 that replays scripted behaviours.

Tests, browser tests and load tests point litellm at it (model "openai/<anything>", api base
`server.url`) so the real HTTP path runs without a paid model or any network:

    with FakeModel() as server:
        server.queue(answer({"scores": ...}), status(500), hang(5), garbage())
        ...                                  # each request takes the next behaviour
        server.requests                      # the JSON bodies received, oldest first

With the queue empty, each request gets a valid answer for the schema it asked for
("critique" or "draft"). From a shell, to try a deployment's real HTTP path end to end:

    coach fake-model --port 8765 --fail-rate 0.3 --hang-rate 0.1
"""

import json
import random
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOOD_CRITIQUE = {
    "scores": {"clarity": 4, "brevity": 3, "value": 2, "professionalism": 5},
    "findings": [
        {
            "rubric": "value",
            "severity": "major",
            "quote": "",
            "problem": "The message does not say what the mentor gains.",
            "fix": "Offer one concrete thing tied to their work.",
        }
    ],
    "summary": "A clear, polite ask that needs a reason for them to say yes.",
}
GOOD_DRAFT = {
    "subject": "A 20-minute question about your threat-modelling talk",
    "body": "Hi,\n\nI enjoyed your talk. Could we talk for 20 minutes next week?\n\nThanks,\nAna",
}


class Behaviour:
    """What the server does with one request: a status, headers, a body, and an optional delay first."""

    def __init__(self, status=200, body=None, headers=None, delay=0.0, content=None):
        self.status, self.body, self.headers = status, body, headers or {}
        self.delay, self.content = delay, content

    def __repr__(self):
        return f"Behaviour(status={self.status}, delay={self.delay}, content={self.content!r:.40})"


def answer(content):
    """Answer 200 with this message content: a dict or list is sent as JSON text, a string as is."""
    return Behaviour(content=content if isinstance(content, str) else json.dumps(content))


def garbage(text="Sure! Your message looks great overall, nice work."):
    """Answer 200 with prose instead of JSON."""
    return answer(text)


def status(code, message="scripted failure", headers=None):
    """Answer an HTTP error such as 500, or 429 with headers={"Retry-After": "1"}."""
    return Behaviour(
        status=code, body={"error": {"message": message, "type": "fake_error", "code": code}}, headers=headers
    )


def hang(seconds=30.0, then=None):
    """Wait `seconds` (or until the server stops) before answering, to test time-outs."""
    behaviour = then or Behaviour()
    behaviour.delay = seconds
    return behaviour


def default_content(request_body):
    """A valid answer for the JSON schema the request named (draft or critique)."""
    schema_name = ((request_body.get("response_format") or {}).get("json_schema") or {}).get("name")
    return json.dumps(GOOD_DRAFT if schema_name == "draft" else GOOD_CRITIQUE)


def completion(content, model="fake"):
    """An OpenAI chat completion object carrying `content`, with usage counted in words."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {
            "prompt_tokens": 100,
            "completion_tokens": max(1, len(content.split())),
            "total_tokens": 100 + max(1, len(content.split())),
        },
    }


class FakeModel:
    """The server: start() or use as a context manager; queue() behaviours; read `requests`."""

    def __init__(self, port=0, chooser=None):
        self._queue = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.chooser = chooser  # called when the queue is empty; returns a Behaviour or None
        self.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self.server.daemon_threads = True
        self._thread = None

    @property
    def url(self):
        """The OpenAI-style base URL, ending in /v1."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def queue(self, *behaviours):
        """Script the next requests' behaviours, in order."""
        with self._lock:
            self._queue.extend(behaviours)

    def next_behaviour(self, request_body):
        """Take the next scripted behaviour, else the chooser's, else a valid answer."""
        with self._lock:
            self.requests.append(request_body)
            if self._queue:
                return self._queue.popleft()
        return (self.chooser and self.chooser()) or Behaviour()

    def wait(self, seconds):
        """Sleep, waking early when the server stops."""
        self._stopping.wait(seconds)

    def start(self):
        """Serve in a background thread."""
        # A short poll: stop() waits for the serving loop to notice, 0.5 s per server at the default.
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self):
        """Stop serving and release hanging requests."""
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def _handler_for(fake):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                body = {}
            if not self.path.rstrip("/").endswith("/chat/completions"):
                return self._send(404, {"error": {"message": f"no route {self.path}"}})
            behaviour = fake.next_behaviour(body)
            if behaviour.delay:
                fake.wait(behaviour.delay)
            if behaviour.status != 200:
                return self._send(behaviour.status, behaviour.body or {}, behaviour.headers)
            content = behaviour.content if behaviour.content is not None else default_content(body)
            self._send(200, completion(content, body.get("model", "fake")), behaviour.headers)

        def _send(self, code, obj, headers=None):
            data = json.dumps(obj).encode()
            try:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a time-out): nothing to answer

        def log_message(self, *args):
            pass  # keep test output clean

    return Handler


def random_chooser(fail_rate, hang_rate, hang_seconds, latency):
    """Pick 500s, hangs and slow good answers at the given rates (for load and browser tests)."""

    def choose():
        roll = random.random()
        if roll < hang_rate:
            return hang(hang_seconds)
        if roll < hang_rate + fail_rate:
            return random.choice([status(500), status(429, headers={"Retry-After": "1"}), garbage()])
        return Behaviour(delay=latency)

    return choose


def serve(port, fail_rate=0.0, hang_rate=0.0, hang_seconds=120.0, latency=0.0, echo=print):
    """Serve the fake model on 127.0.0.1:`port` at the given fault rates until interrupted."""
    fake = FakeModel(port, random_chooser(fail_rate, hang_rate, hang_seconds, latency))
    echo(f"fake model on {fake.url} (COACH_MODEL=openai/fake COACH_API_BASE={fake.url})")
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        fake.server.server_close()
