"""Whole records: what a row owns through the foreign keys, deleting and restoring it, and undo."""

from .common import _one

# What a record owns, found through the schema's foreign keys ------------------------------------------
# Walking the foreign keys (rather than naming tables) means a table added later is deleted, exported and
# counted with its parent without anyone remembering to add it here.

# References the schema does not declare as foreign keys (the model-call log outlives nothing it points at).
EXTRA_LINKS = (("model_calls", "revision_id", "revisions", "id"), ("model_calls", "user_id", "users", "id"))
CHUNK = 500  # values per `in (...)`, well under SQLite's limit on parameters


def foreign_links(db):
    """Every (child table, child column, parent table, parent column) reference in the database."""
    links = []
    for table in db.table_names():
        for fk in db.execute(f"pragma foreign_key_list([{table}])").fetchall():
            links.append((table, fk[3], fk[2], fk[4] or "rowid"))
    names = set(db.table_names())
    return links + [link for link in EXTRA_LINKS if link[0] in names and link[2] in names]


def _rows_where_in(db, table, column, values):
    values = list(values)
    for start in range(0, len(values), CHUNK):
        part = values[start : start + CHUNK]
        marks = ", ".join("?" * len(part))
        yield from db.query(f"select rowid as _rowid, * from [{table}] where [{column}] in ({marks})", part)


def owned_rows(db, table, column, values):
    """Every row of `table` whose `column` is in `values`, and every row that refers to one, transitively.

    Returns {table: [row dicts with `_rowid`]} in the order the tables were first reached (parents first).
    """
    links = foreign_links(db)
    found, seen = {}, set()
    queue = [(table, column, set(values))]
    while queue:
        table, column, values = queue.pop(0)
        new = [row for row in _rows_where_in(db, table, column, values) if (table, row["_rowid"]) not in seen]
        if not new:
            continue
        seen.update((table, row["_rowid"]) for row in new)
        found.setdefault(table, []).extend(new)
        for child, child_column, parent, parent_column in links:
            if parent == table:
                key = "_rowid" if parent_column == "rowid" else parent_column
                queue.append((child, child_column, {row[key] for row in new if row[key] is not None}))
    return found


def delete_found(db, found):
    """Delete the rows owned_rows() found, in one transaction (foreign keys checked at its end)."""
    with db.atomic():
        db.execute("pragma defer_foreign_keys = on")
        for table, rows in found.items():
            ids = [row["_rowid"] for row in rows]
            for start in range(0, len(ids), CHUNK):
                part = ids[start : start + CHUNK]
                db.execute(f"delete from [{table}] where rowid in ({', '.join('?' * len(part))})", part)


def insert_found(db, found):
    """Put rows back as owned_rows() found them (same ids), in one transaction; raises if an id was taken."""
    with db.atomic():
        db.execute("pragma defer_foreign_keys = on")
        for table, rows in found.items():
            for row in rows:
                record = {k: v for k, v in row.items() if k != "_rowid"}
                columns = ", ".join(f"[{k}]" for k in record)
                db.execute(
                    f"insert into [{table}] ({columns}) values ({', '.join('?' * len(record))})", list(record.values())
                )


# Deleted records kept for undo --------------------------------------------------------------------------


def insert_deleted(db, user_id, session_id, label, rows_json, deleted_at):
    """Keep what a delete removed, for undo; return the id."""
    return (
        db["deleted_records"]
        .insert(
            {
                "user_id": user_id,
                "session_id": session_id,
                "label": label,
                "rows_json": rows_json,
                "deleted_at": deleted_at,
            }
        )
        .last_pk
    )


def get_deleted(db, user_id, session_id, deleted_id, since):
    """Return what this session deleted under this id since `since`, or None."""
    return _one(
        db,
        "select * from deleted_records where id = ? and user_id = ? and session_id = ? and deleted_at >= ?",
        [deleted_id, user_id, session_id, since],
    )


def drop_deleted(db, deleted_id):
    """Forget one kept delete (undone, or gone for good)."""
    db.execute("delete from deleted_records where id = ?", [deleted_id])


def purge_deleted(db, before):
    """Forget, for every user, what was deleted before `before`: past the undo window it is gone for good."""
    db.execute("delete from deleted_records where deleted_at < ?", [before])


def drop_session_deleted(db, session_id):
    """Forget what a session deleted when that session ends: undo belongs to the session."""
    db.execute("delete from deleted_records where session_id = ?", [session_id])


def drop_user_deleted(db, user_id, keep=None):
    """Forget what the user's sessions (except session `keep`) deleted, as those sessions end."""
    db.execute("delete from deleted_records where user_id = ? and session_id is not ?", [user_id, keep])


def rows_where(db, table, column, value, order="rowid"):
    """Every row of `table` whose `column` equals `value`, in `order` (for the account's export)."""
    return list(db.query(f"select * from [{table}] where [{column}] = ? order by {order}", [value]))
