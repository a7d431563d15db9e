"""The patterns a place is read with: the words that lead to one ("in", "fled", "Yemen's") and
the shape of its name ("eastern Ghouta", "Port au Prince", "Raqqa city")."""

from figures.extract import place_name as shape
from figures.extract.place_name import ARTICLE, FEW, NAME_WORD, PLACE_NOUNS
from figures.extract.skim import compiled
from figures.extract.words import WORDS, alternation

_WORDS = WORDS["place"]
DIRECTIONS = (  # "east-central Mali"; "besieged Mariupol", "rebel-held Idlib" are read whole too
    rf"(?:(?:{alternation(_WORDS['directions'] + _WORDS['descriptors'])})(?:-central)?"
    rf"|[a-z]+-(?:{alternation(_WORDS['descriptor_participles'])}))"
)
_PARTICLES = "al|el|ez|ad|de|des|du|la|da|do|di|dos|au|aux|del|los|las"  # "Port au Prince"
PARTICLE_WORDS = set(_PARTICLES.split("|"))
_NAME = rf"{NAME_WORD}(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,2}}{NAME_WORD}){{0,3}}"  # "de la"
PLACE_RE = compiled(
    rf"(?:(?P<dir>{DIRECTIONS})\s+(?:(?:and|of)\s+)?)?(?P<name>{_NAME})"
    rf"(?:[ \t]+(?P<noun>{PLACE_NOUNS})\b)?"
    rf"|(?P<area>(?:{alternation(_WORDS['area_adjectives'])})\s+"
    rf"(?:{alternation(_WORDS['area_nouns'])}))\b"
)
_START = rf"(?=(?:{DIRECTIONS})\s+(?:(?:and|of)\s+)?[A-Z]|{ARTICLE}?[A-Z]|(?:{DIRECTIONS})\s)"
_PREPOSITIONS = _WORDS["prepositions"] + [  # "a shipwreck off Libya", "drought ravaging Somalia"
    *"off ravaging battering devastating rocking hitting striking affecting".split(),
    *"pounding lashing hammering gripping plaguing engulfing".split(),  # "rains pounding Kenya"
    "countryside of",  # "the countryside of Idlib"
    "war against",  # "the war against Ukraine": where an invasion is fought
]
_PREPOSITIONS += [  # "In Gaza"; not "the Department of Social Welfare": a body, no place
    w[0].upper() + w[1:] for w in _PREPOSITIONS if not w.startswith("department")
]
LEAD_RE = compiled(
    rf"(?<![\w'’])(?:{alternation(_PREPOSITIONS)})\s+"  # not "at" in "Jama’at"
    r"(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    rf"|(?<=\bin ){FEW}\s+)?"  # "in two Juba bases"
    rf"{_START}"
    r"|\b(?:[Ii]n|[Tt]o|into|from|across)\s+the\s+(?:country|province|state|region|nation)['’]s\s+"
    r"(?=[A-Z])"  # "in the province's Ningshan County"
    rf"|(?:(?<=\s)|^)(?:{NAME_WORD}['’]s|(?<![A-Z]{{2}}\s){shape.S_COUNTRIES}['’])\s+(?:[a-z-]+\s+){{0,2}}(?=[A-Z])"
    r"|(?:(?<=\d\s)|(?<=\d,\d{3}\s))"  # "13,000 south Kani residents"
    rf"(?=(?:(?:{DIRECTIONS})\s+)?[A-Z]\w+\s+(?:residents|civilians|inhabitants|families))"
)
