"""Issue 13, second round: the metric and place of figures, rules that recur across crises and
publishers. Sentences are quoted from dev passages (extraction_eval_f and _i)."""

import pytest

from figures.extract import extract_candidates


def _figures(text: str) -> dict[str, dict]:
    """Each figure read, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"] for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # Anadolu on IOM Sudan: a dash aside between the figure and its verb
            "In a statement, the agency reported that at least 107,294 people — representing "
            "over 24,000 families — were displaced between Oct. 26 and Dec. 8.",
            "107,294",
            "fled",
        ),
        (  # the number inside the aside shares the verb after it
            "The organization noted that 718,998 people — the equivalent of 155,602 families — "
            "have fled from El Fasher city and the Zamzam camp.",
            "155,602",
            "fled",
        ),
        (  # a comma aside whose number has a thousands separator
            "Some 30,000 households, representing up to 150,000 people, have been displaced "
            "from the camp.",
            "30,000",
            "fled",
        ),
    ],
)
def test_a_dash_aside_does_not_hide_the_verb(text, surface, metric):
    assert _figures(text)[surface].get("metric") == metric


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # UNHCR briefing notes: refugees from one place counted where they arrived
            "We estimate an additional 3,000 refugees from West Darfur have arrived in eastern "
            "Chad's Birak area over the past week.",
            "3,000",
            "Birak",
        ),
        (  # IOM Iraq: "arrived yesterday at the ... facility"
            "IOM reported some 1,650 people arrived yesterday at the Hamam al-Aleel facility, and "
            "nearly 2,800 arrived at Qayara air strip on Sunday night.",
            "1,650",
            "Hamam al-Aleel",
        ),
    ],
)
def test_people_who_arrived_are_where_they_arrived(text, surface, place):
    assert _figures(text)[surface].get("location") == place


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # UNHCR via VOA: people crossing a border are fleeing
            'Agency spokesman Adrian Edwards says that "5,000 people are now crossing the borders '
            'of Syria into neighboring countries."',
            "5,000",
            "fled",
        ),
        (  # EFE on the Darien Gap: migrants who passed through a country
            "That year, a total of 133,000 migrants passed through Panama.",
            "133,000",
            "fled",
        ),
        (  # MSF in Sudan: "passed away" is dying
            "On Friday, we received 62 wounded - 18 passed away.",
            "18",
            "killed",
        ),
        (  # Dawn on Pakistan's floods: "lives lost"
            "Buner district was the worst-affected with 204 lives lost in the past 48 hours.",
            "204",
            "killed",
        ),
        (  # VOA on Cameroon: a conflict that cost lives killed them
            "The U.N. says the conflict has cost more than 3,000 lives and forced half a million "
            "to flee.",
            "3,000",
            "killed",
        ),
        (  # TASS on Turkey: a toll restated with its noun before the clause ends
            "“Unfortunately, the death toll is growing, at the moment it is 40,689 people,” he "
            "said on local TV channels.",
            "40,689",
            "killed",
        ),
        (  # Save the Children: aid that reached people is no flight
            "In 2022, Save the Children directly reached 2.1 million people, including 1.5 "
            "million children, with programming.",
            "2.1 million",
            None,
        ),
    ],
)
def test_movement_and_death_said_in_other_words(text, surface, metric):
    assert _figures(text)[surface].get("metric") == metric


@pytest.mark.parametrize(
    ("surface", "place"),
    [("306", "KPK"), ("299", "Balochistan"), ("48", "Azad Jammu and Kashmir")],
)
def test_a_count_list_names_each_place_before_its_count(surface, place):
    text = (  # APP on Pakistan's floods
        "Out of 1,545 nationwide flood-related deaths, Sindh has reported 678, KPK 306, "
        "Balochistan 299, Punjab 191, Azad Jammu and Kashmir (AJK) 48, Gilgit-Baltistan (GB) 22, "
        "and Federal Capital Islamabad one death."
    )
    assert _figures(text)[surface].get("location") == place


def test_the_articles_place_narrows_as_its_first_name_does():
    text = (  # MSF via Reuters: a paragraph naming no place takes the article's, narrowed
        "Five people have been killed and dozens wounded in Yemen's third city of Taez, Doctors "
        "Without Borders (MSF) said on Tuesday.\n"
        '"Heavy fighting has once again resumed inside Taez," MSF wrote on Twitter.\n'
        '"MSF supported facilities have received some 91 wounded and recorded five deaths '
        'directly related to the fighting," it added.'
    )
    assert _figures(text)["five"].get("location") == "Taez"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (  # AFP on Boko Haram: those affected are no displaced count
            "According to the UN Refugee Agency, violence committed by Boko Haram has affected "
            "some 26 million people in the Lake Chad region and displaced 2.6 million.",
            "26 million",
        ),
        (  # OCHA via Anadolu: aid given to displaced people counts the aid
            "The UN and partners have supported more than 113,000 displaced Haitians this year, "
            "providing essential services.",
            "113,000",
        ),
        (  # Xinhua on Burundi: leaving a host country to go home is a return
            "Nearly 600 Burundian refugees have left Tanzania to return to their home country.",
            "600",
        ),
    ],
)
def test_no_metric_for_people_affected_helped_or_going_home(text, surface):
    assert _figures(text)[surface].get("metric") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (  # AFP on Bangladesh: "Among them were" counts part of the last figure
            "At least 25 people were killed since Friday afternoon, police officials told "
            "reporters. Among them were three children aged 12 to 14 who were struck by lightning.",
            "three",
        ),
        (  # Al Jazeera on Gaza: "the dead included"
            "Bassal said the dead included at least 15 children, including 10 who were killed when "
            "their house was hit.",
            "15",
        ),
        (  # Anadolu on Gaza: a whole "including" its part shares the part's verb
            "In the past 24 hours, 756 Palestinians including 344 children were killed in Israeli "
            "strikes.",
            "756",
        ),
    ],
)
def test_parts_and_wholes_of_a_toll_are_deaths(text, surface):
    assert _figures(text)[surface].get("metric") == "killed"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # AFP: "off" a country is a place
            "Dozens of migrants are believed to have died in a shipwreck off Libya, with only "
            "seven survivors found so far, the United Nations said on Wednesday.",
            "Dozens",
            "Libya",
        ),
        (  # the IOM: a demonym read as a place is its country
            "“At least 73 migrants are reported missing and presumed dead following a tragic "
            "shipwreck off the Libyan coast yesterday,” the IOM said.",
            "73",
            "Libya",
        ),
    ],
)
def test_off_a_coast_is_its_country(text, surface, place):
    assert _figures(text)[surface].get("location") == place


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # Xinhua: the country a disaster is ravaging
            "Severe drought which is ravaging Somalia has displaced more than 444,000 people from "
            "their homes since November 2016, the UN humanitarian agency said on Friday.",
            "444,000",
            "Somalia",
        ),
        (  # the BBC on Nepal: a text naming no place, its officials' country
            "The country's finance minister wrote on his Twitter account that as many as 1,457 "
            "people had died according to the Nepalese army.",
            "1,457",
            "Nepal",
        ),
    ],
)
def test_a_place_a_disaster_ravages_or_its_officials_serve(text, surface, place):
    assert _figures(text)[surface].get("location") == place


@pytest.mark.parametrize(
    "text",
    [
        (  # Anadolu on El Fasher: a total counted since a start is a flow
            "Some 3,000 people fled, bringing the total number of displaced people to nearly "
            "89,000 since the city’s takeover by the paramilitary Rapid Support Forces."
        ),
        (  # AFP on Somalia: "internally displaced ... since" is no stock either
            "Somalia’s worst drought in more than 40 years has internally displaced 1 million "
            "people since the dry conditions struck in January 2021."
        ),
    ],
)
def test_displaced_since_a_start_fled(text):
    surface = "89,000" if "89,000" in text else "1 million"
    assert _figures(text)[surface].get("metric") == "fled"
