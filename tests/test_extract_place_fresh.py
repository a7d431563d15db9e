"""Place on fresh reports (CODING.md P1-P4): words that are no place, names a building or an
"of" holds, sentences written for these rules, not quoted from the evaluation set."""

import pytest

from figures.extract import extract_candidates
from figures.extract.place import find_places


def _places(text: str) -> dict[str, str | None]:
    """Each figure's place, by the figure's words in the text."""
    found = extract_candidates(text)
    return {text[c["start"] : c["end"]]: c["claim"].get("location") for c in found}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The quake measured 6.1 on the Richter scale near Jajarkot.", "Richter"),
        ("A lawmaker representing Kano North in the Senate said so.", "Senate"),
        ("Families fleeing the latest Boko Haram raids reached Yola.", "Boko Haram"),
        ("In Evacuation Centers, 300 families are staying.", "Evacuation Centers"),
        ("Staff from the private college Smith's Education were among them.", "Education"),
        ("According to SEMA's Ibrahim, the agency counted 900 people.", "Ibrahim"),
        ("The toll in the Kenyan town of Lamu rose, the Kenyan Red Cross said.", "Kenya"),
    ],
)
def test_words_that_are_no_place(text, absent):
    """A scale, a chamber, an armed group, a heading, a body's man, a people's word (P1)."""
    assert absent not in [p.name for p in find_places(text)]


