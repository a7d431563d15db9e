"""Metric, read against the re-coded dev passages: flow and stock, evacuations, trapped, deaths
(CODING M1-M8). Sentences in our own words."""

import pytest

from figures.extract import extract_candidates


def _metrics(text: str) -> dict[str, str | None]:
    """Each figure's metric, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a hosted total counted since a start is a running total: a flow (M1)
            "The number of Malian refugees in Niger since March 2012 stands at over 61,000.",
            "61,000",
            "fled",
        ),
        (  # with no period it stays a stock (M2)
            "The number of Malian refugees in Niger now stands at over 61,000.",
            "61,000",
            "displaced_in_population",
        ),
    ],
)
def test_a_running_total_since_a_start_is_a_flow(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # "is now N": the number of refugees somewhere at a time (M2)
            '"The number of refugees in the neighbouring states is now 412,000," she said.',
            "412,000",
            "displaced_in_population",
        ),
        (  # "put the number of refugees at N": a count at a date (M2)
            "The governor put the total number of refugees at 18,310 by the end of Monday.",
            "18,310",
            "displaced_in_population",
        ),
    ],
)
def test_the_number_of_refugees_at_a_time_is_a_stock(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # registered as refugees in host countries: people hosted there (M2)
            "Figures showed that 2,901,355 Venezuelans had been registered as refugees across "
            "17 countries.",
            "2,901,355",
            "displaced_in_population",
        ),
        (
            "More than 3 million refugees have registered for temporary protection schemes "
            "in the region.",
            "3 million",
            "displaced_in_population",
        ),
    ],
)
def test_registered_refugees_are_a_stock(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_estimated_to_be_displaced_is_a_stock_and_approximate():
    text = '"900,000 people are estimated to be displaced in the southern districts," it said.'
    found = extract_candidates(text)
    candidate = next(c for c in found if text[c["start"] : c["end"]] == "900,000")
    assert candidate["claim"]["metric"] == "displaced_in_population"  # M2
    assert candidate["claim"]["quantifier"] == "approximately"  # Q1


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # "could displace N": the people the fighting would move (M1)
            "Aid groups warned that an assault on the town could displace up to 400,000 people.",
            "400,000",
            "fled",
        ),
        (  # deaths from an outbreak are not violent deaths (M5)
            "The floods led to an outbreak of dengue and the death of about 60 people.",
            "60",
            None,
        ),
        (  # returnees driven home are not refugees fleeing (M3)
            "The fighting has forced 90,000 refugees and 40,000 Nigerien returnees to flee "
            "into Niger.",
            "40,000",
            None,
        ),
        (  # buried alive under rubble: trapped (M4)
            "Whole hamlets were flattened, and dozens of villagers have been buried under the "
            "rubble, the governor said.",
            "dozens",
            "civilians_trapped",
        ),
    ],
)
def test_verbs_and_nouns_of_the_guide(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # people brought out of a place into camps are an evacuation, fled (M3)
            "Officials said some 2,140 civilians have been relocated from Tal Afar district to "
            "camps near Dohuk.",
            "2,140",
            "fled",
        ),
        (
            "“2,300 civilians were placed in Khazir camp while another 1,100 were settled in "
            "Hasansham camp,” he said.",
            "1,100",
            "fled",
        ),
        (  # refugees moved on between camps by an agency: moved people, a flow (M3)
            "A convoy relocated 800 refugees to the new site this week.",
            "800",
            "fled",
        ),
        (  # people relocated with no word of force or safety were moved all the same (M3)
            "About 226,700 people had been relocated as of Tuesday, Xinhua said.",
            "226,700",
            "fled",
        ),
        ("The hospital relocated 300 patients to a field clinic on Monday.", "300", None),
    ],
)
def test_civilians_moved_out_into_camps_fled(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # people fleeing who have packed into centres arrived there: a flow (M1)
            "Thousands of villagers fleeing clashes between the army and rebels near the lake "
            "have packed into nearby evacuation centres.",
            "Thousands",
            "fled",
        ),
        (  # with no flight named, those crowded into shelters are there: a stock (M2)
            "Some 9,000 are staying with relatives, but another 12,000 have crowded into "
            "makeshift shelters.",
            "12,000",
            "displaced_in_population",
        ),
        (  # rescued out of flooded land: an evacuation (M3)
            "The disaster agency said that more than 410,000 people have been rescued from the "
            "floodwaters in the delta.",
            "410,000",
            "fled",
        ),
        (  # the well evacuated beside the wounded: fled; the wounded: none (M3)
            "Some 2,500 civilians and more than 60 wounded people were evacuated from the old "
            "city on Friday.",
            "2,500",
            "fled",
        ),
        (  # "an increase of N" of a site sheltering people: more came (M1)
            "The school is now sheltering 9,300 people – an increase of 2,100 from last week.",
            "2,100",
            "fled",
        ),
    ],
)
def test_arrivals_and_evacuations(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # the same number again, read only as people somewhere: the first figure's (M6)
            "Some 20,000 people remain trapped in the old town. The envoy said: “There are "
            "20,000 people, including 15,000 civilians who happen to live in that district.”",
            "15,000",
            "civilians_trapped",
        ),
        (
            "“800,000 people are estimated to be displaced in the south,” it said. “We are "
            "working in the southern towns where 800,000 people are living.”",
            "800,000",
            "displaced_in_population",
        ),
    ],
)
def test_a_number_named_again_keeps_its_metric(text, surface, metric):
    assert list(_metrics_all(text, surface))[-1] == metric


def test_all_aboard_is_not_the_dead_again():
    text = (
        "Some 300 migrants are feared drowned after the boat sank. Survivors said there had "
        "been about 300 passengers on the vessel."
    )
    assert list(_metrics_all(text, "300"))[-1] is None


def _metrics_all(text: str, surface: str) -> list[str | None]:
    """The metric of each figure written SURFACE, in order."""
    found = extract_candidates(text)
    return [c["claim"].get("metric") for c in found if text[c["start"] : c["end"]] == surface]


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # the subject says who was counted: people fleeing, a flow (M1)
            "Syrian refugees fleeing the shelling of Afrin by the army and its allies have "
            "surpassed 60,000, the ministry said on Monday as more families are displaced.",
            "60,000",
            "fled",
        ),
        (  # "left <place>": the number's own verb, whatever camps come after (M1)
            "The minister said 48,310 people left eastern Afrin to camps in the same province.",
            "48,310",
            "fled",
        ),
        (  # refugees from a place counted since a start: a running total (M1)
            "An official said refugees from southern Afrin reached 31,000 since the offensive "
            "began in March.",
            "31,000",
            "fled",
        ),
    ],
)
def test_who_was_counted_and_what_they_did(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # "forced to relocate as of <date>": displaced people counted at a date (M2)
            "The agency said that as of Monday, 96,450 people were forced to relocate.",
            "96,450",
            "displaced_in_population",
        ),
        (  # deaths in a famine the sentence names are not violent deaths (M5)
            "Aid is needed to prevent famine and a repeat of 1998, when some 70,000 people died.",
            "70,000",
            None,
        ),
        (  # displaced people who may cross a border: the crossing is the count (M1)
            "Officials say that up to 20,000 internally displaced people may try to cross into "
            "Uganda before the rains.",
            "20,000",
            "fled",
        ),
    ],
)
def test_dates_famine_and_crossings(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # running for safety is flight (M1)
            "Gunmen stormed the market and hundreds of terrified traders began running south "
            "toward the river.",
            "hundreds",
            "fled",
        ),
        (
            "The raids sent more than 12,000 villagers running for safety last week.",
            "12,000",
            "fled",
        ),
        (  # people massed at a border are there: a stock (M2)
            "Officials said there are thousands more Karen villagers massed on the border "
            "with Thailand.",
            "thousands",
            "displaced_in_population",
        ),
    ],
)
def test_running_and_massed(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a verb that uproots them, whatever camps they came from (M1)
            "Fighting has uprooted some 80,000 people from camps around Bunia in a week.",
            "80,000",
            "fled",
        ),
        (  # "people uprooted by" the war, hosted in camps: still a stock (M2)
            "Agencies run nine camps in the east for 150,000 people uprooted by the war.",
            "150,000",
            "displaced_in_population",
        ),
        (  # soldiers who fell in battle were killed (M5, M7)
            '"The toll of the ambush is as follows: 14 soldiers fell in battle," he said.',
            "14",
            "killed",
        ),
    ],
)
def test_uprooted_and_fallen(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_still_trying_to_get_out_are_trapped():
    text = (
        "Thousands have reached the camps, while at least 3,000 civilians were trying to get "
        "out of the old quarter, aid workers said."
    )
    assert _metrics(text)["3,000"] == "civilians_trapped"  # M4: not yet able to leave


def test_states_listed_before_the_noun_are_not_its_event():
    text = "Dozens of injured, hungry and frightened children continue to arrive in Renk."
    assert _metrics(text)["Dozens"] == "fled"  # what they do, not the adjectives (M1)


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("About 7,000 civilians were taken to reception centres around Damascus.", "7,000", "fled"),
        ("Some 4,000 civilians will be taken temporarily to a shelter.", "4,000", "fled"),
        ("At least 12 injured civilians were taken to Keysaney Hospital.", "12", None),
    ],
)
def test_people_taken_elsewhere_were_moved_not_the_hurt_taken_for_care(text, surface, metric):
    assert _metrics(text)[surface] == metric
