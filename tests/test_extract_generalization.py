"""General constructions of attribution, place and day, each on a short report-style sentence."""

from figures.extract import extract_candidates


def _claim(text: str, surface: str, published_on: str | None = "2024-05-10") -> dict:
    """The claim read at the first occurrence of SURFACE in TEXT."""
    at = text.index(surface)
    found = extract_candidates(text, published_on)
    return next(c["claim"] for c in found if c["start"] <= at < c["end"])


def test_spokesman_for_a_body_written_with_its_acronym_is_the_body():
    text = (
        "Around 181,000 civilians have been forced from their homes by fighting in South Sudan, "
        "a spokesman for the U.N. Mission in South Sudan (UNMISS) said Monday."
    )
    assert _claim(text, "181,000")["source"] == "UNMISS"


def test_the_agency_with_no_speaker_before_is_the_agency_named_before():
    text = (
        "The IOM issued a statement from Mogadishu on Tuesday. Pope said teams were deployed.\n\n"
        "According to the agency, over 2.3 million people in Somalia have been displaced."
    )
    assert _claim(text, "2.3 million")["source"] == "IOM"


def test_a_day_earlier_is_the_day_before_publication():
    text = (
        "A day earlier, the National Flood Response Centre said that 3,146 people were "
        "evacuated to safer localities."
    )
    assert _claim(text, "3,146", "2022-09-05")["stated_on"] == "2022-09-04"


def test_a_name_a_place_noun_defines_is_a_place():
    text = (
        "Nearly 42,000 people have fled the Iraqi city after the military launched a crackdown.\n"
        "Mosul is the last IS-held city in the area."
    )
    assert _claim(text, "42,000")["location"] == "Mosul"


def test_a_name_that_hosts_people_is_their_place_not_where_they_came_from():
    text = "Uganda now hosts about 600,000 refugees from South Sudan, with more arriving."
    assert _claim(text, "600,000")["location"] == "Uganda"


def test_refugees_from_a_country_are_counted_where_they_are_hosted():
    text = (
        "UNHCR is calling for calm after a protest in Rwanda’s Kiziba refugee camp. The camp "
        "hosts over 17,000 refugees from the Democratic Republic of the Congo and Burundi."
    )
    assert _claim(text, "17,000")["location"] == "Kiziba"


def test_the_demonym_territory_describes_the_place_named_before():
    text = (
        "The health ministry in the Hamas-ruled Gaza Strip said Thursday at least 21,320 people "
        "have been killed in the Palestinian territory since the war began."
    )
    assert _claim(text, "21,320")["location"].endswith("Gaza Strip")


def test_a_place_in_the_speakers_description_is_not_the_figures():
    text = (
        "Militiamen raided the village of Drodro on Sunday night, killing six children, Jules "
        "Ngongo, a spokesperson for Ituri’s military governor, said."
    )
    assert _claim(text, "six")["location"] == "Drodro"


def test_a_place_after_a_closing_quote_and_said_is_the_speakers():
    text = (
        '"This brings the bodies we have recovered from Janzour to twenty-one," said Mohamed '
        "Bengharfaa, a Red Crescent worker in Tripoli."
    )
    assert _claim(text, "twenty-one")["location"] == "Janzour"


def test_a_named_storm_is_no_place():
    text = "Deaths due to Typhoon Ompong rose to 57 on Sunday."
    assert "location" not in _claim(text, "57")


def test_an_unnamed_spokesman_named_next_is_that_person():
    text = (
        "Boko Haram militants killed nine Chadian soldiers in an attack on a military camp on "
        "Friday, an army spokesman said on Saturday. “On our side, there are nine dead,” "
        "Col. Azem Bermandoua told Reuters."
    )
    assert _claim(text, "nine")["source"] == "Azem Bermandoua"


def test_a_role_named_later_with_the_same_role_is_that_person():
    text = (
        "Suspected jihadists raided a village in northern Burkina Faso, killing 15 people, a "
        "local governor said.\n\nThe raid took place at night, a security source said. The "
        "initial toll was estimated at 14. However, the governor of this region, Casimir "
        "Segueda, revised the figure to 15."
    )
    assert _claim(text, "15")["source"] == "Casimir Segueda"


def test_a_long_role_before_a_name_still_names_the_speaker():
    text = (
        "An earthquake in western Afghanistan killed 14 people, an official said.\n"
        "“These are the numbers brought to the hospital so far,” the public health director of "
        "Herat province Mohammad Taleb Shahid told reporters."
    )
    assert _claim(text, "14")["source"] == "Mohammad Taleb Shahid"


def test_a_quotation_going_on_over_paragraphs_keeps_its_speaker():
    text = (
        "DSP Victor Isuku, the spokesperson of the command, said the first bomber detonated her "
        "explosives near a mosque while the second detonated in a house.\n\n"
        "“Two other suicide bombers detonated within the same vicinity, killing themselves.\n\n"
        "“A total of seventeen persons died, while eleven sustained injuries.”"
    )
    assert _claim(text, "seventeen")["source"] == "DSP Victor Isuku"


def test_figures_attributed_to_a_body_are_that_bodys():
    text = (
        "The UN humanitarian office had previously stated that the death toll had risen to "
        "11,300, with 10,100 people missing, attributing these figures to the Libyan Red Crescent."
    )
    assert _claim(text, "10,100")["source"] == "Libyan Red Crescent"


def test_a_place_that_is_a_speakers_base_is_not_the_figures():
    text = (
        "A boat sank off Zwara last week. Flavio Di Giacomo, a spokesperson for the IOM in "
        "Geneva, told newsmen it was possible the 22 bodies were from that same sinking."
    )
    assert _claim(text, "22")["location"] == "Zwara"


def test_a_pronoun_points_back_not_to_a_person_named_after_it():
    text = (
        "At least 20 civilians were killed, the regional spokesman Getachew Balcha told Reuters. "
        "He said 29 people were buried, the first since Prime Minister Abiy Ahmed took office."
    )
    assert _claim(text, "29")["source"] == "Getachew Balcha"


def test_a_definite_role_named_later_with_that_role_is_that_person():
    text = (
        "The death toll from the earthquake has risen to more than 2,700, the country's military "
        "chief said. Local media reports put the toll higher. In a televised speech, junta chief "
        "Senior Gen. Min Aung Hlaing said rescue work went on."
    )
    assert _claim(text, "2,700")["source"] == "Min Aung Hlaing"


def test_a_programme_or_mechanism_is_no_place():
    text = (
        "Partners distributed kits through the inter-agency Rapid Response Mechanism. Each of "
        "the 500 families also received cash."
    )
    assert "location" not in _claim(text, "500")


def test_flight_to_several_destinations_is_placed_where_people_left():
    text = "At least 150,000 people have fled Ukraine into Poland and other neighbouring countries."
    assert _claim(text, "150,000")["location"] == "Ukraine"


def test_a_sea_left_without_its_name_is_no_place():
    text = (
        "Air strikes hit Hodeidah on Thursday. The attack on the Red Sea port city also wounded "
        "at least 124 people, a ministry statement said."
    )
    assert _claim(text, "124")["location"] == "Hodeidah"


def test_a_speaker_who_identified_himself_is_named_so():
    text = (
        "More than 200 dead had been brought to hospitals, according to a Herat health "
        "department official who identified himself as Dr Danish."
    )
    assert "Danish" in _claim(text, "200")["source"]
