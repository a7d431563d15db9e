"""Name keys (DESIGN 3.5): the seed's spellings of one place or source meet, look-alikes warn."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.names import likely_duplicates, name_key, skeleton, source_key


@pytest.mark.parametrize(
    "spelling", ["Raqqa", "Raqa", "al-Raqqa", "ar-Raqqa", "Al Raqqa", "RAQQA", "  raqqa. ", "Ráqqa"]
)
def test_spellings_of_raqqa_share_one_key(spelling):
    assert name_key(spelling) == name_key("Raqqa")


def test_only_a_leading_article_is_dropped():
    assert name_key("ash-Shaddadi") == name_key("Shaddadi")
    assert name_key("Al") == "al"  # a name that is only an article keeps it
    assert name_key("Deir ez-Zor") == name_key("Deir Ez Zor") == name_key("deirezzor")


def test_district_spellings_share_a_skeleton_not_a_key():
    spellings = ["Mashlab", "Al-Meshleb", "al-Mishlab"]
    assert {skeleton(s) for s in spellings} == {"mshlb"}
    assert len({name_key(s) for s in spellings}) == 3


def test_skeleton_is_never_empty_for_a_name_with_letters():
    assert skeleton("Aia") == name_key("Aia")
    assert skeleton("Raqqah") == skeleton("Raqqa")


def test_likely_duplicates_names_look_alikes_but_not_the_same_place():
    existing = [(1, "al-Mishlab"), (2, "Raqqa"), (3, "Mashlab"), (4, "Jazra")]
    assert likely_duplicates("Al-Meshleb", existing) == [(1, "al-Mishlab"), (3, "Mashlab")]
    assert likely_duplicates("Raqa", existing) == []  # same key: it is Raqqa, not a look-alike


def test_a_look_alike_is_the_place_and_an_arabic_spelling_warns():
    existing = [(2, "Raqqa"), (3, "Mashlab")]
    assert name_key("Raqq\u0430") == name_key("\u202bRaqqa\u202c") == name_key("Raqqa")
    assert likely_duplicates("\u0627\u0644\u0631\u0642\u0629", existing) == [(2, "Raqqa")]
    assert likely_duplicates("M\u0430shl\u0430b", existing) == []  # Cyrillic a: it is Mashlab


@pytest.mark.parametrize(
    "spelling",
    [
        "UN OCHA",
        "OCHA",
        "United Nations humanitarian office",
        "the United Nations humanitarian office",
        "UN humanitarian office",
        "United Nations Office for the Coordination of Humanitarian Affairs",
        "U.N. OCHA",
    ],
)
def test_ocha_synonyms_share_one_source_key(spelling):
    assert source_key(spelling) == "ocha"


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["UNHCR", "UN refugee agency", "the United Nations refugee agency"], "unhcr"),
        (["UNICEF", "UN children's agency", "United Nations Children’s Fund"], "unicef"),
        (["SOHR", "Syrian Observatory for Human Rights"], "sohr"),
        (["Pentagon", "the Pentagon", "U.S. Department of Defense"], "pentagon"),
        (
            [
                "IOM",
                "International Organization for Migration",
                "the International Organisation for Migration",
                "International Organisation of Migration",
            ],
            "iom",
        ),
        (
            [
                "IFRC",
                "International Federation of Red Cross and Red Crescent Societies",
                "the International Federation of the Red Cross and Red Crescent Societies",
            ],
            "ifrc",
        ),
    ],
)
def test_source_synonym_table(spellings, key):
    assert {source_key(s) for s in spellings} == {key}


def test_the_extractors_source_names_keep_their_keys():
    keys = {"UN OCHA": "ocha", "UNHCR": "unhcr", "Pentagon": "pentagon", "MSF": "msf"}
    assert {name: source_key(name) for name in keys} == keys
    assert source_key("M\u00e9decins Sans Fronti\u00e8res") == "msf"


def test_unlisted_sources_are_not_folded():
    assert source_key("the monitor") != source_key("SOHR")
    assert source_key("UN") != source_key("OCHA")  # "UN" prefixes go only through the table
    assert source_key("AFP") == source_key("afp") == "afp"


@settings(max_examples=500)
@given(st.text())
def test_name_key_is_idempotent(name):
    assert name_key(name_key(name)) == name_key(name)


@settings(max_examples=500)
@given(st.text())
def test_source_key_is_idempotent(name):
    assert source_key(source_key(name)) == source_key(name)


def test_a_possessive_does_not_make_a_second_source():
    assert source_key("the UN’s refugee agency") == source_key("UNHCR")
    assert source_key("UN's humanitarian office") == source_key("UN humanitarian office")
    assert source_key("U.S. Army") == source_key("US Army")


def test_the_un_agency_for_palestinian_refugees_is_unrwa():
    assert source_key("the U.N. agency for Palestinian refugees") == source_key("UNRWA")
    assert source_key("the UN agency for Palestinian refugees") == source_key("UNRWA")


def test_united_nations_spelt_out_is_the_un():
    """Wires write "United Nations", "U.N." and "UN" for one body, and so for its agencies."""
    assert source_key("United Nations") == source_key("UN") == source_key("U.N.")
    assert source_key("the United Nations children’s agency") == source_key("UNICEF")
    assert source_key("Office of the United Nations High Commissioner for Refugees") == (
        source_key("UNHCR")
    )
    assert source_key("United Nations") != source_key("UNHCR")  # the body is not its agencies
    assert source_key("United Nations Mission in South Sudan") != source_key("UN")


def test_a_known_agency_written_after_un_is_that_agency_and_nothing_else_is_folded():
    assert source_key("the UN World Health Organization") == source_key("WHO")
    assert source_key("U.N. World Health Organization") == source_key("WHO")
    assert source_key("UN Security Council") != source_key("Security Council")
    assert source_key("The UN Relief and Works Agency") == source_key("UNRWA")
