"""A wire lede's unnamed official ("an official said") who is named a few sentences on, ranks
written before a name, and a joint attribution that stays joint: each test in our own words."""

from extracted import claim_at as _claim


def test_a_rank_before_a_name_is_dropped_and_the_person_kept():
    text = "Navy Lieutenant Dara Okafor said 14 fishermen were missing after the storm."
    assert _claim(text, "14").get("source") == "Dara Okafor"


def test_an_army_rank_before_a_name_is_no_body():
    text = "Army Colonel Tomas Reyes said about 40 gunmen were still holed up in the school."
    assert _claim(text, "40").get("source") == "Tomas Reyes"


def test_a_lede_official_named_three_sentences_on_with_an_office_is_that_person():
    text = (
        "Rescuers pulled more bodies from the mud on Monday, taking the toll to 57, an official"
        ' said. Dozens of homes were buried. Heavy rain slowed the work. "We have found 57'
        ' bodies so far," Ravi Menon, commandant of the state rescue force, told reporters.'
    )
    assert _claim(text, "57").get("source") == "Ravi Menon"


def test_a_lede_official_who_spoke_anonymously_is_not_the_person_named_later():
    text = (
        "An official who spoke on condition of anonymity said 300 families had fled to Dori."
        " The road was cut. Aid was slow. Markets closed. Jean Kabore, the regional governor,"
        " said the army was in control."
    )
    assert (_claim(text, "300").get("source") or "").lower().endswith("official")


def test_a_mayor_in_the_lede_is_not_a_minister_named_later():
    text = (
        "More than 200 bodies were recovered, according to the mayor of Kenema. Many were"
        " missing. The morgue was full. The country's health minister, Awa Sesay, warned that"
        " hundreds more were buried."
    )
    assert _claim(text, "200").get("source") == "the mayor of Kenema"


def test_a_demonym_official_is_the_head_of_that_countrys_agency_named_after_a_body():
    text = (
        "At least 9,000 refugees have crossed into Chad, a Chadian official said Tuesday. The"
        " UN refugee agency said it was sending tents. Idriss Mahamat, head of Chad's refugee"
        " commission, told AFP that 4,000 had arrived in Adre."
    )
    assert _claim(text, "9,000").get("source") == "Idriss Mahamat"


def test_a_governor_and_the_army_reporting_together_stay_joint():
    text = (
        "A regional governor and the army reported that gunmen killed at least 31 people. The"
        " governor of the Sahel region, Colonel Moussa Traore, said 12 bodies were found."
    )
    source = _claim(text, "31").get("source") or ""
    assert "governor and the army" in source


def test_a_plural_noun_opening_a_later_sentence_is_no_surname_for_he():
    text = (
        "A rebel spokesman said four civilians were killed by shellfire today. He raised the"
        " toll to 25.\n\nThe port is the rebels' stronghold. Evacuees say conditions there are"
        " desperate."
    )
    assert "spokesman" in (_claim(text, "25").get("source") or "")


def test_a_rank_written_lieut_is_dropped_and_the_official_named_next_speaks():
    text = (
        "The toll could top 4,000, a relief operations official said yesterday. The storm has"
        ' passed. Roads are cut. "Officially, we have 300 dead," Lieut Col Ana Ruiz, a top'
        " official with the civil defence commission, said."
    )
    assert _claim(text, "4,000").get("source") == "Ana Ruiz"


def test_the_official_after_a_named_speaker_is_that_speaker():
    text = (
        '"We count 13 million affected," said Marco Bellini, spokesman for the UN office.'
        ' "It is greater than the other disasters combined," Bellini added. The official said'
        " 600,000 people were still marooned in the valley."
    )
    assert "Bellini" in (_claim(text, "600,000").get("source") or "")


def test_a_police_official_is_not_the_coast_guard_commander_named_next():
    text = (
        "A ferry overturned in the delta, leaving 9 dead and 14 missing, a police official said"
        " on Friday. Captain Amir Hossain, commander of the coast guard's southern zone, told"
        " reporters that 31 people had been rescued."
    )
    source = _claim(text, "9").get("source") or ""
    assert source.lower().endswith("police official")
    assert _claim(text, "31").get("source") == "Amir Hossain"


def test_a_police_official_named_next_as_a_police_officer_is_that_person():
    text = (
        "Gunmen killed 12 villagers overnight, a police official said on Friday. Inspector"
        " Musa Bello, the state police spokesman, said 5 suspects had been arrested."
    )
    assert _claim(text, "12").get("source") == "Musa Bello"


def test_a_lede_legislator_named_later_with_his_seat_is_that_person():
    text = (
        "More than 30 people have been killed in an attack on a camp, according to a regional"
        " legislator.\n\nThe violence in the town of Bria began on Friday.\n\nA church was burned,"
        ' the UN mission said.\n\n"We have counted 31 bodies so far," Paul Nzapa, Bria legislator,'
        " told reporters on Saturday."
    )
    assert _claim(text, "30").get("source") == "Paul Nzapa"
    assert _claim(text, "31").get("source") == "Paul Nzapa"


def test_the_health_minister_in_the_lede_is_the_health_minister_named_next():
    text = (
        "At least 80 people were killed in twin blasts in the capital, the health minister said."
        "\nSixty people died at the scene and 20 more in hospital, Health Minister Ali Demir told"
        " reporters."
    )
    assert _claim(text, "80").get("source") == "Ali Demir"


def test_a_military_official_is_the_army_colonel_named_next():
    text = (
        "Troops were battling a last group of about 30 militants in the city, a military official"
        " said.\n\nArmy Colonel Juan Reyes said troops aimed to end the siege by midnight."
    )
    assert _claim(text, "30").get("source") == "Juan Reyes"
