"""Place, third round: a figure whose sentence names no place is where the event the text
talks about happened (CODING.md P1); sentences written for these rules, not quoted."""

import pytest

from figures.extract import extract_candidates
from figures.extract.place import find_places


def _places(text: str) -> dict[str, str | None]:
    """Each figure's place, by the figure's words in the text."""
    found = extract_candidates(text)
    return {text[c["start"] : c["end"]]: c["claim"].get("location") for c in found}


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # the attack's town, named in the paragraph before, not the article's country
            "Violence has spread across Chad for years.\n\n"
            "Gunmen raided the market in Mongo on Sunday.\n\n"
            "Eleven traders were killed in the raid, a police officer said.",
            "Eleven",
            "Mongo",
        ),
        (  # the town of the event, not the capital its distance is measured from
            "Violence has spread across Chad for years.\n\n"
            "Gunmen raided a market in Bitkine, a town 60 km east of the capital N'Djamena.\n\n"
            "Seven people died in the raid, a police officer said.",
            "Seven",
            "Bitkine",
        ),
        (  # the place of the crush, not the city named to say where it lies
            "Pilgrims gathered in Saudi Arabia this week.\n\n"
            "A crush broke out in Mina, near the holy city of Mecca, on Thursday.\n\n"
            "Twenty pilgrims died, officials said.",
            "Twenty",
            "Mina",
        ),
        (  # a district rather than the country that holds it
            "Rains have hit Kenya hard.\n\n"
            "A landslide buried homes in Kenya's Elgeyo district overnight.\n\n"
            "Nine people died, officials said.",
            "Nine",
            "Elgeyo",
        ),
    ],
)
def test_a_sentence_naming_no_place_takes_the_last_events_place(text, surface, place):
    assert _places(text)[surface] == place


def test_a_toll_over_the_whole_war_is_not_the_last_town_named():
    text = (
        "Fighting in Sudan has spread.\n\n"
        "Shells hit a market in Kadugli on Friday.\n\n"
        "The war has killed more than 15,000 people."
    )
    assert _places(text)["15,000"] == "Sudan"


def test_a_landmark_in_the_figures_sentence_is_not_its_place():
    text = "Shells hit the village of Kfar Roummane, which lies south of Nabatieh, killing three."
    assert _places(text)["three"] == "Kfar Roummane"


def test_where_a_briefing_was_given_is_not_the_figures_place():
    text = (
        "Briefing from Amman by video link, the envoy said the town of about 40,000 residents "
        "was cut off."
    )
    assert _places(text)["40,000"] != "Amman"


def test_a_medium_is_not_a_place():
    text = "The governor said in an Instagram post that 14 people died."
    assert [p.name for p in find_places(text)] == []


def test_a_speaker_named_without_an_article_is_not_where_the_figure_is():
    text = (
        "In the town of Kalemie, 31 people drowned, Marie Kabila, head of the Red Cross office "
        "in Kinshasa, told reporters."
    )
    assert _places(text)["31"] == "Kalemie"


def test_several_villages_take_the_place_that_holds_them():
    text = "Gunmen killed 23 people in the villages of Tibga and Koulpelgo in Gourma province."
    assert _places(text)["23"] == "Gourma"


def test_the_office_a_speaker_heads_is_not_the_figures_place():
    text = (
        "Floods swept through Beletweyne on Monday.\n\n"
        "The head of the UN refugee agency in Somalia said 9,000 families had lost their homes."
    )
    assert _places(text)["9,000"] == "Beletweyne"


def test_a_landmark_named_after_the_capital_and_a_comma_is_still_a_landmark():
    text = (
        "Floods hit Kenya hard.\n\n"
        "The town of Garissa, 350 km east of the capital, Nairobi, was cut off by the river.\n\n"
        "Fifteen people drowned, officials said."
    )
    assert _places(text)["Fifteen"] == "Garissa"


def test_a_national_body_counts_the_whole_country():
    text = (
        "Floods hit Kenya hard.\n\n"
        "Rescuers searched the banks of the river in Garissa town on Monday.\n\n"
        "The national disaster agency said 120 people had died since March."
    )
    assert _places(text)["120"] == "Kenya"


def test_a_camp_named_by_an_acronym_is_not_a_place():
    text = "Gunmen attacked an IDP camp in Kadugli, killing 9 people."
    assert _places(text)["9"] == "Kadugli"


def test_a_country_owns_a_state_named_four_words_on():
    text = "At least 14 people died in Niger's restive southwestern region of Tillaberi."
    assert _places(text)["14"] == "Tillaberi"


def test_a_compound_compass_word_is_part_of_the_place():
    assert [p.name for p in find_places("Gunmen struck in east-central Mali.")] == [
        "east-central Mali"
    ]


def test_the_mediterranean_is_a_place_not_a_demonym():
    text = "As many as 60 migrants drowned in the Mediterranean last week."
    assert _places(text)["60"] == "Mediterranean"


def test_a_dateline_city_and_country_gives_the_country():
    text = "KINSHASA, Congo — Officials said 40 people had died."
    assert _places(text)["40"] == "Congo"


