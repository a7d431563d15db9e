"""Metrics read as tests/data/CODING.md defines them: each rule by the clause's own verb."""

import pytest

from figures.extract import extract_candidates
from figures.extract.metric import metric_for
from figures.extract.metric_event import event_of


def _metric(text: str, surface: str) -> str | None:
    """The metric read for the figure written SURFACE."""
    found = {text[c["start"] : c["end"]]: c["claim"] for c in extract_candidates(text)}
    return found[surface].get("metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M1: "have been displaced" is a flow, even "internally"
            "More than 80,000 people have been internally displaced in Sahel province.",
            "80,000",
            "fled",
        ),
        ("Nearly 12,000 families were displaced within the district.", "12,000", "fled"),
        (
            "The clashes led to 4,300 residents being displaced from their villages.",
            "4,300",
            "fled",
        ),
        ("At least 9,000 people displaced, the agency said.", "9,000", "fled"),
        (  # M1: left homeless, lost their homes, left without shelter
            "The storm has left more than 25,000 people homeless.",
            "25,000",
            "fled",
        ),
        ("About 3,500 people lost their homes in the blaze.", "3,500", "fled"),
        ("The fire left some 6,000 people without shelter.", "6,000", "fled"),
        ("Over 14,000 people have sought shelter in the capital.", "14,000", "fled"),
        (  # M2: "there are N", a count as of a date, a later "are"
            "UNHCR says there are now 52,000 refugees across the region.",
            "52,000",
            "displaced_in_population",
        ),
        (
            "Some 70,000 people have been displaced as of 3 March, the IOM said.",
            "70,000",
            "displaced_in_population",
        ),
        (
            "More than 5,000 displaced by floods in the two states are in dire need of aid.",
            "5,000",
            "displaced_in_population",
        ),
        (  # M2 and M1: "the number of refugees stands at N", "has risen to N"
            "The number of refugees in the province stands at 61,000.",
            "61,000",
            "displaced_in_population",
        ),
        (
            "The number of people displaced from the town has risen to 33,000.",
            "33,000",
            "fled",
        ),
    ],
)
def test_displacement_flow_or_stock_by_its_verb(text, surface, metric):
    """Flow or stock is read from the number's own verb (CODING M1, M2)."""
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M4: marooned, unable to flee, held hostage by the party fighting there
            "About 2,300 people have been left marooned after the river burst its banks.",
            "2,300",
            "civilians_trapped",
        ),
        (
            "Some 6,000 villagers remain cornered, unable to flee the shelling.",
            "6,000",
            "civilians_trapped",
        ),
        (
            "Up to 50,000 civilians held hostage by the militants in the old town face hunger.",
            "50,000",
            "civilians_trapped",
        ),
        (  # M3: trapped people brought out are a flow; the wounded evacuated are not
            "The army said 940 civilians trapped in the combat zone have been rescued.",
            "940",
            "fled",
        ),
        (
            "Officials said 2,100 people were evacuated, including 300 trapped residents.",
            "300",
            "fled",
        ),
        ("More than 60 wounded people were evacuated to Turkey.", "60", None),
        (  # M3: a forced transfer is flight, not a return home
            "Officials say hundreds were forcibly deported to Belarus.",
            "hundreds",
            "fled",
        ),
    ],
)
def test_trapped_and_brought_out(text, surface, metric):
    """Who cannot leave is trapped; who was brought out fled, save the wounded (CODING M3, M4)."""
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M5: deaths in an accident are killed; from hunger or an outbreak they are not
            "The toll in Sunday's bus accident is 42, police said.",
            "42",
            "killed",
        ),
        ("At least 85 children have died of starvation in the camps.", "85", None),
        ("The death toll of the outbreak rose to at least 310.", "310", None),
        (  # M5: presumed dead is dead; missing, unaccounted for and survivors are not
            "At least 61 migrants are reported missing and presumed dead after the boat sank.",
            "61",
            "killed",
        ),
        (
            "The agency raised the number of victims unaccounted for from 40 to 870.",
            "870",
            None,
        ),
        ("Nine people drowned, with only four survivors found so far.", "four", None),
        ("Monitors said 15 executions were carried out in the prison.", "15", "killed"),
        (  # M7: militants arrested are counted as no metric
            "After the attack, the army said it had managed to arrest 45 militants.",
            "45",
            None,
        ),
    ],
)
def test_deaths_and_what_is_not_a_death(text, surface, metric):
    """Violent or accidental deaths are killed; hunger, disease, the missing are not (CODING M5)."""
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M8: a place's population as background is no count of who remains
            "Troops have not yet entered the town of about 80,000 residents.",
            "80,000",
            None,
        ),
        ("Floods hit Tessalit, a town of 30,000 inhabitants, on Sunday.", "30,000", None),
        (  # M2: a place home to people who fled hosts displaced people
            "The north is already home to another 42,000 people who fled the fighting.",
            "42,000",
            "displaced_in_population",
        ),
        (  # M8: "home to N" before the war, or as the place's size, is its population
            "The border district, home to some 120,000 residents before the conflict, was shelled.",
            "120,000",
            None,
        ),
        ("Aid cannot reach Kadugli, home to more than 90,000 people.", "90,000", None),
        ("The town is still home to about 4,000 people.", "4,000", "civilians_remaining"),
    ],
)
def test_background_population(text, surface, metric):
    """A place's population is no metric; displaced people it hosts are a stock (M8, M2)."""
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M2: refugees registered in a place, people living away from home, "now at N"
            "To date, UNHCR has registered 31,500 Sudanese refugees in the Adre area.",
            "31,500",
            "displaced_in_population",
        ),
        (
            "An additional 9,000 people continue to live away from home after the storm.",
            "9,000",
            "displaced_in_population",
        ),
        (
            "We're now at over 90,000 refugees in the region, the spokesman said.",
            "90,000",
            "displaced_in_population",
        ),
        (  # M1, M3: arrivals, departures and people driven out are a flow
            "Tens of thousands of displaced people have crammed into the border town.",
            "Tens of thousands",
            "fled",
        ),
        ("The IOM observed the departure of 61,000 people from the capital.", "61,000", "fled"),
        (  # M3: people moved into shelters or to safety are moved by the disaster
            "After the cyclone some 12,500 villagers were moved into evacuation centres.",
            "12,500",
            "fled",
        ),
        ("About 3,000 residents have been moved to safety, officials said.", "3,000", "fled"),
        ("More than 17 lakh people have been taken to cyclone shelters.", "17 lakh", "fled"),
        ("Vigilantes had led to 350 people being lynched since April.", "350", "killed"),
        (  # M1: driven out, a journey made, a boat's people ashore; M8: who stayed on
            "More than 400,000 civilians have been driven across Sudan's borders.",
            "400,000",
            "fled",
        ),
        ("At least 175,000 have made the journey to Egypt.", "175,000", "fled"),
        (  # M2: a stock housed or registered where it is
            "UNRWA facilities now house 1.4 million people.",
            "1.4 million",
            "displaced_in_population",
        ),
        ("Nearly 138,000 are registered in Jordan.", "138,000", "displaced_in_population"),
        ("At 4:45 a.m., 74 people from sub-Saharan regions disembarked.", "74", "fled"),
        (
            "The number of people present in the city is not less than 1.3 million.",
            "1.3 million",
            "civilians_remaining",
        ),
        (  # M4: the children among the trapped are counted as children
            "An estimated 50,000 people, 20,000 of whom are children, are trapped in the city.",
            "20,000",
            "children_trapped",
        ),
        (  # M7: members of a named armed group, of the security forces
            "An estimated 1,500 ISIS members are believed to be in Tal Afar.",
            "1,500",
            "fighters",
        ),
        (
            "Some 17,000 members of the security forces were deployed in the city.",
            "17,000",
            "military_personnel",
        ),
        (  # OCHA Colombia: communities confined by armed groups cannot leave (M4)
            "The clashes have caused the confinement of at least 1,548 people.",
            "1,548",
            "civilians_trapped",
        ),
        (
            "In 2022, 15,761 families had to confine themselves to their territories.",
            "15,761",
            "civilians_trapped",
        ),
        (
            "More than 2,000 people are believed to be buried alive.",
            "2,000",
            "civilians_trapped",
        ),
        ("Over 7.5 lakh people took shelter in the cyclone centres.", "7.5 lakh", "fled"),
        ("More than 7.5 lakh people went to shelter centres due to Mocha.", "7.5 lakh", "fled"),
        ("Gang attacks drove 3,800 people from the district.", "3,800", "fled"),
        (
            "IDPs in the south number 70,000, a daily increase of nearly 6,000 persons.",
            "6,000",
            "fled",
        ),
        ("The survey counted 48,000 displacements across the country.", "48,000", "fled"),
        ("Officials expect that up to 2 million people can escape.", "2 million", "fled"),
        (  # the figure's event is its own, not in a source or an "amid" clause
            "The number of individuals currently displaced now tops 12,300 according to data "
            "released today.",
            "12,300",
            "displaced_in_population",
        ),
        (
            "Aid is ready for 5,000 people in the east amid fears that rains will cut off the "
            "roads.",
            "5,000",
            None,
        ),
        (  # M7: a militia's members are fighters; an agency's personnel are no soldiers
            "The group is a militia of several thousand men based in the hills.",
            "several thousand",
            "fighters",
        ),
        (
            "The disaster agency had nearly 9,000 personnel working in the area.",
            "9,000",
            None,
        ),
    ],
)
def test_own_verb_of_the_figure(text, surface, metric):
    """What the figure's own verb or noun says it counts (CODING M1, M2, M3, M7)."""
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # M3: refugees moved on from the border to camps are moved people, a flow (coded so
            # 14 times to 5 in the dev half)
            "More than 52,000 refugees have been relocated from the border to new camps.",
            "52,000",
            "fled",
        ),
        (  # a part ("including N") with a description of its own takes the whole's metric
            "The strike injured six people, including two children, who were fleeing the town.",
            "two",
            None,
        ),
        (  # "as the worst affected" says nothing of what the figure counts
            "About 65,000 people have been displaced, with 30,000 in Warrap and 12,000 in "
            "Unity as the worst affected states.",
            "12,000",
            "fled",
        ),
    ],
)
def test_parts_and_asides(text, surface, metric):
    """A part takes its whole's metric; an aside or the aid given names no event (M2, M3)."""
    assert _metric(text, surface) == metric


