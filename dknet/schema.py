"""The one vocabulary of dknet: data layers, their columns, node labels and relationship types.

Everything that names a file, a column, a label or a relationship type reads it from here: the
loaders, the graph builder, the templates, the Neo4j loader and the docs. Change a name here and
nothing else needs to know. The words of the questions live here too (purposes, gap kinds, map views
and layouts, plan views, output formats), each a ``Literal`` plus a tuple, checked at the edge with
:func:`dknet.errors.choose` (the api) and ``click.Choice`` (the CLI).

A *layer* is one table a user can supply (CSV or XLSX), e.g. ``kommuner`` or ``veiledning``.
Column names are Norwegian, lower-case ASCII snake case (they are typed by planners into Excel
headers); display names are given in Norwegian (bokmål) and English.

>>> LAYERS["kommuner"].key
('kommunenummer',)
>>> Label.MUNICIPALITY.display_nb
'Kommune'
>>> node_id(Label.MUNICIPALITY, "5026")
'kommune:5026'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Literal, get_args

#: The value of the ``source`` column that marks a record as generated, not observed.
ILLUSTRATIVE = "illustrative"
#: The ``source`` given to records of user files that leave the column empty.
USER_SOURCE = "user"


class ColumnType(StrEnum):
    """How a cell is parsed and checked."""

    KOMMUNENUMMER = "kommunenummer"  # 4-digit text, 2024 division; names accepted in references
    FYLKESNUMMER = "fylkesnummer"  # 2-digit text
    ID = "id"  # free identifier, unique within the layer
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    SHARE = "share"  # a fraction in [0, 1]
    YEAR = "year"  # a calendar year, 1950..2100
    DATE = "date"  # a calendar day: 2024-10-03 or 03.10.2024; stored as ISO text
    BOOL = "bool"  # ja/nei, true/false, 1/0
    ENUM = "enum"


@dataclass(frozen=True)
class Column:
    """One column of a layer: its name, type, whether a value is required, and what it means."""

    name: str
    type: ColumnType
    nb: str
    en: str
    required: bool = False
    choices: tuple[str, ...] = ()
    references: str | None = None  # the name of another layer whose key this column holds
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Layer:
    """One data table: file stem, key columns and columns, with a Norwegian and English title."""

    name: str
    nb: str
    en: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    description: str = ""

    @property
    def column_names(self) -> list[str]:
        """Column names in template order."""
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        """The column called ``name`` (KeyError if the layer has none)."""
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


#: Every layer ends with these: where the record comes from (``illustrative`` marks generated ones).
SOURCE_COLUMNS = (
    Column("source", ColumnType.TEXT, "Kilde", "Source"),
    Column("source_url", ColumnType.TEXT, "Kilde-URL", "Source URL"),
)

K = ColumnType


def _c(name: str, type_: ColumnType, nb: str, en: str, **kw: object) -> Column:
    return Column(name, type_, nb, en, **kw)  # type: ignore[arg-type]


ARENA_TYPES = ("regionråd", "prosjekt", "nettverk", "planforum", "annet")
OFFICE_FORMS = ("vertskommune", "virtuelt", "prosjekt", "iks", "oppgavefellesskap", "samkommune", "annet")
OFFICE_STATUS = ("aktiv", "avsluttet", "ukjent")
PLAN_TYPES = ("planstrategi", "samfunnsdel", "arealdel", "kommunedelplan", "interkommunal_plan")
#: What a plan decision covered: the whole plan, or only the provisions (bestemmelser og
#: retningslinjer) with the map kept from an older plan (empty = not stated, read as the whole plan).
PLAN_SCOPES = ("hel", "bestemmelser")
GUIDANCE_FROM = ("FK", "SF")
GUIDANCE_FORMS = ("planforum", "møte", "kurs", "veiledningsteam", "samling", "annet")
OFFICE_ROLES = ("vert", "deltaker")
#: Kinds of link across water in ``sjosamband`` beside the NVDB car ferries: fixed road links
#: (one drives across) and scheduled passenger boats (one travels, without a car).
FIXED_LINK_KINDS = ("bru", "undersjøisk tunnel", "bru og tunnel")
BOAT_KINDS = ("hurtigbåt", "lokalbåt")
SEA_LINK_KINDS = FIXED_LINK_KINDS + BOAT_KINDS

LAYERS: dict[str, Layer] = {
    layer.name: layer
    for layer in (
        Layer(
            "statsforvaltere",
            "Statsforvalterembeter",
            "State administrator offices",
            ("statsforvalter_id",),
            (
                _c("statsforvalter_id", K.ID, "Embete-ID", "Office id", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                *SOURCE_COLUMNS,
            ),
            "The ten statsforvalter offices; one office can serve two or more counties.",
        ),
        Layer(
            "fylker",
            "Fylker (fylkeskommuner)",
            "Counties (county councils)",
            ("fylkesnummer",),
            (
                _c("fylkesnummer", K.FYLKESNUMMER, "Fylkesnummer", "County number", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c(
                    "statsforvalter_id",
                    K.ID,
                    "Statsforvalter",
                    "State administrator",
                    required=True,
                    references="statsforvaltere",
                ),
                *SOURCE_COLUMNS,
            ),
        ),
        Layer(
            "kommuner",
            "Kommuner",
            "Municipalities",
            ("kommunenummer",),
            (
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommunenummer", "Municipality number", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c("navn_ssb", K.TEXT, "Navn (SSB)", "Name (Statistics Norway)"),
                _c("fylkesnummer", K.FYLKESNUMMER, "Fylke", "County", required=True, references="fylker"),
                _c("landsdel", K.TEXT, "Landsdel", "Region"),
                _c("ba_region", K.TEXT, "BA-region", "Commuting region"),
                _c("folketall_2016", K.INT, "Folketall 2016", "Population 2016", minimum=0),
                _c("folketall_2024", K.INT, "Folketall 2024", "Population 2024", minimum=0),
                _c("folketall_2025", K.INT, "Folketall 2025", "Population 2025", minimum=0),
                _c("folketall_2026", K.INT, "Folketall 2026", "Population 2026", minimum=0),
                _c("endring_2016_2026_pst", K.FLOAT, "Endring 2016–2026 (%)", "Change 2016–2026 (%)"),
                _c("andel_20_66", K.SHARE, "Andel 20–66 år", "Share aged 20–66"),
                _c("andel_67pluss", K.SHARE, "Andel 67+", "Share aged 67+"),
                _c("andel_80pluss", K.SHARE, "Andel 80+", "Share aged 80+"),
                _c("sentralitetsindeks", K.INT, "Sentralitetsindeks", "Centrality index", minimum=0, maximum=1000),
                _c("sentralitetsklasse", K.INT, "Sentralitetsklasse", "Centrality class", minimum=1, maximum=6),
                _c("areal_km2", K.FLOAT, "Areal (km²)", "Area (km²)", minimum=0),
                _c("befolkningstetthet", K.FLOAT, "Innbyggere per km²", "Inhabitants per km²", minimum=0),
                _c("lon", K.FLOAT, "Lengdegrad (sentroide)", "Centroid longitude", minimum=-10, maximum=40),
                _c("lat", K.FLOAT, "Breddegrad (sentroide)", "Centroid latitude", minimum=55, maximum=82),
                _c("label_lon", K.FLOAT, "Lengdegrad (etikett)", "Label longitude", minimum=-10, maximum=40),
                _c("label_lat", K.FLOAT, "Breddegrad (etikett)", "Label latitude", minimum=55, maximum=82),
                _c("kostragruppe", K.INT, "KOSTRA-gruppe", "KOSTRA group", minimum=1, maximum=17),
                _c(
                    "utgiftsbehov_2025",
                    K.FLOAT,
                    "Utgiftsbehov 2025 (indeks)",
                    "Expenditure need 2025 (index)",
                    minimum=0,
                ),
                _c(
                    "utgiftsbehov_2026",
                    K.FLOAT,
                    "Utgiftsbehov 2026 (indeks)",
                    "Expenditure need 2026 (index)",
                    minimum=0,
                ),
                _c("kystlinje_km", K.FLOAT, "Kystlinje (km)", "Coastline (km)", minimum=0),
                _c("kystandel", K.SHARE, "Kystandel av omrisset", "Coast share of the outline"),
                _c("oykommune", K.BOOL, "Øykommune", "Island municipality"),
                _c("ferjesamband", K.INT, "Ferjesamband", "Ferry routes", minimum=0),
                _c("ferjeavhengig", K.BOOL, "Ferjeavhengig", "Ferry-dependent"),
                _c("vinterstengte_veger", K.INT, "Vinterstengte veger", "Winter-closed roads", minimum=0),
                _c("fritidsboliger_2023", K.INT, "Fritidsboliger 2023", "Second homes 2023", minimum=0),
                _c("vernet_areal_km2", K.FLOAT, "Vernet areal 2024 (km²)", "Protected area 2024 (km²)", minimum=0),
                _c("sysselsatte_2017", K.INT, "Sysselsatte 2017", "Employed 2017", minimum=0),
                _c("havbruk_2017", K.INT, "Sysselsatte i havbruk 2017", "Employed in aquaculture 2017", minimum=0),
                _c(
                    "primaer_andel_2020",
                    K.SHARE,
                    "Andel i primærnæring 2020",
                    "Share in primary industries 2020",
                ),
                _c(
                    "industri_andel_2020",
                    K.SHARE,
                    "Andel i industri 2020",
                    "Share in manufacturing 2020",
                ),
                _c(
                    "fiskere_2018",
                    K.INT,
                    "Fiskere (hovedyrke) 2018",
                    "Fishermen (main occupation) 2018",
                    minimum=0,
                ),
                *SOURCE_COLUMNS,
            ),
            "All 357 municipalities of the 2024 division with their public indicators.",
        ),
        Layer(
            "grenser",
            "Kommunegrenser (naboskap)",
            "Municipal borders (adjacency)",
            ("kommune_a", "kommune_b"),
            (
                _c("kommune_a", K.KOMMUNENUMMER, "Kommune A", "Municipality A", required=True, references="kommuner"),
                _c("kommune_b", K.KOMMUNENUMMER, "Kommune B", "Municipality B", required=True, references="kommuner"),
                _c("grenselengde_km", K.FLOAT, "Felles grense (km)", "Shared border (km)", minimum=0),
                _c("grense_merknad", K.TEXT, "Merknad om grensen", "Note on the border"),
                _c("vinterstengt", K.TEXT, "Vinterstengt veg over grensen", "Winter-closed road across the border"),
                *SOURCE_COLUMNS,
            ),
            "Pairs of municipalities that share a land border (each pair once). ``grense_merknad`` flags "
            "a border the simplified outlines invent across a sound; ``vinterstengt`` names winter-closed "
            "roads and passes that cross it (NVDB).",
        ),
        Layer(
            "ferjesamband",
            "Ferjesamband",
            "Ferry routes",
            ("samband_id", "kommune_a", "kommune_b"),
            (
                _c("samband_id", K.ID, "Samband-ID (NVDB)", "Route id (NVDB)", required=True),
                _c("kommune_a", K.KOMMUNENUMMER, "Kommune A", "Municipality A", required=True, references="kommuner"),
                _c("kommune_b", K.KOMMUNENUMMER, "Kommune B", "Municipality B", required=True, references="kommuner"),
                _c("navn", K.TEXT, "Samband", "Route", required=True),
                _c("vegnummer", K.TEXT, "Vegnummer", "Road number"),
                _c("kategori", K.TEXT, "Kategori", "Category"),
                _c("drift", K.TEXT, "Drift", "Operation"),
                *SOURCE_COLUMNS,
            ),
            "Car ferry routes linking two municipalities (one row per route and pair of municipalities "
            "with a quay on it; computed by scripts/geography.py from NVDB).",
        ),
        Layer(
            "sjosamband",
            "Faste forbindelser og båtruter",
            "Fixed links and passenger boats",
            ("samband_id", "kommune_a", "kommune_b"),
            (
                _c("samband_id", K.ID, "Samband-ID", "Link id", required=True),
                _c("kommune_a", K.KOMMUNENUMMER, "Kommune A", "Municipality A", required=True, references="kommuner"),
                _c("kommune_b", K.KOMMUNENUMMER, "Kommune B", "Municipality B", required=True, references="kommuner"),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c("slag", K.ENUM, "Slag", "Kind", required=True, choices=SEA_LINK_KINDS),
                _c("vegnummer", K.TEXT, "Vegnummer", "Road number"),
                _c("aapnet", K.YEAR, "Åpnet (år)", "Opened (year)"),
                _c("sist_bekreftet", K.YEAR, "Sist bekreftet (år)", "Last confirmed (year)"),
                _c("anlop", K.TEXT, "Anløp", "Calls"),
                *SOURCE_COLUMNS,
            ),
            "Links across water between two municipalities beside the NVDB car ferries: bridges and "
            "subsea tunnels (one drives across) and scheduled passenger boats (hurtigbåt, lokalbåt), one "
            "row per link and pair of municipalities; transcribed from cited public pages, not complete.",
        ),
        Layer(
            "sjonaboer",
            "Sjønaboer (over vann)",
            "Sea neighbours (across water)",
            ("kommune_a", "kommune_b"),
            (
                _c("kommune_a", K.KOMMUNENUMMER, "Kommune A", "Municipality A", required=True, references="kommuner"),
                _c("kommune_b", K.KOMMUNENUMMER, "Kommune B", "Municipality B", required=True, references="kommuner"),
                _c("avstand_km", K.FLOAT, "Avstand over vann (km)", "Gap across water (km)", minimum=0),
                *SOURCE_COLUMNS,
            ),
            "Pairs of municipalities without a land border whose shores face each other across water "
            "(each pair once; computed by scripts/compute_sea_neighbours.py).",
        ),
        Layer(
            "arenaer",
            "Arenaer og nettverk",
            "Arenas and networks",
            ("arena_id",),
            (
                _c("arena_id", K.ID, "Arena-ID", "Arena id", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c("type", K.ENUM, "Type", "Kind", required=True, choices=ARENA_TYPES),
                _c("arrangor", K.ID, "Arrangør (fylkesnr. eller statsforvalter)", "Organiser (county or SF)"),
                _c("status", K.ENUM, "Status", "Status", choices=OFFICE_STATUS),
                _c("fra_aar", K.YEAR, "Fra år", "From year"),
                _c("til_aar", K.YEAR, "Til år", "To year"),
                _c("beskrivelse", K.TEXT, "Beskrivelse", "Description"),
                _c("sist_bekreftet", K.YEAR, "Sist bekreftet (år)", "Last confirmed (year)"),
                *SOURCE_COLUMNS,
            ),
            "Regional councils, projects, networks and forums municipalities meet in.",
        ),
        Layer(
            "arena_medlemmer",
            "Medlemmer i arenaer",
            "Arena memberships",
            ("arena_id", "kommunenummer"),
            (
                _c("arena_id", K.ID, "Arena-ID", "Arena id", required=True, references="arenaer"),
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                _c("rolle", K.TEXT, "Rolle", "Role"),
                _c("fra_aar", K.YEAR, "Medlem fra år", "Member from year"),
                _c("til_aar", K.YEAR, "Medlem til år", "Member to year"),
                _c("sist_bekreftet", K.YEAR, "Sist bekreftet (år)", "Last confirmed (year)"),
                *SOURCE_COLUMNS,
            ),
            "Members of each arena; fra_aar/til_aar when the membership began or ended (empty: as the arena).",
        ),
        Layer(
            "plankontor",
            "Plankontor og plansamarbeid",
            "Plan offices and plan cooperations",
            ("plankontor_id",),
            (
                _c("plankontor_id", K.ID, "Plankontor-ID", "Office id", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c("form", K.ENUM, "Samarbeidsform", "Form", required=True, choices=OFFICE_FORMS),
                _c("status", K.ENUM, "Status", "Status", required=True, choices=OFFICE_STATUS),
                _c("fra_aar", K.YEAR, "Fra år", "From year"),
                _c("til_aar", K.YEAR, "Til år", "To year"),
                _c("sist_bekreftet", K.YEAR, "Sist bekreftet (år)", "Last confirmed (year)"),
                _c("beskrivelse", K.TEXT, "Beskrivelse", "Description"),
                *SOURCE_COLUMNS,
            ),
            "Shared (possibly virtual) plan offices and plan cooperations, current or historic. An office "
            "without an end year counts as running; sist_bekreftet is the year its source last confirmed it.",
        ),
        Layer(
            "plankontor_medlemmer",
            "Medlemmer i plankontor",
            "Plan office members",
            ("plankontor_id", "kommunenummer"),
            (
                _c("plankontor_id", K.ID, "Plankontor-ID", "Office id", required=True, references="plankontor"),
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                _c("rolle", K.ENUM, "Rolle", "Role", required=True, choices=OFFICE_ROLES),
                _c("merknad", K.TEXT, "Merknad", "Note"),
                _c("fra_aar", K.YEAR, "Medlem fra år", "Member from year"),
                _c("til_aar", K.YEAR, "Medlem til år", "Member to year"),
                _c("sist_bekreftet", K.YEAR, "Sist bekreftet (år)", "Last confirmed (year)"),
                *SOURCE_COLUMNS,
            ),
            "Members of each plan office; the host (vertskommune) has rolle=vert; fra_aar/til_aar when the "
            "membership began or ended (empty: as the office).",
        ),
        Layer(
            "planer",
            "Kommunale planer",
            "Municipal plans",
            ("plan_id",),
            (
                _c("plan_id", K.ID, "Plan-ID", "Plan id", required=True),
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                _c("plantype", K.ENUM, "Plantype", "Plan type", required=True, choices=PLAN_TYPES),
                _c("navn", K.TEXT, "Navn", "Name"),
                _c("vedtatt_aar", K.YEAR, "Vedtatt år", "Year adopted"),
                _c("vedtatt_dato", K.DATE, "Vedtatt dato", "Date adopted"),
                _c("omfang", K.ENUM, "Omfang", "Scope", choices=PLAN_SCOPES),
                *SOURCE_COLUMNS,
            ),
            "Planstrategi, samfunnsdel and arealdel (and other plans) with the year (and where known the day) "
            "adopted; omfang=bestemmelser when only the provisions were revised and the map kept.",
        ),
        Layer(
            "plankapasitet",
            "Plankapasitet",
            "Planning capacity",
            ("kommunenummer",),
            (
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                _c("aarsverk_samfunn", K.FLOAT, "Årsverk samfunnsplanlegging", "FTE community planning", minimum=0),
                _c("aarsverk_areal", K.FLOAT, "Årsverk arealplanlegging", "FTE land-use planning", minimum=0),
                _c("bruker_konsulenter", K.BOOL, "Bruker konsulenter", "Uses consultants"),
                _c("aar", K.YEAR, "År", "Year"),
                *SOURCE_COLUMNS,
            ),
            "Planning capacity in full-time equivalents (årsverk).",
        ),
        Layer(
            "regionale_planer",
            "Regionale planer",
            "Regional plans",
            ("regionalplan_id",),
            (
                _c("regionalplan_id", K.ID, "Regionalplan-ID", "Regional plan id", required=True),
                _c("navn", K.TEXT, "Navn", "Name", required=True),
                _c(
                    "fylkesnummer", K.FYLKESNUMMER, "Eier (fylke)", "Owner (county)", required=True, references="fylker"
                ),
                _c("tema", K.TEXT, "Tema", "Topic"),
                _c("vedtatt_aar", K.YEAR, "Vedtatt år", "Year adopted"),
                *SOURCE_COLUMNS,
            ),
        ),
        Layer(
            "regionalplan_dekning",
            "Kommuner dekket av regionale planer",
            "Municipalities covered by regional plans",
            ("regionalplan_id", "kommunenummer"),
            (
                _c(
                    "regionalplan_id",
                    K.ID,
                    "Regionalplan-ID",
                    "Regional plan id",
                    required=True,
                    references="regionale_planer",
                ),
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                *SOURCE_COLUMNS,
            ),
        ),
        Layer(
            "veiledning",
            "Veiledningskontakter",
            "Guidance contacts",
            ("veiledning_id",),
            (
                _c("veiledning_id", K.ID, "Kontakt-ID", "Contact id", required=True),
                _c("fra_type", K.ENUM, "Fra (FK/SF)", "From (FK/SF)", required=True, choices=GUIDANCE_FROM),
                _c("fra_id", K.ID, "Fra (fylkesnr. eller embete-ID)", "From (county or office id)", required=True),
                _c("kommunenummer", K.KOMMUNENUMMER, "Kommune", "Municipality", required=True, references="kommuner"),
                _c("aar", K.YEAR, "År", "Year", required=True),
                _c("form", K.ENUM, "Form", "Form", required=True, choices=GUIDANCE_FORMS),
                _c("antall", K.INT, "Antall kontakter i året", "Contacts that year", minimum=1),
                _c("tema", K.TEXT, "Tema", "Topic"),
                _c("kontakt_dato", K.DATE, "Dato", "Date"),
                _c("saksnummer", K.TEXT, "Saksnummer", "Case number"),
                *SOURCE_COLUMNS,
            ),
            "Guidance from the county council (FK) or the state administrator (SF) to a municipality; "
            "kontakt_dato is the day (of the last contact, when antall counts several), aar its year; "
            "saksnummer is the case number in the adviser's own case system.",
        ),
    )
}

#: Layers whose rows reference a municipality by number (or by name in user files).
MUNICIPALITY_COLUMNS: dict[str, tuple[str, ...]] = {
    layer.name: tuple(c.name for c in layer.columns if c.type is ColumnType.KOMMUNENUMMER and c.references)
    for layer in LAYERS.values()
}


class Label(Enum):
    """Node labels, with the key property and the Norwegian and English display names."""

    MUNICIPALITY = ("Municipality", "kommune", "Kommune", "Municipality")
    COUNTY = ("County", "fylke", "Fylke (fylkeskommune)", "County (county council)")
    STATE_ADMINISTRATOR = ("StateAdministrator", "statsforvalter", "Statsforvalter", "State administrator")
    PLAN = ("Plan", "plan", "Kommunal plan", "Municipal plan")
    PLAN_OFFICE = ("PlanOffice", "plankontor", "Plankontor / plansamarbeid", "Plan office / cooperation")
    REGIONAL_PLAN = ("RegionalPlan", "regionalplan", "Regional plan", "Regional plan")
    ARENA = ("Arena", "arena", "Arena / nettverk", "Arena / network")

    def __init__(self, label: str, prefix: str, nb: str, en: str) -> None:
        self.label = label
        self.prefix = prefix
        self.display_nb = nb
        self.display_en = en

    def __str__(self) -> str:
        return self.label


class Rel(Enum):
    """Relationship types: (type, from label, to label, Norwegian and English display name)."""

    IN_COUNTY = ("IN_COUNTY", Label.MUNICIPALITY, Label.COUNTY, "ligger i", "is in")
    SERVED_BY = ("SERVED_BY", Label.COUNTY, Label.STATE_ADMINISTRATOR, "betjenes av", "is served by")
    SUPERVISED_BY = (
        "SUPERVISED_BY",
        Label.MUNICIPALITY,
        Label.STATE_ADMINISTRATOR,
        "følges opp av",
        "is supervised by",
    )
    BORDERS = ("BORDERS", Label.MUNICIPALITY, Label.MUNICIPALITY, "grenser til", "borders")
    SEA_NEIGHBOUR = ("SEA_NEIGHBOUR", Label.MUNICIPALITY, Label.MUNICIPALITY, "nabo over sjø", "neighbour across water")
    FERRY = ("FERRY", Label.MUNICIPALITY, Label.MUNICIPALITY, "ferjesamband med", "ferry to")
    SEA_LINK = (
        "SEA_LINK",
        Label.MUNICIPALITY,
        Label.MUNICIPALITY,
        "bru, tunnel eller båtrute til",
        "bridge, tunnel or boat to",
    )
    HAS_PLAN = ("HAS_PLAN", Label.MUNICIPALITY, Label.PLAN, "har plan", "has plan")
    MEMBER_OF = ("MEMBER_OF", Label.MUNICIPALITY, None, "er medlem av", "is member of")
    HOSTS = ("HOSTS", Label.MUNICIPALITY, Label.PLAN_OFFICE, "er vertskommune for", "hosts")
    OWNS = ("OWNS", Label.COUNTY, Label.REGIONAL_PLAN, "eier", "owns")
    COVERS = ("COVERS", Label.REGIONAL_PLAN, Label.MUNICIPALITY, "dekker", "covers")
    ORGANISES = ("ORGANISES", None, Label.ARENA, "arrangerer", "organises")
    GUIDES = ("GUIDES", None, Label.MUNICIPALITY, "veileder", "guides")

    def __init__(self, type_: str, source: Label | None, target: Label | None, nb: str, en: str) -> None:
        self.type = type_
        self.source_label = source  # None: more than one label is possible
        self.target_label = target
        self.display_nb = nb
        self.display_en = en

    def __str__(self) -> str:
        return self.type

    @property
    def symmetric(self) -> bool:
        """Stored both ways in networkx and once per pair in Neo4j (land, sea, ferry and other links)."""
        return self in NEIGHBOUR_RELS


#: The relationships that say how two municipalities are neighbours (each symmetric).
NEIGHBOUR_RELS = (Rel.BORDERS, Rel.SEA_NEIGHBOUR, Rel.FERRY, Rel.SEA_LINK)

#: Properties every node and edge carries.
NODE_KEYS = ("label", "key", "name", "source")

LABELS_BY_NAME: dict[str, Label] = {lab.label: lab for lab in Label}
RELS_BY_NAME: dict[str, Rel] = {r.type: r for r in Rel}


def node_id(label: Label, key: str) -> str:
    """The networkx node id for a record: ``<prefix>:<key>``.

    >>> node_id(Label.COUNTY, "50")
    'fylke:50'
    """
    return f"{label.prefix}:{key}"


class ExitCode(int, Enum):
    """Exit codes of the ``dknet`` command, documented in the README."""

    OK = 0
    ERROR = 1  # a library error, e.g. an unknown municipality
    USAGE = 2  # wrong options or arguments (click's own code)
    INVALID_DATA = 3  # a data directory failed validation; nothing was built or written
    DATABASE_UNREACHABLE = 4  # Neo4j could not be reached or refused the credentials


# --- The words of the questions: purposes, views, gap kinds, layouts, tables, output formats ---------------------
# Each is a Literal (for the type checker) and a tuple of its values (for click.Choice in the CLI and for
# dknet.errors.choose in the api), so that a word is spelled in one place.

#: What a partner is sought for: a shared plan office (``office``) or a network to learn from (``network``).
Purpose = Literal["office", "network"]
PURPOSES: tuple[Purpose, ...] = get_args(Purpose)
#: The kinds of gaps in the guidance network (``dknet gaps --kind``).
GapKind = Literal["need", "structural", "coverage", "load"]
GAP_KINDS: tuple[GapKind, ...] = get_args(GapKind)
#: What a map shows (``dknet map --view``).
MapView = Literal["cooperation", "partners", "communities", "gaps"]
MAP_VIEWS: tuple[MapView, ...] = get_args(MapView)
#: Where a map puts the municipalities: on their coordinates or by a seeded force layout (``--layout``).
MapLayout = Literal["geo", "force"]
MAP_LAYOUTS: tuple[MapLayout, ...] = get_args(MapLayout)
#: The views of ``dknet plans --view``.
PlanView = Literal["kommuner", "fylker", "sf", "neste-periode"]
PLAN_VIEWS: tuple[PlanView, ...] = get_args(PlanView)
#: The tables of a partition (communities, plan offices): one row per group or per member.
PartitionTable = Literal["summary", "members"]
PARTITION_TABLES: tuple[PartitionTable, ...] = get_args(PartitionTable)
#: How the user's registers meet the bundled data: rows updated (``overlay``) or layers replaced.
DataMode = Literal["overlay", "replace"]
DATA_MODES: tuple[DataMode, ...] = get_args(DataMode)
#: Output formats and CSV dialects of every command that prints rows.
OutputFormat = Literal["table", "json", "csv", "xlsx"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)
CsvDialect = Literal["excel-no", "standard"]
CSV_DIALECTS: tuple[CsvDialect, ...] = get_args(CsvDialect)
