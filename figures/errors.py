"""Domain failures as plain exceptions, so the HTTP edge can map them to 4xx answers."""


class FiguresError(ValueError):
    """A claim or request that the domain rules refuse; `field` names the culprit."""

    def __init__(self, field: str, message: str, detail: str | None = None):
        super().__init__(message)
        self.field = field
        self.message = message
        self.detail = detail or message


class NotFound(FiguresError):
    """The thing a request names does not exist."""


class Conflict(FiguresError):
    """The request contradicts what is stored (a name taken, a claim already retracted)."""


class IncompatibleUnit(FiguresError):
    """A unit whose dimension is not the metric's (kilograms of children)."""


class InvalidPeriod(FiguresError):
    """A date or period that does not exist or runs backwards."""


class InvalidInterval(FiguresError):
    """Numbers that do not make an interval (negative, low above high, missing)."""
