"""Sources and days as the re-coded guide reads them (tests/data/CODING.md S1 to S5, D1): short
texts of our own in the shapes the second coding settled."""

from figures.extract import extract_candidates


def _claims(text: str, published_on: str | None = "2024-03-08") -> dict[str, dict]:
    found = extract_candidates(text, published_on)
    return {text[c["start"] : c["end"]]: c["claim"] for c in found}


def test_a_senior_official_of_a_body_is_the_person_named_next():
    """S2: "a senior UN official said" whom the next attribution names is that person, not
    the body's voice; the figure keeps the day the role said it."""
    text = (
        "A senior UN official in Chad said on Tuesday that nearly 4,000 people have been killed "
        "in the fighting around the border town.\n\n"
        "Marta Oduya, the deputy head of the United Nations mission in Chad, told reporters "
        "that 1,200 bodies have been buried so far."
    )
    claims = _claims(text)
    assert claims["4,000"]["source"] == "Marta Oduya"
    assert claims["4,000"]["stated_on"] == "2024-03-05"
    assert claims["1,200"]["source"] == "Marta Oduya"


def test_a_spokesman_of_a_government_is_the_person_who_speaks_next():
    """S2, D1: "a Taliban government spokesman said Tuesday ... Jan Doe said": one person, one
    statement, one day."""
    text = (
        "The toll from the landslide in the northern valley has passed 600, a Tigray regional "
        "government spokesman said Tuesday.\n\n"
        "More than 900 people are injured, Karim Haidari said on social media."
    )
    claims = _claims(text)
    assert claims["600"]["source"] == "Karim Haidari"
    assert claims["900"]["stated_on"] == "2024-03-05"


def test_a_body_cited_inside_a_dated_statement_takes_its_day():
    """D1: "she reported that the WFP has reached N": the WFP's figure, stated on the day the
    spokesperson's statement was (given by the body she speaks for, before)."""
    text = (
        "The UN said on Thursday that conditions in the camps around the town were worsening.\n\n"
        '"The needs are vast," said spokesperson Ana Ruiz at a briefing.\n\n'
        "She reported that in Kalma, the World Food Programme has reached more than 12,000 "
        "people with rations since March."
    )
    claim = _claims(text)["12,000"]
    assert claim["source"] in ("WFP", "World Food Programme")
    assert claim["stated_on"] == "2024-03-07"


def test_a_province_that_reports_its_share_is_not_the_source():
    """S1, S4: "Of the 900 deaths, Kivu has reported 410, Ituri 230": the provinces' shares of
    the authority's toll, whose statement the paragraphs go on from."""
    text = (
        "Heavy rains have flooded the valleys again this week, and 52 more people have died, "
        "the National Civil Protection Agency (NCPA) said.\n\n"
        "The toll since the rains began in April has reached 900, with 3,100 injured.\n\n"
        "Of the 900 deaths, Kivu has reported 410, Ituri 230 and Maniema 95."
    )
    claims = _claims(text, None)
    assert "NCPA" in claims["410"]["source"]


def test_a_country_that_reports_a_count_is_its_source():
    text = "Ukraine reported 40 attacks on its energy grid overnight, officials in Kyiv said."
    assert _claims(text)["40"]["source"] == "Ukraine"


def test_a_day_set_off_by_commas_after_the_occasion_dates_the_statement():
    """D1: "In its weekly update, Tuesday, the IOM said": the update's day, and the next
    sentence's "The update showed" goes on from it."""
    text = (
        "In its weekly update, Tuesday, the IOM said that some 14,000 people had reached the "
        "transit centres. The update showed that 2,300 more arrived overnight."
    )
    claims = _claims(text)
    assert claims["14,000"]["stated_on"] == "2024-03-05"
    assert claims["2,300"]["stated_on"] == "2024-03-05"


def test_a_surname_spelt_otherwise_is_the_person_named_before():
    """S3: "Governor Amina Okafor said ... Okafur said": one person, by her fullest name."""
    text = (
        "Floods have cut the main road north of the river, Governor Amina Okafor said.\n\n"
        "More than 6,000 families have left their villages since Sunday, Okafur said."
    )
    assert _claims(text)["6,000"]["source"] == "Amina Okafor"


