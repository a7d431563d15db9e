"""Words before a verb that are no speaker: what was counted, a cause, a clause cut at "and"
(each test in our own words, shapes from the zm and zn passages)."""

from extracted import claim_at as _claim

from figures.extract.attribution_names import AgencyIndex
from figures.extract.source import attributions


def test_the_people_counted_are_not_who_counted_them():
    text = "New arrivals recorded within this update map 2,140 individuals moving into camps."
    assert _claim(text, "2,140").get("source") is None


def test_a_cause_ending_in_an_adjective_before_confirmed_is_no_speaker():
    text = (
        "Fear of raids and subsequent confirmed raids by armed groups drove the flight of 6,410"
        " people from three villages."
    )
    assert _claim(text, "6,410").get("source") is None


def test_a_date_span_cut_at_and_is_no_speaker():
    text = (
        "The survey ran between March and May of this year and counts 58,000 displacements,"
        " of which 41,000 followed attacks."
    )
    for figure in ("58,000", "41,000"):
        assert _claim(text, figure).get("source") is None, figure


def test_the_un_mission_is_the_mission_named_next_and_then_before():
    text = (
        "At least 12 civilians were killed in the town of Malakal, the UN mission said on Monday."
        " The UN Mission in South Sudan (UNMISS) said the fighting began after an ambush. The UN"
        " mission said 300 people had reached its base."
    )
    for figure in ("12", "300"):
        assert _claim(text, figure).get("source") == "UNMISS", figure


def test_the_un_agency_named_before_stays_that_agency():
    text = (
        "More than 9,000 people have fled Kadugli, the International Organization for Migration"
        " (IOM) said Monday. In a statement, the UN agency said 9,412 people had reached 12 towns."
        " The UN refugee agency, UNHCR, runs the camps."
    )
    assert _claim(text, "9,412").get("source") == "IOM"


def test_two_kinds_of_speaker_joined_by_and_stay_as_written():
    text = (
        "Aid workers and local officials in northern Kenya say cattle raids have displaced"
        " nearly 12,000 people."
    )
    assert _claim(text, "12,000").get("source") == "Aid workers and local officials"


def test_early_reports_and_information_name_no_speaker():
    for text in (
        "Initial reports indicate that at least 14 civilians were killed in the blasts.",
        "More than 30 people are reported dead according to confirmed information.",
    ):
        figure = "14" if "14" in text else "30"
        assert _claim(text, figure).get("source") is None, text


def test_a_day_before_the_speaker_is_not_part_of_its_name():
    text = "Late Monday a local official said the toll had risen to 160."
    assert _claim(text, "160").get("source") == "a local official"


def test_a_count_announced_on_a_day_by_someone_is_passive():
    sentence = (
        "The number of casualties announced late Saturday by the prime minister's office was"
        " lower than the figures given earlier by the medical association."
    )
    said = attributions(sentence, 0, [], None, AgencyIndex(sentence), sentence)
    assert "number of casualties" not in [a.source for a in said]


def test_that_agency_points_back_as_the_agency_does():
    text = (
        "The World Food Programme said 40,000 people needed food. That agency said 12,000 more"
        " were cut off."
    )
    assert _claim(text, "12,000").get("source") == "WFP"


def test_a_toll_by_province_is_split_not_kept_by_the_province():
    text = (
        "According to the monitor, the civilian death toll by province includes 650 in Latakia"
        " and 380 in Tartus."
    )
    for figure in ("650", "380"):
        assert _claim(text, figure).get("source") == "the monitor", figure


def test_a_deal_that_gave_people_safe_passage_said_nothing():
    text = (
        "An evacuation agreement reached between the army and rebels gave thousands of civilians"
        " safe passage out of the town."
    )
    assert _claim(text, "thousands").get("source") is None


def test_a_broadcaster_that_gave_a_provisional_toll_stated_it():
    text = 'State television ORTM on Sunday gave a "provisional toll" of 136 dead.'
    assert _claim(text, "136").get("source") == "ORTM"


def test_arrivals_telling_their_own_story_do_not_sign_the_paragraph_before():
    text = (
        "This is a summary of what was said by the UNHCR spokesperson at today's press"
        " briefing.\n\nClose to 50,000 refugees are now spread across the region.\n\nMost of"
        " the refugees (35,000) are hosted in Liberia. On Wednesday alone, over 4,500 crossed into"
        " Maryland county. Some of the new arrivals told UNHCR staff they fled after fighting"
        " erupted."
    )
    for figure in ("35,000", "4,500"):
        assert _claim(text, figure).get("source") == "UNHCR", figure


def test_many_is_no_speaker():
    text = (
        "Staff moved almost 5,000 refugees to the camp. Many indicated that they hoped to go home."
    )
    assert _claim(text, "5,000").get("source") != "Many"


def test_a_stray_comma_between_a_body_and_its_verb_keeps_the_body():
    text = "The State Emergency Agency (SEMA), says 64 people were killed in the air strike."
    assert "SEMA" in (_claim(text, "64").get("source") or "")


def test_a_body_s_estimate_is_the_body_s_not_a_name_ending_in_s():
    text = "The Burmese government's estimate is 400, and it maintains most were fighters."
    assert _claim(text, "400").get("source") == "Burmese government"


def test_last_weekday_after_a_subject_is_when_not_part_of_its_name():
    text = "Macedonia last Wednesday said that at least 2,000 people were expelled."
    assert _claim(text, "2,000").get("source") == "Macedonia"


def test_states_named_in_a_pair_are_places_not_a_speaker():
    text = (
        "Fighting in Kachin and Shan states has displaced more than 12,000 people since"
        " March, the UN refugee agency said on Friday."
    )
    assert _claim(text, "12,000", "2024-05-24").get("source") == "UNHCR"
    text = (
        "More than 9,000 people have fled their homes in Kachin and northern Shan states since"
        " the fighting resumed, the agency said on Friday."
    )
    assert _claim(text, "9,000", "2024-05-24").get("stated_on") == "2024-05-24"
