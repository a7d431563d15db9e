"""Places pointed to ("the enclave"), struck ("seized Walikale") or described ("besieged Sumy")."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.place import find_places


def test_the_enclave_is_the_nearest_place_before():
    text = (
        "Egypt's foreign minister met aid workers in Gaza on Monday. "
        "Officials said 900 people had been killed in the enclave."
    )
    places = {c["claim"]["value"]: c["claim"]["location"] for c in extract_candidates(text)}
    assert places[900] == "Gaza"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels seized Walikale on Sunday.", "Walikale"),
        ("The army recaptured Kidal after a week of fighting.", "Kidal"),
        ("Floodwaters swept Maiduguri overnight.", "Maiduguri"),
        ("Militants stormed Djibo before dawn.", "Djibo"),
    ],
)
def test_a_place_taken_or_struck_is_a_place(text, place):
    assert [p.name for p in find_places(text)] == [place]


@pytest.mark.parametrize(
    ("text", "location", "evidence"),
    [
        (
            "About 90,000 people remain in besieged Sumy, the governor said.",
            "Sumy",
            "besieged Sumy",
        ),
        ("Some 40,000 refugees live in neighbouring Rwanda.", "Rwanda", "neighbouring Rwanda"),
        ("Some 7,000 people fled war-torn Darfur last month.", "Darfur", "war-torn Darfur"),
        ("Some 7,000 people fled eastern Aleppo last month.", "eastern Aleppo", "eastern Aleppo"),
    ],
)
def test_a_word_that_describes_a_place_is_no_part_of_it(text, location, evidence):
    """The claim's place is the one a register of places knows; the evidence keeps the words."""
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == location
    assert candidate["evidence"]["place"]["text"] == evidence


def test_a_span_of_months_is_no_place():
    text = "Some 60,000 were displaced in Afar, counting those recorded prior to June-July."
    assert [p.name for p in find_places(text)] == ["Afar"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The health ministry in Hamas-run Gaza said 27 people were killed.", "Gaza"),
        ("Activists said 40 people were killed in rebel-held Idlib on Monday.", "Idlib"),
        ("Some 2,100 people fled famine-hit Zamzam, the agency said.", "Zamzam"),
        ("At least 1,000 people were killed in quake-hit Herat province.", "Herat"),
        ("About 300 families remain in government-controlled Deir ez-Zor.", "Deir ez-Zor"),
    ],
)
def test_who_holds_or_what_hit_a_place_is_no_part_of_its_name(text, place):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == place


def test_a_body_known_by_a_mixed_case_acronym_is_no_place():
    text = (
        "The death toll is currently at 499, according to reports from DoDMA, and 427 people "
        "are still unaccounted for."
    )
    assert all(c["claim"].get("location") != "DoDMA" for c in extract_candidates(text))
    assert [p.name for p in find_places(text)] == []


def test_a_person_named_after_a_country_is_no_part_of_it():
    text = (
        "The charity's Country Director in Afghanistan Chris Nyamandi said 15 children were killed."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == "Afghanistan"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The tremor killed 14 in the prefecture of Marrakech, the ministry said.", "Marrakech"),
        ("Floods displaced 3,000 people in the municipality of Tanauan.", "Tanauan"),
    ],
)
def test_administrative_units_named_with_of(text, place):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == place


def test_fled_one_place_for_another_is_at_the_destination():
    (candidate,) = extract_candidates("Some 4,000 people fled Kidal for Gao last week.")
    assert candidate["claim"]["location"] == "Gao"


@pytest.mark.parametrize(
    "text",
    [
        "Kidal was attacked on Monday and at least 40 people were killed.",
        "Mopti was shelled overnight; at least 40 people were killed.",
        "Kidal has been overrun by the rebels, and 4,000 people fled.",
    ],
)
def test_a_place_struck_as_a_subject_is_found(text):
    candidates = extract_candidates(text)
    assert candidates[0]["claim"]["location"] == text.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "He was attacked on Monday and at least 40 people were killed.",
        "Mr Ali was attacked at home and at least 40 people were killed.",
        "UNHCR was hit by cuts, and 4,000 people fled.",
    ],
)
def test_a_pronoun_person_or_body_struck_is_no_place(text):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("location") is None


@pytest.mark.parametrize("place", ["Guinea Bissau", "Bosnia Herzegovina"])
def test_a_country_written_in_two_words_is_not_cut(place):
    (candidate,) = extract_candidates(f"At least 40 people were killed in {place} on Monday.")
    assert candidate["claim"]["location"] == place


def test_places_listed_after_followed_by_each_hold_their_count():
    text = (
        "Sindhupalchok recorded 1,587 deaths, followed by Kathmandu (1,039), Nuwakot (707) and "
        "Lalitpur district (168), officials said."
    )
    places = {c["claim"]["value"]: c["claim"].get("location") for c in extract_candidates(text)}
    assert places == {1587: "Sindhupalchok", 1039: "Kathmandu", 707: "Nuwakot", 168: "Lalitpur"}


