"""The seed's two conflicting civilians_remaining claims, as tests post them."""

OCHA = {
    "metric": "civilians_remaining",
    "location": "Raqqa",
    "source": "UN OCHA",
    "quantifier": "approximately",
    "value": 160000,
    "stated_on": "2017-06-06",
}
AFP = {**OCHA, "source": "AFP", "value": 300000, "stated_on": "2017-06-10"}
