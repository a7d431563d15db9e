"""Datasette plugin: no query Datasette runs may read the tokens table, not even custom SQL.

Metadata's `allow: false` only closes the table's pages; `?sql=select * from tokens` would
still answer. An SQLite authorizer on every connection Datasette opens denies the read itself:
every column of the table. Counting its rows reads no column (SQLite asks with an empty column
name) and is let through, so the front pages' table counts run without an error in the log
(issue 14) and reveal nothing but how many tokens exist.
"""

import sqlite3

from datasette import hookimpl

PRIVATE_TABLES = frozenset({"tokens"})


def deny_private_reads(action, table, column, _database, _trigger):
    if action == sqlite3.SQLITE_READ and table and table.lower() in PRIVATE_TABLES and column:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    conn.set_authorizer(deny_private_reads)
