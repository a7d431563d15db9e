"""SQLite storage through sqlite-utils: one file, migrations, repository functions."""
