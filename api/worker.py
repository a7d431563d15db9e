"""gunicorn's sync worker: warm before its first request, answering its own refusals (414, 431)
as problem+json."""

import json

from gunicorn import util
from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
from gunicorn.workers.sync import SyncWorker

WORKER_CLASS = "api.worker.ProblemWorker"  # what every `gunicorn` of ours is started with (-k)

REFUSALS = {
    LimitRequestLine: (414, "URI Too Long", "path", "The request line is too long: ask for less."),
    LimitRequestHeaders: (
        431,
        "Request Header Fields Too Large",
        "headers",
        "The request's headers are too many or too long.",
    ),
}


def warm_up() -> None:
    """What a worker's first claim and first chart would otherwise load while a client waits."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: F401

    from figures.units import registry

    registry()


def problem(status: int, title: str, field: str, detail: str) -> bytes:
    """A whole HTTP response, as the app's errors are shaped (api/errors.py)."""
    body = json.dumps(
        {"type": "about:blank", "title": title, "status": status, "detail": detail,
         "errors": {field: [detail]}}
    ).encode()  # fmt: skip
    head = (
        f"HTTP/1.1 {status} {title}\r\nConnection: close\r\n"
        f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class ProblemWorker(SyncWorker):
    """A sync worker that is warm before its first request and answers gunicorn's refusals."""

    def init_process(self):
        """pint's unit registry and matplotlib are loaded before the first request, not by it
        (a cold worker's first claim took up to 4 s and its first chart up to 5 s)."""
        warm_up()
        super().init_process()

    def handle_error(self, req, client, addr, exc):
        for kind, (status, title, field, detail) in REFUSALS.items():
            if isinstance(exc, kind):
                self.log.info("refused %s: %s", status, exc)
                try:
                    util.write_nonblock(client, problem(status, title, field, detail))
                except OSError:  # the client has gone: nothing to answer
                    pass
                return
        super().handle_error(req, client, addr, exc)
