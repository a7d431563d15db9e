"""One log line per request in the server's log: method, path, status, duration, token name
(never the token itself), so an operator can see who wrote what and what was slow."""

import logging
import sys
import time

from flask import Flask, Response, g, request

log = logging.getLogger("figures.requests")


def _start() -> None:
    g.started = time.perf_counter()


def _line(response: Response) -> Response:
    took = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    log.info(
        "%s %s %s %.1fms token=%s",
        request.method,
        request.path,
        response.status_code,
        took,
        g.get("token_name", "-"),
    )
    return response


def init_app(app: Flask) -> None:
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    app.before_request(_start)
    app.after_request(_line)
