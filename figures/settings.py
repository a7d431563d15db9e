"""Every default setting, once: the app's configuration maps onto these fields."""

from dataclasses import dataclass

REL_TOL = 0.10  # approximately: +/- 10 % unless the rounding step is wider (DESIGN 3.2)
WINDOW_DAYS = 31  # stock claims whose periods span at most this many days are compared
FLOW_TOLERANCE_DAYS = 3  # flow claims for the same period: ends within this many days
STATEMENT_DAYS = 3  # outlets publishing within this many days carry the same statement
DIVERGENCE = 3.0  # a ceiling over this many times another source's high is flagged (advisory)
MAX_DISCREPANCIES = 10_000  # a request that would open more is refused whole
ANSWER_DISCREPANCIES = 100  # a POST answer lists at most this many; the rest by link
CHART_CLAIMS = 2000  # claims a chart draws one by one; a place with more is drawn binned by time
CHART_STRETCHES = 300  # how many stretches of time a binned chart draws
HOUSEHOLD_SIZE = (4.0, 7.0)  # persons per household when neither claim nor place says
MAX_BATCH = 5000  # claims per POST /claims batch
BATCH_OUTSIDE_LOCK = 50  # a batch this big is worked out on a copy, outside the write lock
MAX_CONTENT_LENGTH = 2 * 1024 * 1024  # bytes per request body
BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for the lock before a 503
REQUEST_BUDGET_SECONDS = 20.0  # a request still running then ends 503/413 (gunicorn's timeout: 30)


@dataclass(frozen=True)
class Settings:
    """The domain's tunable rules, as one value passed to every use case."""

    rel_tol: float = REL_TOL
    window_days: int = WINDOW_DAYS
    household_size: tuple[float, float] = HOUSEHOLD_SIZE
    divergence: float = DIVERGENCE
    max_discrepancies: int = MAX_DISCREPANCIES
    alias_link: str | None = None  # how a duplicate warning says to link names: the edge's
