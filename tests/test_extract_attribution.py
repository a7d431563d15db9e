"""Who said a figure and on which day, read the way reports write it (issue 13's d passages)."""

import json
import time
from pathlib import Path

import pytest

from figures.extract import extract_candidates
from figures.extract.attribution_clauses import read_subject
from figures.extract.speakers import speaker

PASSAGES = {
    record["id"]: record
    for record in map(
        json.loads,
        (Path(__file__).parent / "data" / "extraction_eval_d.jsonl").read_text().splitlines(),
    )
}


def _claim(passage: str, surface: str, nth: int = 0) -> dict:
    """The claim read at the NTH occurrence of SURFACE in a d passage."""
    record = PASSAGES[passage]
    text = record["text"]
    found = extract_candidates(text, record["published_on"])
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return next(c["claim"] for c in found if c["start"] <= at < c["end"])


@pytest.mark.parametrize(
    ("subject", "source"),
    [
        ("the UN's migration agency", "IOM"),
        ("The United Nations children’s agency", "UNICEF"),
        ("The United Nations food agency", "WFP"),
        ("The UN humanitarian agency", "UN OCHA"),
        (
            "the Food and Agriculture Organization of the United Nations",
            "Food and Agriculture Organization of the United Nations",
        ),
    ],
)
def test_agencies_are_named_as_themselves(subject, source):
    assert speaker(subject).name == source


def test_an_acronym_that_is_also_a_pronoun_is_the_agency():
    found = speaker("WHO spokesman Christian Lindemeyer")
    assert (found.name, found.person, found.org) == ("Christian Lindemeyer", True, "WHO")


def test_a_person_after_the_organisation_they_speak_for():
    found = speaker("The Syrian Observatory for Human Rights Rami Abdel Rahman")
    assert (found.name, found.org) == ("Rami Abdel Rahman", "Syrian Observatory for Human Rights")


def test_a_country_and_a_role_is_a_person_not_an_organisation():
    assert speaker("Lebanon's health minister").name == "health minister"


@pytest.mark.parametrize(
    ("head", "subject", "org"),
    [
        ("Ba Goni Hassan Ibrahim, another resident, ", "Ba Goni Hassan Ibrahim", None),
        (
            "“Violence has escalated,” Matthew Saltmarsh, UNHCR spokesperson, ",
            "Matthew Saltmarsh",
            "UNHCR",
        ),
        (
            "Interior Minister Suleyman Soylu, speaking at a televised news conference near the "
            "epicenter of the quake, ",
            "Interior Minister Suleyman Soylu",
            None,
        ),
        ("Sept. 15 (UPI) -- The Libyan Red Crescent ", "The Libyan Red Crescent", None),
        (
            "In a statement yesterday the World Food Programme (WFP) ",
            "the World Food Programme",
            None,
        ),
        ("The death toll has risen to 2,056, the junta ", "the junta", None),
        (
            "At least four are heading to Goma, a spokesperson for the UN High Commissioner for "
            "Refugees ",
            "the UN High Commissioner for Refugees",
            None,
        ),
    ],
)
def test_the_subject_of_a_reporting_verb(head, subject, org):
    found, at, of = read_subject(head, "said")
    assert (found, of) == (subject, org)
    assert head[at : at + len(found)] == found


def test_a_place_that_records_a_toll_is_no_source():
    assert (
        read_subject("In Punjab, 165 fatalities were reported, while Sindh ", "recorded")[0] is None
    )
    assert read_subject("The minister of Sindh ", "said")[0] is not None


def test_the_un_agency_is_the_one_the_text_names():
    assert _claim("d-002", "81,817")["source"] == "IOM"
    assert _claim("d-003", "36,000", 1)["source"] == "IOM"


def test_a_role_is_the_person_named_with_the_words_they_are_quoted_saying():
    assert _claim("d-035", "51")["source"] == "Firass Abiad"
    assert _claim("d-013", "four")["source"] == "Yaroslav Yanushevych"


