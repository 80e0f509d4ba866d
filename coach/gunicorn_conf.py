"""Gunicorn settings shared by the Procfile and `coach serve`.

Threads (gthread) let one slow model call wait on the network while the same worker serves other
users; the app is loaded once in the master so migrations run once, before workers fork.
"""

import os

bind = f"127.0.0.1:{os.environ.get('PORT', '5000')}"
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("COACH_THREADS", "8"))
preload_app = True
timeout = 150  # above the longest model call: (retries + 1) x timeout with the defaults is 180 s only in the worst case
graceful_timeout = 20
accesslog = "-"


def on_starting(server):
    """Load the built-in coach's word lists (the spelling dictionary, the lexicon's word classes) once in the
    master, before the workers fork: they share those pages, and no user's first check waits about 0.5 s for them."""
    from coach.engine import critique

    critique("Warm-up", "Hi, your talk on retries helped. Could we talk for 20 minutes?")