def test_a_water_named_with_of_is_one_name():
    """ "the Gulf of Aden" is a name, not "Gulf" (P1)."""
    places = _places("Twelve fishermen are missing after their boat sank in the Gulf of Aden.")
    assert places["Twelve"] == "Gulf of Aden"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # a building with its town: the town, looking back
            "Fighters shelled the area near the Grand Mosque in Old Mosul, where 40 people "
            "were wounded.",
            "40",
            "Old Mosul",
        ),
        (  # looking forward from the building
            "More than 15 injured people were taken to the Central Hospital at Bama on Friday.",
            "15",
            "Bama",
        ),
        (  # a sentence naming none: the town of the hospital named before
            "Aid workers delivered supplies to Al-Nasr Hospital in Hodeidah.\n"
            "To date the hospital has received 30 wounded people.",
            "30",
            "Hodeidah",
        ),
    ],
)
def test_a_building_named_with_its_town_is_the_town(text, surface, place):
    """ "X Hospital in Aden", "Y Mosque in East Jerusalem": a landmark in the town (P1)."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # the destination of those who sought refuge (P2)
            "Some 2,300 villagers crossed the river from Burundi to seek refuge in Rwanda.",
            "2,300",
            "Rwanda",
        ),
        (  # "the camp" right after the figure: the camp named before, though "camp" ends it
            "New arrivals keep reaching Kalma camp near Nyala.\n"
            "Aid workers say 4,100 people have arrived at the camp since Monday.",
            "4,100",
            "Kalma",
        ),
    ],
)
def test_where_people_went(text, surface, place):
    """Refuge in a place, arrival at "the camp" named before (P1, P2)."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # the next sentence: the area, not the coast it lies near
            "Rescuers lifted families off roofs in the Vaison area near the Rhone valley. "
            "About 8,000 homes were left without power.",
            "8,000",
            "Vaison",
        ),
        (  # a sentence after: still the area
            "Rescuers lifted families off roofs in the Vaison area near the Rhone valley.\n\n"
            "A school was evacuated and its 210 pupils were taken to a gym.",
            "210",
            "Vaison",
        ),
        (  # "al-Bab city" is al-Bab, as "Raqqa city" is Raqqa
            "Some 9,000 people were displaced in al-Bab city last week.",
            "9,000",
            "al-Bab",
        ),
    ],
)
def test_a_landmark_and_a_name_with_its_noun(text, surface, place):
    """ "X area near the Y": Y says where X is (P1); an "al-" name drops its noun too."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # the list after the figure: the country named before it
            "After the cyclone hit Madagascar, some 80,000 people live in the worst hit "
            "districts across Atsinanana, Analanjirofo, Sava and Vatovavy.",
            "80,000",
            "Madagascar",
        ),
        (  # a sentence after the list: still the country holding it
            "The floods struck Kenya last week, hitting Garissa, Tana River, Isiolo and Wajir.\n"
            "Officials counted 41 deaths so far.",
            "41",
            "Kenya",
        ),
    ],
)
def test_a_list_of_places_is_in_the_place_that_holds_it(text, surface, place):
    """A figure over several named places: the smallest named place holding them all (P4)."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # a compass part of a town named before its residents (P3)
            "Since June, about 4,500 east Tonj residents have left their homes.",
            "4,500",
            "east Tonj",
        ),
        (  # a Nigerian local government area: its name, not a body of government
            "Gunmen killed eight people in Gwoza Local Government of Borno State.",
            "eight",
            "Gwoza",
        ),
        (  # a group's plural possessive is no place; the place named before stands
            "At least 900 people fled fighting in northern Mali.\n\n"
            "Troops pushed into the Rebels' main base, where 40 civilians remain.",
            "40",
            "northern Mali",
        ),
    ],
)
def test_names_read_in_their_shape(text, surface, place):
    """ "south Kani residents", "Paikoro Local Government", "the Tigers' stronghold" (P1, P3)."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # "the countryside of X" names X
            "Some 14 civilians were killed in shelling on the countryside of Hama.",
            "14",
            "Hama",
        ),
        (  # a list that ends in "and other areas in" the place holding it (P4)
            "Nine civilians were killed in strikes that hit Kafranbel, Hass, Maaret Harma and "
            "other villages in the countryside of Idlib.",
            "Nine",
            "Idlib",
        ),
    ],
)
def test_the_place_that_holds_villages(text, surface, place):
    """The countryside of a place, and "X, Y and other villages in Z" (P1, P4)."""
    assert _places(text)[surface] == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # "X refugee camp in Y": the camp, the narrow end of the chain
            "Shelling of the Kalma displacement camp in southern Darfur forced 3,000 to flee.",
            "3,000",
            "Kalma",
        ),
        (  # "the camp" as the figure's subject: the camp named before
            "Kakuma camp lies in northern Kenya, near Lodwar.\n"
            "According to UNHCR, the camp shelters about 190,000 people because of wars in the "
            "region.",
            "190,000",
            "Kakuma",
        ),
    ],
)
def test_a_camp_by_its_chain_and_as_subject(text, surface, place):
    """ "Kalma displacement camp in southern Darfur", "the camp shelters N" (P1)."""
    assert _places(text)[surface] == place


def test_a_country_owning_strikes_is_the_attacker():
    """ "wounded in Russia's strikes": who struck, not where; the place named before stands."""
    text = (
        "Shelling hit Kharkiv overnight, officials said.\n\n"
        '"Another 45 people were wounded in Russia\'s strikes," the governor said.'
    )
    assert _places(text)["45"] == "Kharkiv"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # two named destinations: the place left (P2)
            "Officials said 600 residents of Kherson will be evacuated to Odesa and Mykolaiv.",
            "600",
            "Kherson",
        ),
        (  # "safe regions of" a country: no single destination, the place left
            "Since May, 20,000 people have moved to safe regions of Ukraine from Kharkiv Oblast.",
            "20,000",
            "Kharkiv Oblast",
        ),
    ],
)
def test_several_destinations_leave_the_place_left(text, surface, place):
    """Displacement toward several destinations is coded at the place left (P2)."""
    assert _places(text)[surface] == place


def test_a_place_in_the_reported_clause_is_not_the_speakers():
    """The speaker's description ends where the speech verb or "that" begins what was said."""
    for text in (
        "An official told AFP that the hospital in Shire had reported 55 people dead.",
        "An official in Mekele said the hospital in Shire had reported 55 people dead.",
    ):
        assert _places(text)["55"] == "Shire"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Fighting raged in El Fasher, the capital of North Darfur in Sudan. The war has killed"
            " more than 20,000 people.",
            "20,000",
            "Sudan",
        ),
        (
            "Gunmen stormed Nondin, a village in northern Burkina Faso. Since the start of the"
            " conflict, more than 2 million people have been displaced.",
            "2 million",
            "Burkina Faso",
        ),
        (
            "Floods swept Punjab province in Pakistan this week. Nationwide, 1,314 people have"
            " died since June 14, the disaster authority said.",
            "1,314",
            "Pakistan",
        ),
        (
            "Troops were sent to guard the UN base at Malakal in South Sudan. Thousands of people"
            " have been killed since fighting erupted in December.",
            "Thousands",
            "South Sudan",
        ),
        (  # the attack's toll stays the attack's place
            "Gunmen stormed Nondin, a village in northern Burkina Faso. At least 40 people were"
            " killed, the deadliest attack of the conflict this year.",
            "40",
            "Nondin",
        ),
    ],
)
def test_a_figure_over_the_whole_war_is_the_countrys(text, number, place):
    """A sentence naming no place whose count is the war's or the nation's (P1: not the same
    event as the town named before it)."""
    assert _places(text)[number] == place