def test_the_spokesman_is_the_spokesman_named_before_and_keeps_his_day():
    claim = _claim("d-016", "500")
    assert (claim["source"], claim["stated_on"]) == ("Stephane Dujarric", "2023-01-27")


def test_days_told_in_another_sentence():
    assert _claim("d-010", "4,521")["stated_on"] == "2025-04-01"  # "also said": the same speech
    assert _claim("d-015", "18")["stated_on"] == "2025-01-24"  # "at the same press conference"
    assert _claim("d-005", "107")["stated_on"] == "2024-02-03"  # the ministry's spokesperson
    assert _claim("d-030", "5.2 million")["stated_on"] == "2021-06-01"  # "a statement yesterday"
    assert _claim("d-020", "11,300")["stated_on"] == "2023-09-15"  # "said Friday" after a dateline


def test_an_undated_statement_stays_undated():
    assert "stated_on" not in _claim("d-021", "10,100")  # "told the Associated Press by phone"


def test_reading_subjects_stays_linear():
    head = "Officials, residents, " * 5000 + "the ministry "
    started = time.perf_counter()
    read_subject(head, "said")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("sentence", "source", "day"),
    [
        (
            "In a statement released late on Monday, the ministry said 5,000 people had fled.",
            "the ministry",
            "2024-03-04",
        ),
        (
            "The ministry, in its Tuesday update, said 5,000 people had fled.",
            "The ministry",
            "2024-03-05",
        ),
        (
            "5,000 people have fled, according to figures released on Tuesday by the IOM.",
            "IOM",
            "2024-03-05",
        ),
        (
            "On Tuesday the health ministry said 5,000 people had fled.",
            "health ministry",
            "2024-03-05",
        ),
        (
            "According to the ministry's Thursday statement, 5,000 people had fled.",
            "the ministry",
            "2024-02-29",
        ),
        (
            "5,000 people had fled, officials told Reuters on condition of anonymity on Tuesday.",
            "officials",
            "2024-03-05",
        ),
        (
            "Officials told a UNHCR team there Tuesday that 5,000 people had fled.",
            "officials",
            "2024-03-05",
        ),
    ],
)
def test_days_given_around_the_speaker(sentence, source, day):
    claim = extract_candidates(sentence, "2024-03-06")[0]["claim"]  # a Wednesday
    assert (claim["source"], claim["stated_on"]) == (source, day)


def test_a_person_of_a_body_and_a_body_named_over_and():
    assert speaker("Iyad Rafid of Iraqi Red Crescent").org == "Iraqi Red Crescent"
    head = "BAGHDAD, Iraq (Kurdistan24) – The Ministry of Displacement and Migration "
    assert read_subject(head, "announced")[0] == "Ministry of Displacement and Migration"


def test_a_wire_passes_words_on_and_is_never_pointed_back_to():
    assert _claim("d-076", "11")["source"] == "Gaza’s civil defence agency"  # "AFP reports"
    assert _claim("d-076", "six")["source"] == "Gaza’s civil defence agency"  # "the agency"
    assert _claim("d-075", "45")["source"] == "Mahmud Bassal"  # "..., told AFP"


def test_each_clause_keeps_its_own_speaker():
    assert _claim("d-075", "five")["source"] == "Nasser Hospital in Khan Yunis"
    assert _claim("d-075", "four")["source"] == "Al-Shifa Hospital in Gaza City"


def test_a_speaker_after_where_and_a_day_stated_with_this():
    claim = _claim("d-072", "200", 1)
    assert (claim["source"], claim["stated_on"]) == ("activists", "2025-02-18")


def test_an_unnamed_group_is_the_group_named_next():
    claim = _claim("d-073", "100")
    assert (claim["source"], claim["stated_on"]) == ("Madani Resistance Committee", "2024-06-06")


