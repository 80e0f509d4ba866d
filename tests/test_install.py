"""A wheel installed outside the checkout serves pages (issue 16): templates, static files and prompts ship
inside the package, and the app and the `coach` command use one instance folder.

The wheel is built from a copy of the package (the checkout gets no build/ or egg-info), then installed with
--no-deps into a fresh virtual environment in a temporary directory. That environment reaches the
dependencies already installed here through one .pth line placed after its own site-packages, so the test
needs no network; `coach` itself comes only from the wheel, which the first test checks.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from benchmarks._server import free_port
from coach.coaching import prompts

ROOT = Path(__file__).resolve().parent.parent


def run(args, cwd, env, stdin=None):
    """Run a command to completion and return its standard output; fail the test with its output if it fails."""
    done = subprocess.run(args, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def outside_env():
    """This environment without anything that would point Python or the app back at the checkout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "SECRET_KEY") and not key.startswith("COACH_")
    }
    return {**env, "PYTHONUNBUFFERED": "1", "WEB_CONCURRENCY": "1", "COACH_THREADS": "2"}


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A fresh virtual environment outside the checkout with only the wheel of this checkout installed."""
    tmp = tmp_path_factory.mktemp("install")
    env = outside_env()
    source = tmp / "source"
    shutil.copytree(ROOT / "coach", source / "coach", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(source)], tmp, env)
    wheel = next((tmp / "dist").glob("outreach_coach-*.whl"))
    home = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(home)], tmp, env)
    python = home / "bin" / "python"
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp, env).strip())
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        tmp,
        env,
    )
    return {"home": home, "python": python, "coach": home / "bin" / "coach", "cwd": tmp, "env": env}


@pytest.fixture(scope="module")
def server(venv):
    """`coach serve` from the fresh environment on a free port, on its default database."""
    port = free_port()
    log = open(venv["cwd"] / "server.log", "wb")  # noqa: SIM115 - the server writes to it until teardown
    process = subprocess.Popen(
        [str(venv["coach"]), "serve", "--port", str(port)],
        cwd=venv["cwd"],
        env=venv["env"],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    yield url
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(30)


def fetch(url):
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")


def test_coach_is_imported_from_the_wheel_not_the_checkout(venv):
    where = run([str(venv["python"]), "-c", "import coach; print(coach.__file__)"], venv["cwd"], venv["env"])
    assert Path(where.strip()).resolve().is_relative_to(venv["home"].resolve())


def test_the_installed_app_serves_the_sign_up_page_with_its_stylesheet(server, venv):
    status, kind, html = fetch(server + "/auth/signup")
    assert (status, kind) == (200, "text/html; charset=utf-8")
    assert "<h1>Sign up</h1>" in html and 'name="csrf_token"' in html and 'name="password"' in html
    assert 'href="/static/style.css"' in html
    status, kind, css = fetch(server + "/static/style.css")
    assert status == 200 and kind.startswith("text/css") and "{" in css


def test_the_command_line_uses_the_database_the_app_created(server, venv):
    instance = venv["home"] / "var" / "coach-instance"
    assert (instance / "coach.db").is_file()  # Flask's instance folder for an installed package
    # The app applied every migration when it started: the CLI, on its default path, finds nothing to do.
    assert run([str(venv["coach"]), "migrate"], venv["cwd"], venv["env"]).strip() == "database is up to date"


def test_the_installed_prompts_render_for_the_stub_model(venv):
    message = "Quick question\n\nHi, could we talk about testing for 20 minutes next week?\n"
    out = run(
        [str(venv["coach"]), "critique", "--json"], venv["cwd"], {**venv["env"], "COACH_MODEL": "stub"}, stdin=message
    )
    critique = json.loads(out)
    assert (critique["model"], critique["model_error"]) == ("stub", None)
    assert critique["prompt_version"] == prompts.version("critique")  # the wheel's prompt file, byte for byte