def test_part_of_people_displaced_in_a_place_and_shelters_for_them():
    """Part of a set displaced in a place is a stock (M2); shelters built for people count the
    aid, whatever the clause says of new arrivals."""
    part = metric_for(
        "people",
        "displaced",
        " Some of the more than ",
        " Palestinians displaced in Gaza's southern city of Rafah are weighing the risks of "
        "whether to stay or flee as concerns grow",
    )
    before = "The building of temporary shelters for "
    after = (
        " households is under way, the distribution of household items and a one-off cash "
        "support for all new arrivals,"
    )
    shelters = metric_for("household", event_of(before, after, before), before, after)
    assert (part, shelters) == ("displaced_in_population", None)


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (  # M5 and M7: soldiers killed are a toll, not a force's strength
            "12 soldiers and 5 militants were killed on Monday.",
            {"12": "killed", "5": "killed"},
        ),
        (  # a list of three shares the predicate at its end, commas and all
            "Ten soldiers, two volunteer fighters and three civilians were killed in the attack.",
            {"Ten": "killed", "two": "killed", "three": "killed"},
        ),
        (  # no event at the end: each keeps its noun's metric
            "The army has 20,000 soldiers and 3,000 police officers in the region.",
            {"20,000": "military_personnel", "3,000": "military_personnel"},
        ),
    ],
)
def test_coordinated_figures_share_the_event_at_the_end(text, metrics):
    found = {
        text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)
    }
    assert {surface: found.get(surface) for surface in metrics} == metrics


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Over 600 people were killed in 215 attacks since January.", "215", None),
        ("More than 900 cases of cholera were reported among the displaced.", "900", None),
        ("The count rose from 12 death cases last week to 20 this week.", "12", "killed"),
    ],
)
def test_cases_and_attacks_are_counted_not_people(text, surface, metric):
    assert _metric(text, surface) == metric