def test_a_text_that_says_we_speaks_as_the_body_it_names():
    from figures.extract.attribution_names import first_person_voice

    text = PASSAGES["d-053"]["text"]
    assert first_person_voice(text, []) is None  # no "we": an outlet's report
    release = "It is with deep sadness that we confirm the death of nine MSF staff members."
    assert first_person_voice(release, [])[0] == "MSF"
    assert first_person_voice(release, [(0, len(release))]) is None  # "we" only in a quotation


def test_a_press_release_speaks_as_the_body_that_opens_it():
    from figures.extract.attribution_names import release_voice

    assert release_voice(PASSAGES["d-078"]["text"])[0] == "Save the Children"
    assert _claim("d-078", "435")["source"] == "Save the Children"
    assert release_voice(PASSAGES["d-053"]["text"]) is None  # an outlet's report of IOM's


def test_a_text_naming_one_agency_twice_reports_its_figures():
    from figures.extract.attribution_names import named_voice

    assert named_voice(PASSAGES["d-054"]["text"])[0] == "IOM"  # IOM named twice, nobody else
    assert named_voice(PASSAGES["d-047"]["text"]) is None  # no agency named by its own name
    assert named_voice(PASSAGES["d-045"]["text"]) is None  # WFP and IOM: no single voice


def test_many_statements_are_read_in_linear_time():
    text = "The UN said 300 people fled, the agency added, the spokesman said. " * 1200
    started = time.perf_counter()
    found = extract_candidates(text, "2024-03-06")
    assert len(found) == 1200
    assert time.perf_counter() - started < 10.0  # ~80,000 characters; about 2.5 s when written


def _read(text: str, surface: str, published_on: str | None = None) -> dict:
    """The claim read at the first occurrence of SURFACE in TEXT."""
    at = text.index(surface)
    found = extract_candidates(text, published_on)
    return next(c["claim"] for c in found if c["start"] <= at < c["end"])


def test_a_passive_announcement_names_its_source_after_by():
    text = (
        "Turkey earthquake death toll rises to 40,689 This was announced on Sunday, February 19, "
        "by the head of the Office for the Elimination of Consequences of Natural Disasters "
        "(AFAD) Yunus Sezer."
    )
    claim = _read(text, "40,689", "2023-02-19")
    assert (claim["source"], claim["stated_on"]) == ("Yunus Sezer", "2023-02-19")


def test_declaring_war_is_no_statement_and_a_share_ends_no_clause():
    text = (
        "At least 2,670 Palestinians in Gaza have been killed since Israel declared war on Hamas, "
        "the Palestinian Health Ministry in Gaza said Sunday—more than half of those killed (52%) "
        "were women and children."
    )
    assert "Health Ministry" in _read(text, "2,670", "2023-10-15")["source"]


def test_the_day_after_an_appositive_is_the_day_it_was_said():
    text = (
        '"Besides the 2,060 dead, 1,240 people are injured," said Abdul Wahid Rayan, a spokesman '
        "at the Ministry of Information and Culture, on Sunday."
    )
    claim = _read(text, "2,060", "2023-10-08")
    assert (claim["source"], claim["stated_on"]) == ("Abdul Wahid Rayan", "2023-10-08")


def test_media_that_pass_words_on_are_not_their_source():
    text = (
        "According to major foreign media including Reuters on the day, Min Aung Hlaing, the "
        "military junta leader, announced in a TV speech that the death toll had risen to 2,719."
    )
    assert _read(text, "2,719")["source"] == "Min Aung Hlaing"
    text = (
        "Turkey’s Anadolu News Agency reported that 4,544 people were killed, according to data "
        "from the Disaster and Emergency Management Authority."
    )
    assert _read(text, "4,544")["source"] == "Disaster and Emergency Management Authority"


