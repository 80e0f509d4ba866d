"""Tables the engine builds from packaged word lists, kept between processes so each start need not rebuild them.

A table is stored with marshal under a name that holds a SHA-256 of everything it was built from (the data
file's bytes, the building module's source, the Python version), so a changed list, changed code or another
Python never reads a stale table: it simply misses and builds afresh. The files live in the user's cache folder
(COACH_CACHE_DIR, else $XDG_CACHE_HOME/outreach-coach, else ~/.cache/outreach-coach), never in the repository.
Any failure to read or write the cache falls back to building: the cache only ever saves time.
"""

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path


def cached(name, build, *sources):
    """The value `build()` returns, read from the cache when one was stored from the same `sources` (bytes)."""
    value = load(name, *sources)
    if value is None:
        value = build()
        store(name, value, *sources)
    return value


def load(name, *sources):
    """The value stored under `name` from these `sources`, or None when there is none (or it cannot be read)."""
    try:
        return marshal.loads(_path(name, sources).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(name, value, *sources):
    """Keep `value` under `name` for these `sources` (a table that may grow is stored again whole)."""
    _store(_path(name, sources), value)


def _path(name, sources):
    return _folder() / f"{name}-{_digest(sources)}.marshal"


def _folder():
    """Where cached tables live: outside the repository, in the user's cache folder."""
    if os.environ.get("COACH_CACHE_DIR"):
        return Path(os.environ["COACH_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "outreach-coach"


def _digest(sources):
    """A hash of the sources and of the Python that marshals them (its format may change between versions)."""
    h = hashlib.sha256(f"{sys.version}|{marshal.version}".encode())
    for source in sources:
        h.update(len(source).to_bytes(8, "little"))  # lengths keep ("ab", "c") apart from ("a", "bc")
        h.update(source)
    return h.hexdigest()[:32]


def _store(path, value):
    """Write `value` whole or not at all (a rename), so a reader never sees half a file, and drop the tables this
    one replaces (built from older sources); a failure is ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    except OSError:  # a read-only or missing home
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(value))
        os.replace(temporary, path)
        for old in path.parent.glob(path.name.split("-")[0] + "-*.marshal"):
            if old != path:
                old.unlink()
    except (OSError, ValueError):  # a full disk, or a value marshal cannot store
        with contextlib.suppress(OSError):
            os.unlink(temporary)
