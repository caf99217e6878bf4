"""Is a cooperation running? One rule for plan offices, projects and networks, as an adviser reads it.

A plan office, project or network record is

- **generated** when it (or the membership that ties a municipality to it) is illustrative
  (``source = illustrative``, :data:`dknet.schema.ILLUSTRATIVE`): it never counts as an existing
  cooperation, in any data mode;
- **ended** when ``status = avsluttet`` or its end year (``til_aar``) has passed;
- **unknown** when its start year is still to come (not started);
- **running** otherwise: a cited record (real, curated, the user's or assumed) with no end year,
  or an end year still to come. A citation without an end date is read as "løpende, sist
  bekreftet ÅR" — the year the source last confirmed it (``sist_bekreftet``), which the reader
  can judge; ``status = ukjent`` does not make a cited office stop.

Regional councils and planning forums are standing arenas, not cooperations on plans; they are
context (:data:`CONTEXT_ARENA_TYPES`), never "already cooperating".

>>> state({"status": "aktiv", "fra_aar": 2020}, 2026), state({"status": "avsluttet"}, 2026)
('running', 'ended')
>>> state({"fra_aar": 2019}, 2026), state({"fra_aar": 2019, "til_aar": 2023}, 2026)
('running', 'ended')
>>> state({"status": "ukjent", "fra_aar": 1977}, 2026), state({"fra_aar": 2021, "til_aar": 2027}, 2026)
('running', 'running')
>>> state({"status": "aktiv", "source": "illustrative"}, 2026), state({"fra_aar": 2030}, 2026)
('generated', 'unknown')

:func:`describe` says it as data (a :class:`~dknet.messages.msg.Msg`), rendered at the edge:

>>> office = {"name": "Plankontoret (Berkåk)", "fra_aar": 1977, "sist_bekreftet": 2024,
...           "source_url": "https://plankontoret.net/om-oss/"}
>>> describe(office, 2026).render("nb")
'begge i Plankontoret (Berkåk) (løpende siden 1977, sist bekreftet 2024; kilde plankontoret.net)'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from urllib.parse import urlparse

from dknet.messages.msg import Msg
from dknet.schema import ILLUSTRATIVE, Label, Rel

State = Literal["running", "ended", "unknown", "generated"]

#: Arena types that are cooperations on plans (running, ended or unknown).
COOPERATION_ARENA_TYPES = ("nettverk", "prosjekt")
#: Arena types that are standing meeting places: context, never "already cooperating".
CONTEXT_ARENA_TYPES = ("regionråd", "planforum")


def _year(d: Mapping[str, Any], key: str) -> int | None:
    v = d.get(key)
    if v is None or v != v or v == "":  # NaN != NaN
        return None
    return int(str(v)[:4])


def generated(*records: Mapping[str, Any] | None) -> bool:
    """Whether any of ``records`` (a group, a membership edge) is illustrative (generated).

    >>> generated({"source": "curated web"}, {"source": "illustrative"}), generated({"source": "user"}, None)
    (True, False)
    """
    return any(r is not None and r.get("source") == ILLUSTRATIVE for r in records)


def state(d: Mapping[str, Any], year: int, *, membership: Mapping[str, Any] | None = None) -> State:
    """The state of a plan office or arena record in ``year`` (see the module docstring).

    ``membership``: the edge that ties a municipality to it; an illustrative membership of a
    cited office is generated too.
    """
    if generated(d, membership):
        return "generated"
    return record_state(d, year)


def record_state(d: Mapping[str, Any], year: int) -> State:
    """What the record's status and years say, whoever made it: ``running``, ``ended`` or ``unknown`` (not started).

    :func:`state` is this for cited records; a generated record's own years still tell whether it
    is an ended tie or a running one (context, never existing).

    >>> record_state({"source": "illustrative", "fra_aar": 2019, "til_aar": 2021}, 2026)
    'ended'
    """
    start, end = _year(d, "fra_aar"), _year(d, "til_aar")
    if d.get("status") == "avsluttet" or (end is not None and end < year):
        return "ended"
    if start is not None and start > year:
        return "unknown"  # not started yet
    return "running"


def period(d: Mapping[str, Any]) -> str:
    """``2012–2016``, ``2019–`` or ``""``: the period a record states.

    >>> period({"fra_aar": 2012, "til_aar": 2016}), period({"fra_aar": 2019}), period({})
    ('2012–2016', '2019–', '')
    """
    start, end = _year(d, "fra_aar"), _year(d, "til_aar")
    if start is None and end is None:
        return ""
    return f"{start if start is not None else ''}–{end if end is not None else ''}"


def source_name(d: Mapping[str, Any]) -> str:
    """Where a record comes from, short: the web site of its ``source_url``, else its ``source``.

    >>> source_name({"source_url": "https://www.nordreisa.kommune.no/x.html"}), source_name({"source": "user"})
    ('nordreisa.kommune.no', 'user')
    """
    url = d.get("source_url")
    if isinstance(url, str) and url:
        host = urlparse(url).netloc or url
        return host.removeprefix("www.")
    src = d.get("source")
    return str(src) if src else "?"


def confirmed(d: Mapping[str, Any]) -> int | None:
    """The year the cited source last confirmed the cooperation (``sist_bekreftet``), or None."""
    return _year(d, "sist_bekreftet")


def describe(d: Mapping[str, Any], year: int, *, membership: Mapping[str, Any] | None = None) -> Msg:
    """What a pair's shared group is, as an adviser reads it, by :func:`state` (``name`` is the group's name).

    Keys ``coop.*`` in :mod:`dknet.messages.cooperation`.

    >>> describe({"name": "Nord-Troms plankontor", "fra_aar": 2012, "til_aar": 2016}, 2026).render("en")
    'cooperated before in Nord-Troms plankontor (2012–2016)'
    >>> describe({"name": "Plankontoret for Lom", "source": "illustrative"}, 2026).render("nb")
    'begge i Plankontoret for Lom (generert, teller ikke som samarbeid)'
    """
    name = str(d.get("name") or d.get("navn") or "?")
    st = state(d, year, membership=membership)
    if st == "generated":
        if record_state(d, year) == "ended":
            return Msg("coop.ended_generated", name=name, period=period(d) or "?")
        return Msg("coop.generated", name=name)
    if st == "ended":
        return Msg("coop.ended", name=name, period=period(d) or "?")
    if st == "unknown":
        return Msg("coop.not_started", name=name, start=_year(d, "fra_aar"))
    return Msg("coop.running", name=name, since=_since(d), confirmed=_confirmed(d), source=source_name(d))


def running_label(d: Mapping[str, Any]) -> Msg:
    """``Plankontoret (Berkåk) (løpende siden 1977, sist bekreftet …)``: a running office's name with its record.

    >>> running_label({"name": "Alvdal og Tynset", "sist_bekreftet": 2020, "source": "curated"}).render("en")
    'Alvdal og Tynset (running, last confirmed 2020; source curated)'
    """
    name = str(d.get("name") or d.get("navn") or "?")
    return Msg("coop.running_label", name=name, since=_since(d), confirmed=_confirmed(d), source=source_name(d))


def running_since(periode: str | None, sist_bekreftet: int | None) -> Msg:
    """``løpende siden 1977, sist bekreftet 2024`` from a stated period (``1977–``) and confirmation year.

    >>> running_since("1977–", None).render("nb"), running_since("", 2020).render("en")
    ('løpende siden 1977, sist bekreftet ukjent', 'running, last confirmed 2020')
    """
    start = (periode or "").split("–")[0]
    d = {"fra_aar": start or None, "sist_bekreftet": sist_bekreftet}
    return Msg("coop.running_when", since=_since(d), confirmed=_confirmed(d))


def _since(d: Mapping[str, Any]) -> Msg:
    start = _year(d, "fra_aar")
    return Msg("coop.since", year=start) if start is not None else Msg("coop.since_unknown")


def _confirmed(d: Mapping[str, Any]) -> Msg | int:
    c = confirmed(d)
    return c if c is not None else Msg("coop.confirmed_unknown")


def is_group(d: Mapping[str, Any]) -> bool:
    """Whether a node is a plan office or a planning network/project (a cooperation the rule applies to)."""
    return d.get("label") == Label.PLAN_OFFICE.label or d.get("type") in COOPERATION_ARENA_TYPES


def running_offices(G: Any, year: int, codes: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Running plan offices (node id → sorted kommunenummer of their cited members) by :func:`state`.

    Only cited memberships count; ``codes`` limits the members considered (None: all).
    """
    keep = None if codes is None else set(codes)
    out: dict[str, list[str]] = {}
    for u, v, e in G.edges(data=True):
        if e.get("type") != Rel.MEMBER_OF.type:
            continue
        g = G.nodes[v]
        if g.get("label") != Label.PLAN_OFFICE.label or state(g, year, membership=e) != "running":
            continue
        code = str(G.nodes[u]["key"])
        if keep is None or code in keep:
            out.setdefault(v, []).append(code)
    return {k: sorted(set(v)) for k, v in sorted(out.items())}
