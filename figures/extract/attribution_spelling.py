"""A speaker by surname alone is the full name said before ("Eugene Vamalwa said ... Vamalva
said"): coded by the fullest form of the name (CODING.md S3), dated as it was."""

from dataclasses import replace

from figures.extract.skim import compiled
from figures.extract.words import WORDS
from figures.names import source_key

_ONE_NAME_RE = compiled(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_TITLES = frozenset(WORDS["source"]["titles"])  # "Dr", "Mr": no first name
_ACRONYM_TAIL_RE = compiled(r"\(([A-Z][A-Za-z]{1,9})\)$")  # "... Authority (NFRA)"
_CAPITALISED_RE = compiled(r"\b[A-Z][a-z]+")  # a name's words, whose initials spell its acronym
_ACRONYM_RE = compiled(r"[A-Z]+[a-z]?[A-Z]+[A-Za-z]{0,6}")  # "NFRA", "DoDMA"


def _one_edit(a: str, b: str) -> bool:
    """Whether A and B differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def respelt(by_sentence: list[list]) -> None:
    """A person named by a surname alone that no full name before it ends with, but one full
    name before it ends with that surname spelt one letter otherwise: that full name."""
    full: dict[str, str] = {}  # surname, lower case: the full name that ends with it
    for attrs in by_sentence:
        for j, attr in enumerate(attrs):
            name = attr.source.strip()
            words = name.split()
            if not attr.person or not name[:1].isupper():
                continue
            if len(words) > 1:
                full.setdefault(words[-1].lower(), name)
                continue
            surname = name.lower()
            if len(surname) < 5 or surname in full:
                continue
            near = [n for s, n in full.items() if s[0] == surname[0] and _one_edit(s, surname)]
            if len(near) == 1:
                attrs[j] = replace(attr, source=near[0])


def full_names(by_sentence: list[list]) -> dict[str, object]:
    """Each surname's first attribution by a full name ("spokesperson Stephane Dujarric"), so a
    later "Dujarric reported" speaks on the day that one did."""
    found: dict[str, object] = {}
    for attrs in by_sentence:
        for attr in attrs:
            words = attr.source.split()
            if attr.person and len(words) > 1 and attr.source[:1].isupper():
                found.setdefault(words[-1].lower(), attr)
    return found


_DIRECT_FRAME_RE = compiled(r"(?i)(?:according\s+to|citing)\s+(?:the\s+)?")


_ROLE_RE = compiled(r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}([a-z]+)")  # a speaker by role alone
_COUNTED_RE = compiled(r"(?i)(?:two|three|four|several|some|other)\s+(.+)")


def day_keys(attr, text: str = "", stating: bool = False) -> list[str]:
    """The keys a source's day is kept under: its name, and a person's surname ("Yassin said
    Tuesday", later "Nasser Yassin noted"), and when STATING it, his first name ("Gatluak Lew
    Thiep said on Monday", later "Gatluak said"); TEXT tells "according to the NFRA" (the body)
    from "according to details provided by NFRA" (its data)."""
    direct = not attr.frame or _DIRECT_FRAME_RE.fullmatch(text, attr.pos, attr.start)
    direct = direct or attr.start < attr.pos  # "according to the agency": the body named before
    keys = [source_key(attr.source)]
    if counted := _COUNTED_RE.match(attr.source):  # "two local officials" after "local officials
        keys.append(source_key(counted.group(1)))  # said on Tuesday": the same officials
    initials = "" if attr.person else "".join(w[0] for w in _CAPITALISED_RE.findall(attr.source))
    if short := _ACRONYM_TAIL_RE.search(attr.source.strip()):  # "the ... Authority (NFRA) said
        keys.append("short:" + source_key(short.group(1)))  # on Monday", later "NFRA said":
    elif len(initials) >= 3:  # "the National ... Council" is the NDRRMC
        keys.append("short:" + source_key(initials))
    elif direct and _ACRONYM_RE.fullmatch(attr.source.strip()):  # that day; not "according
        keys.append("short:" + source_key(attr.source))  # to details provided by NFRA"
    if role := _ROLE_RE.fullmatch(attr.source.strip()):  # "a local chieftain said on Saturday
        keys.append("role:" + role.group(1))  # ... according to the chieftain": the one speaker
    if attr.person and " " in attr.source.strip():
        keys.append("person:" + attr.source.split()[-1].lower())
        keys += [  # "Md Enamur Rahman today said ... said Enamur": the name he goes by
            "person:" + word.lower() for word in attr.source.split()[1:-1] if len(word) > 3
        ]
        first = attr.source.split()[0]
        if stating and _ONE_NAME_RE.fullmatch(first) and first not in _TITLES:
            keys.append("person:" + first.lower())  # looked up by a later lone first name
    elif attr.person or _ONE_NAME_RE.fullmatch(attr.source.strip()):
        keys.append("person:" + attr.source.strip().lower())  # "according to Al-Qedra"
    return keys
