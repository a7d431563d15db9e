"""Words that look like attributions but name no speaker: a reporting verb's form used as a
noun ("amid reports of", "lack of documents"), and data no one is said to own; in our own
words."""

from extracted import claim_at as _claim


def test_amid_reports_of_is_a_noun_not_a_speaker():
    text = (
        "Nearly 12,000 people have fled to the coast since the army reopened the road last"
        " Friday amid reports of heavy shelling."
    )
    assert _claim(text, "12,000").get("source") is None


def test_lack_of_documents_is_a_noun_not_a_speaker():
    text = "Due to lack of documents, more than 2,000 had taken the unofficial crossing."
    assert _claim(text, "2,000").get("source") is None


def test_a_body_that_documents_a_count_is_still_a_speaker():
    text = "Human Rights Watch documents at least 40 killings in the district since May."
    assert "Human Rights Watch" in (_claim(text, "40").get("source") or "")


def test_data_released_here_with_no_owner_leaves_the_paragraphs_speaker():
    text = (
        "According to an NDMA spokesperson, the report will be done by Friday. According to"
        " the latest flood related data released here on Tuesday, 6,410 cattle perished."
    )
    assert "NDMA" in (_claim(text, "6,410").get("source") or "")


def test_official_figures_still_name_a_kind_of_source():
    text = "According to official figures, a total of 238 people have died in the floods."
    assert _claim(text, "238").get("source") == "official figures"


def test_satellite_photos_are_not_the_speaker_who_cites_them():
    text = (
        "Foreign minister Charles Mbeki said in Geneva that U.S. satellite photos indicated"
        " there were 175,000 refugees left in the forest."
    )
    assert _claim(text, "175,000").get("source") == "Charles Mbeki"


def test_officials_who_fear_a_toll_are_its_source():
    text = "Local officials fear up to 900 people may have been buried by the mudslide."
    assert (_claim(text, "900").get("source") or "").lower() == "local officials"


def test_people_feared_dead_name_no_one():
    text = "Thousands of people were feared dead after the storm."
    assert _claim(text, "Thousands").get("source") is None


def test_a_body_that_investigated_attacks_counts_them():
    text = (
        'Amnesty International said today that civilians were under fire.\n\n"The danger has'
        ' grown," said Maria Lund, who wrote the briefing.\n\nDuring a visit to the city,'
        " Amnesty International investigated some 25 attacks on homes."
    )
    claim = _claim(text, "25", "2012-08-22")
    assert claim.get("source") == "Amnesty International"
    assert claim.get("stated_on") == "2012-08-22"


def test_a_note_from_a_union_is_the_unions():
    text = (
        '"The wounded were moved in makeshift ways," deplores a note from the nurses\' union,'
        ' which adds: "Up to midnight, 140 civilians were killed."'
    )
    assert "nurses' union" in (_claim(text, "140").get("source") or "")


def test_another_aid_worker_is_no_body_called_another_aid():
    text = "Another aid worker put the figure at over 3000 in the base."
    assert (_claim(text, "3000").get("source") or "").lower() == "another aid worker"


def test_data_collected_for_an_analysis_is_no_source():
    text = (
        "The number of displaced people rose to 920,000, according to displacement data"
        " collected in this crisis analysis."
    )
    assert _claim(text, "920,000").get("source") is None


def test_the_new_york_based_watchdog_is_the_body_named_before():
    text = (
        "Human Rights Watch said on Tuesday that the militia had executed civilians. About 30"
        " villagers were killed in the raid, said the New York-based watchdog."
    )
    claim = _claim(text, "30", "2016-12-28")
    assert claim.get("source") == "Human Rights Watch"
    assert claim.get("stated_on") == "2016-12-27"


def test_according_to_the_who_is_the_who_not_a_relative_clause():
    text = "At least 40,000 people have been killed, according to the WHO, though it may be more."
    assert _claim(text, "40,000").get("source") == "WHO"


def test_a_ministrys_name_running_over_and_after_a_dateline_is_whole():
    text = (
        "ERBIL (Kurdistan 24) – The Iraqi Ministry of Migration and Displacement (MoMD) announced"
        " Saturday the departure of over 200 families from the camps."
    )
    assert "Ministry of Migration and Displacement" in (_claim(text, "200").get("source") or "")


def test_a_war_monitor_is_the_monitor_named_next():
    text = (
        "Airstrikes killed 17 civilians on Wednesday, including children, a war monitor said."
        " The Syrian Observatory for Human Rights said the strikes hit the old city."
    )
    assert _claim(text, "17").get("source") == "Syrian Observatory for Human Rights"


def test_organizations_that_maintain_a_count_are_its_source():
    text = "Relief organizations maintain there are still 600,000 refugees in the east."
    assert (_claim(text, "600,000").get("source") or "").lower() == "relief organizations"
