"""A paragraph quoted without quotation marks that ends "- Name said." is that person's, as news
translated from Ukrainian and Russian writes it; in our own words."""

from extracted import claim_at as _claim


def test_a_paragraph_ending_dash_name_said_is_that_persons():
    text = (
        "The regional head, Ivan Petrenko, spoke during a telethon, UNN reports.\n\n"
        "The enemy keeps attacking in the north. Today we plan to evacuate about 900 people."
        " In total, we have already evacuated 4100 people - Petrenko said."
    )
    assert _claim(text, "900").get("source") == "Petrenko"
    assert _claim(text, "4100").get("source") == "Petrenko"


def test_a_dash_inside_a_sentence_is_no_quotation():
    text = (
        "Officials said 300 people fled the town - the third exodus this year - as shelling"
        " resumed, the governor said."
    )
    assert (_claim(text, "300").get("source") or "").lower() == "officials"
