"""Names read as places that the words around them make something else: an outlet ("told
Turkish Weekly"), where a speaker is ("based in the UK", "reached by telephone from Beirut"), a
building named after its town ("the Cathedral of Bangassou": Bangassou),
the homeland of foreign troops ("peacekeepers from Morocco"), a people ("Fulani herders"), a
kinsman ("his brother Ekoda") or a person set off with what they are ("X, a spokeswoman")."""

import re

from figures.extract.demonyms import country_of
from figures.extract.hedges import HEDGES
from figures.extract.place_name import (
    COMPASS,
    COMPASS_ADJECTIVE,
    COUNTRY_ACRONYMS,
    FACILITIES,
    FEW,
    NOT_PLACES,
    Place,
)
from figures.extract.skim import compiled
from figures.extract.words import COUNTRIES, WORDS

_OUTLET_RE = compiled(
    r"\s(?:Weekly|Daily|Times|Post|News|Herald|Tribune|Review|Gazette|Journal|Monitor|Observer"
    r"|Standard|Chronicle|Telegraph|Guardian|Express|Press|France-Presse)$"
)
_BUILDING_OF_RE = compiled(  # "the Cathedral of Bangassou": the town is the place
    r"(?:Cathedral|Church|Mosque|Hospital|University|Stadium|Palace|Hotel)$"
)
_OF_AFTER_RE = compiled(r"\s+of\s+(?:the\s+)?[A-Z]")
_TOWN_AFTER_RE = compiled(r"\s*(?:\([A-Z]{2,8}\)\s*)?,?\s+in\s+(?:the\s+)?[A-Z]")
_TROOPS_FROM_RE = compiled(  # who came from there: "peacekeepers from Morocco", "with support
    r"\b(?:peacekeepers|troops|soldiers|contingent|battalion|police\s+officers|nationals|foreigners"
    r"|expatriates|support|help|assistance|rescuers|rescue\s+teams)\s+from\s+"  # from neighboring
    r"(?:(?:the|neighbou?ring|other|several)\s+)*(?:countries|nations)?,?\s*"  # countries,
    r"(?:(?:including|such\s+as)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:and\s+)?)*)?$"
)  # including Tanzania and Zambia": the givers
_PEOPLE_AFTER_RE = compiled(
    r"\s+(?:herders|farmers|fighters|militiamen|militants|rebels|villagers|nomads|pastoralists"
    r"|families|elders|youths|family|clan|household)\b"  # not "Kofa community": a village; "the
    # al-Sayed family": a family's name
)
_OWN_FORCES_RE = compiled(  # "Moscow's troops", "Kyiv's forces": the side, not where
    r"['’]s\s+(?:[a-z-]+\s+)?(?:troops|army|forces|military|soldiers|missiles|drones|warplanes)\b"
)
_GOVERNMENT_RE = compiled(r"[ \t]+(?:government|regime|administration)\b")
_PATRONYMIC_RE = compiled(r"\s+(?:bin|ibn|ben|binti)\s+[A-Z]")
_COUNTRY_AS_SIDE_RE = compiled(  # "the US offensive on Fallujah", "three US Marines": whose
    r"[ \t]+(?:(?:military|air|ground|naval|aerial)\s+)?(?:campaign|offensive|invasion|assault"
    r"|bombardments?|incursion|blockade|air\s*strikes|strikes)\b"
    r"|[ \t]+(?i:marines|troops|soldiers)\b|[ \t]+(?:nationals|citizens)\b"  # "104 Myanmar
    # nationals were found aboard": whose they are, not where
)
_PART_OF_RE = compiled(r"\s+(?:parts?|sides?|half|sectors?|districts)\s+of\b")
_WAR_AFTER_RE = compiled(r"\s+(?:war|conflict|fighting|ceasefire|truce|talks|border\s+war)\b")
_SHORE_RE = compiled(r"\s+(?:shoreline|coastline|coast|port|seaport)\b")  # "Black Sea shoreline"
_KIND_NAME_RE = compiled(r"\s(?:country|nation)$")  # "the Caucasus country": Georgia, named before
_WHERE_SPEAKER_IS_RE = compiled(  # "(SOHR), based in the UK", "reached by telephone from Beirut"
    r"(?:\bbased|\bheadquartered|\bby\s+(?:tele)?phone|\bspeaking)\s+(?:in|from)\s+(?:the\s+)?$"
    r"|\b(?:told|briefed|briefing)\s+(?:reporters|journalists|the\s+press|correspondents|diplomats)"
    r"\s+in\s+$"  # "Egeland told reporters in Geneva": where he spoke, not where people are
    r"|\b(?:(?:news|press)\s+)?(?:conference|briefing)\s+in\s+$"  # "at a briefing in Geneva"
    r"|\bspokes(?:man|woman|person)\s+(?:[A-Z][\w.’'-]*\s+){1,4}in\s+$"  # "IOM spokesman Joel
    # A. Millman in Rome": where he speaks from
)
_OWN_DESK_BEFORE_RE = compiled(r"\b(?:his|her|its|their|our)\s+$")
_OUTLET_AFTER_RE = compiled(
    r"\s+(?:news\s+agency|news\s+service|(?:news\s+)?(?:TV|television|radio))\b", re.IGNORECASE
)
_DESK_AFTER_RE = compiled(r"\s+(?:office|offices|headquarters|bureau|studio)\b")
_LINK_LINE_RE = compiled(
    r"(?im)^[ \t]*(?:related|read also|read more|see also|also read)\s*:[^\n]*$"
)
_DESCRIBED_PERSON_RE = compiled(  # "Bertide Horace, a spokeswoman for a community association"
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:wo)?(?:man|person)|official|leader|resident"
    r"|witness|doctor|commander|director|minister|governor|mayor|activist|member|co-?ordinator"
    r"|representative|farmer|teacher|survivor|mother|father)\b"
)
_CONTRACTION_RE = compiled(r"(?:I|We|You|They|It|He|She|That|There|What)['’](?:ve|re|ll|d|m|s)")
_KINSMAN_RE = compiled(
    r"\b(?:brother|sister|son|daughter|father|mother|husband|wife|cousin|uncle|aunt|nephew|niece)"
    r"\s+$"
)


