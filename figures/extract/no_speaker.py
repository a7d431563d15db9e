"""Subjects that name no speaker though a reporting verb follows them: a setting that "saw" what
happened there, what was counted ("New arrivals recorded"), how a count is split ("the toll by
province")."""

from figures.extract.attribution_places import place_like
from figures.extract.skim import compiled

_SETTING_RE = compiled(  # a place or a time "saw" what happened there: no one said it
    r"(?i)(?:^|\s)(?:city|town|village|country|region|province|state|area|camp|capital|district"
    r"|week|weekend|month|year|day|night|morning|period|decade|\d{4}"
    r"|agreement|deal|truce|ceasefire|operation|offensive|evacuation|attack|fighting|clashes"
    r"|battle|war|conflict|violence|crisis|flooding|floods|storm|earthquake|quake|tsunami|cyclone"
    r"|hurricane|typhoon|eruption|landslides?|disaster|outbreak|epidemic|crackdown|protests?"
    r"|unrest|uprising|siege|campaign|raids?|bombardment|strikes|assault|incursion|invasion"
    r"|hostilities|escalation|surge|influx|exodus|season|bombings?)"
    r"(?:\s+(?:that|which))?$"  # "an evacuation agreement that saw 15,000 leave": an event
)


def unsaid(verb: str, subject: str) -> bool:
    """SUBJECT before VERB names a setting or what was counted, not who spoke."""
    return (
        lived_through(verb, subject)
        or counted_not_counter(verb, subject)
        or raised_by_event(verb, subject)
    )


def raised_by_event(verb: str, subject: str) -> bool:
    """ "The attack raised the confirmed number of civilians killed", "Each bombing adds dozens
    more people to our ranks": what happened, not who counted."""
    return verb in ("raised", "raises", "pushed", "adds") and bool(_SETTING_RE.search(subject))


def lived_through(verb: str, subject: str) -> bool:
    """ "The city saw 300 people flee", "Last week saw 40 deaths": a setting, not a witness."""
    return verb in ("saw", "witnessed") and (
        bool(_SETTING_RE.search(subject)) or place_like(subject)
    )


_COUNTED_RE = compiled(  # people or events a count is of, who never keep the count themselves
    r"(?i)(?:^|\s)(?:arrivals|individuals|people|persons|families|households|idps|displacements"
    r"|movements|deaths|casualties|cases)$"
)


def counted_not_counter(verb: str, subject: str) -> bool:
    """ "New arrivals recorded within this report map 3,386": what was counted, not who."""
    return verb in ("recorded", "registered", "counted", "documented", "tallied") and bool(
        _COUNTED_RE.search(subject)
    )


_BREAKDOWN_RE = compiled(  # "the civilian death toll by province includes 658 in Latakia"
    r"(?i)(?:province|region|district|state|governorate|county|age|gender|sex|nationality|month"
    r"|year|type|area|city|country|location)s?\b"
)


def breakdown(frame, x: str) -> bool:
    """ "the toll by province", "figures by age": how a count is split, not who kept it."""
    words = frame.string[frame.start() : frame.start("x")].rstrip()
    return words.endswith(" by") and bool(_BREAKDOWN_RE.match(x.strip()))


LAY_RE = compiled(  # people who tell what befell them, not who counted a paragraph's figures
    r"(?i)(?:the\s+|some\s+(?:of\s+the\s+)?|many\s+)?(?:[a-z]+\s+)?(?:arrivals|refugees|survivors"
    r"|witnesses|residents|villagers|evacuees|displaced|families)"
)
