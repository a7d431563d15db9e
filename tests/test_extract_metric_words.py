"""Common words for trapped, dead or hurt the metric vocabulary lacked: unseen reports use them."""

import pytest
from extracted import claim_at

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "About 300 civilians are holed up in the hospital in Mariupol, the mayor said.",
            "civilians_trapped",
        ),
        ("Some 2,000 villagers were hemmed in by the fighting near Tawergha.", "civilians_trapped"),
        ("Nearly 900 people remain sealed off in the old quarter of Sanaa.", "civilians_trapped"),
        (
            "An estimated 5,000 residents were unable to escape the shelling of Bakhmut.",
            "civilians_trapped",
        ),
        ("Rescuers pulled 40 corpses from the rubble in Antakya, the ministry said.", "killed"),
        ("Officials said 25 deceased had been identified in Derna so far.", "killed"),
        ("Another 30 miners are presumed dead after the collapse in Hpakant.", "killed"),
        ("A witness said she saw 14 villagers die as the gunmen fired on the market.", "killed"),
        ("Seven Die in Kandahar Blast", "killed"),
        ("So far this year 22 community leaders have been assassinated in Cauca.", "killed"),
        ("The army said at least 27 terrorists were neutralised near Djibo.", "killed"),
        ("Elders said there was a mass burial of 23 people in Josho on Friday.", "killed"),
    ],
)
def test_word_gives_metric(text, metric):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["metric"] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Over 600,000 Karen refugees are now thought to be in Thailand.",
            "displaced_in_population",
        ),
        ("About 85,000 Burundian refugees live in western Tanzania.", "displaced_in_population"),
        ("Nearly 40,000 refugees remain in Moldova, the agency said.", "displaced_in_population"),
        ("Some 12,000 refugees arrived in Uganda last week.", "fled"),
        ("Some 3,000 refugees are in need of shelter in Kakuma.", None),
    ],
)
def test_refugees_present_in_a_place_are_a_stock(text, metric):
    """CODING.md M2: refugees who are, live or remain in a named place are counted there."""
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") == metric


def test_a_toll_named_before_a_coordinated_subject_counts_the_dead():
    text = (
        "The death toll from landslides and flash floods triggered by Typhoon Kammuri has risen "
        "to at least 212 people across Luzon."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Around 300 families have reportedly moved from Kalma to Nyala since Monday.",
        "More than 90 villagers were airlifted to safety from Chokwe by the navy.",
    ],
)
def test_moved_out_of_a_place_is_a_flow(text):
    """CODING.md M1/M3: a move or evacuation out of a place, hearsay adverb or not, is fled."""
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") == "fled"


@pytest.mark.parametrize(
    "text",
    [
        "Some 75 migrants are missing and presumed drowned off Zuwara, the coast guard said.",
        "As many as 120 people fleeing Tawergha are feared to have drowned in the river.",
    ],
)
def test_the_drowned_are_dead_whatever_they_were_fleeing(text):
    """CODING.md M5: presumed drowned is dead; 'fleeing X' modifies the dead, it is no flight."""
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") == "killed"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Some 2,100 people died. Of the deaths, 1,450 were recorded in Hatay.", "killed"),
        ("Of those killed, 45 were children, the ministry said.", "killed"),
        ("At least 70 died in Kananga, a city with more than 1 million people.", None),
    ],
)
def test_part_of_the_dead_and_a_city_population(text, metric):
    """M5: a part of the dead is dead; M8: a city's population given as background is none."""
    assert extract_candidates(text)[-1]["claim"].get("metric") == metric


def test_a_rate_in_a_dash_aside_refuses_only_itself():
    text = (
        "Over 300 civilians – an average of 9 people a day – have been killed since the offensive "
        "began, the ministry said."
    )
    found = [
        (text[c["start"] : c["end"]], c["claim"].get("metric")) for c in extract_candidates(text)
    ]
    assert found == [("300", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40,000 people have been forced out of their homes in Tigray.",
        "An estimated 40,000 people have been relocated to safer areas of Kherson.",
    ],
)
def test_forced_out_and_relocated_are_flight(text):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["metric"] == "fled"


@pytest.mark.parametrize(
    "text",
    [
        "A man was injured in Vovchansk, a border town which had some 3,000 inhabitants before "
        "the offensive.",
        "Vovchansk had 17,000 inhabitants before the war.",
        "The town had 17,000 residents before the invasion, the mayor said.",
    ],
)
def test_a_population_given_as_background_is_no_count_of_who_remains(text):
    # read as no figure at all, or as a figure of no metric: never as people still there
    assert all(c["claim"].get("metric") is None for c in extract_candidates(text))


