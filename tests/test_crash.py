"""A hard crash (SIGKILL of every server process) while mentees are saving loses no acknowledged revision."""

import sqlite3
import threading
import time

import pytest
import requests

from benchmarks._server import ProcfileServer
from benchmarks._user import Refused, SimulatedUser

SAVERS = 4


def _keep_saving(user, acknowledged, stop):
    """Save revisions until told to stop or the server goes away; record each acknowledged one."""
    while not stop.is_set():
        try:
            acknowledged.append((user.draft_id, user.save_revision()))
        except (Refused, requests.RequestException):
            return


def _stored(path):
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            set(conn.execute("select draft_id, subject from revisions")),
        )
    finally:
        conn.close()


@pytest.fixture
def server(tmp_path):
    """The Procfile's server on a temporary database, with the built-in coach."""
    server = ProcfileServer(tmp_path / "coach.db", tmp_path / "server.log", env={"COACH_MODEL": ""})
    yield server.start()
    server.stop()


def test_every_acknowledged_revision_survives_a_sigkill_mid_save_and_saving_resumes(server):
    users = [SimulatedUser(server.url, number, timeout=10) for number in range(SAVERS)]
    for user in users:
        user.sign_up_and_in()
        user.start_draft()
    acknowledged, stop = [], threading.Event()
    threads = [threading.Thread(target=_keep_saving, args=(user, acknowledged, stop)) for user in users]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.02)
    server.kill()  # while the savers are still posting
    stop.set()
    for thread in threads:
        thread.join()

    integrity, stored = _stored(server.database)
    assert len(acknowledged) >= 40
    assert integrity == "ok"
    assert [pair for pair in acknowledged if pair not in stored] == []

    server.start()
    for user in users:  # the same sessions go on saving after the restart
        acknowledged.append((user.draft_id, user.save_revision()))
    server.stop()
    integrity, stored = _stored(server.database)
    assert integrity == "ok"
    assert [pair for pair in acknowledged if pair not in stored] == []
    assert "database is locked" not in server.log()