def test_an_outlet_quoting_a_body_gives_its_figures_and_day_to_the_body():
    text = (
        "Another 24 people have lost their lives in flash floods across Pakistan, ARY News "
        "reported on Monday, quoting National Disaster Management Authority (NDMA).\n\n"
        "According to a report issued by NDMA, at least 19 people have died in Sindh."
    )
    first, second = _read(text, "24", "2022-09-05"), _read(text, "19", "2022-09-05")
    assert (first["source"], first["stated_on"]) == ("NDMA", "2022-09-05")
    assert (second["source"], second["stated_on"]) == ("NDMA", "2022-09-05")


def test_figures_that_show_end_the_name_of_their_source():
    text = "This as the latest figures from Pakistan show that 57 people have died."
    assert _read(text, "57")["source"] == "Pakistan"


def test_a_name_before_a_role_no_comma_closes_is_the_speaker():
    text = (
        "On Monday, Riaz Anwar, the health minister of the Pakistan's northwest Khyber "
        "Pakhtunkhwa province said that the death toll rose to 44."
    )
    claim = _read(text, "44", "2023-07-31")
    assert (claim["source"], claim["stated_on"]) == ("Riaz Anwar", "2023-07-31")
    place_first = "In Deir al-Balah, the hospital director said 40 bodies had arrived."
    assert _read(place_first, "40")["source"] != "Deir al-Balah"


def test_a_relative_clause_between_subject_and_verb_is_set_aside():
    text = 'A security source who asked not to be named said there were "several dozen dead".'
    assert "security source" in _read(text, "several dozen")["source"]


def test_a_quoted_name_inside_a_role_keeps_the_person():
    text = (
        "Oussama Ali, spokesperson for the Libyan “Rescue and Emergency Service” under the "
        "internationally recognized government in Tripoli, told AFP that the floods had left "
        "2,300 dead. According to him, at least 65 other people were killed elsewhere."
    )
    assert _read(text, "2,300")["source"] == "Oussama Ali"
    assert _read(text, "65")["source"] == "Oussama Ali"


def test_a_dated_dateline_ends_before_the_subject():
    text = (
        "UNITED NATIONS (UrduPoint News / Sputnik - 09th March, 2021) The International "
        "Organization for Migration (IOM) on Tuesday reported that more than 131,000 people "
        "have been displaced in Ethiopia's Tigray region."
    )
    claim = _read(text, "131,000", "2021-03-09")
    assert (claim["source"], claim["stated_on"]) == ("IOM", "2021-03-09")


def test_a_national_role_is_the_person_named_with_it_before():
    text = (
        "Turkish president Recep Tayyip Erdogan announced on Tuesday that more than 35,000 "
        "people have died. The Turkish president, who has referred to the quakes as “the "
        "disaster of the century”, said more than 13,000 people were still being treated."
    )
    claim = _read(text, "13,000", "2023-02-14")
    assert (claim["source"], claim["stated_on"]) == ("Recep Tayyip Erdogan", "2023-02-14")
    text = (
        "Egypt’s Minister of Religious Endowments Mokhtar Gomaa said on Sunday that 96 pilgrims "
        "are still missing. The Egyptian minister added that 17 others are still in hospital."
    )
    assert _read(text, "96")["source"] == "Mokhtar Gomaa"
    assert _read(text, "17")["source"] == "Mokhtar Gomaa"


def test_the_government_of_a_president_is_the_government():
    assert "government" in speaker("the government of President Bashar al-Assad").name
    assert not speaker("the government of President Bashar al-Assad").person


def test_a_reporting_word_inside_a_frame_is_the_frame():
    text = "According to media reports, 23 people were killed in an attack on a village."
    assert _read(text, "23")["source"] == "media reports"


def test_a_day_is_no_name_before_a_role():
    text = (
        "On Sunday, UN High Commissioner for Refugees Filippo Grandi said over 1.5 million "
        "people had fled Ukraine to neighbouring countries."
    )
    claim = _read(text, "1.5 million", "2022-03-07")
    assert (claim["source"], claim["stated_on"]) == ("Filippo Grandi", "2022-03-06")