def test_a_part_of_a_toll_restated_by_its_number_counts_the_dead():
    text = (
        "At least 214 people were killed by the insurgents this year."
        " Of these 214, 61 were branded as informers."
    )
    assert _metric(text, "61") == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "The toll reached 96 on Thursday. Police said the victims including 14 children.",
        "The deaths included 14 children, the ministry said, after 96 were killed.",
    ],
)
def test_the_deaths_or_victims_including_a_part_count_the_dead(text):
    assert _metric(text, "14") == "killed"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The largest IDP populations were in these districts: Tarvo (41,250"
            " individuals), Osmera (18,400 individuals) and Kelin (9,030 individuals).",
            "18,400",
            "displaced_in_population",
        ),
        (
            "New IDPs reportedly came from the villages of Arbu (412 persons), Dessa (96"
            " persons) and Ulot (58 persons).",
            "96",
            "fled",
        ),
    ],
)
def test_a_count_in_brackets_after_a_listed_place_takes_the_lists_lead(text, surface, metric):
    assert _metric(text, surface) == metric


def test_a_breakdown_in_brackets_after_a_figure_counts_what_it_counted():
    text = (
        "There are now 96,000 Chadian refugees in neighbouring countries (61,200 in Cameroon,"
        " 30,450 in Niger and 4,350 in Nigeria)."
    )
    assert _metric(text, "96,000") == "displaced_in_population"
    assert _metric(text, "61,200") == "displaced_in_population"
    assert _metric(text, "30,450") == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The gang has around 350 members and controls the port district.", "350"),
        ("Witnesses blamed some 120 members of the Village de Dieu gang for the raid.", "120"),
        ("The militia, which has about 900 members, denied the charge.", "900"),
    ],
)
def test_members_of_a_gang_or_militia_are_fighters(text, surface):
    assert _metric(text, surface) == "fighters"


