"""What befell the counted, as fresh passages (zzzm to zzzt, read untuned) showed it misread: a
headline's present tense ("drown", "flee"), fighters "eliminated", floods that strand people,
a siege lived under, people kept from fleeing, killings and flight in other words, refugees
hosted or stuck at a border, counts of several fates, of sentences or of captives; and what
counts nothing: children's ages, distances, noon, a weekday's date, a camp's spare room; each
test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("More than 200 migrants drown in three days off the Libyan coast.", "200", "killed"),
        ("Thousands flee following Myanmar air strikes.", "Thousands", "fled"),
        ("The army said 50 terrorists were eliminated during the operation.", "50", "killed"),
        (
            "Floods have stranded thousands of villagers on rooftops in Mozambique.",
            "thousands",
            "civilians_trapped",
        ),
        (
            "Some 42,000 people are living under a government siege in Madaya.",
            "42,000",
            "civilians_trapped",
        ),
        (
            "Rebels were preventing dozens of families from fleeing the eastern districts.",
            "dozens",
            "civilians_trapped",
        ),
        ("Seven children between the ages of 4 and 14 were killed in a strike.", "Seven", "killed"),
        ("More than 7,000 made the dangerous trek in the last week of March.", "7,000", "fled"),
        ("Only 80 families have managed to get out in recent weeks.", "80", "fled"),
        ("Gunmen decapitated ten people in the village on Sunday night.", "ten", "killed"),
        ("UNHCR said it had registered 11,000 people who fled the attack.", "11,000", "fled"),
        (
            "Some 300 Syrians crossed overnight, raising the number of refugees in the country "
            "to 1,600.",
            "1,600",
            "displaced_in_population",
        ),
        (
            "The town's residents have put up about 5,000 refugees in homes.",
            "5,000",
            "displaced_in_population",
        ),
        (
            "Another 5,000 have been given shelter in empty warehouses.",
            "5,000",
            "displaced_in_population",
        ),
        ("Thousands more are still trying to cross.", "Thousands", "civilians_trapped"),
        ("Some 20,000 Kosovars streamed through from the south.", "20,000", "fled"),
        ("As many as 25,000 people have taken flight since the offensive.", "25,000", "fled"),
        ('Fighters "summarily executed" 13 civilians in the village.', "13", "killed"),
        ("They stormed houses, took ten men, then shot them in the street.", "ten", "killed"),
        (
            "There may be as many as 20 more buried beneath the wreckage.",
            "20",
            "civilians_trapped",
        ),
        ("The UN warns that tens of thousands of people are on the run.", "tens", "fled"),
        ("Gunmen hijacked a bus and killed 28 passengers on board.", "28", "killed"),
        ("He spoke of his two sons, all of whom died in the blast.", "two", "killed"),
        (
            "The real death toll is higher among the estimated 10,000 civilians still trapped.",
            "10,000",
            "civilians_trapped",
        ),
        ("The blast took away the lives of five people of one family.", "five", "killed"),
        ("The dead comprise 67 civilians, the monitor said.", "67", "killed"),
        ("Islamic State executes more than 200 detainees in Palmyra.", "200", "killed"),
        ("An estimated 13,500 have ended up in Kabul so far.", "13,500", "fled"),
        ("Nearly 127,000 Burundians are registering as refugees in Tanzania.", "127,000", "fled"),
        ("Some 500 to 1,000 people have been crossing from Syria since June.", "500", "fled"),
    ],
)
def test_what_befell_them(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The UN said 1,860 people were reported killed, injured or kidnapped in Haiti.", "1,860"),
        ("The group said a total of 65 people had been sentenced to death in Yangon.", "65"),
        ("IS forces captured a further 600 regime troops in the fighting.", "600"),
    ],
)
def test_several_fates_or_a_sentence_are_no_metric(text, number):
    assert _claim(text, number).get("metric") is None


def test_the_ages_of_children_killed_are_not_figures():
    text = "Seven children between the ages of 4 and 14 were killed in the strike."
    read = [text[c["start"] : c["end"]] for c in extract_candidates(text)]
    assert "4" not in read and "14" not in read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Health facilities in Rutshuru, some 10 kms away, were overwhelmed.", "10"),
        ("The refugees come from Sirba, some 50-70 kms north of the town.", "50"),
        ("A bulletin put the death toll at 2,407 till 12 noon on Monday.", "12"),
        ("The toll rose to 50 this Saturday (4), the civil defence said.", "4"),
        ("He was 20 to 30 yards away when the bomb exploded, killing 40.", "20"),
        ("Forty people died in Djiguibombo, several dozen kilometers from the town.", "several"),
        ("Only Zam Zam camp can still accommodate about 3,000 more, after 40 died.", "3,000"),
        ("UNHCR is extending the camp to accommodate a further 4,000, after 40 died.", "4,000"),
    ],
)
def test_distances_times_and_days_are_not_figures(text, number):
    read = [text[c["start"] : c["end"]] for c in extract_candidates(text)]
    assert number not in read and len(read) == (0 if number in ("10", "50") else 1)