def test_a_community_named_after_a_preposition_is_no_place():
    text = (
        "More than 200 people belonging to the Meitei community have been evacuated from their "
        "villages in Manipur's Jiribam district, officials said."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == "Jiribam"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Beira's death toll rose to 40, officials said.", "Beira"),
        ("Some 40,000 people fled Goma, most of them to Rwanda.", "Goma"),
    ],
)
def test_a_place_owning_its_toll_and_a_flight_mostly_to_one_place(text, place):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == place


def test_an_area_without_a_name_is_no_article_place():
    text = (
        "Key figures:\n- 4.5 million people displaced\n"
        "- 1.2 million refugees in neighbouring countries"
    )
    first = extract_candidates(text)[0]
    assert first["claim"].get("location") is None  # "neighbouring countries" names no place (P2)


def test_amnesty_international_is_no_place():
    text = (  # "capital, X" names the capital, but Amnesty is none
        "Civilians are enduring violence in the battle for Aleppo, the country's largest city "
        "and commercial capital, Amnesty International said today. During a 10-day visit, "
        "Amnesty International investigated some 30 attacks."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["location"] == "Aleppo"


def test_the_strip_is_the_strip_named_before():
    text = (
        "Israel struck the Gaza Strip again on Monday. Rockets hit southern Israel.\n\n"
        "Health authorities in the strip say more than 8,500 people have been killed."
    )
    assert _claim(text, "8,500")["location"] == "Gaza Strip"


def test_the_city_is_never_the_country_its_city_is_ranked_in():
    text = (
        "Missiles hit buildings in the central part of Ganja, the second largest city of"
        " Azerbaijan, outside the frontline zone.\n\nNine civilians were killed in attacks on an"
        " apartment building in the city center."
    )
    assert _claim(text, "Nine")["location"] == "Ganja"


def test_a_province_in_part_of_a_country_keeps_the_province():
    text = (
        "Panic spread among the people of North Kivu, a province in the eastern part of the"
        " Democratic Republic of the Congo. At least 50,000 people fled their homes, the UN said."
    )
    assert _claim(text, "50,000")["location"] == "North Kivu"
    text = "Shells fell on the northern part of Ganja, where 12 people were killed."
    assert _claim(text, "12")["location"] == "Ganja"


def test_a_place_set_off_as_the_largest_of_anothers_camps_is_the_narrower():
    text = "Strikes on Jabalia, the largest of Gaza's refugee camps, killed 30 people."
    assert _claim(text, "30")["location"] == "Jabalia"


def test_each_count_of_a_list_of_crossings_is_at_its_own_destination():
    text = (
        "Over 24,000 crossed into the Democratic Republic of the Congo, nearly 4,400 arrived in"
        " Cameroon, a further 2,200 in Chad and about 70 in the Republic of the Congo."
    )
    places = {c["claim"]["value"]: c["claim"]["location"] for c in extract_candidates(text)}
    assert places == {
        24000: "Democratic Republic of the Congo",
        4400: "Cameroon",
        2200: "Chad",
        70: "Republic of the Congo",
    }


def test_a_person_set_off_after_a_place_with_what_she_is_is_no_place():
    text = (
        "Gangsters attacked the town of Petite-Riviere in central Haiti, Bertide Horace, a"
        " spokeswoman for a community association, told AFP. Two of the fatalities were teenagers."
    )
    assert _claim(text, "Two")["location"] == "Petite-Riviere"
    text = "Gunmen killed at least 20 people in western Ethiopia, a regional official said."
    assert _claim(text, "20")["location"] == "western Ethiopia"


def test_an_outlet_called_a_standard_is_no_place():
    text = "A resident confirmed the attack to Addis Standard, adding that 68 people were killed."
    assert _claim(text, "68").get("location") is None


def test_a_republic_of_the_congos_territory_is_the_territory():
    text = (
        "Eight civilians were killed in an attack in the Democratic Republic of the Congo’s"
        " northeastern Beni territory, a local official said."
    )
    assert _claim(text, "Eight")["location"] == "Beni"
    places = [p.name for p in find_places(text)]
    assert "Democratic Republic of the Congo" in places  # its name without the possessive


def test_a_protection_site_and_mental_health_are_no_place_names():
    text = "Fighting broke out in Malakal. About 26,000 IDPs remain in the PoC, the mission said."
    assert _claim(text, "26,000")["location"] == "Malakal"
    text = "In Myanmar, 34,316 people benefited from access to Mental Health services."
    assert _claim(text, "34,316")["location"] == "Myanmar"
