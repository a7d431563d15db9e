"""Places named in ways with no preposition the reader knows: "a village called X", "the
province's X County", and a coordinated count that keeps its own state: each test in our own
words."""

from extracted import claim_at as _claim

from figures.extract.place import find_places


def test_a_village_called_by_its_name_is_a_place():
    text = "Farmers from a village called Umbaro said an air strike killed nine people."
    assert "Umbaro" in [p.core for p in find_places(text)]
    assert _claim(text, "nine").get("location") == "Umbaro"


def test_a_man_named_by_his_name_is_no_place():
    text = "A man named Hassan said an air strike killed nine people."
    assert "Hassan" not in [p.core for p in find_places(text)]


def test_a_county_of_the_province_named_before_is_the_figures_place():
    text = (
        "Storms struck Varra province on Monday.\n\nIn the province's Kelvo County, some 140"
        " people were still missing, an official said."
    )
    assert _claim(text, "140").get("location") == "Kelvo County"


def test_a_region_of_the_country_is_where_arrivals_went():
    text = (
        "Thousands are fleeing into Marrenia.\n\nOfficials estimate at least 7,000 people have"
        " arrived in the country’s Upper Plains Region, with more coming."
    )
    assert _claim(text, "7,000").get("location") == "Upper Plains Region"


def test_a_count_left_homeless_does_not_share_the_dead_of_the_next_count():
    text = "The flood left 61 missing, with 2,900 reported homeless and 14 confirmed dead."
    assert _claim(text, "14")["metric"] == "killed"
    assert _claim(text, "2,900").get("metric") != "killed"
