"""A figure's place when its text names no place the reader takes as one: the country that
acts or speaks in it is the last resort (CODING.md P1), never a better place named elsewhere.
Each test in our own words."""

from extracted import claim_at as _claim


def test_a_country_that_acts_is_the_place_when_no_other_is_named():
    text = "Chile evacuated more than 20,000 people from the coast as a precaution, officials said."
    assert _claim(text, "20,000").get("location") == "Chile"


def test_a_country_that_speaks_is_the_place_when_no_other_is_named():
    text = "Morocco said on Tuesday that 2,100 people had died."
    assert _claim(text, "2,100", "2026-01-01").get("location") == "Morocco"


def test_a_named_place_still_wins_over_a_country_that_acts():
    text = "Chile sent 300 rescuers after floods in Valparaiso killed 40 people, officials said."
    assert _claim(text, "40").get("location") == "Valparaiso"


def test_a_country_after_the_word_storm_is_no_storm_name():
    text = (
        "Cuba has plans in place. In Honduras, at least 57 people have died, the commission"
        " said.\n\n"
        "“This is the worst storm Honduras has seen in decades,” an aid worker said."
    )
    assert _claim(text, "57").get("location") == "Honduras"


def test_a_name_the_text_says_is_a_storm_is_no_place():
    text = (
        "Zeta is the 27th named storm of the season. Floods in Belize have affected 50,000"
        " people.\n\nMore rain is due in the south, where Zeta is expected to bring 2,000 more."
    )
    assert _claim(text, "2,000").get("location") == "Belize"


def test_a_country_naming_a_body_that_speaks_is_still_a_place():
    text = (
        "At least six people have died in Madagascar, the agency said.\n\n"
        "Officials in Vatomandry confirmed the count.\n\n"
        '"The storm has weakened," Meteo Madagascar said.'
    )
    assert _claim(text, "six").get("location") == "Madagascar"


def test_a_news_agency_a_message_went_to_is_no_place():
    text = (
        "At least six people have died, the agency said.\n\n"
        "An official gave the toll in a text message to Agence France-Presse."
    )
    assert _claim(text, "six").get("location") != "Agence France-Presse"


def test_countries_that_send_help_are_not_where_the_figures_are():
    text = (
        "The toll from the cyclone in Malawi reached 499 on Monday.\n"
        "Rescue operations are under way with support from neighboring countries, including"
        " Tanzania and Zambia.\n"
        "The number of injuries has risen to 1,332, while 427 people are missing."
    )
    for number in ("1,332", "427"):
        assert _claim(text, number).get("location") == "Malawi", number
