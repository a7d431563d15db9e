"""The columns of the claims and discrepancies files, shared by the export and the import."""

from typing import NamedTuple


class Column(NamedTuple):
    name: str
    hashtag: str


# The HXL hashtags (https://hxlstandard.org) of the second row of an HXL export, which libhxl
# and HDX tools read:
# - the metric slug is `#indicator+code`; the numbers are `#indicator+num` with attributes
#   (`+stated`, `+low`, `+high`, `+best`): one column holds many metrics, and HXL's `#value` is
#   for money; hashtags never change with the filters, so files for two metrics stack;
# - the place is `#loc+name` and its p-code `#loc+code` (a p-code here can be any level, a city
#   or a district, so `#adm1+code` would claim every place is a governorate); the source is
#   `#meta+source`; dates are `#date+reported` (stated_on), `#date+start` / `#date+end` (the
#   as_of period), `#date+since`; the as_of text as posted ("2017", "2017-03-01/2017-06-30") is
#   `#meta+as_of`, since libhxl's date cleaning would rewrite it; quantifier and rule are
#   `#meta+quantifier`, `#meta+rule`.
NUMBER = "#indicator+num"

CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", "#meta+id"),
    Column("metric", "#indicator+code"),
    Column("location", "#loc+name"),
    Column("location_pcode", "#loc+code"),
    Column("source", "#meta+source"),
    Column("quantifier", "#meta+quantifier"),
    Column("value", NUMBER + "+stated"),
    Column("stated_low", NUMBER + "+stated+low"),
    Column("stated_high", NUMBER + "+stated+high"),
    Column("vague", "#meta+vague"),
    Column("unit", "#meta+unit+stated"),
    Column("household_size", "#meta+household_size"),
    Column("stated_on", "#date+reported"),
    Column("as_of", "#meta+as_of"),  # "2017-03-01/2017-06-30" is no HXL date: start and end are
    Column("as_of_start", "#date+start"),
    Column("as_of_end", "#date+end"),
    Column("since", "#date+since"),
    Column("quote", "#description+quote"),
    Column("low", NUMBER + "+low"),
    Column("high", NUMBER + "+high"),
    Column("best", NUMBER + "+best"),
    Column("canonical_unit", "#meta+unit"),
    Column("interval_rule", "#meta+rule"),
    Column("status", "#status"),
    Column("retracted_reason", "#status+reason"),
    Column("document_title", "#meta+document+title"),
    Column("document_url", "#meta+document+url"),
    Column("document_publisher", "#org+publisher"),
    Column("document_published_on", "#date+published"),
    Column("created_at", "#meta+created"),  # a timestamp: HXL date cleaning would cut it
)

DISCREPANCY_COLUMNS: tuple[Column, ...] = (
    Column("id", "#meta+id"),
    Column("kind", "#meta+kind"),
    Column("status", "#status"),
    Column("ratio", "#severity+num+ratio"),
    Column("metric", "#indicator+code"),
    Column("location", "#loc+name"),
    Column("unit", "#meta+unit"),
    Column("claims", "#meta+id+claims"),
    Column("claim_a", "#meta+id+claim_a"),
    Column("source_a", "#meta+source+claim_a"),
    Column("low_a", NUMBER + "+low+claim_a"),
    Column("high_a", NUMBER + "+high+claim_a"),
    Column("as_of_a", "#date+as_of+claim_a"),
    Column("claim_b", "#meta+id+claim_b"),
    Column("source_b", "#meta+source+claim_b"),
    Column("low_b", NUMBER + "+low+claim_b"),
    Column("high_b", NUMBER + "+high+claim_b"),
    Column("as_of_b", "#date+as_of+claim_b"),
    Column("explanation", "#description+explanation"),
    Column("detected_at", "#meta+detected"),
    Column("reviewed_at", "#meta+reviewed"),
    Column("note", "#description+note"),
)

# Text cells that a spreadsheet would run as a formula are written with a leading apostrophe
# (export), and an import strips it again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
