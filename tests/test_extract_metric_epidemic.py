"""Deaths in a report about an epidemic are the disease's, not killings (M5), while a killing
in such a report and a disaster's toll with a disease after it stay killed: each test in our
own words."""

from extracted import claim_at as _claim

_EBOLA = (
    "The Ebola outbreak in North Kivu is now the largest on record. Health teams listed 120 "
    "new confirmed cases of Ebola this week. A total of 310 deaths occurred during the "
    "reporting period. Ebola vaccination continues in Beni."
)


def test_deaths_in_an_epidemic_report_are_no_killing():
    assert _claim(_EBOLA, "310", "2019-04-12").get("metric") is None


def test_a_killing_in_an_epidemic_report_is_still_killed():
    text = f"{_EBOLA} Gunmen attacked a treatment centre in Butembo and killed two nurses."
    assert _claim(text, "two", "2019-04-12")["metric"] == "killed"


def test_a_cyclone_toll_with_cholera_after_it_is_still_killed():
    text = (
        "The cyclone's toll rose on Wednesday: Mozambique reported 602 deaths. Cholera cases "
        "have since been confirmed in Beira, and a cholera vaccination drive began."
    )
    assert _claim(text, "602", "2019-03-27")["metric"] == "killed"
