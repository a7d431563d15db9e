"""Names that are places by what they do with a count, with no "in" before them: "Sindh
has reported 678", "Uganda now hosts 600,000", "Balukhali camp"."""

from figures.extract import place_name as shape
from figures.extract.not_figures import COUNTED_NOUNS
from figures.extract.numbers import COUNT_START, COUNT_WORDS
from figures.extract.place_name import NAME_WORD
from figures.extract.skim import compiled

CROSSINGS = r"(?:crossing|border\s+point|crossing\s+point)"  # "the Spin Boldak crossing"
SETTLEMENTS = (  # a name these follow is a place even with no "in" before it; not "district"
    r"(?:village|villages|town|city|camp|camps|township|county|province|governorate|oblast"
    r"|region|state|enclave|island|port|district|zone|territory|municipality|prefecture"
    rf"|{CROSSINGS})"
)
NOUNED_RE = compiled(  # "raided Myauk-Inn village", "Balukhali camp": a name its noun follows
    rf"(?<![\w'’-])(?!{COUNT_START})"  # not "Thirty camps have closed"
    rf"(?={NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}[ \t]+{SETTLEMENTS}\b)"
)
COUNTS_RE = compiled(  # "while Sindh recorded 57 deaths", "X and Y have each reported five": a
    # place that reports its count, or takes people in ("Metema alone had received 18,531")
    r"(?:(?<=[a-z,;:.] )|^|(?<=\n)|(?<=[a-z][—–]))"  # "camps—Kiziba hosting 17,300"
    rf"(?={NAME_WORD}(?:[ \t]+(?:and[ \t]+)?{NAME_WORD}){{0,2}}"
    r"(?<!Hospital)(?<!Hospitals)\s+"  # "El No Hospital received 105 injuries": not a place
    r"(?:alone\s+)?(?:(?:has|had|have)\s+)?(?:each\s+|also\s+)?(?:recorded|reported|registered"
    r"|records|reports|registers|reporting|recording|accounting\s+for|accounted\s+for|suffered"
    r"|received|housed|houses|hosts|hosting|hosted|(?:is\s+|was\s+)?home\s+to|saw"
    r"|harbou?red|harbou?rs)\s+"  # "Kathmandu saw 1,202 deaths", "Sudan harboured 11,000"; "Kiziba
    # hosting 17,300 and Kigeme home to 19,000": each camp its own count
    r"(?:(?:nearly|about|over|more\s+than|some|around|almost|at\s+least)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b))"
)
_MOST_HIT = (  # "Sindh suffered the most deaths", "Hama has the highest toll": a ranking's top
    r"(?:has\s+|had\s+)?(?:suffered|recorded|reported|registered|saw|has|had)\s+(?:the\s+)?"
    r"(?:most|highest|largest|greatest|biggest|maximum|second[\s-]highest)\b"
)
DEFINED_RE = compiled(  # "Mosul is the last IS-held city", "Jordan, which already hosts": a
    # name a place noun defines, or that hosts people, is a place with no "in" before it
    rf"(?<![\w'’-])(?={NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}(?:,\s+which)?\s+"
    r"(?:(?:is|was|remains)\s+"
    rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{SETTLEMENTS}|capital|country)\b"
    r"|(?:now\s+|currently\s+|already\s+|still\s+)?(?:hosts|hosted|is\s+hosting|has\s+hosted)\s"
    rf"|{shape.WORST_HIT}\b|{_MOST_HIT}))"
    rf"|(?<=\bthe )(?={NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}},\s+where\s+(?:\d|some|about))"
)
TALLIED_RE = compiled(  # "Sindh has reported 678, KPK 306, Balochistan 299": a count list
    rf"(?:(?:(?<=\d, )|(?<=s, )|(?<=people, ))(?:and\s+)?|(?<=\d )and\s+)"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:and[ \t]+)?{NAME_WORD}){{0,3}}?)"
    rf"(?=(?:[ \t]+\([A-Z]{{2,6}}\))?[ \t]+\d[\d,.]*"
    rf"(?:[ \t]+{COUNTED_NOUNS}|[,.;)]|$))"
)
WITH_TALLIED_RE = compiled(  # "are Kunduz with 13,615 IDPs, followed by Takhar with 4,760"
    rf"(?:(?<=, )|(?<=, and )|(?<=\band )|(?<=\bare )|(?<=\bwere )|(?<=\bby ))"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
    r"(?=[ \t]+with[ \t]+(?:(?:about|some|around|nearly|over|more[ \t]+than)[ \t]+)?\d)"
)
LIST_OPENED_RE = compiled(  # "The breakdown is: Lombok Utara 339 people, Lombok Barat 30 people":
    rf"(?<=: )(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}?)"  # the count list's first name
    rf"(?=[ \t]+\d[\d,.]*[ \t]+{COUNTED_NOUNS},[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}?"
    r"[ \t]+\d)"
)
PAREN_TALLIED_RE = compiled(  # "were Metuge (67,741 individuals), Montepuez (26,679)": a name
    # its count follows in brackets
    rf"(?<![\w'’-])(?!{COUNT_START}|One\b)"  # not "Thirty (30)", "One (1)"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:(?:da|de|do|dos|du|al|el|la)[ \t]+)?{NAME_WORD}){{0,2}})"
    r"[ \t]+\("
    r"(?=(?!(?:19|20)\d\d\))\d[\d,.]*(?:[ \t]+[a-z]+)?"
    r"(?:(?:,|[ \t]+and)[ \t]+\d[\d,.]*[ \t]+[a-z]+)?\))"  # "Tangdhar (52 dead, 200 injured)"
)
SIEGED_RE = compiled(  # "the unresolved Zamboanga siege": the town besieged, not "the Taliban
    # siege of Lashkar Gah" (the besieger, the town after "of") nor "the LNA siege" (a force's)
    rf"(?<=\b[Tt]he )(?:[a-z]+[ \t]+)?(?![A-Z]{{2,}}\b)"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
    r"(?=[ \t]+(?:siege|blockade|battle)\b(?![ \t]+(?:of|for)\b))"
)
TOLL_LISTED_RE = compiled(  # "“Ninewa 332 killed and 114 injured, ..., Babil, 56 killed": a
    # province's toll in a list of tolls, each after its name
    r"(?:(?<=[.)] )|(?<=[“\"])|(?<=\n)|(?<=, )(?:and[ \t]+)?)"  # "..., and Kirkuk 18 killed"
    r"(?!(?:About|Around|Nearly|Over|Almost|Some|Another|Total|More|Up|Only|Just|Roughly|Approximately|At|Less|Fewer|Under|Of|In|And)\b)"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
    r"(?=,?[ \t]+(?:[–—-][ \t]+)?\d[\d,]*[ \t]+(?:killed|dead|injured|wounded)\b)"  # "X – 79 dead"
)
_ONE_WORD_COUNT = rf"(?:\d[\d,]*|one|{COUNT_WORDS})"  # "17", "six"
ELLIPTICAL_TALLY_RE = compiled(  # "Cumilla recorded 14 deaths, Feni 17, and Chattogram six": each
    # name after the first of a tally, its count right after it and nothing more
    rf"\b{_ONE_WORD_COUNT}(?:[ \t][a-z]{{3,12}})?,[ \t]+(?:and[ \t]+)?"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
    rf"(?=[ \t]+{_ONE_WORD_COUNT}(?:,[ \t]+(?:and[ \t]+)?{NAME_WORD}[ \t]+{_ONE_WORD_COUNT})*"
    r"\s*(?:[.;]|$))"
)
NAMED_BY_COUNT = (  # what names a place by the count beside it, in its group "name"
    TALLIED_RE,
    TOLL_LISTED_RE,
    WITH_TALLIED_RE,
    LIST_OPENED_RE,
    PAREN_TALLIED_RE,
    SIEGED_RE,
    ELLIPTICAL_TALLY_RE,
)


def counts_its_own(text: str, start: int) -> bool:
    """The name at START comes with its own count ("and Kigeme home to 19,000", "88 injured,
    Babil, 56 killed"): a figure before it is not counted there."""
    return bool(COUNTS_RE.match(text, start) or TOLL_LISTED_RE.match(text, start))
