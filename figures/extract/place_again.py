"""A name read as a place once is a place wherever else the text writes it ("Mariupol has
seen"); the places found, kept in order but for storms and repeated acronyms."""

import re

from figures.extract.demonyms import country_of, demonym_country
from figures.extract.place_name import (
    ACT_AFTER_RE,
    NOUN_TAIL_RE,
    PLACE_NOUNS,
    SIDE,
    TITLED_DATELINE_RE,
    Place,
)
from figures.extract.place_not import not_a_place, without_titled_person
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS, alternation

_STORM_NAME_RE = compiled(  # "Cyclone Idai"; "Eta, the other major hurricane"; "Iota is the
    r"\b(?i:cyclone|typhoon|hurricane|storm)\s+([A-Z][a-z]+)\b"  # 30th named storm"
    r"|\b([A-Z][a-z]+)(?:,|\s+(?:is|was|became))\s+(?:the|a|an)\s+(?:(?!of\b)[\w-]+\s+){0,3}?"
    r"(?:cyclone|typhoon|hurricane|storm)\b"
)
_FOLLOWER_RE = compiled(  # what may follow a place name; "a Myanmar army crackdown": an adjective
    rf"(?:{PLACE_NOUNS}|residents|civilians|people|attack|crossing|has|have|had|is|was|remains?|and|or"
    r"|by|in|on|at|to|from|after|since|as|where|which|who|that|but|while|during|near"
    r"|health|civil|police|authorities)"  # "the Gaza health ministry": the body’s place (P1)
)

_SIDE_RE = compiled(rf"^(?:{SIDE}|central)\s+(?=[A-Z])")  # "central Gaza"; not "South Sudan"
_NAME_BEFORE_RE = compiled(r"(?<![\w'’-])(?!(?:The|In|At|On)\b)[A-Z][\w'’-]*[ \t]+\Z")
_FOLLOWER_WORD_RE = compiled(r"\s+([a-z]+)")
_BRACKET_OPENED_RE = compiled(r"\w\s*\($")  # "the Congo (DRC)": DRC repeats a place


def named_again(text: str, found: dict[int, Place]) -> None:
    """Adds to FOUND (places by start) each other place where TEXT writes a name FOUND holds:
    "Mariupol has seen", "a Mariupol hospital"; not where the name is an adjective."""
    known = {NOUN_TAIL_RE.sub("", p.name) for p in found.values()}
    sides = {_SIDE_RE.sub("", name) for name in known} - known  # "central Gaza": Gaza is named
    known |= sides
    known = sorted((k for k in known if k[:1].isupper()), key=len, reverse=True)
    if not known:
        return
    again = compiled(rf"(?<![\w-])(?:{alternation(known)})(?![\w-])")
    covered = {i for p in found.values() for i in range(p.start, p.end)}
    for match in again.finditer(text):
        follower = _FOLLOWER_WORD_RE.match(text[match.end() : match.end() + 30])
        if follower and not _FOLLOWER_RE.fullmatch(follower.group(1)):
            continue
        if ACT_AFTER_RE.match(text, match.end()):
            continue  # "from Israel's military offensive": the attacker, not the place
        if match.group() in sides and _NAME_BEFORE_RE.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            continue  # "South Sudan" after "central Sudan": a longer name holds it
        if match.start() not in covered:
            found.setdefault(match.start(), Place(match.group(), *match.span()))


def kept_places(text: str, found: dict[int, Place]) -> list[Place]:
    """FOUND's places in order, each demonym as its country, but a name the text gives a storm
    ("Cyclone Idai", later "from Idai") and a place an acronym in brackets repeats ("the Congo
    (DRC)": the acronym is the place before it). No storm is named for a country ("the worst storm
    Honduras has seen")."""
    storms = {named or apposed for named, apposed in _STORM_NAME_RE.findall(text)} - COUNTRIES
    speakers = {name for pair in _SPEAKER_SURNAME_RE.findall(text) for name in pair if name}
    speakers |= {name for names in _TITLED_PERSON_RE.findall(text) for name in names if name}
    speakers |= set(_KIN_OWNER_RE.findall(text))  # "Aya's home", "Aya and her family": a person
    speakers |= set(_WORDS_OF_RE.findall(text))  # "In Stepanian's words": a person
    speakers |= {name for names in _ROLED_PERSON_RE.findall(text) for name in names}
    speakers -= COUNTRIES  # "Meteo Madagascar said": a body named for its country, no person
    dateline = TITLED_DATELINE_RE.match(text)
    inner = _nested(found)  # "Hall" inside "Tacloban City Hall"
    groups = [m.span() for m in _GROUP_NAME_RE.finditer(text)]  # "the Islamic State of Iraq and
    return [  # the Levant": a group, not two places
        demonym_country(without_titled_person(text, _without_opening_word(found[k])))
        for k in sorted(found)
        if (
            not text.startswith(")", found[k].end)
            or not _BRACKET_OPENED_RE.search(text[max(0, k - 4) : k])
        )
        and found[k].name not in storms
        and not _PLURAL_ACRONYM_RE.fullmatch(found[k].core)  # "in ECs", "IDPs": not places
        and not _people(found[k].core)  # "forced 100,000 Uzbeks from their homes": a people
        and found[k].core not in speakers  # "Earlier on Thursday Correia had said": a person
        and not _national_government(text, found[k])  # "the Government of National Accord"
        and not _FOE_RE.search(text[max(0, k - 30) : k])  # "the war with Israel": the foe
        and not (dateline and dateline.start("where") <= k < dateline.end("where"))
        and not any(a <= k < b for a, b in groups)
        and k not in inner
        and not not_a_place(text, found[k])  # "told Turkish Weekly", "peacekeepers from Morocco"
        and not _AND_OTHERS_RE.match(text, found[k].end)  # "Kabul and other urban areas"
    ]  # "Juba, South Sudan: ...": where the wire filed from, as "JUBA --" is