def test_after_an_appositive_only_the_day_said_is_read():
    text = (
        '"Until now, there are 64 deaths," said Mulu Atsbaha, an advisor to the Tigray regional '
        "administration, referring to Tuesday's strike."
    )
    assert _read(text, "64", "2021-06-24").get("stated_on") is None


def test_a_role_introduced_with_a_is_the_person_later_named_with_that_role():
    text = (
        "The death toll from the blast in Jacobabad has risen to 24, a provincial minister said "
        "on Saturday.\nThe officials had earlier confirmed that at least 16 people were killed.\n"
        "Jam Mehtab Dahar, provincial minister for health in Sindh, said more wounded people had "
        'died.\n"The death toll has risen to 24 now," Dahar said.'
    )
    first = _read(text, "24", "2015-10-24")
    assert (first["source"], first["stated_on"]) == ("Jam Mehtab Dahar", "2015-10-24")
    assert _read(text, "16", "2015-10-24")["source"] == "officials"


def test_more_ways_of_saying_name_the_speaker():
    text = "Officials of the rival government which sits in Eastern Libya claim that thousands died"
    assert "officials" in _read(text, "thousands")["source"].lower()
    text = "A resident said 12 people died. Another witness spoke of “13 dead”."
    assert "witness" in _read(text, "13")["source"]
    text = (
        "About 2.2 million people have been displaced within Ethiopia's Tigray region, a local "
        "government official said.\n\nGebremeskel Kassa, a senior official in the interim "
        "administration in Tigray, made the comments in an interview broadcast by state-run ETV's "
        "Tigriniya language channel late on Tuesday."
    )
    claim = _read(text, "2.2 million", "2021-01-07")
    assert (claim["source"], claim["stated_on"]) == ("Gebremeskel Kassa", "2021-01-05")


def test_quoted_text_is_no_source():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Duniya Aslam Khan – to whom "
        "quoted text may be attributed – at today's press briefing. Our concern is for the many "
        "thousands of people who have fled Myanmar’s Rakhine State since August 25th."
    )
    assert "attributed" not in (_read(text, "many thousands").get("source") or "")


def test_a_statement_dated_after_its_object():
    text = (
        "Turkish President Recep Tayyip Erdogan announced a three-month state of emergency on "
        "Tuesday. Erdogan added that more than 8,000 people had been rescued so far."
    )
    assert _read(text, "8,000", "2023-02-07")["stated_on"] == "2023-02-07"
    text = "The ministry said the strike happened on Monday and killed 12 people."
    assert _read(text, "12", "2023-02-08").get("stated_on") is None


def test_the_name_a_body_is_better_known_by():
    text = (
        "The humanitarian organization Syria Civil Defense, better known as the White Helmets, "
        "tallied more than 1,020 additional deaths in northwestern Syria."
    )
    assert _read(text, "1,020")["source"] == "White Helmets"


def test_the_police_official_is_the_policeman_named_before():
    text = (
        "Aetzaz Ahmed Goraya, deputy inspector general of Counter-Terrorism Department Police in "
        "Quetta, told Xinhua that at least 30 injured people succumbed. The police official said "
        "over 50 people sustained injuries in the bomb blast."
    )
    assert _read(text, "50")["source"] == "Aetzaz Ahmed Goraya"


def test_a_day_between_an_appositive_and_its_verb():
    text = (
        "The special adviser to the U.N. special envoy for Syria, Jan Egeland, Thursday said the "
        "needs of thousands of civilians trapped in Raqqa are beyond belief."
    )
    assert _read(text, "thousands")["source"] == "Jan Egeland"


