"""Start and stop the Procfile's server (gunicorn) on a free 127.0.0.1 port with its own database.

Benchmarks and the crash test share this so they measure exactly what production runs:

    with ProcfileServer(tmp / "coach.db", log_path=tmp / "server.log") as server:
        requests.get(server.url + "/healthz")
        server.kill()       # SIGKILL the whole process group, as a crash would
        server.start()      # and start again on the same database and port
"""

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    """A TCP port on 127.0.0.1 nobody is listening on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def add_server_options(parser):
    """The --workers and --threads options of a benchmark that runs the Procfile's gunicorn."""
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "2")),
        help="gunicorn workers (WEB_CONCURRENCY).",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=int(os.environ.get("COACH_THREADS", "8")),
        help="Threads per worker (COACH_THREADS).",
    )


def procfile_command(port):
    """The Procfile's `web:` command, with $PORT filled in, bound to 127.0.0.1 only, run by this Python."""
    with open(os.path.join(ROOT, "Procfile"), encoding="utf-8") as fh:
        line = next(line for line in fh if line.startswith("web:"))
    args = shlex.split(line[len("web:") :].replace("$PORT", str(port)).replace("0.0.0.0", "127.0.0.1"))
    assert args[0] == "gunicorn", "the Procfile's web process is expected to be gunicorn"
    return [sys.executable, "-m", "gunicorn", *args[1:]]


class ProcfileServer:
    """The app served by gunicorn as the Procfile runs it, in its own process group."""

    def __init__(self, database, log_path, env=None, port=None):
        self.database, self.log_path, self.port = str(database), str(log_path), port or free_port()
        self.env = {
            **os.environ,
            "COACH_DATABASE": self.database,
            "PORT": str(self.port),
            "SECRET_KEY": "benchmark-secret",
            "PYTHONUNBUFFERED": "1",
            **(env or {}),
        }
        self.process = None

    @property
    def url(self):
        """The server's base URL, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait=60):
        """Start gunicorn and return once /healthz answers; raise with the log's tail if it never does."""
        log = open(self.log_path, "ab")  # noqa: SIM115 - the server writes to it until stop()
        self.process = subprocess.Popen(
            procfile_command(self.port),
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the server did not start; its log ends:\n{self.log()[-3000:]}")

    def _signal_group(self, sig):
        try:
            os.killpg(self.process.pid, sig)
        except ProcessLookupError:
            pass

    def kill(self):
        """SIGKILL the master and every worker at once, as a power cut or OOM kill would."""
        self._signal_group(signal.SIGKILL)
        self.process.wait()

    def stop(self, wait=30):
        """Shut down gracefully (SIGTERM, as a deploy does), then hard if it takes longer than `wait`."""
        if self.process is None or self.process.poll() is not None:
            return
        self._signal_group(signal.SIGTERM)
        try:
            self.process.wait(wait)
        except subprocess.TimeoutExpired:
            self.kill()

    def log(self):
        """Everything the server has written so far (access log and errors)."""
        with open(self.log_path, encoding="utf-8", errors="replace") as fh:
            return fh.read()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
