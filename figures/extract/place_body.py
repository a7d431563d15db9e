"""A place inside a body's name ("the Gaza Strip Health Ministry", "Borno State Emergency
Management Agency") is the place of that body's own figures (CODING.md P1, as the double coding
read it); find_places skips a body's name, so its place is read here, once per text."""

from figures.extract.demonyms import country_of
from figures.extract.place_name import ORG_RUN_RE, Place
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_NAME_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_SUFFIXED_RE = compiled(  # a name ending as places do, then a capitalised name
    rf"(?<![\w'’-])(?P<owner>{_NAME_WORD}[ \t]+"
    rf"(?:{alternation(WORDS['place']['name_suffixes'])}))[ \t]+(?=[A-Z])"
)
_ORG_WORDS = set(WORDS["source"]["org_words"])


def body_places(text: str) -> list[Place]:
    """The places named inside bodies' names, not a demonym ("Ukrainian State Emergency")."""
    found = []
    for body in _SUFFIXED_RE.finditer(text):
        run = ORG_RUN_RE.match(text, body.end())
        owner = body.group("owner")
        if (
            run
            and _ORG_WORDS.intersection(run.group().split())
            and not country_of(owner.split()[0])
        ):
            found.append(Place(owner, *body.span("owner")))
    return found
