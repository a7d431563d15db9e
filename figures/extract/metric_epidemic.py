"""Deaths in a report about an epidemic are the disease's, not killings (M5), unless the
sentence names violence or a disaster: "764 deaths occurred during the reporting period"."""

import re

from figures.extract.metric_cues import DISEASES
from figures.extract.skim import compiled

_DISEASE_RE = compiled(  # a disease or its cases named, not "an outbreak" after a flood
    rf"\b(?:{DISEASES}|evd|plague|(?:suspected|confirmed|new|probable)\s+cases)\b", re.IGNORECASE
)
_VIOLENCE_RE = compiled(
    r"\b(?:killed|killing|attacks?|attacked|shot|shooting|gunmen|gunfire|clashes|fighting|riots?"
    r"|rioters|protests?|protesters?|demonstrat\w*|massacre|bomb\w*|air ?strikes?|shelling|stabbed"
    r"|murder\w*|lynch\w*|stoned|stoning|machete|throats|quakes?|earthquakes?|floods?|flooding"
    r"|rains|landslides?|storms?|cyclones?|hurricanes?|typhoons?|tsunami|drown\w*|shipwreck"
    r"|capsized|crash\w*|explosions?|fire)\b",
    re.IGNORECASE,
)
_MIN_MENTIONS = 3  # a disease named in passing is not the report's subject


def epidemic_report(text: str) -> bool:
    """Whether the report is about an epidemic: its diseases, cases or outbreak named often,
    and more often than violence or a disaster (not a cyclone's toll with cholera after it)."""
    disease = len(_DISEASE_RE.findall(text))
    return disease >= _MIN_MENTIONS and disease > len(_VIOLENCE_RE.findall(text))


def disease_deaths(sentence: str) -> bool:
    """A sentence of an epidemic report whose deaths name no violence nor disaster."""
    return not _VIOLENCE_RE.search(sentence)
