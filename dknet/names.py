"""Find a municipality or county the way a planner types it.

A query can be a number (``5026``, ``301`` → the hint ``0301``), a name in any case, with or
without Norwegian letters (``holtalen``, ``holtaalen``, ``Holtålen``), any of the Sami or Kven
parallel names (``Guovdageaidnu``, ``Kautokeino``), or a disambiguated name (``Herøy (Nordland)``,
``herøy nordland``). Names are never split on a bare hyphen (Nord-Fron, Aurskog-Høland); only on
the `` - `` that joins parallel names.

Matching uses a *skeleton*: lower case, diacritics removed, æ/ø/å and their ASCII spellings
(ae/oe/aa) collapsed, and everything but letters and digits dropped.

>>> skeleton("Holtålen") == skeleton("holtaalen") == skeleton("HOLTALEN")
True
>>> skeleton("Porsáŋgu") == skeleton("Porsangu")
True
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dknet.errors import AmbiguousNameError, UnknownNameError, kind_stem
from dknet.messages.msg import Either, Msg

if TYPE_CHECKING:  # pandas only in annotations: resolving a name does not import it
    import pandas as pd

_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ŋ": "n", "đ": "d", "ŧ": "t", "ß": "ss"})
_COLLAPSE = (("aa", "a"), ("oe", "o"), ("ae", "a"))
#: Characters that show a Sami or Norwegian letter was lost in a Windows-1252 round trip.
DAMAGE_MARKS = ("?", "\ufffd")
_INNER_QUESTION = re.compile(r"[^\W\d_]\?[^\W\d_]")
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|Å[\u0080-\u00bf]|Ä[\u0080-\u00bf]|Ã¥|Ã¸|Ã¦")


def closest(value: str, choices: Iterable[str], *, n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The ``n`` choices most like ``value`` (difflib's ratio ≥ ``cutoff``), best first.

    The one "did you mean" matcher of dknet: layer and sheet names, indicators, query and
    parameter names, municipality skeletons all go through it.

    >>> closest("kommune", ["kommuner", "fylker", "grenser"])
    ['kommuner']
    >>> closest("xyz", ["kommuner"])
    []
    """
    return difflib.get_close_matches(value, list(choices), n=n, cutoff=cutoff)