def test_a_different_surname_stays_its_own():
    text = (
        "Floods have cut the main road north of the river, Governor Amina Okafor said.\n\n"
        "More than 6,000 families have left their villages since Sunday, Obiora said."
    )
    assert _claims(text)["6,000"]["source"] == "Obiora"


def test_the_head_of_a_body_is_the_person_named_next():
    """S2: "the head of the regional council said ... Daniel Mbaye said": the head by name."""
    text = (
        "The toll from the storm has risen to 340, the head of the regional council said on "
        "Monday.\n\nSpeaking on local radio, Daniel Mbaye said 120 people were still missing."
    )
    claims = _claims(text)
    assert claims["340"]["source"] == "Daniel Mbaye"
    assert claims["340"]["stated_on"] == "2024-03-04"


def test_a_body_that_reports_inside_a_spokesman_statement_is_the_source():
    """S1: "Aid agencies report that N ..., a UN spokesman said": the agencies originate it."""
    text = (
        "Aid agencies report that fighting near the lake has displaced some 45,000 people, "
        "a UN spokesman said.\n\nThe chief spokesman, Paulo Neves, said convoys were waiting."
    )
    assert _claims(text)["45,000"]["source"].lower() == "aid agencies"


def test_a_report_as_a_noun_names_no_speaker():
    text = "The agency released an updated report that put the toll at 1,200 on Monday."
    assert _claims(text)["1,200"].get("source") != "agency released an updated"


def test_a_body_that_a_speaker_says_believes_a_number_is_its_source():
    """S1: "the envoy says the World Bank believes N": the bank states the number."""
    text = (
        "The regional envoy says the World Bank believes between 60,000 and 80,000 families "
        "have lost their homes along the coast."
    )
    assert _claims(text)["60,000 and 80,000"]["source"] == "World Bank"


def test_a_surname_alone_speaks_on_the_day_of_the_full_name_before():
    """D1: "Citing the WHO, Ruiz reported that N": the WHO's figure, on the day that the
    spokesperson named in full before spoke for the UN."""
    text = (
        "The UN said on Thursday that conditions in the camps around the town were worsening.\n\n"
        '"The needs are vast," said spokesperson Ana Ruiz at a briefing.\n\n'
        "Citing the World Health Organization, Ruiz reported that nearly 2,400 cholera cases "
        "have been recorded since March."
    )
    claim = _claims(text)["2,400"]
    assert claim["source"] in ("WHO", "World Health Organization")
    assert claim["stated_on"] == "2024-03-07"


def test_a_lead_figure_takes_the_attribution_after_a_paragraph_that_counts_nothing():
    """S4: the lead's toll, a paragraph of background without numbers, then "a police source
    said": the lead's figure is the source's."""
    text = (
        "At least 40 people have been killed in an attack on a market in the border district.\n\n"
        "The gunmen were said to have arrived on motorbikes shortly after dawn.\n\n"
        "Confirming the toll, a police source who asked not to be named said the attackers fled "
        "north.\n\nA local official said some 600 residents had left the area."
    )
    assert _claims(text)["40"]["source"] == "a police source"


def test_a_day_in_an_opening_participle_dates_the_statement():
    """D1: "Announcing the new toll on Wednesday, the ministry said 75 had died"."""
    text = "Announcing the new toll on Wednesday, the health ministry said 75 people had died."
    assert _claims(text)["75"]["stated_on"] == "2024-03-06"


def test_a_part_of_a_body_goes_on_from_the_body_dated_before():
    """D1: "UN aid officials said on Monday ... the UN's humanitarian office (OCHA) said": one
    statement, the office's figure on Monday."""
    text = (
        "Fighting in the north has forced 90,000 people from their homes, UN aid officials said "
        "on Monday.\n\nThe UN Office for the Coordination of Humanitarian Affairs (OCHA) said "
        "that 12,000 of them were sheltering in schools."
    )
    claims = _claims(text)
    assert claims["90,000"]["stated_on"] == "2024-03-04"
    assert claims["12,000"]["stated_on"] == "2024-03-04"
