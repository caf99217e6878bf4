"""dknet's one message catalogue: every text a person reads, in bokmål (default), nynorsk and English.

One package, one lookup: the texts are kept in a few modules by subject so that each stays
readable, and merged here into three tables, one job each (a key defined twice is an error at
import):

* :data:`MESSAGES` — headings, notes, errors and reason phrases, looked up with :func:`t`;
* :data:`COLUMNS` — display names of table, CSV and XLSX columns (``--format json`` keeps the
  machine keys), looked up with :func:`column_name`;
* :data:`GLOSSARY` — jargon with a plain name and a one-line explanation, for ``dknet glossary``,
  ``dknet --help`` and the county report (:func:`glossary`).

The modules: :mod:`~dknet.messages.texts` (shared texts, commands, reasons),
:mod:`~dknet.messages.help` (``--help`` of every command and option), :mod:`~dknet.messages.problems`
(what ``dknet validate`` and library errors say), :mod:`~dknet.messages.report` (the county
report), :mod:`~dknet.messages.demo` (the demonstration banner and data modes),
:mod:`~dknet.messages.register` (the county's register workbook), :mod:`~dknet.messages.columns` and
:mod:`~dknet.messages.terms`.
:mod:`~dknet.messages.vocabulary` (a word of :mod:`dknet.schema` not understood),
:mod:`~dknet.messages.columns` and :mod:`~dknet.messages.terms`.

Keys are stable, dotted English (``partners.heading.office``); texts use :meth:`str.format`
fields. A missing text in nynorsk falls back to bokmål, never to a key.

>>> t("partners.none", "nb"), t("partners.none", "nn"), t("partners.none", "en")
('Ingen forslag.', 'Ingen forslag.', 'No suggestions.')
>>> column_name("similarity", "nb"), column_name("similarity", "en"), column_name("kommunenummer", "nn")
('likhet', 'similarity', 'kommunenummer')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

from dknet.messages import arena_pack as _arena_pack
from dknet.messages import challenge as _challenge
from dknet.messages import changes as _changes
from dknet.messages import cooperation as _cooperation
from dknet.messages import demo as _demo
from dknet.messages import geo as _geo
from dknet.messages import hardening as _hardening
from dknet.messages import help as _help
from dknet.messages import meaning as _meaning
from dknet.messages import plain as _plain
from dknet.messages import problems as _problems
from dknet.messages import register as _register
from dknet.messages import report as _report
from dknet.messages import sync as _sync
from dknet.messages import texts as _texts
from dknet.messages import unknown as _unknown
from dknet.messages import vocabulary as _vocabulary
from dknet.messages.columns import COLUMNS
from dknet.messages.terms import GLOSSARY

Lang = Literal["nb", "nn", "en"]
#: The languages, default first.
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "nb"

__all__ = [
    "COLUMNS",
    "DEFAULT_LANG",
    "GLOSSARY",
    "LANGS",
    "MESSAGES",
    "Lang",
    "check_lang",
    "column_name",
    "count",
    "glossary",
    "pick",
    "t",
]


def _merge(*tables: Mapping[str, tuple[str, str, str]]) -> dict[str, tuple[str, str, str]]:
    """One table from the subject modules; a key in two of them is a mistake, caught at import."""
    out: dict[str, tuple[str, str, str]] = {}
    for table in tables:
        twice = sorted(set(out) & set(table))
        if twice:
            raise KeyError(f"message keys defined twice: {', '.join(twice)}")
        out.update(table)
    return out


#: Every text looked up with :func:`t`: key → (bokmål, nynorsk, English).
MESSAGES: dict[str, tuple[str, str, str]] = _merge(
    _texts.MESSAGES,
    _help.HELP,
    _problems.PROBLEMS,
    _report.REPORT,
    _hardening.HARDENING,
    _demo.DEMO,
    _unknown.UNKNOWN,
    _cooperation.MESSAGES,
    _plain.PLAIN,
    _geo.GEO,
    _arena_pack.ARENA_PACK,
    _sync.SYNC,
    _register.REGISTER,
    _changes.MESSAGES,
    _vocabulary.VOCABULARY,
    _meaning.MEANING,
    _challenge.CHALLENGE,
)

_INDEX = {"nb": 0, "nn": 1, "en": 2}


def check_lang(lang: str) -> Lang:
    """``lang`` if dknet speaks it, else a ValueError naming the choices.

    >>> check_lang("nn")
    'nn'
    """
    if lang not in _INDEX:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]


def pick(texts: tuple[str, str, str], lang: str) -> str:
    """The ``lang`` text of an (nb, nn, en) entry; an empty nn or en falls back to bokmål."""
    i = _INDEX[check_lang(lang)]
    return texts[i] or texts[0]


def t(key: str, lang: str = DEFAULT_LANG, /, **kw: object) -> str:
    """The text ``key`` in ``lang``, its ``{fields}`` filled from ``kw``.

    >>> t("partners.heading.office", "en", name="Tydal", code="5033")[:33]
    'Partner suggestions for Tydal (50'
    >>> t("reason.both_small", "nb")
    'begge under 2 500 innbyggere'
    """
    text = pick(MESSAGES[key], lang)
    return text.format(**kw) if kw else text


def count(n: int, noun: str, lang: str = DEFAULT_LANG) -> str:
    """``n`` and the noun in singular or plural (keys ``noun.*``): ``1 advarsel``, ``2 advarsler``.

    >>> count(1, "warning", "nb"), count(3, "warning", "nn"), count(0, "error", "en")
    ('1 advarsel', '3 åtvaringar', '0 errors')
    """
    one, many = t(f"noun.{noun}", lang).split("|")
    return f"{n} {one if n == 1 else many}"


def column_name(key: str, lang: str = DEFAULT_LANG) -> str:
    """The display name of column ``key`` in ``lang`` (underscores as spaces when not listed).

    >>> column_name("samfunnsdel_alder", "nb"), column_name("hhi", "nn")
    ('samfunnsdel alder', 'konsentrasjon (HHI)')
    """
    if key in COLUMNS:
        return pick(COLUMNS[key], lang)
    return key.replace("_", " ")


def glossary(lang: str = DEFAULT_LANG) -> list[tuple[str, str]]:
    """Jargon as (plain term, one-line explanation) pairs in ``lang``, for help texts and reports.

    >>> glossary("nb")[0]
    ('Modularitet', 'hvor tydelig gruppene skiller seg fra hverandre: 0 = ingen struktur, nær 1 = klare grupper.')
    """
    i = _INDEX[check_lang(lang)]
    return [entry[i] for entry in GLOSSARY.values()]