def not_a_place(text: str, place: Place) -> bool:
    """Whether the words around PLACE make its name something other than where figures are."""
    name, before = place.name, text[max(0, place.start - 40) : place.start]
    came_from = _TROOPS_FROM_RE.search(text[max(0, place.start - 90) : place.start])
    if _OUTLET_RE.search(name) or came_from or _KINSMAN_RE.search(before):
        return True
    if _WHERE_SPEAKER_IS_RE.search(before) or _described_person(text, place, before):
        return True
    if _BUILDING_OF_RE.fullmatch(name) and _OF_AFTER_RE.match(text, place.end):
        return True
    if _WHOSE_OPERATION_RE.match(text, place.end):
        return True  # "as a result of Israel’s “Operation Protective Edge”": whose, not where
    if _compass_description(text, place):
        return True  # "the Northeastern State of Manipur": Manipur
    if name.split()[-1] in FACILITIES and _TOWN_AFTER_RE.match(text, place.end):
        return True  # "the Lady Reading Hospital (LRH) in Peshawar": the town is the place
    if _INITIAL_END_RE.search(name) and text[place.end : place.end + 1] == ".":
        return True  # "Monrovia's main John F. Kennedy hospital": a person's initial
    if len(_RANK_RE.findall(name)) > 1:
        return True  # "surrendered to Marine Brigadier General Custodio": an officer
    if _OUTLET_AFTER_RE.match(text, place.end):
        return True  # "sent to Xinhua news agency": an outlet
    if _OWN_DESK_BEFORE_RE.search(before) and _DESK_AFTER_RE.match(text, place.end):
        return True  # "in his Geneva office": where the speaker sits
    if _KIND_NAME_RE.search(name) or (
        name not in COUNTRIES and _OWN_FORCES_RE.match(text, place.end)
    ):
        return True  # "Moscow's troops": a capital for its state; "Myanmar's army" is at home
    if name.endswith(("Sea", "Ocean")) and _SHORE_RE.match(text, place.end):
        return True
    if _PATRONYMIC_RE.match(text, place.end):
        return True  # "money from Osama bin Laden": a person
    if name == "New" or _CONTRACTION_RE.fullmatch(name):
        return True  # "around New Year": a day ("Year" ends the name); "We’ve recorded": a pronoun
    if name in COMPASS and _PART_OF_RE.match(text, place.end):
        return True  # "the government-held Western part of the city": a part, unnamed
    if _WAR_AFTER_RE.match(text, place.end) and warring_sides(name):
        return True  # "the Israel-Hamas war": who fights, not where
    named = name not in COUNTRIES and name.split()[-1][:1].isupper()  # not "Wayanad district"
    if named and before.endswith("the ") and _GOVERNMENT_RE.match(text, place.end):
        return True  # "the fall of the Sheikh Hasina government": whose government, not where
    if (name in COUNTRIES or name in COUNTRY_ACRONYMS) and _COUNTRY_AS_SIDE_RE.match(
        text, place.end
    ):
        return True  # "last month's US offensive", "three US Marines": a side, not where
    return name not in COUNTRIES and bool(_PEOPLE_AFTER_RE.match(text, place.end))


