"""The timeline chart: each claim's interval over time, conflicts in red, agreed ranges green."""

import io
import warnings
from datetime import date, timedelta


def render_chart(claims, picture: dict, discrepancies: list[dict], title: str, fmt: str) -> bytes:
    """The chart; names in characters the font lacks are drawn as boxes (SVG keeps the text)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        return _draw_chart(claims, picture, discrepancies, title, fmt)


def _draw_chart(claims, picture: dict, discrepancies: list[dict], title: str, fmt: str) -> bytes:
    """Each claim as its interval over time, coloured by source; conflicts marked in red."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.dates import date2num

    pyplot.rcParams["svg.fonttype"] = "none"
    figure, axes = pyplot.subplots(figsize=(9, 4.5), dpi=100)
    try:
        dated = [c for c in claims if c.as_of is not None and c.status == "active"]
        top = max([c.high or c.low for c in dated] + [1]) * 1.15
        for window in picture["windows"]:
            start, end = (date2num(date.fromisoformat(window[k])) for k in ("start", "end"))
            if window["agreed"]:
                high = window["agreed"]["high"] or top
                axes.fill_between(
                    [start - 1, end + 1],
                    window["agreed"]["low"],
                    high,
                    color="#2ca02c",
                    alpha=0.15,
                    label="agreed range",
                )
        disputed = {
            i for d in discrepancies if d["status"] == "open" for i in (d["claim_a"], d["claim_b"])
        }
        palette = pyplot.get_cmap("tab10")
        colours = {}
        for claim in dated:
            colour = colours.setdefault(claim.source_name, palette(len(colours) % 10))
            start = date2num(claim.as_of.start)
            width = max(date2num(claim.as_of.end + timedelta(days=1)) - start, 1.0)
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
        handles, labels = axes.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        if dated:
            axes.legend(unique.values(), unique.keys(), loc="upper left", fontsize=8)
        axes.set_title(title + (" (red: in conflict)" if disputed else ""))
        axes.set_ylabel(picture["unit"])
        axes.set_ylim(0, top)
        axes.xaxis_date()
        figure.autofmt_xdate()
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, bbox_inches="tight")
        return buffer.getvalue()
    finally:
        pyplot.close(figure)
