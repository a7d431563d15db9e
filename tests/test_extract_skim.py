"""Patterns compiled with a lead on their first characters find exactly what they found before."""

import re

import pytest

from figures.extract.skim import compiled

TEXT = (
    "The UN refugee agency (UNHCR) said on Tuesday that 1,200 people fled Kelvin town; "
    "the U.N. children's agency, UNICEF, and Save the Children counted 40 more. "
    "KELVIN: \u212aelvin, kelvin. the ICRC in Geneva, refugee agency for Palestine refugees."
)
LEADS = [  # each can tell its first characters: led by them
    r"\bUNHCR\b|\bUNICEF\b|Save the Children",
    r"(?:[Tt]he\s+)?(?:UN|U\.N\.)\s+(?i:refugee|children['’]s)\s+agency",
    r"(?<![\w-])(?:Geneva|Kelvin)(?![\w-])",
    r"refugee agency for Palestin|\bICRC\b",
    r"[A-Z]{3,}(?=\W)",
    r"(?:on\s+)?(?:Monday|Tuesday)",
]
AS_WRITTEN = [  # no telling where a match starts: compiled as written
    r"\w+\s+said",  # a class that is any script's letter
    r"(?i)kelvin",  # under IGNORECASE, "k" is also the Kelvin sign
    r"(?i:k)elvin",
    r"x*",  # may match nothing, anywhere
    r"[^a-z]+agency",  # a negated class
    r"\d+ people",  # any script's digits
]


@pytest.mark.parametrize("pattern", LEADS + AS_WRITTEN)
def test_the_same_matches_as_re_compile(pattern):
    plain, led = re.compile(pattern), compiled(pattern)
    assert [m.span() for m in led.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [led.match(TEXT, i) is None for i in range(len(TEXT))] == [
        plain.match(TEXT, i) is None for i in range(len(TEXT))
    ]


@pytest.mark.parametrize("pattern", LEADS)
def test_a_pattern_that_tells_its_first_characters_is_led_by_them(pattern):
    assert compiled(pattern).pattern.startswith("(?=[")


@pytest.mark.parametrize("pattern", AS_WRITTEN)
def test_a_pattern_that_cannot_tell_them_stays_as_written(pattern):
    assert compiled(pattern).pattern == pattern


def test_groups_and_flags_are_kept():
    led = compiled(r"(?P<who>UNHCR|UNICEF) said (\w+)", re.MULTILINE)
    match = led.search(TEXT.replace("(UNHCR)", "UNHCR said Tuesday"))
    assert (match.group("who"), match.group(2)) == ("UNHCR", "Tuesday")
    assert led.flags & re.MULTILINE and led.groups == 2
