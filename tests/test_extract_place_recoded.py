"""Place, recoded round: the rules the adjudicated dev passages showed the extractor missing
(CODING.md P1 to P4); sentences written for these rules, not quoted."""

import pytest

from figures.extract import extract_candidates


def _places(text: str) -> dict[str, str | None]:
    """Each figure's place, by the figure's words in the text."""
    found = extract_candidates(text)
    return {text[c["start"] : c["end"]]: c["claim"].get("location") for c in found}


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (  # "western towns" describes a part, it names none: the country named before (P1)
            "Floods have hit Malawi for a week.\n\n"
            "Rivers burst their banks in western towns, forcing 4,000 people to flee.",
            "4,000",
            "Malawi",
        ),
        (  # a relative clause on the counted people is their own clause: where they live (P1)
            "Floods have hit Malawi for a week.\n\n"
            "The agency counts 12,000 people uprooted this month, who now live in camps in Zomba.",
            "12,000",
            "Zomba",
        ),
        (  # a place named only after the figure's sentence is not its place: the one before (P1)
            "Fighting has hit Chad for months.\n\n"
            "The war has killed 40 people. Rockets fell on Abeche again.",
            "40",
            "Chad",
        ),
        (  # another count's destination is not where this one's deaths were (P1, P2)
            "Rebels attacked army posts in Mali last week.\n\n"
            "The fighting has killed at least 90 people and driven 20,000 to neighbouring Niger.",
            "90",
            "Mali",
        ),
        (  # where people were taken to is not where the injured of the attack are (P1)
            "Gunmen stormed a market in Mali on Friday. They took 30 hostages to Niger.\n\n"
            "Some 45 people were injured.",
            "45",
            "Mali",
        ),
        (  # a place inside a body's name is the place of that body's own figures (P1)
            "The Kwara State Emergency Management Agency said 14 people were killed.",
            "14",
            "Kwara State",
        ),
        (  # a town the text places with a side elsewhere ("central Varra") names its body too
            "The Varra health ministry said an air strike killed 15 members of one family.\n\n"
            "The strike hit a home in Al-Kasra in central Varra.",
            "15",
            "Varra",
        ),
        (  # a department is a place as a province is (P1)
            "In the department of Lambara, there were 3,320 people affected.",
            "3,320",
            "Lambara",
        ),
        (  # the Department of a ministry is a body, not a place
            "The Department of Social Welfare said 3,320 people were displaced in Varla.",
            "3,320",
            "Varla",
        ),
        (  # "the village of X in the commune of Y": the village, the most specific (P1)
            "Gunmen attacked the village of Kodel in the commune of Fatri, killing 30 civilians.",
            "30",
            "Kodel",
        ),
        (  # a country ending in s owns its province with a bare apostrophe: "Laos’ X" (P1)
            "Floods have killed at least six people in northern Laos’ Varla province.",
            "six",
            "Varla",
        ),
        ("At least 112 people died in Vina del Mar.", "112", "Vina del Mar"),  # "del": one name
        ("About 300 people were evacuated in Puerto de la Cruz.", "300", "Puerto de la Cruz"),
        (  # a people's word on its own people is its country ("Kyrgyz residents")
            "More than 800 Kyrgyz residents were evacuated from villages near the border.",
            "800",
            "Kyrgyzstan",
        ),
        (  # two peoples' words joined name a border, no place: "the Tajik-Kyrgyz border"
            "One Tajik guard was killed in an armed clash on the Tajik-Kyrgyz border.",
            "One",
            None,
        ),
        (  # a side's name inside a longer name is no place: "South Varra" is not "Varra"
            "Rains hit central Varra on Monday.\n\nIn South Varra, 300 people fled the floods.",
            "300",
            "South Varra",
        ),
        (  # "mostly in X": X holds most of the figure, not all; the wider place named before
            "Officials said 9,000 people were displaced in Kenya this month.\n\n"
            "The agency said 5,000 people were displaced by floods mostly in Garissa.",
            "5,000",
            "Kenya",
        ),
        (  # an arrivals count is where they arrived, not the place they left before (P2)
            "Families sheltering in Chad described how they fled from Sudan's militias, as the"
            " agency said 4,000 had arrived this week.",
            "4,000",
            "Chad",
        ),
        (  # "left X for Y": Y is where they went, the single destination (P2)
            "About 5,000 residents were able to leave the besieged town of Lyman for Kramatorsk.",
            "5,000",
            "Kramatorsk",
        ),
    ],
)
def test_place(text: str, surface: str, place: str | None) -> None:
    assert _places(text)[surface] == place
