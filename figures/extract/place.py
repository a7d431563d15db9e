"""The places a report names ("in Raqqa", "Yemen's Taez"), each with its offsets in the text."""

import re
from functools import lru_cache

from figures.extract import demonyms
from figures.extract import place_name as shape
from figures.extract.dates import MONTH
from figures.extract.demonyms import DEMONYM_RE, DEMONYM_SIDE_RE, country_of, is_demonym
from figures.extract.place_again import kept_places, named_again
from figures.extract.place_body import bare_places, body_places, event_places, owner_places
from figures.extract.place_colon import colon_places
from figures.extract.place_counted import (
    COUNTS_RE,
    DEFINED_RE,
    NAMED_BY_COUNT,
    NOUNED_RE,
    SETTLEMENTS,
)
from figures.extract.place_destined import LEFT_FOR_RE
from figures.extract.place_lead import LEAD_RE, PARTICLE_WORDS, PLACE_RE
from figures.extract.place_listed import add_listed
from figures.extract.place_name import (
    ACTS,
    COUNTRY_ACRONYMS,
    NAME_WORD,
    NOT_PLACES,
    ORG_RUN_RE,
    OWNED_BY_NO_PLACE_RE,
    Place,
)
from figures.extract.place_not import labelled, not_led
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS, alternation

_WORDS = WORDS["place"]
_GROUP_ENDS = set(_WORDS["armed_groups"])  # "from the Tamil Tigers", "Shabaab gunmen"
_NOT_PLACES = NOT_PLACES
_SUFFIXES = set(_WORDS["name_suffixes"])
_ORG_WORDS = set(WORDS["source"]["org_words"]) - {
    *"State Republic Kingdom Emirates Red Health Children Human Humanitarian Emergency".split(),
    *"Interior Foreign Israel International Rights Refugees Affairs Migration Relief".split(),
}
_DESCRIBING_RE = compiled(r"\s+(?:island\s+)?(?:nation|country|state|kingdom|republic)\b")
_MIXED_ACRONYM_RE = compiled(r"[a-z][A-Z]{2,}")  # "DoDMA": a body's name, as "UNHCR" is
_ACRONYM_RE = compiled(rf"(?!(?:{'|'.join(_WORDS['country_acronyms'])})['’])[A-Z]{{2,8}}['’]s")
_DONE_AFTER_RE = compiled(r"\s+(?:alone|itself|[a-z]+ed)\b")  # "in Malawi alone": the place
_FUNCTION_RE = compiled(
    r"\s+(?:from|to|in|on|at|and|or|with|by|for|of|after|before|since|as|is|was|were|has|have"
    r"|had|said|says|where|which|who|that|but|while|during|over|under|near)\b"
)
_PERSON_APPOSED_RE = compiled(  # "Alassane Ouattara, the man the world says won": a person
    r",\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:man|woman|leader|politician|cleric|warlord|strongman"
    r"|founder)\b(?!['’]s|\s+(?:said|says|told|added)\b)"  # not "in Kabul, a leader said"
    r"|,\s+(?:director|head|chief|spokes(?:man|woman|person)|commander|minister|governor)\s+of\b"
)  # "the capital, Dost Mohammad Nayab, director of the Kandahar Refugees department"

_APPOSED_RE = compiled(  # "its capital, El Fasher, home to"; "Brazil’s southernmost state, Rio
    r"\bcapital,\s+(?=[A-Z])"  # Grande do Sul, rose to 56": the name set off after its noun
    r"|(?:['’]s|(?<!\bof )\bthe)\s+(?:[a-z-]+\s+){0,2}(?:state|region|province|governorate"
    r"|district),\s+"  # not "the governor of the region, Vitaly Kim,": a person
    r"(?=[A-Z][^,.;]{1,40},)"
)
_LGA_RE = compiled(rf"({NAME_WORD}(?:[ \t]+{NAME_WORD})?)[ \t]+Local[ \t]+Government\b")
_OF_NAME_RE = compiled(r"\bof\s+(?:the\s+)?(?=[A-Z])")  # "a blockade of the Gaza Strip"
_ACT_RE = compiled(rf"\s+{ACTS}")  # a possessive's act: "Israel’s bombardments"
_COUNTRY_OWNER_RE = compiled(  # "13 of Sudan’s 18 states", "Somalia’s worst drought"
    rf"(?<![\w-])({alternation(_WORDS['countries'])})['’]s\s+(?=[a-z\d])"
    rf"(?![a-z-]+\s+(?:[a-z-]+\s+)?(?!{MONTH})[A-Z])"  # not "Ethiopia’s northern Tigray region"
    rf"(?!{ACTS})"  # "in Israel’s bombardments": who strikes, not where
    r"(?!(?:[a-z-]+\s+)?(?:envoy|ambassador|leader|president|minister|spokes\w+|proposal"
    r"|offer|plan|demands?)\b)"  # "Norway's peace envoy", "Moscow's proposal": who, not where
)
_ELSEWHERE_RE = compiled(r"(?:neighbou?ring|nearby|surrounding)\s+(?:countries|states)")
_AT_END_RE = compiled(r"\s(?:at|in|near|on)\s$")


