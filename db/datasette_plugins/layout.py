"""Datasette plugin: the first screen of a page shows its rows (issue 14). Datasette 0.65 lists
every column's description above the table (34 lines for discrepancy_report); a small style
sheet keeps that list in a short scrolling box. Each description is also on its column's
header (`data-column-description`)."""

from datasette import hookimpl
from datasette.utils.asgi import Response

PATH = "/-/figures-layout.css"
CSS = """
dl.column-descriptions {
    max-height: 5.5em;
    overflow-y: auto;
    margin: 0.5em 0;
    padding: 0.3em 0.6em;
    border: 1px solid #ddd;
    font-size: 0.85em;
}
dl.column-descriptions dt { float: left; clear: left; margin-right: 0.5em; font-weight: bold; }
dl.column-descriptions dd { margin: 0 0 0.15em 0; }
"""


async def layout_css():
    return Response(CSS, content_type="text/css; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^/-/figures-layout\.css$", layout_css)]


@hookimpl
def extra_css_urls():
    return [PATH]
