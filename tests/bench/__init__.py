"""`make bench`: tests/bench/run.py and the modules it uses (see docs/performance.md)."""