def test_the_watchdog_and_the_ngo_are_the_body_named_before():
    text = (
        "Four villagers were injured, according to the Karen Human Rights Group.\n"
        "The NGO said more than 300 villagers are seeking refuge in Thailand."
    )
    assert _read(text, "300")["source"] == "Karen Human Rights Group"
    text = (
        "The Syrian Observatory for Human Rights said 387 civilians were killed. The escalation "
        "has also displaced more than 300,000 people, the watchdog said."
    )
    assert _read(text, "300,000")["source"] == "Syrian Observatory for Human Rights"


def test_figures_after_a_sentence_an_outlet_cites_are_its_source_s():
    text = (
        "The provisional toll is very heavy. This was stated by the Taliban regime in Kabul, "
        "cited by Anadolu Agency. At the moment there are at least 2,053 dead."
    )
    assert _read(text, "2,053")["source"] == "Taliban regime"


def test_a_wire_citing_state_media_gives_the_state_media():
    text = (
        "Among those killed in the quake were also three Chinese nationals, reported AFP, citing "
        "China’s state media."
    )
    assert "state media" in _read(text, "three")["source"]


def test_the_agency_is_the_agency_named_before_not_the_militia():
    text = (
        "M23 issued an ultimatum, the UN’s humanitarian aid co-ordination agency said on Tuesday. "
        "Though the militia later clarified that returns should be voluntary, the agency said "
        "more than 110,000 displaced people have left such camps."
    )
    assert _read(text, "110,000")["source"] == "UN OCHA"


def test_a_date_opening_the_sentence_is_no_part_of_the_subject():
    text = "On August 12 authorities in Myanmar said hundreds of troops had moved into Rakhine."
    assert _read(text, "hundreds")["source"] == "authorities"


def test_officials_after_a_place_are_not_named_by_it():
    text = (
        "At least 16 people have been killed since clashes erupted in Nagero County, officials "
        "said."
    )
    assert _read(text, "16")["source"] == "officials"


def test_the_release_said_is_whoever_issued_a_release():
    text = (
        "More than 33,000 civilians have fled Cabo Delgado, the International Organization for "
        "Migration (IOM) said in a press release on Tuesday.\n\nLocal media reported that the "
        'Islamists executed about 50 people there.\n\n"Tens of thousands of people are '
        'continuing to flee insecurity in Cabo Delgado," the release said.'
    )
    claim = _read(text, "Tens of thousands", "2020-11-18")
    assert (claim["source"], claim["stated_on"]) == ("IOM", "2020-11-17")


def test_a_body_shortened_later_keeps_the_day_of_its_long_name():
    text = (
        "At least 29 Niger soldiers were killed, the West African nation's defense ministry said "
        "in statement late on Monday.\n\nThe defense ministry said the soldiers were targeted by "
        "over 100 assailants."
    )
    assert _read(text, "100", "2023-10-03")["stated_on"] == "2023-10-02"


def test_disclosed_in_an_alert_by_names_the_source():
    text = (
        "A series of attacks in Mozambique have displaced over 13,000 people from their homes.\n"
        "This was disclosed in an alert by the United Nations migration agency, IOM, on Thursday."
    )
    assert _read(text, "13,000")["source"] == "IOM"


def test_a_minister_of_a_portfolio_is_the_minister_named_next():
    text = (
        "Over ten people have died from communal clashes in Bor South County last evening, "
        "according to Jonglei State Minister of Information.\n\nDeng Akech said about twelve "
        "others have been wounded in the fight."
    )
    assert _read(text, "ten")["source"] == "Deng Akech"
    text = (  # the role is not written near the name that follows: not one person
        "According to the Mayor, nearly 90,000 residents were able to leave the blockaded city "
        "in recent weeks after days of shelling, Ukrayinska Pravda reported."
    )
    assert _read(text, "90,000")["source"] != "Ukrayinska Pravda"


def test_an_occasion_between_subject_and_verb_is_set_aside():
    found, _, _ = read_subject("The NDMA, in its report, ", "stated")
    assert found == "The NDMA"
    text = "The ministry, in a statement, said 1,314 people have died since June 14."
    assert "ministry" in _read(text, "1,314")["source"]


