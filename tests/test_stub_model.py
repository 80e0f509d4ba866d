"""The stub model (COACH_MODEL=stub) and `coach fake-model`: the model path offline, for courses adapting prompts."""

import inspect
import json
import subprocess
import sys

import requests
from click.testing import CliRunner

from coach.cli import cli
from coach.coaching.backends import Backend, BuiltinBackend, ModelBackend, get_backend

MESSAGE = {"subject": "A question", "body": "Hi Kenji,\n\nhey can u send me ur notes asap?\n\nAna"}


def run(args, stdin, env):
    return CliRunner().invoke(cli, args, input=stdin, env=env, catch_exceptions=False)


def test_every_backend_answers_the_same_calls():
    """Callers never ask which backend they hold: the built-in coach and a model take the same arguments."""
    model = get_backend({"COACH_MODEL": "stub"})
    for method in ("critique", "draft"):
        expected = inspect.signature(getattr(Backend, method))
        assert inspect.signature(getattr(BuiltinBackend, method)) == expected
        assert inspect.signature(getattr(ModelBackend, method)) == expected
    assert isinstance(model, ModelBackend) and model.calls_model and not BuiltinBackend().calls_model


def test_the_stub_model_critiques_through_the_whole_model_path_and_logs_each_call(tmp_path):
    env = {"COACH_DATABASE": str(tmp_path / "stub.db"), "COACH_MODEL": "stub"}
    first = json.loads(run(["critique", "--jsonl", "-"], json.dumps(MESSAGE) + "\n", env).output)
    assert first["engine"] == "model" and first["model"] == "stub" and first["cached"] is False
    assert first["quotes_dropped"] == 0 and first["scores"]["professionalism"] <= 3
    quoted = [f["evidence"]["text"] for f in first["findings"] if f["evidence"]]
    assert quoted and all(text in MESSAGE["subject"] + MESSAGE["body"] for text in quoted)
    again = json.loads(run(["critique", "--jsonl", "-"], json.dumps(MESSAGE) + "\n", env).output)
    assert again["cached"] is True and again["scores"] == first["scores"]
    log = json.loads(run(["log", "--json"], "", env).output)
    assert len(log) == 1 and log[0]["model"] == "stub" and log[0]["outcome"] == "ok"


def test_the_stub_model_drafts_from_the_rendered_prompt(tmp_path):
    env = {"COACH_DATABASE": str(tmp_path / "stub.db"), "COACH_MODEL": "stub"}
    context = {"mentor": {"name": "Kenji Watanabe"}, "ask": {"topic": "threat modelling", "minutes": 20}}
    out = run(["draft", "-"], json.dumps(context), env).output
    assert out.startswith("Stub model answer to the draft prompt") and "Hi Kenji," in out
    assert "You are helping a developer write the first message" in out


def test_coach_fake_model_serves_an_openai_compatible_answer_from_the_installed_package():
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach", "fake-model", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline()
        url = line.split()[3]
        body = {
            "model": "fake",
            "messages": [{"role": "user", "content": "hi"}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "draft"}},
        }
        reply = requests.post(f"{url}/chat/completions", json=body, timeout=5).json()
        assert set(json.loads(reply["choices"][0]["message"]["content"])) == {"subject", "body"}
    finally:
        proc.terminate()
        proc.wait(5)
