"""The timeline chart: each claim's interval over time, conflicts in red, agreed ranges green."""

import io
import warnings
from contextlib import contextmanager
from datetime import date

FIRST_DAY, LAST_DAY = -719162.0, 2932896.0  # matplotlib's day numbers of 0001-01-01, 9999-12-31
UNIX_EPOCH_JULIAN_DAY = 2440587.5  # SQLite's julianday('1970-01-01')


@contextmanager
def _canvas():
    """matplotlib's pyplot on a new 9 x 4.5 in figure, closed after; SVG keeps text as text, and
    names in characters the font lacks are drawn as boxes without a warning per glyph."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    pyplot.rcParams["svg.fonttype"] = "none"
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        figure, axes = pyplot.subplots(figsize=(9, 4.5), dpi=100)
        try:
            yield pyplot, figure, axes
        finally:
            pyplot.close(figure)


def render_chart(claims, picture: dict, discrepancies: list[dict], title: str, fmt: str) -> bytes:
    """Each claim as its interval over time, coloured by source; conflicts marked in red."""
    from matplotlib.dates import date2num

    with _canvas() as (pyplot, figure, axes):
        dated = [c for c in claims if c.as_of is not None and c.status == "active"]
        top = max([c.high or c.low for c in dated] + [1]) * 1.15
        for window in picture["windows"]:
            start, end = (date2num(date.fromisoformat(window[k])) for k in ("start", "end"))
            if window["agreed"]:
                high = window["agreed"]["high"] or top
                axes.fill_between(
                    [max(start - 1, FIRST_DAY), min(end + 1, LAST_DAY)],
                    window["agreed"]["low"],
                    high,
                    color="#2ca02c",
                    alpha=0.15,
                    label="agreed range",
                )
        disputed = {
            i
            for d in discrepancies
            if d["status"] == "open"
            for i in d.get("claim_ids") or (d["claim_a"], d["claim_b"])
        }
        palette = pyplot.get_cmap("tab10")
        colours = {}
        for claim in dated:
            colour = colours.setdefault(claim.source_name, palette(len(colours) % 10))
            start = date2num(claim.as_of.start)
            width = max(date2num(claim.as_of.end) + 1.0 - start, 1.0)  # 9999-12-31 has no next day
            high = claim.high if claim.high is not None else top
            axes.bar(
                start,
                high - claim.low,
                width=width,
                bottom=claim.low,
                align="edge",
                color=colour,
                alpha=0.55,
                edgecolor="red" if claim.id in disputed else colour,
                linewidth=2.5 if claim.id in disputed else 0.5,
                label=claim.source_name,
            )
            axes.plot(
                start + width / 2,
                claim.best,
                marker="x" if claim.id in disputed else "o",
                color="red" if claim.id in disputed else "black",
            )
        if dated:
            first = min(date2num(c.as_of.start) for c in dated)
            _span(axes, first, max(date2num(c.as_of.end) + 1.0 for c in dated))
        handles, labels = axes.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        if dated:
            axes.legend(unique.values(), unique.keys(), loc="upper left", fontsize=8)
        axes.set_title(title + (" (red: in conflict)" if disputed else ""))
        return _finish(figure, axes, picture["unit"], top, fmt)


def render_binned(timeline: dict, title: str, unit: str, fmt: str) -> bytes:
    """A place with more claims than can be seen: one bar per stretch of time (db.timeline)."""
    from matplotlib.dates import date2num
    from matplotlib.patches import Patch

    with _canvas() as (_, figure, axes):
        bins = timeline["bins"]
        first = date2num(date(1970, 1, 1)) + timeline["first"] - UNIX_EPOCH_JULIAN_DAY
        width = (timeline["last"] - timeline["first"]) / timeline["stretches"]
        top = max([b["high"] for b in bins] + [1]) * 1.15
        starts = [first + b["bin"] * width for b in bins]
        disputed = [b["disputed"] > 0 for b in bins]
        axes.bar(
            starts,
            [max(b["high"] - b["low"], top / 400) for b in bins],
            width=width,
            bottom=[b["low"] for b in bins],
            align="edge",
            color="#7f7f7f",
            alpha=0.45,
            edgecolor=["red" if d else "#7f7f7f" for d in disputed],
            linewidth=[1.5 if d else 0.3 for d in disputed],
        )
        axes.scatter([s + width / 2 for s in starts], [b["best"] for b in bins], s=6, c="black")
        legend = [
            Patch(
                color="#7f7f7f", alpha=0.45, label="lowest to highest best estimate of a stretch"
            ),
            Patch(facecolor="none", edgecolor="red", label="red: holds a claim in open conflict"),
        ]
        axes.legend(handles=legend, loc="upper left", fontsize=8)
        claims = sum(b["claims"] for b in bins)
        axes.set_title(
            f"{title}: {claims:,} claims from {timeline['sources']:,} sources"
            f" in stretches of {width:,.0f} days (dots: mean best estimate)",
            fontsize=9,
        )
        _span(axes, first, first + timeline["stretches"] * width)
        return _finish(figure, axes, unit, top, fmt)


def _span(axes, first: float, last: float) -> None:
    """The time axis from FIRST to LAST with 5 % margins, kept inside the years 1 to 9999 (all
    that matplotlib draws)."""
    pad = max((last - first) * 0.05, 1.0)
    low, high = max(first - pad, FIRST_DAY), min(last + pad, LAST_DAY)
    axes.set_xlim(min(low, high - 1.0), high)


def _finish(figure, axes, unit: str, top: float, fmt: str) -> bytes:
    """The axes every chart shares: counts with thousands separators, dates below; the image."""
    from matplotlib.ticker import StrMethodFormatter

    axes.set_ylabel(unit)
    axes.set_ylim(0, top)
    axes.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    axes.xaxis_date()
    figure.autofmt_xdate()
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, bbox_inches="tight")
    return buffer.getvalue()
