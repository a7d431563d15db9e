"""Places no preposition leads to: a name ending as places do ("Benue State has become"), inside
a body's name ("the Gaza Strip Health Ministry",
"Borno State Emergency Management Agency": the place of that body's own figures, CODING.md P1 as
the double coding read it), the subject of an attack ("Kidal was attacked on Monday"), the
owner of a state body ("Lebanon's Environment Minister"), and a country opening a clause."""

from collections.abc import Callable

from figures.extract.demonyms import country_of
from figures.extract.place_name import (
    ACT_AFTER_RE,
    COUNTRY_ACRONYMS,
    NOT_PLACES,
    ORG_RUN_RE,
    PERSON_TITLES,
    Place,
)
from figures.extract.place_not import warring_sides
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS, alternation

_NAME_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_SUFFIXED_RE = compiled(  # a name ending as places do ("Amhara Regional State"), then a capital
    rf"(?<![\w'’-])(?P<owner>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})??[ \t]+"
    r"(?:(?:Regional|Autonomous|Special)[ \t]+)?"  # "Addis Ababa City Administration": both
    rf"(?:{alternation(WORDS['place']['name_suffixes'])}))[ \t]+(?=[A-Z])"
)
_ORG_WORDS = set(WORDS["source"]["org_words"])
_STATE_OWNER_RE = compiled(  # a place owns its state bodies: "Myanmar's military-led government"
    r"(?:(?<=\s)|^)(?P<owner>[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+)?)['’]s\s+"
    r"(?!(?:Resistance|Liberation|Salvation|Revolutionary|Patriotic|Freedom|Redemption)\s)"  # not
    r"(?:[\w-]+\s+){0,2}"  # "the Lord's Resistance Army": a movement's name
    r"(?i:government|army|military|ministry|minister|president|authorities|police|armed forces"
    r"|junta|parliament|prime minister|foreign ministry|health ministry|interior ministry"
    r"|defen[cs]e ministry|disaster|civil defen[cs]e|state media|embassy|death toll|toll"
    r"|streets|residents|inhabitants|neighbou?rhoods|suburbs|outskirts)\b"  # "Sarajevo’s
    # streets were largely deserted": the city's own
)
_TITLED_RE = compiled(
    rf"\b(?:{'|'.join(sorted(PERSON_TITLES))})\s+((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z]\w+)"
)
_NOT_STRUCK = (
    NOT_PLACES
    | PERSON_TITLES
    | set(  # pronouns and quantifiers NOT_PLACES lacks
        "You Those Everyone Everybody Nobody Someone Somebody One Each All Both Many Most Some "
        "Another Who What Which There Here General Prime".split()
    )
)
_STRUCK_RE = compiled(  # "Kidal was attacked", "Mopti has been shelled": a place struck
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bwhen\s))"  # "A month
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+"  # after Kerala was devastated"
    r"(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:\w+ly\s+)?(?:attacked|shelled|bombed"
    r"|bombarded|struck|hit|raided|stormed|overrun|besieged|seized|captured|flooded|devastated"
    r"|ravaged|battered|inundated|rocked|lashed|submerged|swamped)\b"
)

_COUNTRY_SUBJECT_RE = compiled(  # a country or province opening a clause: "DRC has seen"; not
    # one speaking ("India has also reported 58 of its nationals dead") nor "war with Israel has"
    rf"(?:^|(?<=[.;:!?,•]\s)|(?<=\n)|(?<=\bwhile\s)|(?<=\bbut\s))(?:[Tt]he\s+)?"  # "The Philippines
    rf"(?P<name>{alternation(WORDS['place']['countries'])}"
    r"|[A-Z][\w’'-]+\s+(?:Prefecture|Province|Governorate|Oblast))(?=\s+(?:has|have"
    r"|had|is|was)\b(?!\s+(?:also\s+|now\s+)?(?:reported|raised|said|announced|confirmed)\b)"
    r"|\s+(?:also\s+)?(?:said|says|reported)\b)"
)


_ROMAN_OR_CODE = r"(?:[IVX]{1,4}(?:-[AB])?|[A-Z]{2,10}|(?<=Region )1?\d-?[AB]?)\b"  # "Region 2"
_REGION_LIST_RE = compiled(  # "in Regions VI, VII, IX, CARAGA, and NIR": the Philippine regions
    rf"\b[Rr]egions?\s+{_ROMAN_OR_CODE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ROMAN_OR_CODE})*"
)


_TITLE_RE = compiled(  # "Gaza Situation Report 43", "Sri Lanka: Floods - Information bulletin"
    rf"\A[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}?)(?:[ \t]*[:–—-][ \t]*|[ \t]+)"
    r"(?:Situation|Flash|Humanitarian|Crisis|Emergency|Response|Sitrep|SitRep|Update|Bulletin"
    r"|Snapshot|Fact|Earthquake|Floods?|Cyclone|Tropical|Typhoon|Storm|Drought|Cholera|Conflict"
    r"|Displacement|Refugee|Regional|Complex|Food)\b[^\n]{0,80}(?<![.!?])[ \t]*(?:\n|\Z)"
)


def bare_places(text: str) -> list[Place]:
    """Places no preposition leads to: a place struck, a country opening a clause, regions, the
    place a report's title line names."""
    return [
        *struck_places(text),
        *country_subjects(text),
        *region_lists(text),
        *title_place(text),
        *suffixed_places(text),
    ]


_OWN_SUFFIX_RE = compiled(  # "Benue State has become", "Fukushima Prefecture residents": a name
    # ending as places do; not after a comma ("Kuaya, Borno State": the chain's container)
    r"(?<![\w'’-])(?<!,\s)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})??[ \t]+"
    r"(?:State|Province|County|District|Governorate|Oblast|Prefecture|Region))\b(?!['’-])"
)


