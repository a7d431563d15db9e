"""m019 onwards: stored keys recomputed when the rules that make them change."""

from sqlite_utils import Database

from db.migrations import migrations
from db.schema_curation import rekey
from figures.names import source_key


@migrations()
def m019_source_keys_read_past_possessives(db: Database) -> None:
    """A possessive no longer makes a second source ("the UN's refugee agency" is UNHCR): the
    sources' and their aliases' keys are recomputed, as m013 did, so old rows still match."""
    rekey(db, (("sources", source_key), ("source_aliases", source_key)))


@migrations()
def m020_source_keys_read_united_nations_as_un(db: Database) -> None:
    """ "United Nations" is keyed as "UN" ("the United Nations children's agency" is UNICEF):
    the sources' and their aliases' keys are recomputed, as m019 did."""
    rekey(db, (("sources", source_key), ("source_aliases", source_key)))


@migrations()
def m021_source_keys_read_past_a_un_prefix(db: Database) -> None:
    """A known body written after "UN" is that body ("the UN World Health Organization" is
    WHO), and "UN Relief and Works Agency" is UNRWA: the sources' and their aliases' keys are
    recomputed, as m020 did."""
    rekey(db, (("sources", source_key), ("source_aliases", source_key)))
