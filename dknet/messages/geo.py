"""Travel geography: ferries, sea crossings, straight-line distances, winter-closed roads, the data's sources.

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`. Every
distance dknet prints between two municipalities is a straight line ("i luftlinje"), never an
empty number.
"""

from __future__ import annotations

GEO: dict[str, tuple[str, str, str]] = {
    "partners.neighbour.ferje": ("ferje", "ferje", "ferry"),
    "partners.neighbour.fast": ("bru/tunnel", "bru/tunnel", "bridge/tunnel"),
    "partners.neighbour.båt": ("båt", "båt", "boat"),
    "link.kind.bru": ("bru", "bru", "bridge"),
    "link.kind.undersjøisk tunnel": ("undersjøisk tunnel", "undersjøisk tunnel", "subsea tunnel"),
    "link.kind.bru og tunnel": ("bru og tunnel", "bru og tunnel", "bridge and tunnel"),
    "link.kind.hurtigbåt": ("hurtigbåt", "snøggbåt", "express boat"),
    "link.kind.lokalbåt": ("lokalbåt", "lokalbåt", "local boat"),
    "link.opened": ("åpnet {year}", "opna {year}", "opened {year}"),
    "link.described": ("omtalt {year}", "omtala {year}", "described {year}"),
    "reason.fixed_link": ("fast forbindelse: {names}", "fast samband: {names}", "fixed link: {names}"),
    "reason.boat": (
        "båtrute: {names}",
        "båtrute: {names}",
        "passenger boat: {names}",
    ),
    "reason.ferry": (
        "ferjesamband {name} ({road})",
        "ferjesamband {name} ({road})",
        "car ferry {name} ({road})",
    ),
    "reason.ferry_noroad": ("ferjesamband {name}", "ferjesamband {name}", "car ferry {name}"),
    "reason.sea_open": (
        "nabo over sjøen uten ferje, bru, tunnel eller båtrute i dataene ({km} km over vann i luftlinje)",
        "nabo over sjøen utan ferje, bru, tunnel eller båtrute i dataa ({km} km over vatn i luftline)",
        "neighbours across open water, no ferry, bridge, tunnel or boat in the data ({km} km in a straight line)",
    ),
    "reason.sea_route": (
        "nabo over sjøen; ruten {name} anløper begge, med stopp mellom ({km} km over vann i luftlinje)",
        "nabo over sjøen; ruta {name} anløper begge, med stopp mellom ({km} km over vatn i luftline)",
        "neighbours across water; the route {name} calls at both, with stops between ({km} km in a straight line)",
    ),
    "reason.sea_route_unnamed": (
        "nabo over sjøen; én rute anløper begge, med stopp mellom ({km} km over vann i luftlinje)",
        "nabo over sjøen; éi rute anløper begge, med stopp mellom ({km} km over vatn i luftline)",
        "neighbours across water; one route calls at both, with stops between ({km} km in a straight line)",
    ),
    "reason.on_the_way_1": (
        "minst én overfart på veien, f.eks. {legs}",
        "minst éi overfart på vegen, t.d. {legs}",
        "at least one crossing on the way, e.g. {legs}",
    ),
    "reason.on_the_way": (
        "minst {n} overfarter på veien, f.eks. {legs}",
        "minst {n} overfarter på vegen, t.d. {legs}",
        "at least {n} crossings on the way, e.g. {legs}",
    ),
    "reason.no_road": (
        "{km} km i luftlinje, uten vei, bru, tunnel eller bilferje mellom dem, heller ikke via andre kommuner",
        "{km} km i luftline, utan veg, bru, tunnel eller bilferje mellom dei, heller ikkje via andre kommunar",
        "{km} km in a straight line, with no road, bridge, tunnel or car ferry between them, "
        "not even through other municipalities",
    ),
    "reason.sea_touch": (
        "nabo over et smalt sund (under 1 km over vann)",
        "nabo over eit smalt sund (under 1 km over vatn)",
        "neighbours across a narrow sound (under 1 km of water)",
    ),
    "reason.winter": (
        "vinterstengt over grensen: {roads}",
        "vinterstengt over grensa: {roads}",
        "closed in winter across the border: {roads}",
    ),
    "reason.invented_border": (
        "ingen landgrense (kartomrissene møtes over sjøen)",
        "inga landgrense (kartomrissa møtest over sjøen)",
        "no land border (the map outlines touch across the water)",
    ),
    "overview.ferry": ("ferje: {name}", "ferje: {name}", "ferry: {name}"),
    "info.public": (
        "Offentlige kilder (utgiver, år, lisens)",
        "Offentlege kjelder (utgjevar, år, lisens)",
        "Public sources (publisher, year, licence)",
    ),
}