@pytest.mark.parametrize(
    "text",
    [
        "A temblor killed more than 8,000 people in the Himalayan nation.",
        "Floods killed 300 people in the Balkan state last week.",
    ],
)
def test_an_adjective_before_nation_or_state_is_no_place(text):
    assert set(_places(text).values()) == {None}


def test_a_quake_strength_before_temblor_is_no_figure():
    assert list(_places("A 7.8 temblor struck Nepal in April, killing 8,000 people.")) == ["8,000"]


def test_a_region_reports_name_by_its_acronym_is_a_place():
    text = "The NDMA said 70 died in Punjab, seven in Gilgit-Baltistan, and two in FATA."
    assert _places(text) == {"70": "Punjab", "seven": "Gilgit-Baltistan", "two": "FATA"}
    assert _places("Some 5,000 families were displaced in BARMM.") == {"5,000": "BARMM"}


@pytest.mark.parametrize(
    "text",
    [
        "Floods swept Malaysia this week. The death toll rose to 14, including eight people in"
        " Selangor, the most densely populated state.",
        "Floods swept Malaysia this week. The death toll rose to 14, eight of them in Selangor.",
    ],
)
def test_the_place_of_a_part_is_not_the_wholes(text):
    assert _places(text) == {"14": "Malaysia", "eight": "Selangor"}


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "The toll from a bombing in Kalat district of Pakistan's southwest Balochistan"
            " province rose to 21, officials said.",
            "21",
            "Kalat",
        ),
        (
            "A landslide in Garut district, West Java in Indonesia has killed 9 people.",
            "9",
            "Garut",
        ),
        (
            "Raiders attacked Seytenga village in Burkina Faso's Seno province, killing 86.",
            "86",
            "Seytenga",
        ),
        (
            "Gunmen struck Tassi, a village in Mansila department, Yagha province, in the northern"
            ' Sahel region of Burkina Faso. "The toll stood at 31," the governor said.',
            "31",
            "Tassi",
        ),
        (
            "Aid staff went to Kaxda, which is one of the largest settlements in Mogadishu with"
            " some 40,000 people.",
            "40,000",
            "Kaxda",
        ),
    ],
)
def test_a_chain_that_names_a_place_then_what_holds_it_keeps_the_narrowest(text, surface, place):
    assert _places(text)[surface] == place


def test_a_creed_and_a_sentence_opening_adjective_are_no_places():
    text = (
        "The Yazidis follow a faith derived from Zoroastrianism. Some 2,000 have left the"
        " mountain.\n\nEntire villages have been engulfed, and 300 people have died."
    )
    assert set(_places(text).values()) == {None}


def test_a_name_then_where_and_a_count_is_the_counts_place():
    text = "The quake struck the country. Worst hit was the Swat Valley, where 240 have died."
    assert _places(text)["240"] == "Swat Valley"


def test_a_part_with_its_own_count_in_brackets_is_that_counts_place():
    text = (
        "Some two million Iraqis have sought refuge abroad, mainly in Syria (1.2 million) and"
        " Jordan (500,000), but also in Lebanon."
    )
    places = _places(text)
    assert (places["1.2 million"], places["500,000"]) == ("Syria", "Jordan")