def test_the_toll_of_an_event_counts_the_dead_not_the_events():
    (candidate,) = extract_candidates(
        "The death toll of the earthquakes in Syria has reached 1,805."
    )
    assert candidate["claim"]["metric"] == "killed"


def test_refugees_who_have_gone_back_home_return():
    text = "About 1.2 million refugees have gone back to their homes in South Sudan."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") is None  # a return, not a flight (M3)


def test_people_who_went_or_headed_to_another_place_fled():
    text = (
        "About 19,000 people went to government-controlled areas. They say more than 1,500"
        " other people have headed to Niger, and 445,000 have gone to other countries."
    )
    metrics = {text[c["start"] : c["end"]]: c["claim"]["metric"] for c in extract_candidates(text)}
    assert metrics == {"19,000": "fled", "1,500": "fled", "445,000": "fled"}


@pytest.mark.parametrize(
    "text",
    [
        "Thirty thousand people are crammed into the national stadium which was hit.",
        "Most refugees were living under trees, while 2,800 had found shelter in a local school.",
        "There are 870 persons currently taking temporary shelter in two evacuation centres.",
    ],
)
def test_people_crammed_or_sheltered_somewhere_are_displaced_there(text):
    metrics = [c["claim"]["metric"] for c in extract_candidates(text)]
    assert metrics[-1] == "displaced_in_population"


def test_people_taken_to_hospital_are_hurt_not_killed_with_the_dead_before_them():
    text = "In Khost province, 25 people had been killed and 90 taken to hospital."
    assert {c["claim"]["value"]: c["claim"].get("metric") for c in extract_candidates(text)} == {
        25: "killed",
        90: None,
    }


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("Raiders slashed the throats of 20 villagers on Sunday.", "20", "killed"),
        ("Attackers slash to death another 42 people in the hamlet.", "42", "killed"),
        ("About 2,600 migrants are believed to be still adrift.", "2,600", "civilians_trapped"),
        ("Around 200 prisoners escaped when waves swept away a prison.", "200", None),
        ("It was a prison break late Sunday in which four people escaped.", "four", None),
        ("Around 200 villagers escaped when waves swept away the village.", "200", "fled"),
        ("Most of the 622 civilians who died in the three days were shot.", "622", "killed"),
        ("The government summarily expelled thousands of Varlanians.", "thousands", None),
        ("Fewer than 1,000 Varlanians have been expelled from Ostria.", "1,000", None),
        ("Soldiers expelled at least 40,000 Varlanians from their homes.", "40,000", "fled"),
        ("Troops expelled more than 85,000 ethnic Varlanians from Ostria.", "85,000", "fled"),
        ("Soldiers expelled 500 civilians from the town.", "500", "fled"),
        ("The 2011 famine killed an estimated 260,000 people.", "260,000", None),
        (
            "Fourteen were hospitalised and two have died as the result of the outbreak.",
            "two",
            None,
        ),
        ("Famine and food insecurity claimed the lives of about 258,000 people.", "258,000", None),
        ("In the famine-hit north, gunmen killed 20 villagers.", "20", "killed"),
        ("At least 10,000 others were still buried and presumed dead.", "10,000", "killed"),
        (
            "The death toll from the cyclone, which hit Varla twice, neared 200 on Tuesday as"
            " survivors clung to hopes of finding missing relatives.",
            "200",
            "killed",
        ),
        ("On Sunday, one person lost his life in the Varla area.", "one", "killed"),
        ("The toll stands at 82 and the number of survivors at 104.", "104", None),
        ("The toll stands at 82 and the number of survivors at 104.", "82", "killed"),
        ("Only 104 people survived, 82 bodies were recovered.", "104", None),
        ("Only 104 people survived, 82 bodies were recovered.", "82", "killed"),
        ("Just 155 migrants, most from Varla, survived the sinking that killed 300.", "155", None),
        ("At least 10,000 others were still buried under rubble.", "10,000", "civilians_trapped"),
        (
            "Data show a rise in the number of bodies buried (10,199) and in the number of"
            " displaced people residing in camps.",
            "10,199",
            "killed",
        ),
    ],
)
def test_less_common_words_for_killing_escape_expulsion_and_famine(text, number, metric):
    assert claim_at(text, number).get("metric") == metric