def test_an_attack_named_by_its_place_is_at_that_place():
    text = (
        "Rebels have held positions in Binnish since May. Shelling later hit Taftanaz. "
        "The UN said the Binnish attack killed 12 civilians."
    )
    assert _places(text)["12"] == "Binnish"


def test_the_figures_clause_resumes_after_a_speakers_frame_and_a_list():
    text = (
        "Four police officers, two guards, and a driver were killed, according to the army, "
        "in an ambush on a convoy in Djibo, in the north."
    )
    assert _places(text)["Four"] == "Djibo"


def test_the_capital_is_the_capital_city_the_text_names():
    text = (
        "Shells hit Baidoa on Tuesday after Mogadishu, the capital, on Monday. "
        "Aid groups said 3,000 families had fled their homes in the capital."
    )
    assert _places(text)["3,000"] == "Mogadishu"


def test_the_capital_is_the_datelines_city():
    text = "BANGUI, Central African Republic — Clashes forced 4,000 people from their homes in "
    text += "the country's capital this week."
    assert _places(text)["4,000"] == "Bangui"


def test_a_countrys_capital_is_its_capital_city_where_the_text_names_that_city():
    text = (
        "Clashes in Liberia's capital have killed 310 people. In the Thai capital, 45 people "
        "died. Some 9,000 people fled the capital of East Timor. Gunmen attacked a village "
        "south of the Syrian capital, killing 12 people. Aid reached Monrovia, Bangkok, Dili "
        "and Damascus."
    )
    places = _places(text)
    assert places["310"] == "Monrovia"
    assert places["45"] == "Bangkok"
    assert places["9,000"] == "Dili"
    assert places["12"] != "Damascus"  # a landmark: the village lies south of it


def test_a_countrys_capital_is_found_written_with_its_accent():
    text = "Clashes in Colombia's capital killed 12 people. Aid later reached Bogotá."
    assert _places(text)["12"] == "Bogotá"


def test_a_countrys_capital_the_text_never_names_stays_the_country():
    text = "Clashes in Liberia's capital have killed 310 people."
    assert _places(text)["310"] == "Liberia"  # CODING.md P1: a place's name must be written


def test_a_place_left_keeps_its_chain_out_of_the_count():
    text = (
        "The mission visited Renk town, where 2,400 displaced people have arrived from "
        "Kosti, White Nile State, since May."
    )
    assert _places(text)["2,400"] == "Renk"


def test_neighbouring_countries_are_no_place_for_the_figure():
    text = (
        "Fighting in South Sudan has displaced 300,000 people within the country and in "
        "neighbouring countries since May."
    )
    assert _places(text)["300,000"] == "South Sudan"


def test_a_number_with_a_thousands_comma_does_not_cut_a_figure_from_its_capital():
    text = (
        "The health agency says 443 people have died and 2,110 have been wounded in violence in"
        " Libya's capital since an offensive against Tripoli began last month."
    )
    assert _places(text)["443"] == "Tripoli"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "The shelling came shortly after the Khan Sheikhoun attack, where over 88 civilians"
            " were killed.",
            "88",
            "Khan Sheikhoun",
        ),
        (
            "Since the beginning of the Mosul operations, the number of IDPs reached 4,182"
            " families.",
            "4,182",
            "Mosul",
        ),
    ],
)
def test_a_place_named_by_its_event_is_the_events_place(text, surface, place):
    """ "the Khan Sheikhoun attack", "the Mosul operations": where it struck (P1)."""
    assert _places(text)[surface] == place


def test_the_sides_of_a_war_named_before_it_are_no_place():
    text = "Since the Israel-Hamas war began in Gaza, 1.7 million people have been displaced."
    assert _places(text)["1.7 million"] == "Gaza"


def test_people_fleeing_a_war_in_a_place_are_counted_where_they_are():
    text = (
        "Aid groups run 12 refugee camps in eastern Chad for 240,000 people uprooted by the"
        " conflict in Darfur."
    )
    assert _places(text)["240,000"] == "eastern Chad"


def test_a_country_written_with_the_that_opens_a_clause_is_a_place():
    text = (
        "The Philippines has seen a wave of killings since July. Police statistics show the"
        " police killed an estimated 1,959 suspects."
    )
    assert _places(text)["1,959"] == "Philippines"


def test_the_places_opening_the_items_of_a_list_are_their_counts_places():
    text = "Recent events in Iraq. Badush: 4 executed. Kirkuk: 5 killed. Tarmiya: 3 bodies."
    places = _places(text)
    assert (places["4"], places["5"], places["3"]) == ("Badush", "Kirkuk", "Tarmiya")
    text = "Floods in the north. Deaths: 45. Injured: 120. Missing: 30. Displaced: 9,000."
    assert {p for p in find_places(text)} == set(find_places("Floods in the north."))


def test_the_places_opening_a_bulleted_lists_items_are_their_counts_places():
    text = (
        "People are in shelters in these provinces:\n   • Si Varla: 8,021 people in 43 shelters\n"
        "   • Ostra: 5,898 people in 13 shelters\n   • Bun Ram: 2,480 people in 11 shelters"
    )
    places = _places(text)
    assert (places["8,021"], places["5,898"], places["2,480"]) == ("Si Varla", "Ostra", "Bun Ram")