def test_a_province_reporting_inside_a_body_s_report_is_the_body_s_figure():
    text = (
        "According to the National Disaster Management Authority’s (NDMA) daily flood situation "
        "report issued here on Tuesday, out of 1,481 deaths owing to the floods, Sindh has "
        "reported 638, Balochistan 278."
    )
    assert _read(text, "638")["source"] == "NDMA"


def test_people_confirmed_killed_is_a_state_not_a_statement():
    text = (
        "The number of people confirmed killed jumped by nearly 1,200 to 5,209, with another 1,611 "
        "people still unaccounted for, the spokesman for the disaster management council, "
        "Reynaldo Balido, told AFP."
    )
    assert _read(text, "5,209")["source"] == "Reynaldo Balido"


def test_a_tally_by_a_body_names_it():
    text = (
        "Earlier, forty-nine persons were reported dead in Cordillera, with 14 people missing but "
        "this tally by the region's police office did not include small-scale miners."
    )
    assert "police office" in _read(text, "forty-nine")["source"]


def test_people_in_a_place_named_with_a_comma_are_the_people():
    text = "Officials in Barangay Ucab, Itogon told the Manila Shimbun at least 32 persons died."
    assert _read(text, "32")["source"].lower() == "officials"
    text = (
        "The number of people missing jumped to nearly 900 after families and fishing companies "
        "reported losing contact with more than 300 fishers at sea."
    )
    assert _read(text, "300")["source"] == "families and fishing companies"


def test_according_to_closing_the_figure_s_clause_names_its_source():
    text = (
        "The country's finance minister, Ram Sharan Mahat, wrote on his Twitter account that as "
        "many as 1,457 people had died according to the Nepalese army."
    )
    assert _read(text, "1,457")["source"] == "Nepalese army"


def test_according_to_inside_a_quotation_is_the_speaker_s():
    text = (
        "“On Saturday afternoon, armed men attacked Bani,” said a resident, adding, “We regret "
        "that 12 people died, according to a preliminary toll.”\nAnother witness spoke of “13”."
    )
    assert "resident" in _read(text, "12")["source"]


def test_a_role_phrase_for_a_place_after_a_quotation_keeps_the_name():
    text = (
        "“There are nine dead,” David Dibango, local prefect for the West Region department of "
        "Bamboutos, told local radio after the raid on the village of Bamenyam."
    )
    assert _read(text, "nine")["source"] == "David Dibango"


def test_a_description_then_the_proper_name_is_the_name():
    text = (
        "A local association, the Development Committee of Bamenyam, said three shopkeepers "
        "were killed."
    )
    assert _read(text, "three")["source"] == "Development Committee of Bamenyam"


def test_the_centre_and_the_report_point_back():
    text = (
        "At least 30 civilians were killed in drone strikes in the Amhara region, BBC Amharic "
        "reported citing residents. The attack took place far from areas of active conflict, a "
        "resident told BBC. At least 18 civilians were also killed in another drone strike in "
        "Dembecha, the report added."
    )
    assert _read(text, "18")["source"] == "BBC Amharic"


def test_the_britain_based_monitor_is_the_observatory():
    text = (
        "Russian air strikes killed seven civilians, the Syrian Observatory for Human Rights said."
        "\n\nAnd regime air raids killed five civilians in Aleppo, the Britain-based monitor said."
    )
    assert _read(text, "five")["source"] == "Syrian Observatory for Human Rights"


def test_an_agency_named_by_its_title_is_no_role_for_the_next_person():
    text = (
        "The UN High Commissioner for Refugees says more than 200,000 Syrians have now fled.\n\n"
        "UNHCR spokesman Adrian Edwards said a flood of refugees arrived during August."
    )
    assert _read(text, "200,000")["source"] == "UNHCR"


