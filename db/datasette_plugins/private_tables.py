"""Datasette plugin: no query Datasette runs may read the tokens table, not even custom SQL.

Metadata's `allow: false` only closes the table's pages; `?sql=select * from tokens` would
still answer. An SQLite authorizer on every connection Datasette opens denies the read itself.
"""

import sqlite3

from datasette import hookimpl

PRIVATE_TABLES = frozenset({"tokens"})


def deny_private_reads(action, table, _column, _database, _trigger):
    if action == sqlite3.SQLITE_READ and table and table.lower() in PRIVATE_TABLES:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    conn.set_authorizer(deny_private_reads)