_GROUP_WORDS = {"National", "Federal", "Africa", "Member", "Arab", "Gulf"}


def suffixed_places(text: str) -> list[Place]:
    """Names ending as places do ("Benue State", "Mandera County"), not a group or an office."""
    found = []
    for m in _OWN_SUFFIX_RE.finditer(text):
        words = m.group("name").split()
        if _NOT_STRUCK.intersection(words[:-1]) or _ORG_WORDS.intersection(words[:-1]):
            continue
        if words[0].isupper() or country_of(words[0]) or words[0][-2:] in ("’s", "'s"):
            continue  # "US State", "Ukrainian State", "China's Henan Province": not one name
        if _GROUP_WORDS.intersection(words[:-1]):
            continue  # "Islamic State West Africa Province": a group's
        found.append(Place(m.group("name"), *m.span("name")))
    return found


def title_place(text: str) -> list[Place]:
    """The place a title line opens with ("Gaza Situation Report 43"): a country, or a name the
    body names again (not "Deadly Floods in Libya", "UNHCR Flash Update")."""
    title = _TITLE_RE.match(text)
    name = title and title.group("name")
    if not name or _ORG_WORDS.union(NOT_PLACES).intersection(name.split()):
        return []
    if name in COUNTRIES or (not name.isupper() and name in text[title.end() :]):
        return [Place(name, *title.span("name"))]
    return []


def region_lists(text: str) -> list[Place]:
    """Regions named by numeral or code ("Region VIII", "regions VII and CARAGA"), one place."""
    return [Place(m.group(), *m.span()) for m in _REGION_LIST_RE.finditer(text)]


def country_subjects(text: str) -> list[Place]:
    """Countries that open a clause as its subject, with no preposition before them."""
    return [Place(m.group("name"), *m.span("name")) for m in _COUNTRY_SUBJECT_RE.finditer(text)]


def body_places(text: str) -> list[Place]:
    """The places named inside bodies' names, not a demonym ("Ukrainian State Emergency")."""
    found = []
    for body in _SUFFIXED_RE.finditer(text):
        run = ORG_RUN_RE.match(text, body.end())
        owner, start = body.group("owner"), body.start("owner")
        first = owner.split()[0]
        if first in _NOT_STRUCK or first == "The":  # "The Borno State Emergency ...": Borno
            rest = owner[len(first) :].lstrip()
            owner, start = rest, start + len(owner) - len(rest)
        if (
            run
            and _ORG_WORDS.intersection(run.group().split())
            and not country_of(owner.split()[0])
            and owner.split()[0] not in COUNTRY_ACRONYMS  # "the US State Department": a body
            and len(owner.split()) > 1
        ):
            found.append(Place(owner, start, body.end("owner")))
    return found


def struck_places(text: str) -> list[Place]:
    """Places that open a sentence as what was attacked, shelled, flooded or seized: not a
    pronoun ("He was attacked"), a person ("Mr Ali"), a body ("UNHCR") or a month."""
    found = []
    for m in _STRUCK_RE.finditer(text):
        words = m.group("name").split()
        if _NOT_STRUCK.intersection(words) or _ORG_WORDS.intersection(words):
            continue
        if words[0].isupper() or country_of(words[0]):  # an acronym; a demonym ("Syrian")
            continue
        found.append(Place(m.group("name"), *m.span("name")))
    return found


_EVENT = (  # "the Khan Sheikhoun attack", "the Ex-Control truck bombing": an event's place
    r"(?:(?!and\b|or\b|of\b)[a-z]+\s+)?(?:attacks?|bombings?|blast|explosion|massacre|tragedy"
    r"|stampede|shipwreck|offensive|operations?|siege|earthquake|quake|floods|flooding"
    r"|landslides?|clashes|fighting|battle|shelling|(?:air)?strikes?|disaster)\b"
)
_EVENT_RE = compiled(rf"\s+{_EVENT}")
_EVENT_LEAD_RE = compiled(  # "after Ecuador earthquake", a headline's "Morocco quake toll rises"
    rf"(?:\b(?:[Tt]he|['’]s|[Aa]fter)\s+|(?m:^))(?=(?:[A-Z][\w'’-]*\s+){{1,3}}{_EVENT})"
)


def event_places(text: str, place_at: Callable[[str, int], Place | None]) -> list[Place]:
    """Places that name an event ("after the Khan Sheikhoun attack", "the Mosul operations"):
    where it struck; not the sides of a war ("the Israel-Hamas", "the Houthi-fired")."""
    found = []
    for lead in _EVENT_LEAD_RE.finditer(text):
        place = place_at(text, lead.end())
        if place and _EVENT_RE.match(text, place.end) and not warring_sides(place.name):
            if lead.group() or place.name in COUNTRIES:  # a line's first word: a country only,
                found.append(place)  # not "Fierce fighting", "Flash floods"
    return found


def owner_places(text: str, org_words: set[str]) -> list[Place]:
    """Places that own a state body ("Myanmar's military-led government"), not an attacker
    ("Israel's military campaign"), a body ("UNHCR's") or a word that names no place."""
    found = []
    titled = {w for m in _TITLED_RE.finditer(text) for w in m.group(1).split()}  # people's names
    for owner in _STATE_OWNER_RE.finditer(text):
        words = owner.group("owner").split()
        if ACT_AFTER_RE.match(text, owner.end("owner")):
            continue
        if words[-1] in titled:
            continue  # "President Rene Preval" named, "Preval's communications minister"
        if not NOT_PLACES.intersection(words) and not org_words.intersection(words):
            found.append(Place(owner.group("owner"), *owner.span("owner")))
    return found
