"""Whose words a quotation carries: a body's stance inside a named person's quotation, "I"
inside a quotation, a speaker who "shared his observations, stating:", a quotation that goes on
in the voice of the one before it or of the text, and a dated statement's header; in our own
words."""

from extracted import claim_at as _claim


def test_a_bodys_stance_inside_a_named_persons_quotation_is_that_person():
    text = (
        '"The ICRC is appalled that at least 23 people lost their lives in the shelling,"'
        " said Marta Lindqvist, the ICRC head of delegation."
    )
    assert _claim(text, "23").get("source") == "Marta Lindqvist"


def test_a_body_citing_a_count_inside_a_quotation_stays_the_body():
    text = (
        '"UNHCR reports that 4,000 people crossed overnight," said Marta Lindqvist, an aid worker.'
    )
    assert _claim(text, "4,000").get("source") != "Marta Lindqvist"


def test_i_inside_a_quotation_is_the_quotations_speaker():
    text = (
        "Omar Haddad, the agency's country director, spoke to reporters in Taiz. \"It is"
        ' shocking, and as I mentioned earlier, we have verified the deaths of 9 children,"'
        " Haddad said."
    )
    assert _claim(text, "9").get("source") in ("Haddad", "Omar Haddad")


def test_i_outside_any_quotation_names_no_source():
    text = "As I mentioned earlier, 9 children died in the camp last week."
    assert _claim(text, "9").get("source") is None


def test_a_speaker_who_shared_observations_from_a_place_then_stated_a_quotation():
    text = (
        "Omar Haddad, the agency's representative in Yemen, shared his observations from"
        ' Hodeidah, stating: "Six children were injured in yesterday\'s bombing."'
    )
    assert _claim(text, "Six").get("source") == "Omar Haddad"


def test_what_survivors_said_passed_on_by_a_named_speaker_is_the_speakers():
    text = (
        "The boat, according to survivors, had about 150 people on board, meaning that about 70"
        " went missing, Lena Moreau said."
    )
    assert _claim(text, "150").get("source") == "Lena Moreau"


def test_survivors_alone_stay_the_source():
    text = "According to survivors, about 150 people were on board when the boat capsized."
    assert (_claim(text, "150").get("source") or "").lower() == "survivors"


def test_a_speaker_citing_unidentified_sources_is_the_source():
    text = (
        "Joel Martin, a spokesman for the agency, said 40 bodies were found. Citing unidentified"
        " sources, he said the coast guard had rescued 160 migrants."
    )
    assert _claim(text, "160").get("source") == "Joel Martin"


def test_a_speaker_citing_a_named_body_passes_its_figure_on():
    text = "Citing the IOM, Dujarric reported that 160 migrants had been rescued."
    assert _claim(text, "160").get("source") == "IOM"


def test_a_resident_who_counted_with_other_villagers_is_the_source():
    text = (
        "Pius Kanda, a resident who fled the village, said he and other villagers counted at"
        " least 23 corpses upon their return."
    )
    assert _claim(text, "23").get("source") == "Pius Kanda"


def test_a_quotation_no_one_signs_in_a_one_voice_text_is_the_voice_on_its_stated_day():
    text = (
        "UNHCR said on Thursday that 157,000 people had reached a transit centre.\n\n"
        "UNHCR added that aid was arriving.\n\nAid convoys are arriving by road.\n\n"
        "“Because 400,000 people are trapped in the Old City, the worst is yet to come.”"
    )
    claim = _claim(text, "400,000", "2017-03-23")
    assert (claim.get("source"), claim.get("stated_on")) == ("UNHCR", "2017-03-23")


def test_a_quotation_opening_the_paragraph_after_a_tagged_one_goes_on_in_the_same_voice():
    text = (
        "“They are desperate for food,” Bruno Geddo, the agency's representative in Iraq, told "
        "a news briefing\n\n“Because 400,000 people are trapped in the Old City, the worst is "
        "yet to come.”"
    )
    assert _claim(text, "400,000").get("source") == "Bruno Geddo"


def test_a_statement_headed_by_its_speaker_and_dated_at_the_header_end_speaks_that_day():
    text = (
        "Statement by the Humanitarian Coordinator for Ukraine, Osnat Lubrani, on the "
        "evacuations from Azovstal and Mariupol, 8 May 2022\n\n"
        '"Another round of evacuations has been concluded. I am relieved to confirm that more '
        'than 170 people are now able to have some respite in Zaporizhzhia."'
    )
    claim = _claim(text, "170", "2022-05-09")
    assert (claim.get("source"), claim.get("stated_on")) == ("Osnat Lubrani", "2022-05-08")