def find_places(text: str) -> list[Place]:
    """Every place the text names, in order: after in/at/into/fled, after "Yemen's", "capital
    Juba", and again wherever a name read as a place stands before people or a place noun."""
    found: dict[int, Place] = {}
    for lead in LEAD_RE.finditer(text):
        place = _place_at(text, lead.end())
        if (
            place
            and lead.group().endswith(("’s ", "'s "))
            and (
                place.name.split()[0] in shape.OWNED_NAMES
                or _ACRONYM_RE.match(lead.group())
                or place.name in shape.FACILITIES  # "the Ohmatdyt Children's Hospital": a building
            )
        ):
            continue  # "Cox’s Bazar": not Bazar owned by Cox; "NEMA's Ezekiel": a body's man
        if (
            place
            and OWNED_BY_NO_PLACE_RE.match(lead.group())
            and not _AT_END_RE.search(lead.group())
        ):
            continue  # "People’s Daily", "Iran's supreme leader Ayatollah Ali Khamenei"; not
            # "Tuesday’s blast at Jabalia": the possessive's noun, then where it happened
        if place and not not_led(text, lead, place):
            found.setdefault(place.start, place)
    reach = 0
    for lead in NOUNED_RE.finditer(text):
        place = _place_at(text, lead.end()) if lead.end() >= reach else None
        if place and place.name[:1].isupper() and re.search(rf"\s{SETTLEMENTS}$", place.name):
            reach = place.end
            if not place.name.split()[0].isupper():  # "UNHCR camp": whose, not where
                found.setdefault(place.start, place)
    for lead in LEFT_FOR_RE.finditer(text):  # "left the city for Zaporizhzhya": the destination
        if place := _place_at(text, lead.end()):
            found.setdefault(place.start, place)
    for lead in _APPOSED_RE.finditer(text):
        if (place := _place_at(text, lead.end())) and place.name[:1].isupper():
            found.setdefault(place.start, place)
    for country in _COUNTRY_OWNER_RE.finditer(text):  # "13 of Sudan’s 18 states": Sudan
        found.setdefault(country.start(), Place(country.group(1), *country.span(1)))
    for lead in COUNTS_RE.finditer(text):
        if re.search(r"\b(?:[A-Z][\w'’-]*|the) $", text[max(0, lead.start() - 30) : lead.start()]):
            continue  # "President Bashar al-Assad reported 812", "the Public Prosecution": no place
        place = _place_at(text, lead.end())
        if place and place.name[:1].isupper() and place.name.lower() not in shape.GENERIC_SOURCES:
            found.setdefault(place.start, place)  # not "Activists reported 12 deaths"
    for lead in DEFINED_RE.finditer(text):
        if (place := _place_at(text, lead.end())) and place.name[:1].isupper():
            found.setdefault(place.start, place)
    for tallied in (match for named in NAMED_BY_COUNT for match in named.finditer(text)):
        words = tallied.group("name").split()
        if not _NOT_PLACES.intersection(words) and not _ORG_WORDS.intersection(words):
            name = tallied.group("name")
            found.setdefault(tallied.start("name"), Place(name, *tallied.span("name")))
    for lead in _OF_NAME_RE.finditer(text):  # of + a country or a name ending as places do
        if re.search(
            r"(?:[A-Z][\w'’-]*|\bsize)\s+$", text[max(0, lead.start() - 30) : lead.start()]
        ):
            continue  # "Republic of Congo", "Ministry of Education", "the size of Britain"
        place = _place_at(text, lead.end())
        last = place.name.split()[-1] if place else ""
        if place and (place.core in COUNTRIES or last in _SUFFIXES or place.core != place.name):
            found.setdefault(place.start, place)
    for side in DEMONYM_SIDE_RE.finditer(text):  # "on the Turkish side": Turkey
        if re.match(r"the\s.*territory$", side.group()):
            continue  # "the Palestinian territory" after "the Gaza Strip": the place named before
        if country := country_of(side.group("demonym")):
            found.setdefault(side.start("demonym"), Place(country, *side.span("demonym")))
    add_listed(text, found, _place_at)  # "Binnish, Ariha and Ram Hemdan"
    owned = owner_places(text, _ORG_WORDS)  # "Lebanon's Environment Minister"
    bodies = (*body_places(text), *bare_places(text), *owned, *event_places(text, _place_at))
    for body in (*bodies, *colon_places(text, _place_at, found)):
        found.setdefault(body.start, body)  # "the Gaza Strip Health Ministry", "Kidal was
        # attacked", "DRC has experienced unrest", "the Mosul operations": no preposition
    named_again(text, found)  # "Mariupol has seen": a name read as a place elsewhere
    return kept_places(text, found)


