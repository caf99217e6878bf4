"""How the maps look and what they say: node types, edge layers, colours, defaults and Norwegian texts.

Everything visual is here, in one table per concern, so the map builder only looks things up.
Names come from :mod:`dknet.schema` (``Label.display_nb``, ``Rel.display_nb``) so the maps speak
the same vocabulary as ``dknet show``.

Default visibility (which node types and edge layers are switched on when the map opens) depends
on the *scope*, so that the map of all Norway is not a hairball:

==========  ==========================================  ==============================================
scope       node types on                               edge layers on
==========  ==========================================  ==============================================
national    kommune, fylke, statsforvalter, plankontor  embete, plankontor
county      + arena                                     + naboskap, arenaer
focus       every type (plans too)                      every layer
==========  ==========================================  ==============================================

Everything else is in the file and one click away (legend checkboxes).

>>> NODE_TYPES["kommune"].name
'Kommune'
>>> [layer.id for layer in EDGE_LAYERS][:3]
['naboskap', 'embete', 'fylke']
>>> scale_colour(0.0, 0.0, 1.0, GAP_RAMP), scale_colour(1.0, 0.0, 1.0, GAP_RAMP)
('#ffffb2', '#bd0026')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dknet.present.numbers import NARROW_NBSP, number
from dknet.schema import Label, Rel

Scope = Literal["national", "county", "focus"]


@dataclass(frozen=True)
class NodeType:
    """A kind of node on the map: its key, Norwegian name, vis-network shape, colour and size."""

    id: str
    name: str
    shape: str
    colour: str
    size: float


@dataclass(frozen=True)
class EdgeLayer:
    """A group of relationship types the user switches on and off together."""

    id: str
    name: str
    rels: tuple[str, ...]


def _node_type(label: Label, shape: str, colour: str, size: float) -> NodeType:
    return NodeType(label.prefix, label.display_nb, shape, colour, size)


#: Node types by key (the label's id prefix), in legend order.
NODE_TYPES: dict[str, NodeType] = {
    t.id: t
    for t in (
        _node_type(Label.MUNICIPALITY, "dot", "#2a788e", 9.0),
        _node_type(Label.COUNTY, "square", "#1f4e79", 15.0),
        _node_type(Label.STATE_ADMINISTRATOR, "diamond", "#8e1b3a", 16.0),
        _node_type(Label.PLAN_OFFICE, "triangle", "#e8710a", 12.0),
        _node_type(Label.ARENA, "hexagon", "#00838f", 9.0),
        _node_type(Label.REGIONAL_PLAN, "triangleDown", "#2e7d32", 10.0),
        _node_type(Label.PLAN, "dot", "#8d8d8d", 6.0),
    )
}

#: Partner suggestions are not in the knowledge graph: the partners view adds this relationship.
PARTNER_REL = "SUGGESTED_PARTNER"
PARTNER_REL_NB = "foreslått partner"

#: Colour of each relationship type's edges (and its legend swatch).
REL_COLOURS: dict[str, str] = {
    Rel.BORDERS.type: "#7b8a8b",
    Rel.SEA_NEIGHBOUR.type: "#4f8fbf",
    Rel.FERRY.type: "#0b5fa5",
    Rel.SEA_LINK.type: "#00695c",
    Rel.SERVED_BY.type: "#8e1b3a",
    Rel.IN_COUNTY.type: "#1f4e79",
    Rel.SUPERVISED_BY.type: "#b0506b",
    Rel.MEMBER_OF.type: "#e8710a",
    Rel.HOSTS.type: "#a84300",
    Rel.ORGANISES.type: "#00838f",
    Rel.OWNS.type: "#2e7d32",
    Rel.COVERS.type: "#66a865",
    Rel.GUIDES.type: "#6a3d9a",
    Rel.HAS_PLAN.type: "#9e9e9e",
    PARTNER_REL: "#d81b60",
}
#: Arena memberships share MEMBER_OF with plan offices but get their own colour.
ARENA_MEMBER_COLOUR = "#26a6b3"

#: Edge layers in legend order. MEMBER_OF belongs to ``plankontor`` or ``arenaer`` by its target.
EDGE_LAYERS: tuple[EdgeLayer, ...] = (
    EdgeLayer(
        "naboskap",
        "Naboskap (grenser til, bru, tunnel eller båtrute, ferjesamband, nabo over sjø)",
        (Rel.BORDERS.type, Rel.SEA_LINK.type, Rel.FERRY.type, Rel.SEA_NEIGHBOUR.type),
    ),
    EdgeLayer("embete", "Fylke → statsforvalter (betjenes av)", (Rel.SERVED_BY.type,)),
    EdgeLayer("fylke", "Kommune → fylke (ligger i)", (Rel.IN_COUNTY.type,)),
    EdgeLayer("statsforvalter", "Kommune → statsforvalter (følges opp av)", (Rel.SUPERVISED_BY.type,)),
    EdgeLayer("plankontor", "Plankontor (er medlem av, er vertskommune for)", (Rel.MEMBER_OF.type, Rel.HOSTS.type)),
    EdgeLayer("arenaer", "Arenaer og nettverk (er medlem av, arrangerer)", (Rel.MEMBER_OF.type, Rel.ORGANISES.type)),
    EdgeLayer("regionale_planer", "Regionale planer (eier, dekker)", (Rel.OWNS.type, Rel.COVERS.type)),
    EdgeLayer("veiledning", "Veiledning fra FK og SF (veileder)", (Rel.GUIDES.type,)),
    EdgeLayer("planer", "Kommunale planer (har plan)", (Rel.HAS_PLAN.type,)),
    EdgeLayer("partner", "Foreslåtte partnere", (PARTNER_REL,)),
)

DEFAULT_TYPES: dict[Scope, tuple[str, ...]] = {
    "national": ("kommune", "fylke", "statsforvalter", "plankontor"),
    "county": ("kommune", "fylke", "statsforvalter", "plankontor", "arena"),
    "focus": tuple(NODE_TYPES),
}
DEFAULT_LAYERS: dict[Scope, tuple[str, ...]] = {
    "national": ("embete", "plankontor", "partner"),
    "county": ("naboskap", "embete", "plankontor", "arenaer", "partner"),
    "focus": tuple(layer.id for layer in EDGE_LAYERS),
}

#: SSB centrality class (1 most central … 6 least central) → colour (viridis, dark = central).
CENTRALITY_COLOURS: dict[int, str] = {
    1: "#440154",
    2: "#414487",
    3: "#2a788e",
    4: "#22a884",
    5: "#7ad151",
    6: "#fde725",
}
CENTRALITY_NAMES: dict[int, str] = {
    1: "1 – mest sentral",
    2: "2",
    3: "3",
    4: "4",
    5: "5 – distrikt",
    6: "6 – minst sentral (distrikt)",
}
UNKNOWN_COLOUR = "#bdbdbd"
FOCUS_BORDER = "#d81b60"
NODE_BORDER = "#263238"

#: Sequential ramps (ColorBrewer Blues and YlOrRd, five classes) for partner scores and gap scores.
PARTNER_RAMP = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
GAP_RAMP = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
#: Categorical colours for communities (Tableau 10 and two more), assigned so neighbours differ.
COMMUNITY_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#86bcb6",
    "#d37295",
)

#: Base map colours: sea (canvas background), land in scope, land around it, outlines.
BASEMAP = {
    "sea": "#dce9f2",
    "land": "#f4f1e8",
    "context": "#e6e4de",
    "faded": "#ebe9e3",
    "municipality_line": "#b9b3a6",
    "county_line": "#7d7567",
    "focus_fill": "#f8bbd0",
}

VIEW_TITLES = {
    "cooperation": "Samarbeidskart",
    "partners": "Forslag til samarbeidspartnere",
    "communities": "Fellesskap av kommuner",
    "gaps": "Hull i veiledningen",
}
VIEW_DESCRIPTIONS = {
    "cooperation": (
        "Kunnskapsgrafen: kommuner, fylkeskommuner (FK), statsforvaltere (SF), plankontor, regionale planer, "
        "arenaer, planer og veiledning."
    ),
    "partners": "Foreslåtte samarbeidspartnere for fokuskommunen, farget etter score, med begrunnelser.",
    "communities": "Kommunene farget etter fellesskap (grupper som henger tett sammen i nettverket).",
    "gaps": "Kommunene farget etter hvor stort hullet i veiledningen er; begrunnelsene står i verktøytipset.",
}
ILLUSTRATIVE_NOTE = (
    "Merk: kartet viser illustrative data (source = illustrative), generert fordi ingen offentlig kilde finnes: "
    "{what}. Erstatt dem med egne registre (dknet validate MAPPE; --data MAPPE)."
)
SSB_ATTRIBUTION = "Kilde: Statistisk sentralbyrå (NLOD)"


def scale_colour(value: float, low: float, high: float, ramp: tuple[str, ...]) -> str:
    """The ramp colour for ``value`` in equal-width classes between ``low`` and ``high``.

    A missing value (NaN, None) is not known: neutral grey, never a colour of the ramp.

    >>> scale_colour(0.5, 0.0, 1.0, PARTNER_RAMP), scale_colour(float("nan"), 0.0, 1.0, GAP_RAMP)
    ('#6baed6', '#bdbdbd')
    """
    if value is None or value != value:  # NaN
        return UNKNOWN_COLOUR
    if high <= low:
        return ramp[-1]
    share = (value - low) / (high - low)
    return ramp[min(len(ramp) - 1, max(0, int(share * len(ramp))))]


def fmt_number(value: float | int, decimals: int = 0) -> str:
    """Norwegian number format: thin non-breaking spaces between thousands, decimal comma.

    >>> fmt_number(2037), fmt_number(0.25, 2), fmt_number(1209.4)
    ('2\\u202f037', '0,25', '1\\u202f209')
    """
    return number(float(value), "nb", decimals=decimals, space=NARROW_NBSP)


def ramp_legend(low: float, high: float, ramp: tuple[str, ...], *, decimals: int = 2) -> list[tuple[str, str]]:
    """(colour, "from–to") rows for a ramp legend, in Norwegian number format.

    >>> ramp_legend(0.0, 1.0, ("#a", "#b"))
    [('#a', '0,00–0,50'), ('#b', '0,50–1,00')]
    """
    step = (high - low) / len(ramp) if high > low else 0.0
    rows = []
    for i, colour in enumerate(ramp):
        a, b = low + i * step, low + (i + 1) * step
        rows.append((colour, f"{fmt_number(a, decimals)}–{fmt_number(b, decimals)}"))
    return rows