def warring_sides(name: str) -> bool:
    """ "Israel-Hamas", "Russia-Ukraine", "Palestinian-Israeli", "Houthi-fired": who fought or
    struck, not where; "Ex-Control", "Nagorno-Karabakh" and "Guinea-Bissau" are names."""
    parts = re.split(r"[-–]", name)
    return (
        len(parts) > 1
        and name not in COUNTRIES
        and any(
            not p[:1].isupper() or p in NOT_PLACES or p in COUNTRIES or country_of(p) for p in parts
        )
    )


_INITIAL_END_RE = compiled(r"\s[A-Z]$")
_RANK_RE = compiled(  # two ranks in one name make it an officer's, not "General Santos"
    r"\b(?:General|Brigadier|Colonel|Lieutenant|Major|Captain|Sergeant|Admiral|Marshal|Commander)\b"
)
_TITLE_OF_RE = compiled(
    r"(?i:mayor|governor|head|chief|ombudsman|commander|prosecutor|prefect)\s+of\s+(?:the\s+)?$"
)
_PERSON_WORD_RE = compiled(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PLACE_WORDS = set(WORDS["place"]["name_suffixes"]) | set(COMPASS)
_SAID_AFTER_RE = compiled(r"\s*,|\s+(?:said|says|told|stated|noted|added|reported|wrote)\b")


def without_titled_person(text: str, place: Place) -> Place:
    """ "Mayor of Bucha Anatoliy Fedoruk said": Bucha, the name after it is the mayor's."""
    words = place.name.split()
    titled = _TITLE_OF_RE.search(text, max(0, place.start - 30), place.start)
    if len(words) < 3 or not titled or not _SAID_AFTER_RE.match(text, place.end):
        return place
    if not _person_words(words[-2:]):
        return place  # "the governor of North Kivu province said": all of it a place
    name = " ".join(words[:-2])
    return Place(name, place.start, place.start + len(name))


def _described_person(text: str, place: Place, before: str) -> bool:
    """ "in central Haiti, Bertide Horace, a spokeswoman for ...": a person's name set off after
    a place, with what the person is; not "in western Afghanistan, a Taliban official said"."""
    words = place.name.split()
    if not before.rstrip().endswith(",") or len(words) < 2 or place.name in COUNTRIES:
        return False
    return _person_words(words) and bool(_DESCRIBED_PERSON_RE.match(text, place.end))


def _person_words(words: list[str]) -> bool:
    """Words a person's name is made of, none a place's ("Province", "North")."""
    return all(_PERSON_WORD_RE.fullmatch(w) and w not in _PLACE_WORDS for w in words)


_COUNTED_LEAD_RE = compiled(rf"\s{FEW}\s+$")
_BODY_ON_RE = compiled(
    r"\b(?:Commission|Committee|Council|Conference|Panel|Office|Centre|Center|Convention"
    r"|Institute|Working\s+Group)\s+$"
)  # before "on": a body the words after name
_CLOCK_RE = compiled(  # "at 0800 hours in Jakarta", not "over the past 24 hours in Lashkagah"
    r"\d\s*(?:[ap]\.?m\.?|GMT|UTC)\s+$|\b\d{4}\s*(?:hours|hrs)\s+$", re.IGNORECASE
)
_ISIS_RE = compiled(r"\bState\s+in\s+(?:the\s+)?$")  # "Islamic State in Iraq", a group
_PARTY_RE = compiled(  # "militants linked to Al-Qaeda": a group, not a place
    r"\b(?:linked|affiliated|allied|loyal|tied|belonging)\s+(?:to|with)\s+$"
)


_KIND_IN_RE = compiled(  # "one of the poorest countries in Europe": what kind Moldova is
    r"\b(?:[a-z]+est|most\s+[a-z]+|any\s+other|every\s+other)\s+(?:countries|nations|economies"
    r"|country|nation)\s+in\s+(?:the\s+)?$"  # "more than any other country in Africa"
)
_SUPERLATIVE_AFTER_RE = compiled(  # "Africa's youngest country": South Sudan, not Africa
    r"['’]s\s+(?:[a-z]+est|most\s+[a-z]+)\s+(?:country|nation|state|city|democracy)\b"
)
_WHOSE_OPERATION_RE = compiled(  # "of Israel’s “Operation Protective Edge”": whose, not where
    r"['’]s\s+[\"“]?(?i:operation)\b"
)
_COMPASS_KIND_OF_RE = compiled(  # "the Northeastern State of Manipur": a description of Manipur
    rf"{COMPASS_ADJECTIVE}(?:\s+(?i:state|province|region|district|county))?"
    r"(?=\s+(?i:(?:state|province|region"
    r"|district|county)\s+)?of\s+(?:the\s+)?[A-Z])"
)


_SPOKEN_TO_RE = compiled(  # "Speaking to Agence France-Presse": who listened, not where
    r"(?i)\b(?:speak(?:ing|s)?|spoke|talk(?:ing|ed|s)?|said|says|told|explain(?:ed|ing)|wrote"
    r"|writing|tweeted|stated|complained|confirmed)\s+$"
)


_ACCORDING_RE = compiled(r"(?i)\baccording\s+$")


def not_led(text: str, lead: re.Match, place: Place) -> bool:
    """The words before a lead say its name is no place: a source ("according to X"), a group
    ("linked to Al-Qaeda", "Islamic State in Iraq"), a listener ("speaking to AFP"), a body
    ("the Commission on X"), a clock's zone ("2 a.m. in Jakarta"), an actor counted ("in two
    Myanmar junta airstrikes"), the frame of a description ("the poorest countries in Europe",
    "Africa's youngest country"), the half of a name ("the Near East": no East)."""
    start = lead.start()
    return bool(
        _ACCORDING_RE.search(text, max(0, start - 12), start)
        or (
            lead.group().startswith("to ") and _SPOKEN_TO_RE.search(text, max(0, start - 14), start)
        )
        or _PARTY_RE.search(text[max(0, start - 20) : lead.end()])
        or (_COUNTED_LEAD_RE.search(lead.group()) and place.core in COUNTRIES)
        or (lead.group().startswith("on ") and _BODY_ON_RE.search(text, max(0, start - 40), start))
        or _CLOCK_RE.search(text, max(0, start - 12), start)
        or _ISIS_RE.search(text[max(0, start - 9) : lead.end()])
        or _KIND_IN_RE.search(text, max(0, lead.end() - 40), lead.end())
        or _SUPERLATIVE_AFTER_RE.match(text, place.end)
        or (place.name in COMPASS and text[max(0, place.start - 5) : place.start] == "Near ")
    )


_COUNT_AFTER_RE = compiled(  # a count, no label: "Kerala 12,000", "in Basra 255 killed"
    r"\s+\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\s+\d+\s+(?:killed|dead|died|injured|wounded|displaced|deaths|fatalities|missing)\b"
)
_HEDGE_END_RE = compiled(  # "to Shelter Over 113,000": a headline's hedge, not a name
    rf"(?i:\b(?:{'|'.join(re.escape(phrase) for phrase, _ in HEDGES if ' ' not in phrase)}))$"
)


def labelled(text: str, match: re.Match) -> bool:
    """Whether the name MATCH read is a label with its number ("Camp 5", "School No. 15"), not a
    place before a count ("In Benin 18,241 refugees have been registered")."""
    if re.search(r"\sN(?:o|umber)$", match.group()) and re.match(r"\.?\s*\d", text[match.end() :]):
        return True
    if not re.match(r"\s+\d", text[match.end() : match.end() + 8]):
        return False
    counted = _COUNT_AFTER_RE.match(text, match.end()) and not _HEDGE_END_RE.search(match.group())
    return match.group("name") not in COUNTRIES and not counted


def _compass_description(text: str, place: Place) -> bool:
    """ "the Northeastern State of Manipur", "the North-Eastern state of Manipur": words that
    describe the place named after them, not a place of their own."""
    found = _COMPASS_KIND_OF_RE.match(text, place.start)
    return bool(found) and found.end() == place.end
