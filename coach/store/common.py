"""What every table family shares: the timestamp format, one-row reads and bulk inserts."""

import itertools
from datetime import UTC, datetime

from ..vocabulary import SCORE_SERIES

# A critique's scores as a query selects them from critiques `c`: each rubric, then overall.
_SCORES = ", ".join(f"c.{column}" for column in SCORE_SERIES)


def now():
    """The current UTC time as an ISO 8601 string, the format of every timestamp column."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _one(db, sql, params=()):
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def insert_many(db, table, records):
    """Insert records (dicts with the same keys, ids included) with one prepared statement, in one transaction.

    For imports and benchmarks that load a whole course at once; the summary triggers still run for every row.
    """
    records = iter(records)
    first = next(records, None)
    if first is None:
        return
    columns = list(first)
    sql = f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
    with db.atomic():
        db.conn.executemany(sql, ([r[c] for c in columns] for r in itertools.chain([first], records)))