def test_members_of_a_family_or_a_team_are_not_fighters():
    text = "Some 40 members of a rescue team searched for the missing."
    assert _metric(text, "40") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The town was cut off, along with 900 Nepalese UN peace-keepers.", "900"),
        ("The navy said some 2,300 more sailors and Marines were ordered to the coast.", "2,300"),
        ("The ministry announced the recruitment of 4,000 gendarmes for the north.", "4,000"),
    ],
)
def test_peace_keepers_sailors_and_gendarmes_are_military_personnel(text, surface):
    assert _metric(text, surface) == "military_personnel"


@pytest.mark.parametrize(
    "text",
    [
        "The fighting displaced 6,120 families or 30,600 persons, as of Monday.",
        "The attacks led to the flight of 6,120 families, totalling 30,600 people.",
    ],
)
def test_people_that_restate_families_count_what_the_families_counted(text):
    assert _metric(text, "30,600") == "fled"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Shells hit the camp at dawn. The dead include a nurse, a teacher and three children.",
            "three",
        ),
        ('The dead were "14 women, nine men and the rest children," the ministry said.', "nine"),
    ],
)
def test_a_count_in_the_list_of_the_dead_counts_the_dead(text, surface):
    assert _metric(text, surface) == "killed"


def test_a_count_after_the_list_of_the_dead_in_another_clause_does_not():
    text = "Most of the dead were students and another 79 people had been injured."
    assert _metric(text, "79") is None


def test_families_restated_as_people_count_what_the_people_counted():
    text = "There were 2,140 families of 9,870 individuals who were in evacuation centers."
    assert _metric(text, "2,140") == _metric(text, "9,870") == "displaced_in_population"
