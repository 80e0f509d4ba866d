"""The fake model other tests and benchmarks lean on: random fault rates and its own request log."""

import json

import pytest
import requests

from coach.coaching.fakemodel import FakeModel, random_chooser


@pytest.mark.parametrize("fail_rate, hang_rate, expect", [(0, 0, "good"), (1, 0, "fault"), (0, 1, "hang")])
def test_random_chooser_follows_its_rates(fail_rate, hang_rate, expect):
    behaviour = random_chooser(fail_rate, hang_rate, hang_seconds=7, latency=0.25)()
    kind = "hang" if behaviour.delay == 7 else "good" if behaviour.delay == 0.25 else "fault"
    assert kind == expect


def test_empty_queue_answers_the_schema_asked_for_and_records_the_request():
    with FakeModel() as fake:
        body = {"model": "x", "messages": [], "response_format": {"json_schema": {"name": "draft"}}}
        reply = requests.post(f"{fake.url}/chat/completions", json=body, timeout=5).json()
        assert set(json.loads(reply["choices"][0]["message"]["content"])) == {"subject", "body"}
        assert fake.requests == [body]
