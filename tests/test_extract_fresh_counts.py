"""What fresh passages (zzzu to zzzzm, read untuned) and the dev half's old misses showed us
misreading: "number" as a verb, rates after a dash, hedged pairs ("Dozens, if not hundreds"),
arrivals, refuge and totals as flow or stock, the missing, the hurt and survivors apart from the
dead, tolls told other ways ("martyred", "rose to 1,644 from 144"), lists held by a province,
outlets and "Earth" as no place, and days put after an inverted speaker or a briefing; each test
in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "number", "quantifier"),
    [
        (
            "The displaced inside the country are estimated to number 2,150,400.",
            "2,150,400",
            "approximately",
        ),
        (
            "The missing, who aid groups say may number 8,000 or more, are feared dead.",
            "8,000",
            "at_least",
        ),
        ("Of this number 43,000 have been registered as refugees.", "43,000", "exact"),
        ("Those still in the town now number 12,000, officials said.", "12,000", "exact"),
    ],
)
def test_number_as_a_verb_or_pointer_is_a_count(text, number, quantifier):
    assert _claim(text, number)["quantifier"] == quantifier


@pytest.mark.parametrize(
    "text",
    [
        "Survivors were moved to Camp Number 10 near the border.",
        "The council passed resolution 2254.",
    ],
)
def test_number_as_a_label_is_still_no_figure(text):
    assert extract_candidates(text) == []


def test_a_rate_after_a_dash_is_another_figure_not_this_ones():
    text = (
        "Schools are now sheltering up to 71,232 IDPs in Gaza – a daily increase of 15,000 persons."
    )
    assert _claim(text, "71,232")["metric"] == "displaced_in_population"
    assert _claim(text, "15,000")["metric"] == "fled"


def test_a_rate_in_the_figures_own_clause_is_still_no_figure():
    text = "Some 300 people a day are crossing the border."
    assert extract_candidates(text) == []


@pytest.mark.parametrize(
    ("text", "first", "metric"),
    [
        ("Dozens, if not hundreds, of people were killed in the raid.", "Dozens", "killed"),
        (
            "Thousands, perhaps tens of thousands, of people have fled the city.",
            "Thousands",
            "fled",
        ),
        (
            "Hundreds, and likely thousands, of villagers were hacked to death.",
            "Hundreds",
            "killed",
        ),
    ],
)
def test_the_first_of_two_hedged_amounts_counts_what_the_second_does(text, first, metric):
    assert _claim(text, first)["metric"] == metric
    assert len(extract_candidates(text)) == 2


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("In one week 80,000 displaced arrived in Dohuk province.", "80,000", "fled"),
        (
            "The number of villagers who fled towards the border has reached 41,200, the monitor "
            "said.",
            "41,200",
            "fled",
        ),
        (
            "The number of displaced people in the province has reached 41,200.",
            "41,200",
            "displaced_in_population",
        ),
        ("The town was left by 18,300 residents within a week.", "18,300", "fled"),
        (
            "Officials said there are still 9,000 civilians in parts of the old city.",
            "9,000",
            "civilians_remaining",
        ),
        ("The death toll could rise as 23 people are still missing.", "23", None),
    ],
)
def test_flow_stock_and_fate_words_fresh_passages_showed(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "number", "quantifier", "metric"),
    [
        (
            "Medics said 14 people at least, including 6 children, had suffocated in the shelter.",
            "14",
            "at_least",
            "killed",
        ),
        (
            "The number of IDPs has surged by about 35,000 in ten days.",
            "35,000",
            "approximately",
            "fled",
        ),
        (
            "Three bodies were found and nine people were recovered alive.",
            "nine",
            "exact",
            None,
        ),
        (
            "Some 260,000 people had taken refuge in Gedaref state since the fighting began.",
            "260,000",
            "approximately",
            "fled",
        ),
        (
            "The raids drove 3,000 from their homes, bringing the total number displaced since "
            "the offensive began to about 41,000.",
            "41,000",
            "approximately",
            "fled",
        ),
    ],
)
def test_hedges_and_fates_zzzy_to_zzzza_showed(text, number, quantifier, metric):
    claim = _claim(text, number)
    assert (claim["quantifier"], claim.get("metric")) == (quantifier, metric)


def test_a_hedge_after_the_next_conjunction_is_the_next_figures():
    text = "The toll now stands at 5,434 and at least 31,777 people were injured."
    assert _claim(text, "5,434")["quantifier"] == "exact"
    assert _claim(text, "31,777")["quantifier"] == "at_least"


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (
            "Some 95,000 civilians were sheltering in the camps. This number included 31,000 in "
            "Bor and 12,000 in Akobo.",
            "31,000",
            "displaced_in_population",
        ),
        (
            "At the end of June the refugee population of Kiryandongo Settlement stands at "
            "124,310 persons.",
            "124,310",
            "displaced_in_population",
        ),
        (
            "About 4,000 people leave the city every day, the charity said, putting the total "
            "number forced out since the offensive began at more than 210,000.",
            "210,000",
            "fled",
        ),
        (
            "Hundreds if not thousands of villagers were killed in the raids.",
            "Hundreds",
            "killed",
        ),
        ("Four guards were hurt, while two are still in serious medical condition.", "two", None),
    ],
)
def test_parts_totals_and_states_zzzzb_to_zzzzd_showed(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize("day_word", ["yesterday's", "Sunday's"])
def test_a_report_owned_by_its_day_keeps_its_body_and_day(day_word):
    text = f"According to {day_word} IOM report, some 927,000 people have crossed the borders."
    claim = _claim(text, "927,000", "2023-08-07")
    assert (claim.get("source"), claim.get("stated_on")) == ("IOM", "2023-08-06")


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("At least 90 people were killed. Among the injured, 31 were children.", "31", None),
        ("A wooden boat carrying 121 Rohingya refugees landed on a beach in Aceh.", "121", "fled"),
        ("Rescuers used boats to pull 70 people out to safety.", "70", "fled"),
        ("Soldiers had to airlift more than 200 villagers to safety.", "200", "fled"),
        (
            "Tens of thousands of people have streamed into the town seeking food.",
            "Tens of thousands",
            "fled",
        ),
        (
            "Hundreds of thousands of displaced people have flocked there.",
            "Hundreds of thousands",
            "fled",
        ),
    ],
)
def test_the_hurt_and_arrivals_zzzze_to_zzzzg_showed(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize(
    "text",
    [
        "In a statement sent to Xinhua news agency, the ministry said 91 children were killed.",
        "Libya state news agency LANA said 22 fighters had been killed.",
    ],
)
def test_an_outlet_named_before_news_agency_is_no_place(text):
    number = "91" if "91" in text else "22"
    assert _claim(text, number).get("location") not in ("Xinhua", "Libya")


def test_hell_on_earth_is_no_place():
    text = "Shelling hit Eastern Ghouta. The 400,000 people trapped there live in hell on Earth."
    assert _claim(text, "400,000")["location"] == "Eastern Ghouta"


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("The commander was killed along with his 12 bodyguards in the ambush.", "12", "killed"),
        ("At least 45 patients had reached hospitals in the capital.", "45", None),
        (
            "Tens of thousands of people are still in need of aid after the storm.",
            "Tens of thousands",
            None,
        ),
        ("Some 90,000 refugees have poured over the border since March.", "90,000", "fled"),
        ("The UN blames most of the 2,300 civilian deaths on the insurgents.", "2,300", "killed"),
    ],
)
def test_fates_and_states_zzzu_to_zzzx_left(text, number, metric):
    assert _claim(text, number).get("metric") == metric


def test_room_a_ministry_is_ready_to_give_is_no_count():
    assert (
        extract_candidates("The ministry is ready to receive some 80,000 people in its camps.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (
            "The ministry said the number of people martyred in the war reached 21,318.",
            "21,318",
            "killed",
        ),
        (
            "The shelling led to the martyrdom of 44 people and the injury of 70 others.",
            "44",
            "killed",
        ),
        (
            "It said the number of people injured since the war began reached 51,200.",
            "51,200",
            None,
        ),
        ("The toll from the earthquake has reached 1,480 deaths with 700 injuries.", "700", None),
        ("The toll rose to 1,644 from 144 on Friday, the junta said.", "144", "killed"),
    ],
)
def test_tolls_told_other_ways_zzzzh_to_zzzzj_showed(text, number, metric):
    assert _claim(text, number).get("metric") == metric


def test_a_province_named_before_a_list_of_its_places_holds_them():
    text = "Officials in Ituri Province said 40 people were killed in Djugu, Irumu and Mambasa."
    assert _claim(text, "40")["location"] == "Ituri Province"


def test_the_number_of_refugees_coming_from_a_place_is_a_running_flow():
    text = "The number of refugees coming from Tigray to Sudan has reached 38,000, UNHCR said."
    assert _claim(text, "38,000")["metric"] == "fled"
    text = "The number of refugees in Sudan has reached 38,000, UNHCR said."
    assert _claim(text, "38,000")["metric"] == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (
            "The gunmen opened fire, neutralizing dozens of people in the market.",
            "dozens",
            "killed",
        ),
        (
            "The toll is expected to rise as rescuers search for hundreds of missing people.",
            "hundreds",
            None,
        ),
    ],
)
def test_killing_and_missing_words_zzzzm_showed(text, number, metric):
    assert _claim(text, number).get("metric") == metric


def test_killed_or_mutilated_counts_two_fates_at_once():
    text = "More than 12,000 people have been killed, or mutilated, since the war began."
    assert _claim(text, "12,000").get("metric") is None


def test_a_day_before_a_statement_word_after_an_inverted_speaker_is_the_days():
    text = "Egypt evacuated 5,120 people, announced the foreign ministry late Sunday in statement."
    claim = _claim(text, "5,120", "2023-05-01")
    assert (claim["source"], claim["stated_on"]) == ("foreign ministry", "2023-04-30")


def test_briefing_correspondents_on_a_day_in_a_city_dates_what_follows():
    text = (
        "Briefing correspondents on Monday in New York, the spokesman said the fighting went on. "
        "He said some 40,000 people had fled."
    )
    assert _claim(text, "40,000", "2015-06-16")["stated_on"] == "2015-06-15"