def skeleton(text: str) -> str:
    """Reduce a name to the form used for matching (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]", "", text)
    for a, b in _COLLAPSE:
        text = text.replace(a, b)
    return text


def parallel_names(name: str) -> list[str]:
    """The full name and each parallel name joined by `` - `` (never split on a bare hyphen).

    >>> parallel_names("Porsanger - Porsáŋgu - Porsanki")
    ['Porsanger - Porsáŋgu - Porsanki', 'Porsanger', 'Porsáŋgu', 'Porsanki']
    >>> parallel_names("Nord-Fron")
    ['Nord-Fron']
    """
    parts = [p.strip() for p in name.split(" - ") if p.strip()]
    return [name, *parts] if len(parts) > 1 else [name]


def looks_damaged(text: str) -> bool:
    """True when a name carries a replacement mark or UTF-8 read as Windows-1252 ("HoltÃ¥len").

    A web address may hold a "?" between letters (its query string), so in one only the
    replacement mark and mojibake count.

    >>> looks_damaged("Porsá?gu"), looks_damaged("HoltÃ¥len"), looks_damaged("Holtålen"), looks_damaged("Hva nå?")
    (True, True, False, False)
    >>> looks_damaged("https://www.sorfold.kommune.no/index.php?cat=404804")
    False
    """
    if "\ufffd" in text or _MOJIBAKE.search(text):
        return True
    return not text.startswith(("http://", "https://")) and bool(_INNER_QUESTION.search(text))


@dataclass(frozen=True)
class Entry:
    """One municipality (or county) as the index knows it."""

    code: str
    name: str
    region: str  # county name for municipalities, for disambiguation

    def label(self) -> str:
        """How a choice is shown: ``Herøy (1818, Nordland)``."""
        return f"{self.name} ({self.code}, {self.region})" if self.region else f"{self.name} ({self.code})"


class NameIndex:
    """Resolve numbers and names to codes, with clear errors for unknown and ambiguous names.

    >>> import pandas as pd
    >>> idx = NameIndex.from_municipalities(pd.DataFrame({
    ...     "kommunenummer": ["5026", "1515", "1818"],
    ...     "navn": ["Holtålen", "Herøy", "Herøy"],
    ...     "navn_ssb": ["Holtålen", "Herøy (Møre og Romsdal)", "Herøy (Nordland)"],
    ...     "fylkesnummer": ["50", "15", "18"]}),
    ...     {"50": "Trøndelag", "15": "Møre og Romsdal", "18": "Nordland"})
    >>> idx.resolve("holtaalen"), idx.resolve("Herøy nordland")
    ('5026', '1818')
    >>> try:
    ...     idx.resolve("Herøy")
    ... except AmbiguousNameError as e:
    ...     print(e.choices)
    ['Herøy (1515, Møre og Romsdal)', 'Herøy (1818, Nordland)']
    """

    def __init__(
        self,
        kind: str,
        entries: Iterable[Entry],
        aliases: Mapping[str, Iterable[str]],
        width: int,
        old_codes: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.kind = kind
        self.width = width
        self.entries = {e.code: e for e in entries}
        self.old_codes = dict(old_codes or {})
        self._by_skeleton: dict[str, set[str]] = defaultdict(set)
        for code, names in aliases.items():
            for n in names:
                key = skeleton(n)
                if key:
                    self._by_skeleton[key].add(code)

    @classmethod
    def from_municipalities(
        cls,
        kommuner: pd.DataFrame,
        county_names: Mapping[str, str],
        old_codes: Mapping[str, tuple[str, str]] | None = None,
    ) -> NameIndex:
        """Index the ``kommuner`` layer: numbers, Kartverket and SSB names, parallel names."""
        entries, aliases = [], {}
        for row in kommuner.itertuples(index=False):
            code, name = str(row.kommunenummer), str(row.navn)
            county = county_names.get(str(row.fylkesnummer), "")
            regions = parallel_names(county)
            region = regions[1] if len(regions) > 1 else county
            entries.append(Entry(code, name, region))
            names = set(parallel_names(name))
            ssb = getattr(row, "navn_ssb", None)
            if isinstance(ssb, str) and ssb:
                names.add(ssb)
                names.update(parallel_names(re.sub(r"\s*\(.*\)\s*$", "", ssb)))
            plain = {n for n in names if "(" not in n}
            names.update(f"{n} {r}" for n in plain for r in regions)
            aliases[code] = names
        return cls("municipality", entries, aliases, 4, old_codes)

    @classmethod
    def from_counties(cls, fylker: pd.DataFrame) -> NameIndex:
        """Index the ``fylker`` layer: numbers and names with their parallel names."""
        entries = [Entry(str(r.fylkesnummer), str(r.navn), "") for r in fylker.itertuples(index=False)]
        aliases = {e.code: parallel_names(e.name) for e in entries}
        return cls("county", entries, aliases, 2)

    def to_json(self) -> dict[str, object]:
        """The index as plain JSON values, for the lookup tables of warm commands (:mod:`dknet.lookup`)."""
        return {
            "kind": self.kind,
            "width": self.width,
            "entries": [[e.code, e.name, e.region] for e in self.entries.values()],
            "skeletons": {k: sorted(v) for k, v in sorted(self._by_skeleton.items())},
            "old_codes": {k: list(v) for k, v in sorted(self.old_codes.items())},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> NameIndex:
        """The index :meth:`to_json` wrote; it resolves exactly as the original.

        >>> idx = NameIndex("county", [Entry("50", "Trøndelag", "")], {"50": ["Trøndelag", "Trööndelage"]}, 2)
        >>> NameIndex.from_json(idx.to_json()).resolve("trondelag")
        '50'
        """
        entries = [Entry(str(c), str(n), str(r)) for c, n, r in doc["entries"]]
        old = {str(k): (str(v[0]), str(v[1])) for k, v in doc["old_codes"].items()}
        idx = cls(str(doc["kind"]), entries, {}, int(doc["width"]), old)
        for key, codes in doc["skeletons"].items():
            idx._by_skeleton[str(key)] = {str(c) for c in codes}
        return idx

    def name(self, code: str) -> str:
        """The display name of a code."""
        return self.entries[code].name

    def resolve(self, query: str) -> str:
        """Return the code for ``query`` or raise UnknownNameError / AmbiguousNameError."""
        q = str(query).strip()
        if q.isdigit() and self.width:
            return self._resolve_number(q)
        if looks_damaged(q):
            close = self._wildcard(q)
            damaged = Msg("name.hint.damaged")
            hint = Msg("name.hint.damaged_close", damaged=damaged, close=Either(close)) if close else damaged
            raise UnknownNameError(self.kind, q, close, hint)
        key = skeleton(q)
        codes = self._by_skeleton.get(key) or self._by_skeleton.get(re.sub(r"kommune$", "", key), set())
        if len(codes) == 1:
            return next(iter(codes))
        if len(codes) > 1:
            raise AmbiguousNameError(self.kind, q, sorted(self.entries[c].label() for c in codes))
        raise UnknownNameError(self.kind, q, self.suggest(q))

    def _resolve_number(self, q: str) -> str:
        if q in self.entries:
            return q
        if q in self.old_codes:
            new, old_name = self.old_codes[q]
            hint = Msg("name.hint.old_number", query=q, old_name=old_name, new=new, new_name=self.entries[new].name)
            raise UnknownNameError(self.kind, q, [new], hint)
        if len(q) < self.width and q.zfill(self.width) in self.entries:
            padded = q.zfill(self.width)
            stem = kind_stem(self.kind) if kind_stem(self.kind) in ("municipality", "county") else "other"
            hint = Msg(f"name.hint.lost_zero.{stem}", padded=padded, name=self.entries[padded].name)
            raise UnknownNameError(self.kind, q, [padded], hint)
        raise UnknownNameError(self.kind, q, [], Msg("name.hint.no_number", number_word=self._number_word(), query=q))

    def _number_word(self) -> Msg:
        """ "kommunenummeret", "fylkesnummeret" or "nummeret" (for messages about a number)."""
        stem = kind_stem(self.kind)
        return Msg(f"kind.{stem if stem in ('municipality', 'county') else 'other'}.number")

    def suggest(self, query: str, n: int = 3) -> list[str]:
        """The closest names, shown as ``Name (code, region)``."""
        key = skeleton(query)
        close = closest(key, self._by_skeleton, n=n * 2)
        out: list[str] = []
        for k in close:
            for code in sorted(self._by_skeleton[k]):
                label = self.entries[code].label()
                if label not in out:
                    out.append(label)
        return out[:n]

    def _wildcard(self, query: str) -> list[str]:
        """Names that match a damaged query with each damaged character as a wildcard."""
        pattern = re.compile("".join("." if ch in DAMAGE_MARKS else re.escape(ch) for ch in query.casefold()) + "$")
        hits: list[str] = []
        try:
            repaired = query.encode("cp1252").decode("utf-8")
            hits.extend(self.entries[c].label() for c in self._by_skeleton.get(skeleton(repaired), ()))
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        for _code, e in self.entries.items():
            if any(pattern.match(n.casefold()) for n in parallel_names(e.name)):
                hits.append(e.label())
        return hits[:3]
