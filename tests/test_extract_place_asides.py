"""Place, names and asides: what is a place's name and what only looks like one (a town's
particle, a person after a role or ending on an initial, a headline's participle, a word inside
a longer name, a storm, a besieging force, an armed group, a preposition inside a word, the
displaced persons named in capitals, where a speaker speaks from), and which of two places a
figure takes (a place in brackets, a hospital's town, a town "capital of" a region or a
country's "oil hub of", a "hub of" town south of another); sentences written for these rules."""

from figures.extract import extract_candidates
from figures.extract.place import find_places


def _places(text: str) -> dict[str, str | None]:
    """Each figure's place, by the figure's words in the text."""
    found = extract_candidates(text)
    return {text[c["start"] : c["end"]]: c["claim"].get("location") for c in found}


def test_a_particle_inside_a_towns_name_keeps_the_whole_name():
    text = "Camps rose in Croix des Bouquets, near Port au Prince, and in Santa Maria del Oro."
    names = [place.name for place in find_places(text)]
    assert "Croix des Bouquets" in names
    assert "Port au Prince" in names
    assert "Santa Maria del Oro" in names


def test_a_place_in_brackets_after_a_place_says_where_it_lies():
    text = (
        "Clashes broke out in the municipality of Cité Soleil (a poor neighbourhood of "
        "Port au Prince) on Monday.\n\nThe clashes left 209 dead and 3,800 people displaced."
    )
    places = _places(text)
    assert places["209"] == "Cité Soleil"
    assert places["3,800"] == "Cité Soleil"


def test_a_person_named_after_a_role_is_no_place_there_or_later():
    text = (
        "Fighting went on around Tripoli since the offensive of Field Marshal Khalifa Haftar, "
        "ordered by President Roberto Duterte's ally.\n\nAt least 653 people were killed.\n\n"
        "Samoa's police commissioner Lilo Maiava told reporters that 129 people had died."
    )
    places = _places(text)
    assert places["653"] == "Tripoli"
    assert places["129"] == "Samoa"
    names = [place.name for place in find_places(text)]
    assert not {"Khalifa Haftar", "Duterte", "Lilo Maiava"} & set(names)


def test_a_deputy_commissioner_named_by_district_keeps_the_district():
    text = "The toll in Chitral is seven. Deputy Commissioner Chitral, Shoaib Jadoon, said so."
    assert "Chitral" in [place.name for place in find_places(text)][1:]


def test_a_headlines_capitalised_participle_is_no_place():
    text = "Commission Urges Probes into Killed and Abducted Protesters\n\nSo far 50 people died."
    assert "Killed" not in [place.name for place in find_places(text)]


def test_a_word_inside_a_longer_name_is_no_place_of_its_own_but_a_described_name_is():
    hall = "A notice board in Tacloban City Hall on Friday put the deaths at 4,000."
    assert [place.name for place in find_places(hall)] == ["Tacloban City Hall"]
    south = "Floods hit southern Hatay, and 430,000 people were evacuated from Hatay."
    assert "southern Hatay" in [place.name for place in find_places(south)]


def test_a_name_ending_on_a_persons_initial_is_no_place():
    text = "The chief medical officer at Monrovia's main John F. Kennedy hospital said 200 came."
    assert [place.name for place in find_places(text)] == ["Monrovia"]


def test_a_storm_named_with_an_apposition_a_people_and_all_are_no_places():
    text = (
        "The deaths add to those left by Eta, the other major hurricane this month. PAHO "
        "reported 150 people had died from Eta in Central America. All camps are full, and at "
        "least 99 Moslems have been killed in Comoros, the crossing of cyclone Chido said."
    )
    names = [place.name for place in find_places(text)]
    assert not {"Eta", "All", "Moslems"} & set(names)
    assert {"Central America", "Comoros"} <= set(names)


def test_a_forces_acronym_before_a_siege_is_no_place_but_a_town_is():
    text = "Families are trapped by the LNA siege. The unresolved Zamboanga siege went on."
    assert [place.name for place in find_places(text)] == ["Zamboanga"]


def test_where_a_spokesman_or_a_briefing_speaks_from_is_no_place_of_the_figures():
    text = (
        "Some 42 bodies were recovered off Egypt, according to IOM spokesman Joel A. Millman in "
        "Rome. Many are trapped, a spokeswoman told journalists at a briefing in Geneva."
    )
    assert [place.name for place in find_places(text)] == ["Egypt"]


def test_a_hospital_in_a_named_town_gives_the_town():
    text = "The toll rose to 87, a spokesman at the Lady Reading Hospital (LRH) in Peshawar said."
    assert [place.name for place in find_places(text)] == ["Peshawar"]


def test_a_town_set_off_as_capital_of_a_region_without_an_article_is_the_narrow_place():
    text = (
        "Battles in the camps for displaced people in Zalingei, capital of Central Darfur, have "
        "claimed the lives of at least 202 civilians."
    )
    assert _places(text)["202"] == "Zalingei"


def test_a_town_called_a_hub_or_outpost_of_is_the_place_not_the_town_it_lies_near():
    text = (
        "Police said that six people were dead around the farming hub of Medebach, south of "
        "Arnsberg, after the river burst its banks. The port, once a hub of Soviet shipping, "
        "has lost about 9,000 residents."
    )
    places = _places(text)
    assert places["six"] == "Medebach"
    assert "Soviet" not in [place.name for place in find_places(text)]


def test_a_preposition_inside_a_word_after_an_apostrophe_leads_no_place():
    text = "Fighters of Jama’at Nusrat al-Islam wa al-Muslimeen killed 47 civilians in Djibo."
    names = [place.name for place in find_places(text)]
    assert names == ["Djibo"]  # not "at Nusrat al-Islam" read inside "Jama’at"


def test_a_name_the_word_group_follows_is_an_armed_group_not_a_place():
    text = (
        "Soldiers dug trenches when fighters from the Jama'at Nusrat al-Islam wal-Muslimin "
        "group invaded the area, killing 30, and the Mai-Mai Yakutumba militia attacked."
    )
    assert find_places(text) == []


def test_a_town_called_a_countrys_hub_of_is_the_narrower_place():
    text = (
        "Rebels killed hundreds of civilians when they seized the South Sudan oil hub of Malakal."
    )
    assert _places(text)["hundreds"] == "Malakal"


def test_the_displaced_persons_named_in_capitals_are_no_place():
    text = "Five people died when bombers attacked the Internally Displaced Persons camp in Dalori."
    assert _places(text)["Five"] == "Dalori"