def test_data_released_today_by_an_agency_s_matrix_is_the_agency_s_that_day():
    text = (
        "The total number of individuals displaced in the Mosul emergency now tops 56,400 "
        "according to data released today (15/11) by IOM Iraq’s Displacement Tracking Matrix "
        "(DTM) Emergency Tracking. IOM Iraq tracking shows population movement has more than "
        "doubled in the past ten days, from 22,224 on 4 November to 56,412 last night."
    )
    first, second = _read(text, "56,400", "2016-11-15"), _read(text, "56,412", "2016-11-15")
    assert (first["source"], first["stated_on"]) == ("IOM", "2016-11-15")
    assert (second["source"], second["stated_on"]) == ("IOM", "2016-11-15")


def test_a_body_with_its_acronym_is_named_as_written():
    """Read as "Authority  NDMA" (its brackets masked) or "Authority (NDMA" (one stripped)."""
    text = (
        "Heavy rains have killed 41 people across the province since Sunday, the National "
        "Disaster Management Authority (NDMA) said on Tuesday."
    )
    (claim,) = [c["claim"] for c in extract_candidates(text, "2024-07-10")]
    assert claim["source"] == "National Disaster Management Authority (NDMA)"
    assert speaker("the Pakistan Meteorological Department (PMD)").name == (
        "Pakistan Meteorological Department (PMD)"
    )


def test_a_day_opening_the_speaker_s_clause_mid_sentence_dates_the_statement():
    text = "Reports put the toll at eight, but Monday, the UN said 10 people were killed."
    (_, ten) = extract_candidates(text, "2024-03-06")
    assert (ten["claim"]["source"], ten["claim"]["stated_on"]) == ("UN", "2024-03-04")


def test_a_speaker_named_later_by_another_of_his_names_speaks_on_the_same_day():
    text = (
        "State Minister Md Enamur Rahman today said 7.5 lakh people took shelter.\n\n"
        "About 5 lakh people took shelter in Chattogram, said Enamur."
    )
    (_, later) = extract_candidates(text, "2023-05-14")
    assert later["claim"]["stated_on"] == "2023-05-14"


def test_a_destination_after_a_dash_is_no_speaker_tagged_on():
    text = "A total of 1,830,711 people fled to Poland, 459,485 – to Romania, 337,315 – to Moldova."
    assert {c["claim"].get("source") for c in extract_candidates(text)} == {None}


def test_a_body_s_long_name_after_the_quote_is_its_speaker():
    text = (
        '"There are 24 confirmed fatalities," the UN\'s Office for the Coordination of '
        "Humanitarian Affairs said."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["source"] == "UN OCHA"


def test_people_registered_or_verified_by_a_body_are_its_count():
    for text in (
        "More than 3,800 new IDPs have been registered by IOM.",
        "More than 3,800 deaths have been verified by OHCHR.",
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"]["source"] in ("IOM", "OHCHR")


def test_a_body_that_evacuated_or_registered_people_counts_them():
    for text, body in (
        ("Since 10 February, the ICRC has evacuated close to 12,400 people.", "ICRC"),
        ("UNHCR has registered 50,000 refugees in the camps.", "UNHCR"),
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"].get("source") == body


def test_based_on_opening_a_quote_is_no_speaker():
    text = (
        '"Based on reports from the village heads, there are about 5,000 people who have not '
        'been found," agency spokesman Sutopo Purwo Nugroho said.'
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("source") == "Sutopo Purwo Nugroho"


def test_a_speaker_set_off_by_a_role_then_an_occasion_speaks_on_its_day():
    text = (
        '"We counted 40 camps," said Lieutenant Anna Michalska, a Border Guard spokesperson, '
        "at a press conference on Tuesday."
    )
    (candidate,) = extract_candidates(text, "2021-11-30")
    assert candidate["claim"]["stated_on"] == "2021-11-30"