_PLURAL_ACRONYM_RE = compiled(r"[A-Z]{2,6}s")
_AND_OTHERS_RE = compiled(  # one of several places the figure spans, the rest unnamed (P4)
    r"(?:['’]s\s+[a-z]+\s+[a-z]+)?,?\s+and\s+(?:many\s+|several\s+)?other\s+"
    r"(?!neighbou?ring\b|nearby\b|surrounding\b|adjacent\b)(?:[a-z]+\s+)?"
    r"(?:cities|towns|areas|parts|provinces|regions|districts|villages|countries|states)\b"
    r"(?!\s+(?:in|of)\s+(?!the\s+country\b))"  # "Tadu and other areas in Ngoketunjia": the
    # list's container is named
)
_WORDS_OF_RE = compiled(r"\b([A-Z][a-z]{2,})['’]s\s+(?:words|view|account|opinion|estimate)\b")
_GROUP_NAME_RE = compiled(
    r"\bIslamic\s+State\s+(?:of|in)\s+(?:Iraq|Syria|the\s+Levant)"
    r"(?:\s+and\s+(?:the\s+Levant|Syria|al-Sham|Greater\s+Syria|the\s+Sham))?"
)
_KIN_OWNER_RE = compiled(
    r"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]{2,})(?:['’]s|\s+and)\s+(?:her|his)?\s*(?:home|house|doorstep"
    r"|kitchen|family"
    r"|husband|wife|sons?|daughters?|mother|father|parents|children|brothers?|sisters?)\b"
    r"(?!\s+(?:secretary|minister|ministry|office|affairs|department|front|guard|city|cities|town"
    r"|state|province|region|district|country|organi[sz]ation|agency|company|party))"  # "India’s
)  # home secretary", "Khartoum’s sister city": a place's
_SPEAKER_SURNAME_RE = compiled(  # "Celso Correia said", "said Celso Correia": Correia, a person
    r"\b[A-Z][a-z]+\s+([A-Z][a-z]{2,})(?=\s+(?:said|says|told|added|stated|had said|has said)\b)"
    r"|\b(?:said|says|told|added)\s+[A-Z][a-z]+\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"
)
_TITLED_PERSON_RE = compiled(  # "Khalifa Haftar, a commander": a person a description follows
    r"\b([A-Z][a-z]+\s+([A-Z][a-z]{2,})),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commander|warlord|strongman|militia\s+leader|rebel\s+leader)\b"
)
_ROLES = alternation([*WORDS["source"]["roles"], "marshal"])
_ROLED_PERSON_RE = compiled(  # "secretary Workneh Gebeyehu", "police commissioner Lilo Maiava",
    # "Field Marshal Khalifa Haftar", "President Roberto Duterte": the person, the first name
    # and, for later mentions, the surname
    rf"\b(?i:{_ROLES})\s+(?!(?i:{_ROLES})\s)"  # not "Deputy Commissioner Chitral": an office
    r"(([A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?((?:al-|el-)?[A-Z][a-z]{2,}))\b(?!['’]?\s*[A-Z])"
)


def _nested(found: dict[int, Place]) -> set[int]:
    """The starts of places inside a longer one found: "Hall" in "Tacloban City Hall", "al-Islam"
    in "Jama'at Nusrat al-Islam"; a fragment of a name, not a place of its own."""
    inner, outer = set(), None
    for start in sorted(found):
        if outer and found[start].end <= outer.end and outer.name[:1].isupper():
            inner.add(start)  # not "Hatay" in "southern Hatay": the name itself, described
        elif not outer or found[start].end > outer.end:
            outer = found[start]
    return inner


_PEOPLES = set(WORDS["place"]["peoples"])  # "fled with 700,000 Rohingyas from"


def _people(name: str) -> bool:
    """ "Uzbeks", "Somalis": a people's plural, not a place; "Tajik-Kyrgyz": two peoples' words
    joined ("the Tajik-Kyrgyz border"), no place either."""
    if " " in name or name in COUNTRIES:  # "Philippines" is one
        return False
    if "-" in name:
        parts = name.split("-")
        return all(p in COUNTRIES or country_of(p) for p in parts) and any(
            p not in COUNTRIES for p in parts
        )
    return name in _PEOPLES or (name.endswith("s") and country_of(name[:-1]) is not None)


_FOE_RE = compiled(
    r"\b(?:war|conflict|fighting|ceasefire|truce|clashes)\s+with\s+$"
    r"|\b(?:conflict|fighting|ceasefire|truce|clashes)\s+against\s+$"
)


def _national_government(text: str, place: Place) -> bool:
    """ "the Government of National Accord", "of National Unity": a government's name."""
    before = text[max(0, place.start - 16) : place.start]
    return place.name.startswith("National ") and bool(
        re.search(r"(?i)government\s+of\s+$", before)
    )


_OPENING_WORDS = set(  # a conjunction that opens a sentence is no part of the name after it
    "While Whilst When Whereas Although Though After Before Since Until Once As If Because"
    " Meanwhile However Unlike".split()
)


def _without_opening_word(place: Place) -> Place:
    """ "While Kasargode district was left untouched": Kasargode."""
    first, _, rest = place.name.partition(" ")
    if first not in _OPENING_WORDS or not rest[:1].isupper():
        return place
    start = place.start + len(first) + 1
    return Place(rest, start, start + len(rest))
