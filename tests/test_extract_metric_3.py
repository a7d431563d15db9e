"""Metric, third round: a figure's event written away from it (past a list of what it counts,
before an aside it opens). Sentences in our own words."""

import pytest

from figures.extract import extract_candidates


def _metrics(text: str) -> dict[str, str | None]:
    """Each figure's metric, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # the verb comes after a list of what the number counts
            "Eight farmers, a teacher, and a local guard were killed in the raid.",
            "Eight",
            "killed",
        ),
        (
            "Hundreds of mothers, elderly people, and men have been forced to leave their "
            "homes in the valley.",
            "Hundreds",
            "fled",
        ),
        (  # a soldiers' count shares the list's verb: a count of them killed is killed (M7)
            "Six soldiers, three militiamen, and a nurse were killed on the road.",
            "Six",
            "killed",
        ),
        (  # the closing quote of a cited list does not end it
            "The mayor said that “four traders, including a boy” were killed at the market.",
            "four",
            "killed",
        ),
    ],
)
def test_a_list_does_not_hide_the_verb(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_respectively_is_no_list():
    text = "The wounded and missing were 310 and 52 respectively, and the toll was rising."
    assert _metrics(text)["52"] is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # the figure in a dash aside counts the phrase it opens after
            "Officials say those remaining in Bakhmut -- an estimated 4,000 -- lack water.",
            "4,000",
            "civilians_remaining",
        ),
        (
            "All of the pupils who lost their lives – 6 boys and 5 girls – were under twelve.",
            "6",
            "killed",
        ),
        (  # a parenthesised count of the people the clause says fled
            "Families keep fleeing the valley to towns on the coast, including Port Alto "
            "(2,100 people).",
            "2,100",
            "fled",
        ),
    ],
)
def test_an_aside_counts_the_phrase_before_it(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # bracketed counts listed by place share the first one's metric
            "Displaced families continue to move out of the valley to towns in the south, "
            "including Ashdale (1,200 individuals) and Brookfield (640 individuals).",
            "640",
            "fled",
        ),
        (  # one quantity at two times, the later one with no cue of its own
            "The number of displaced people sheltering at the mission base fell from a peak of "
            "9,000 last month to 3,500 on Friday.",
            "3,500",
            "displaced_in_population",
        ),
    ],
)
def test_a_listed_or_later_figure_takes_the_first_ones_metric(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_refugees_in_a_country_are_a_stock():
    text = "New arrivals raise the total number of Congolese refugees in Zambia to 61,000."
    assert _metrics(text)["61,000"] == "displaced_in_population"


def test_refugees_in_a_country_counted_since_a_start_are_a_flow():
    """CODING.md M1: a running total since a start counts who came, not who is there."""
    text = (
        "New arrivals raise the total number of Congolese refugees in Zambia to 61,000 since 2020."
    )
    assert _metrics(text)["61,000"] == "fled"


def test_a_figure_named_again_keeps_its_metric():
    text = (
        "Fighting has forced some 18,000 people to flee their villages. The agency says the "
        "18,000 displaced people include 7,000 children."
    )
    again = text.rindex("18,000")
    found = [c["claim"].get("metric") for c in extract_candidates(text) if c["start"] == again]
    assert found == ["fled"]


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a sum restates the clause before it
            "Nearly all of the Tawila settlement has been displaced — totaling 61,210 people.",
            "61,210",
            "fled",
        ),
        (  # a rate counts what the clause says they do
            "Families were still crossing into Chad at a daily rate of 900 people.",
            "900",
            "fled",
        ),
    ],
)
def test_a_sum_or_rate_counts_the_clause_before_it(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_displaced_people_counted_where_they_are_are_a_stock():
    text = (
        "Some 90,000 people are displaced in the country. Among these displaced persons, at "
        "least 52,310 are in the North Province."
    )
    assert _metrics(text)["52,310"] == "displaced_in_population"


def test_civilians_in_a_city_at_war_remain_there():
    text = "The agency warned that food is short for some 300,000 civilians in the city of Kadugli."
    assert _metrics(text)["300,000"] == "civilians_remaining"


def test_figures_that_add_up_to_one_named_before_are_its_parts():
    text = (
        "The agency said 12,457 people have returned to the country this month. Of these, "
        "8,120 came from Chad and 4,337 from Niger."
    )
    found = _metrics(text)
    assert found["8,120"] is None
    assert found["4,337"] is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # migrants are people on the move: a count of them is a flow (M1)
            "So far this year 31,207 migrants have been counted at the jungle checkpoint.",
            "31,207",
            "fled",
        ),
        (  # deaths foreseen are still deaths (M5)
            "Doctors warned that hundreds could die as the clinics run out of fuel.",
            "hundreds",
            "killed",
        ),
        (  # a comma aside with a hedge restates the people just named
            "There are still families stuck in the old town, an estimated 1,200 by one count.",
            "1,200",
            "civilians_trapped",
        ),
    ],
)
def test_the_noun_or_the_phrase_before_says_what_is_counted(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_part_of_the_abducted_is_no_count_of_those_remaining():
    text = "Gunmen abducted some 80 villagers, 35 of whom remain in the forest camp."
    assert _metrics(text)["35"] is None


def test_a_list_of_the_victims_counts_the_dead():
    text = "Among the victims were a local judge and four former rebel fighters from the area."
    assert _metrics(text)["four"] == "killed"


def test_there_are_n_refugees_is_a_stock():
    text = "There are now 412,000 Afghans who are registered or assisted as refugees in Iran."
    assert _metrics(text)["412,000"] == "displaced_in_population"


def test_a_number_the_noun_governs_does_not_hide_the_verb():
    text = "Around 4,000 residents of two quarters of the capital Bamako fled within three days."
    assert _metrics(text)["4,000"] == "fled"


def test_a_part_of_the_migrants_is_migrants():
    text = "Officials said 2,310 of the migrants counted in May were travelling with children."
    assert _metrics(text)["2,310"] == "fled"


def test_part_of_displaced_people_still_somewhere_is_a_stock():
    text = (
        "Last spring some 6,200 Sudanese fled to the border town. Some have since gone home, but "
        "most of the 6,200 are still in the town."
    )
    again = text.rindex("6,200")
    found = [c["claim"].get("metric") for c in extract_candidates(text) if c["start"] == again]
    assert found == ["displaced_in_population"]


def test_a_previous_estimate_counts_what_the_figure_before_it_counts():
    text = (
        "Some 1.4 million people have been displaced since the war began, officials said. That "
        "is well above a previous estimate for the number of people displaced of 600,000."
    )
    assert _metrics(text)["600,000"] == "fled"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a place that already hosts them: people there now (M2)
            "Many went south to the coastal region, which already welcomed 48,000 displaced people "
            "who had fled earlier fighting.",
            "48,000",
            "displaced_in_population",
        ),
        (  # aid for refugees where they are (M2)
            "The agency is sending aid for some 52,000 Congolese refugees in northern Zambia.",
            "52,000",
            "displaced_in_population",
        ),
        (  # a figure compared with another counts the same thing
            "So far this year 12,904 migrants have been counted, compared to 8,311 seen in the "
            "same months of last year.",
            "8,311",
            "fled",
        ),
    ],
)
def test_hosts_aid_and_comparisons(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_migrants_held_somewhere_are_no_flow():
    text = "Some 3,400 migrants are held in detention centres near the coast."
    assert _metrics(text)["3,400"] != "fled"
