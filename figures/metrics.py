"""The metric vocabulary: what is counted, in which unit, how it behaves over time."""

from dataclasses import dataclass

from figures.hierarchy import chain

KINDS = ("stock", "flow", "cumulative")


@dataclass(frozen=True)
class Metric:
    """A countable quantity; `part_of` names the whole it can never exceed."""

    slug: str
    label: str
    unit: str
    kind: str
    part_of: str | None = None


BUILTIN_METRICS = (
    Metric("civilians_remaining", "Civilians remaining in a place", "person", "stock"),
    Metric("civilians_trapped", "Civilians trapped", "person", "stock", "civilians_remaining"),
    Metric("children_trapped", "Children trapped", "person", "stock", "civilians_trapped"),
    Metric(
        "displaced_in_population",
        "Displaced people within the population",
        "person",
        "stock",
        "civilians_remaining",
    ),
    Metric("fighters", "Fighters holding out", "person", "stock"),
    Metric("military_personnel", "Military personnel deployed", "person", "stock"),
    Metric("fled", "People who fled (per period)", "person", "flow"),
    Metric("airstrikes", "Airstrikes (per period)", "strike", "flow"),
    Metric("killed", "People killed (running total)", "person", "cumulative"),
)


def ancestors(slug: str, parents: dict[str, str | None]) -> list[str]:
    """The chain of wholes above a metric (or place), nearest first, cycle-safe."""
    return chain(slug, parents.get)[1:]
