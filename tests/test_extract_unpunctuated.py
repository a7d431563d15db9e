"""Punctuation a reader sees past: no comma after "according to X" (the source ends where the
counted clause begins), a middle initial's full stop (not a sentence's end), and a country's
name read whole after "Republic of"."""

from extracted import claim_at as _claim


def test_according_to_a_body_without_a_comma_still_names_it():
    text = "According to the health ministry 12 people were killed in the town on Monday."
    assert _claim(text, "12").get("source") == "health ministry"


def test_a_figure_right_after_an_unpunctuated_frame_is_read_and_not_swallowed_by_the_source():
    text = (
        "According to preliminary information by the Protection Cluster 17 killed in the past"
        " 24 hours. The cumulative death toll climbed to 1,999."
    )
    assert _claim(text, "17")["metric"] == "killed"
    assert _claim(text, "17")["source"] == "Protection Cluster"
    assert _claim(text, "1,999")["source"] == "Protection Cluster"


def test_a_year_inside_the_frame_stays_in_it():
    text = "According to the 2019 report of the health ministry, 12 people were killed."
    assert "health ministry" in _claim(text, "12").get("source", "")


def test_a_country_named_after_republic_of_is_read_whole():
    text = "The camp sheltered 47,000 displaced people in the Republic of South Sudan."
    assert _claim(text, "47,000")["location"] == "Republic of South Sudan"
    text = "Some 9,000 people fled to the Gulf of Aden Somalia coast."
    assert _claim(text, "9,000")["location"] != "Gulf of Aden Somalia"


def test_a_middle_initial_does_not_end_the_sentence_nor_cut_the_name():
    text = (
        "The IOM said the boat carried 350 migrants, according to IOM spokesman Joel A. Millman"
        " in Rome. He said the coast guard had recovered 42 bodies."
    )
    assert _claim(text, "42")["source"] == "Joel A. Millman"
    text = "Settlers attacked a village in Area C. The UN said 12 people were injured."
    assert _claim(text, "12")["source"] == "UN"


def test_a_count_in_capitalised_words_also_ends_an_unpunctuated_frame():
    text = (
        "Gunmen killed over 60 people in the district, according to the UN Eighty-eight were"
        " wounded. The district chief said the village was empty."
    )
    assert _claim(text, "60")["source"] == "UN"
    assert _claim(text, "Eighty-eight")["source"] == "UN"


def test_an_outlet_named_like_a_domain_is_one_word_while_a_missing_space_still_cuts():
    text = (
        "More than 400,000 people have crossed into Syria, the disaster unit said, News.Az"
        " reports.\n\nThe report said 300,774 Syrians crossed.On Monday, the agency said 250,000"
        " people had crossed."
    )
    assert _claim(text, "300,774")["source"] != "Az"
    said = _claim(text, "250,000")
    assert said["source"] in ("the agency", "disaster unit")  # the body the agency names again
    assert said.get("stated_on") is None  # "On Monday" with no publication day to resolve it