def _place_at(text: str, pos: int) -> Place | None:
    """The place named at POS, read in the words around it: once per distinct words."""
    low = max(0, pos - 16)
    found = _place_in(text[low : pos + 600], pos - low)
    return Place(found.name, found.start + low, found.end + low) if found else None


@lru_cache(maxsize=4096)
def _place_in(text: str, pos: int) -> Place | None:
    match = PLACE_RE.match(text, pos)
    if not match or labelled(text, match):
        return None  # "Camp 5", "School No. 15": a label, not a place
    follower = re.match(r"\s+([A-Z][a-z]+)", text[match.end() : match.end() + 14])
    if match.group("noun") and follower and follower.group(1) not in _NOT_PLACES:
        return None  # "the Afghan city Kunduz": the name follows its noun
    if match.group("area") and not _ELSEWHERE_RE.fullmatch(match.group("area")):
        return None  # "southern cities", "eastern municipalities": a description, no name (P1)
    if match.group("area"):  # "neighbouring countries": several places left unnamed (P2)
        return Place(match.group("area"), *match.span("area"))
    base = match.start("name")
    if lga := _LGA_RE.match(text, base):  # "Paikoro Local Government": Paikoro, no body
        return Place(lga.group(1), *lga.span(1))
    run = ORG_RUN_RE.match(text, base)
    if run and _ORG_WORDS.intersection(re.sub(r"['’]s$", "", w) for w in run.group().split()):
        return None  # "Turkey’s Disaster and Emergency Management Agency", "Children's Fund"
    if re.search(r"\d", match.group("name")):
        return None  # "to Rs72 billion": money, not a place
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", match.group("name"))]
    rest = text[base + words[-1][2] : base + words[-1][2] + 40]
    if words[-1][0].endswith("ism"):
        return None  # "a faith derived from Zoroastrianism": a creed, not a place
    owned = any(shape.owner_word(w[0]) for w in words[:-1])
    if (
        not owned
        and is_demonym(words[-1][0], match.group("noun"))
        and (match.group("noun") or (re.match(r"\s+[a-z]", rest) and not _FUNCTION_RE.match(rest)))
        and not (words[-1][0] in COUNTRIES and _DONE_AFTER_RE.match(rest))  # "Malawi killed"
    ):
        return None  # "Ukrainian port", "the South Sudanese capital", "the Hamas-run ministry"
    lone = words[0][0] if len(words) == 1 and not match.group("noun") else ""
    if demonyms.nationality(lone, text[base - 4 : base], rest):
        return None  # "followed by the Ecuadorian with 54,757": a people's word, no place
    if not owned and _DESCRIBING_RE.match(rest) and words[-1][0][-2:] in ("an", "ic"):
        if words[-1][0] not in COUNTRIES:
            return None  # "the Himalayan nation", "the Balkan state": a description (P1)
    owner = next((i for i, w in enumerate(words[:-1]) if shape.owner_word(w[0])), None)
    if owner is not None and DEMONYM_RE.search(words[-1][0]) and owner == len(words) - 2:
        words = words[: owner + 1]  # "Cameroon's English-speaking regions": Cameroon
        owner = None
    if owner is not None and owner < len(words) - 1 and words[owner + 1][0] in shape.OWNED_NAMES:
        owner = None  # "Cox’s Bazar" is one name, "Cox’s Bazar District" too
    if owner is not None and _ACRONYM_RE.fullmatch(words[owner][0]):
        return None  # "NEMA's Ezekiel", "UNHCR's Geneva office": a body's person or branch
    if owner is not None:  # "Myanmar’s Rakhine State": the place it owns
        words = words[owner + 1 :]
    noun = match.group("noun")
    if len(words) == 1 and words[0][0][-2:] in ("s’", "s'") and words[0][0][:-1] not in COUNTRIES:
        return None  # "the Tigers' last stronghold": a group's, not a place
    words = [(w[:-1], a, b - 1) if w.endswith(("s’", "s'")) else (w, a, b) for w, a, b in words]
    if len(words) > 1 and words[-1][0] == "Day":
        return None  # "India's Independence Day", "Victory Day": a holiday, not a place
    if words[-1][0] in _GROUP_ENDS:
        return None  # "the Tamil Tigers", "Shabaab": an armed group, not a place
    while (
        words
        and (
            (words[-1][0] in _NOT_PLACES and not (words[-1][0] in _SUFFIXES and len(words) > 1))
            or (words[-1][0].isupper() and len(words[-1][0]) > 1 and not noun)
            and words[-1][0] not in COUNTRY_ACRONYMS
        )
        and not (len(words) > 1 and words[-2][0] in PARTICLE_WORDS)  # "Vina del Mar"
    ):
        words, noun = words[:-1], None
    if words and words[-1][0].endswith(("'s", "’s")) and words[-1][0][:-2] in _NOT_PLACES:
        return None  # "in Saturday’s operation"
    if shape.NOT_A_PLACE_AFTER_RE.match(text[base - 4 : base] + rest, 4):
        return None  # "the Syrian-government controlled area", "an Instagram post": no place
    if (
        len(words) > 2  # a first name and a surname: not "Guinea Bissau", "Bosnia Herzegovina"
        and words[0][0] in COUNTRIES
        and not _SUFFIXES.union(shape.FEATURES).intersection(w[0] for w in words[1:])
    ):
        words = words[:1]  # "in Afghanistan Chris Nyamandi": a person named after the country
    if any(w[0] in shape.PERSON_TITLES for w in words) or (
        words and words[0][0] in shape.NAMED_EVENTS
    ):
        return None  # "Health Minister Firas Abiad" is a person; "Typhoon Ompong" a storm
    while words and words[0][0] in _NOT_PLACES:
        said = text[base + words[-1][2] : base + words[-1][2] + 90]
        if words.pop(0)[0] in shape.DAYS_AND_MONTHS and shape.PERSON_NEXT_RE.match(said):
            return None  # "On Thursday John Holmes, the UN's ...": the day was led, not a place
    if (
        words
        and words[0][0].lower() in PARTICLE_WORDS
        and (words[0][0].islower() or len(words) == 1)
    ):
        return None  # "the Palais des Nations": a building's; "El" left of "El Nino": no place
    of = shape.OF_RE.match(text, base + words[-1][2]) if words else None
    if of and len(words) == 1 and words[0][0] in shape.WATERS:  # "the Bay of Bengal": not "Bay"
        return Place(
            text[base + words[0][1] : shape.of_end(of)], base + words[0][1], shape.of_end(of)
        )
    headless = bool(words) and words[-1][0] in shape.FEATURES  # "the Red Sea port city": "Sea"
    port = headless and shape.PORT_AFTER_RE.match(text, base + words[-1][2])  # "Black Sea port"
    headless = headless and (len(words) == 1 or port)
    if (
        headless
        or not words
        or (_bare(words[0][0]).isupper() or _MIXED_ACRONYM_RE.search(words[0][0]))
        and _bare(words[0][0]) not in COUNTRY_ACRONYMS  # "the UN's partners": a body
        and (not noun or len(words) == 1)  # "UNHCR", "an IDP camp": whose, not where
    ):
        return None
    if len(words) == 1 and words[0][0].rstrip("'’s") in _SUFFIXES:
        return None  # "Islamic State's": no place
    if words[-1][0].endswith(("'s", "’s")) and _ACT_RE.match(text, base + words[-1][2]):
        return None  # "in Israel’s bombardments": the attacker, not the place
    if words[-1][0].endswith(("'s", "’s")):
        words[-1], noun = (words[-1][0][:-2], words[-1][1], words[-1][2] - 2), None
    if noun and words[-1][2] + base != match.end("name"):
        noun = None
    start = match.start("dir") if match.group("dir") and owner is None else base + words[0][1]
    if match.group("dir") and re.search(r"\sand\s+$", text[match.end("dir") : base]):
        start = start if words[0][0] in shape.COMPASS else base + words[0][1]  # "south and X"
    end = match.end("noun") if noun else base + words[-1][2]
    if words[-1][0] in ("Republic", "Kingdom", "Emirate", "Islands") and (
        of := shape.OF_RE.match(text, end)
    ):
        end = shape.of_end(of)  # "the Democratic Republic of Congo", "the Republic of South Sudan"
    both = re.match(r"[ \t]+and[ \t]+", text[end : end + 8]) if len(words) == 1 else None
    if both and shape.side_word(words[0][0]) and not noun:  # "North and South Kivu", "Northwest and
        other = PLACE_RE.match(text, end + both.end())  # Northeastern Kenya"
        if other and other.group("name") and shape.side_word(other.group("name").split()[0]):
            end = other.end("name")
    if _PERSON_APPOSED_RE.match(text, end):
        return None
    return Place(text[start:end], start, end)


def _bare(word: str) -> str:
    """A word without its possessive: "UN's" is UN."""
    return re.sub(r"['’]s$", "", word)
