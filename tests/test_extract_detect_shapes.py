"""Figures in shapes the gate used to drop (a count after a dash, a breakdown by place, a
strength, a number restated in brackets) and a bare phone number it must keep out: each test in
our own words."""

from extracted import claim_at as _claim

from figures.extract import extract_candidates


def _surfaces(text: str) -> list[str]:
    return [text[c["start"] : c["end"]] for c in extract_candidates(text)]


def test_counts_after_a_dash_share_the_arrivals_before_it():
    text = "About 2,800 refugees arrived in Kelvo on Monday - 2,500 at Varra and 300 at Darrow."
    assert "2,500" in _surfaces(text)
    assert _claim(text, "2,500")["metric"] == "fled"


def test_a_breakdown_of_deaths_by_place_counts_each_place():
    text = "The breakdown: Kelvo Utara 212 fatalities, Kelvo Barat 41 fatalities."
    assert {"212", "41"} <= set(_surfaces(text))
    assert _claim(text, "41")["metric"] == "killed"


def test_a_troop_strength_is_a_count_of_troops():
    text = "Government troop strength was 18,000 in the province before the ceasefire."
    assert "18,000" in _surfaces(text)


def test_a_number_restated_in_brackets_after_a_share_is_a_figure():
    text = "Nearly half of them (412,000) are sheltering in schools across the south."
    assert _claim(text, "412,000")["metric"] == "displaced_in_population"


def test_a_helpline_number_after_a_dash_is_no_figure():
    text = "Some 40 people died. The ministry gave helpline numbers - 9812345670 and 8012345678."
    assert "9812345670" not in _surfaces(text)


def test_money_in_swiss_francs_or_us_dollars_is_no_figure():
    text = "The appeal seeks 2,031,716 Swiss francs to help 55,000 people."
    assert "2,031,716" not in _surfaces(text)
    assert "5 million" not in _surfaces("It pledged 5 million US dollars for 20,000 refugees.")


def test_the_states_of_a_country_are_no_one_stating_anything():
    text = (
        "The storm drifted north towards the Indian states of Odisha and Assam. An appeal by the"
        " IFRC seeks to help 55,000 people."
    )
    claims = [c["claim"] for c in extract_candidates(text)]
    assert all("drifted" not in (c.get("source") or "") for c in claims)
