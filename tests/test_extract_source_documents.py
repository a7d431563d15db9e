"""A document named as the subject ("A report issued Thursday by OCHA estimated") speaks for
whoever issued it; "As per X reports" names X, not the clause after it; words that only look
like a speaker's verb ("Upper Nile states", "the first recorded number", "the reporting
period") name no speaker."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "source", "day"),
    [
        (
            "A report issued Thursday by the UN Office for the Coordination of Humanitarian "
            "Affairs estimated that the quake has affected more than 17 million people.",
            "UN OCHA",  # the known name
            "2024-02-29",
        ),
        (
            "A survey released on Monday by Save the Children found 400 children were killed "
            "in Sudan.",
            "Save the Children",
            "2024-02-26",
        ),
        (
            "The latest assessment published by the World Food Programme says 2.1 million people "
            "fled their homes in Darfur.",
            "WFP",  # the known name of the World Food Programme
            None,
        ),
    ],
)
def test_issuer_of_a_document_is_the_source(text, source, day):
    (candidate,) = extract_candidates(text, published_on="2024-03-01")
    assert candidate["claim"]["source"].removeprefix("the ") == source
    assert candidate["claim"].get("stated_on") == day


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "As per PDMA Balochistan reports 166 deaths have occurred in the province.",
            "PDMA Balochistan",
        ),
        ("As per the NDMA report, 1,200 people have died in Sindh.", "NDMA"),
        (
            "As per figures of the health ministry, 312 people were killed in Gaza.",
            "health ministry",
        ),
    ],
)
def test_as_per_names_the_body(text, source):
    (candidate,) = extract_candidates(text, published_on="2024-03-01")
    assert candidate["claim"]["source"].removeprefix("the ") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The UN Office for the Co-ordination of Humanitarian Affairs said 9,000 people fled "
            "Mandalay.",
            "UN OCHA",
        ),
        ("The International Organisation for Migration said 9,000 people fled Tawila.", "IOM"),
    ],
)
def test_british_spellings_of_known_bodies(text, source):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == source


def test_a_participle_after_its_article_is_an_adjective_not_a_statement():
    text = "The latest data raises the estimated number of arrivals to 20,000, reports Efe news."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") != "The latest data raises the"
    assert "raises" not in (candidate["claim"].get("source") or "")


@pytest.mark.parametrize(
    "text",
    [
        "The NDRRMC said in a situational report dated Tuesday, August 1, that 25 people died "
        "in Ilocos.",
        "The NDRRMC said in a report dated August 1 that 25 people died in Ilocos.",
        "In a situation report dated August 1, the NDRRMC said 25 people died in Ilocos.",
        "The NDRRMC, in its report dated August 1, said 25 people died in Ilocos.",
    ],
)
def test_a_report_dated_gives_the_day_and_keeps_its_author(text):
    (candidate,) = extract_candidates(text, published_on="2023-08-02")
    assert candidate["claim"]["source"] == "NDRRMC"
    assert candidate["claim"]["stated_on"] == "2023-08-01"


@pytest.mark.parametrize(
    "where",
    [
        "18 kilometres (11 miles) south of the capital Mogadishu",
        "south of the capital Mogadishu",
        "near the border with Kenya",
    ],
)
def test_a_speaker_whose_role_says_where_it_lies_is_still_the_speaker(where):
    text = (
        f'"So far two children have died," Hassan Ali Hirsi, a traditional chief in Elisha, '
        f"{where}, told AFP."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") == "Hassan Ali Hirsi"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Diplomats in touch with sources on all sides say 2,000 civilians have died.",
            "Diplomats",
        ),
        (
            "Aid workers in contact with families in Mekelle said 2,000 civilians died.",
            "Aid workers",
        ),
    ],
)
def test_who_a_speaker_is_in_touch_with_is_no_part_of_the_speaker(text, source):
    (candidate,) = extract_candidates(text)
    # who they are stays as written: "sources close to the presidency" (S5)
    (close,) = extract_candidates("Sources close to the presidency said 40 people died.")
    assert close["claim"]["source"] == "sources close to the presidency"
    assert candidate["claim"]["source"].lower() == source.lower()  # kinds are written lowercase


def test_an_outlet_citing_a_body_as_saying_gives_the_body():
    text = (
        "The toll rose to 1,037 dead, Maghreb Arabe Press cited the Moroccan Ministry of "
        "Interior as saying."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "Moroccan Ministry of Interior"
    (other,) = extract_candidates("The agency cited a lack of funding as 2,000 people fled.")
    assert "funding" not in (other["claim"].get("source") or "")


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 632, according to a tally of the Ministry of the Interior up to seven "
        "in the morning.",
        "The quake left 1,305 dead, according to a balance sheet issued by the Ministry of the "
        "Interior at 7:00 pm on Saturday.",
    ],
)
def test_the_hour_of_a_tally_is_no_part_of_its_author(text):
    toll = extract_candidates(text, published_on="2023-09-11")[0]  # the hour may be read too
    assert toll["claim"]["source"] == "Ministry of the Interior"


@pytest.mark.parametrize(
    ("text", "source", "day"),
    [
        (
            "OCHA said in its latest update, issued on Monday, that 40,000 people had fled.",
            "UN OCHA",
            "2024-03-11",
        ),
        ("The ministry's Tuesday statement said 40,000 people had fled.", "ministry", "2024-03-12"),
        ("The latest update from the agency said 40,000 people had fled.", "agency", None),
        (
            "The agency's figures, released on Friday, show 40,000 people had fled.",
            "agency",
            "2024-03-08",
        ),
        (
            "Addressing reporters on Friday, the minister said 40,000 people had fled.",
            "minister",
            "2024-03-08",
        ),
    ],
)
def test_a_document_of_a_body_on_a_day_speaks_for_the_body_that_day(text, source, day):
    (candidate,) = extract_candidates(text, published_on="2024-03-12")  # a Tuesday
    assert candidate["claim"]["source"].lower().removeprefix("the ") == source.lower()
    assert candidate["claim"].get("stated_on") == day


@pytest.mark.parametrize(
    "name", ["David Gressly", "Grainne O'Reilly", "Mark Kelly", "Anne Connolly"]
)
def test_a_surname_ending_in_ly_is_no_adverb(name):
    text = f"The UN's humanitarian coordinator for Yemen, {name}, said 40 people had died."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The death toll has risen to 40, Kenya Red Cross said.", "Kenya Red Cross"),
        (
            "The South African Red Cross Society said 40 people had died.",
            "South African Red Cross Society",
        ),
        ("The Red Cross said 40 people had died.", "Red Cross"),
        ("The International Committee of the Red Cross said 40 people had died.", "ICRC"),
    ],
)
def test_a_national_red_cross_society_keeps_its_name(text, source):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == source


def test_a_name_with_lowercase_particles_before_its_appositive_is_whole():
    text = "Ursula von der Leyen, president of the commission, said 40 people had died."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "Ursula von der Leyen"


def test_a_person_named_with_two_particles_is_a_person_a_pronoun_points_to():
    text = (
        "Vivian van de Perre, the deputy head of the UN mission, told reporters the city was "
        "calm. She said that 2,000 bodies have been retrieved."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "Vivian van de Perre"


@pytest.mark.parametrize(
    "text",
    [
        "Ali Musa, the governor, visited the camp. The governor said 4,000 people had fled.",
        "The UN envoy met Ali Musa, the governor. The governor said 40 people died.",
    ],
)
def test_the_role_names_the_person_introduced_with_it_before(text):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "Ali Musa"


def test_a_place_before_the_role_is_not_the_person_introduced_with_it():
    text = (
        "Clashes erupted in Myanmar's northwestern Chin State, a senior security official told "
        "Reuters. The official said that around 4,000 refugees had crossed the border."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "senior security official"


@pytest.mark.parametrize(
    "text",
    [
        "The worst hit Sindhupalchok recorded 1,587 deaths.",
        "Hardest-hit Sindhupalchok recorded 1,587 deaths.",
        "The worst-affected district of Sindhupalchok recorded 1,587 deaths.",
    ],
)
def test_a_worst_hit_place_that_records_a_toll_is_no_source(text):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") is None


def test_a_count_reported_by_another_body_right_after_it_is_that_bodys():
    text = "The UN said 400 people had died, up from 250 reported by the ministry on Monday."
    sources = [c["claim"]["source"] for c in extract_candidates(text, published_on="2024-03-12")]
    assert sources == ["UN", "the ministry"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Residents disputed the army's claim that 40 militants were killed.", "army"),
        (
            "The government's claim that only 40 people died was rejected by activists.",
            "government",
        ),
    ],
)
def test_whose_claim_it_is_is_the_source(text, source):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"].lower().removeprefix("the ") == source


def test_the_count_of_another_body_in_a_comparison_is_that_bodys():
    text = "The UN's estimate of 400 deaths is far below the 1,000 counted by local groups."
    assert [c["claim"]["source"] for c in extract_candidates(text)] == ["UN", "local groups"]


def test_states_ending_a_list_of_places_is_no_verb():
    text = (
        "The storm killed 12 people in India's West Bengal and Odisha states. It weakened inland."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") is None


def test_a_participle_after_first_or_latest_is_an_adjective_not_a_speakers_verb():
    text = (
        "The ministry said 2,000 families fled. The first recorded number of displaced "
        "families was at 9,236, and the latest reported toll stood at 40."
    )
    sources = {c["claim"].get("source") for c in extract_candidates(text)}
    assert "first" not in sources and "latest" not in sources


def test_the_reporting_period_is_no_one_reporting():
    text = (
        "New displacements during the reporting period were due to floods in Ghat, affecting "
        "over 5,000 individuals."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") is None


def test_states_after_a_list_ending_in_a_two_word_name_is_no_verb():
    text = (
        "An army spokesman said that 140 fighters were killed in fighting that broke out in "
        "Jonglei and Upper Nile states less than a week ago."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") == "an army spokesman"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The conflict pits the military, led by General Burhan, against a rival paramilitary "
            "group called the RSF. There, they found thousands camping outside the port.",
            "",  # "against a rival paramilitary group" had become the source
        ),
        ("To date the hospital reports receiving 40 wounded people.", "hospital"),
    ],
)
def test_a_subject_never_opens_with_a_preposition(text, source):
    candidate = extract_candidates(text)[-1]
    assert (candidate["claim"].get("source") or "").lower().removeprefix("the ") == source


def test_a_second_participle_after_the_agent_is_no_part_of_it():
    text = (
        "New survey results released by the charity and conducted in partnership with Concern "
        "Worldwide show 20,000 children at risk of death."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "the charity"


def test_as_per_a_body_s_reports_is_the_body():
    text = (
        "The death toll reached 1,300, as per the Hebrew media reports. Around 3,300 people "
        "suffered injuries."
    )
    assert [c["claim"]["source"] for c in extract_candidates(text)] == ["Hebrew media"] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to official data through June 30, more than 100,000 Venezuelans crossed.",
            "official data",
        ),
        (
            "The toll rose to 2,681, Maghreb Arabe Press cited a Moroccan Ministry of Interior "
            "statement as saying.",
            "Moroccan Ministry of Interior",
        ),
    ],
)
def test_a_frames_date_and_article_are_no_part_of_its_source(text, source):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == source


def test_a_fact_sheets_key_figures_name_who_gave_each():
    text = (
        "SITUATION AT A GLANCE\n\n1,410 Flood-Related Deaths Reported in Malawi\nGoM – March"
        " 2023\n\n520,000 People Requiring Humanitarian Assistance\nUN – March 2023\n\n"
        "  • More than 9,000 people are sheltering at 40 sites, according to IOM."
    )
    assert _claim(text, "1,410").get("source") == "GoM"
    assert _claim(text, "520,000").get("source") == "UN"


def test_data_collected_by_a_body_that_recorded_a_toll_is_the_bodys_not_its_verbs():
    text = "Interim data collected by the BNPB Command Post recorded that 105 people died."
    assert _claim(text, "105").get("source") == "BNPB Command Post"
