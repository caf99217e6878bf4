"""A text not yet put into words: a catalogue key and its fields, rendered in a language on display.

The library finds a problem (a bad cell, an unknown municipality) without knowing who will read
about it; it records *what* is wrong as a :class:`Msg`, and the CLI renders it in ``--lang``
(:meth:`Msg.render`). A field may itself be a :class:`Msg` (rendered in the same language) or an
:class:`Either` (``A or B`` / ``A eller B``). ``str(msg)`` is English, for programmers and logs.

>>> m = Msg("name.hint.no_number", query="9999", number_word=Msg("kind.municipality.number"))
>>> m.render("nb")
'kommunenummeret 9999 finnes ikke i inndelingen fra 2024'
>>> str(m)
'the municipality number 9999 is not in the 2024 division'
>>> Either(("A", "B")).render("nn"), str(Either(("A", "B", "C")))
('A eller B', 'A, B or C')
>>> Msg.from_data(m.to_data()) == m
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeAlias

#: A field value: plain text or number, a nested message, alternatives, words given per language, or
#: a number shown as people read it in the reader's language (:class:`Num`).
Field: TypeAlias = "str | int | float | Msg | Either | Local | Num | None"
#: Something to show a person: a message, or text that is already in words (e.g. an OS error).
Text: TypeAlias = "Msg | str"


class Either:
    """Alternatives shown as ``A or B`` (English) / ``A eller B`` (Norwegian)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Field]) -> None:
        self.items: tuple[Field, ...] = tuple(items)

    def render(self, lang: str = "en") -> str:
        """The alternatives as a list ending in the language's "or": ``A, B eller C``."""
        from dknet.messages import t

        words = [render(i, lang) for i in self.items]
        if len(words) <= 2:
            return t("word.or", lang).join(words)
        return ", ".join(words[:-1]) + t("word.or", lang) + words[-1]

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Either({list(self.items)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Either) and other.items == self.items

    def __hash__(self) -> int:
        return hash(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


class Local:
    """Words from outside the catalogue given in each language (a layer's Norwegian and English title).

    >>> Local("Plankontor", "", "Plan offices").render("nn")
    'Plankontor'
    """

    __slots__ = ("texts",)

    def __init__(self, nb: str, nn: str, en: str) -> None:
        self.texts = (nb, nn, en)

    def render(self, lang: str = "en") -> str:
        """The text in ``lang`` (an empty nynorsk or English text falls back to bokmål)."""
        from dknet.messages import pick

        return pick(self.texts, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Local{self.texts!r}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Local) and other.texts == self.texts

    def __hash__(self) -> int:
        return hash(self.texts)


class Num:
    """A number to show a person, formatted on display in the reader's language (``2 037`` / ``2,037``).

    ``share`` shows a 0–1 share as a percentage (``26,5 %``); ``per_cent`` shows the share as a
    number of per cent without the sign (``26,5``); ``signed`` shows a change with its sign; the
    rest is :func:`dknet.messages.numbers.number`.

    >>> Num(2037).render("nb"), Num(2037).render("en"), Num(-2.14, decimals=1, signed=True).render("nn")
    ('2 037', '2,037', '−2,1')
    >>> Num(0.265, share=True, decimals=0).render("nb"), Num(0.265, per_cent=True, decimals=1).render("en")
    ('26 %', '26.5')
    """

    __slots__ = ("decimals", "per_cent", "share", "signed", "value")

    def __init__(
        self,
        value: float | int | None,
        *,
        decimals: int | None = None,
        signed: bool = False,
        share: bool = False,
        per_cent: bool = False,
    ) -> None:
        self.value = value
        self.decimals = decimals
        self.signed = signed
        self.share = share
        self.per_cent = per_cent

    def _key(self) -> tuple[float | int | None, int | None, bool, bool, bool]:
        return (self.value, self.decimals, self.signed, self.share, self.per_cent)

    def render(self, lang: str = "en") -> str:
        """The number in ``lang``."""
        from dknet.messages.numbers import number, percent

        if self.value is None:
            return ""
        if self.share:
            return percent(float(self.value), lang, decimals=self.decimals)
        v = 100 * self.value if self.per_cent else self.value
        return number(v, lang, decimals=self.decimals, signed=self.signed)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Num{self._key()!r}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Num) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash(self._key())


class Msg:
    """A catalogue key (see :mod:`dknet.messages`) and the fields of its text."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, /, **fields: Field) -> None:
        self.key = key
        self.fields: dict[str, Field] = fields

    def render(self, lang: str = "en") -> str:
        """The text in ``lang``, nested messages and alternatives in the same language."""
        from dknet.messages import t

        return t(
            self.key,
            lang,
            **{k: render(v, lang) if isinstance(v, Msg | Either | Local | Num) else v for k, v in self.fields.items()},
        )

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        inner = "".join(f", {k}={v!r}" for k, v in self.fields.items())
        return f"Msg({self.key!r}{inner})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (other.key, other.fields) == (self.key, self.fields)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted((k, str(v)) for k, v in self.fields.items()))))

    def to_data(self) -> dict[str, Any]:
        """Plain JSON data (for the graph cache), read back with :meth:`from_data`."""
        return {"key": self.key, "fields": {k: _field_data(v) for k, v in self.fields.items()}}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Msg:
        """The message :meth:`to_data` wrote."""
        return cls(str(data["key"]), **{str(k): _field_from(v) for k, v in dict(data.get("fields") or {}).items()})


def render(text: Field, lang: str = "en") -> str:
    """A message, alternatives or plain text in ``lang`` (plain text as it is; None as "")."""
    if isinstance(text, Msg | Either | Local | Num):
        return text.render(lang)
    return "" if text is None else str(text)


def joined(items: Iterable[Field], sep: Field = "; ", empty: Text = "") -> Text:
    """Texts shown one after the other with ``sep`` (``A; B``), each rendered in the reader's language.

    >>> joined([Msg("db.value.whole"), "B"]).render("en"), joined([], empty="–")
    ('expected a whole number; B', '–')
    """
    parts = list(items)
    if not parts:
        return empty
    if isinstance(sep, str) and all(isinstance(p, str) for p in parts):
        return sep.join(str(p) for p in parts)
    out: Field = parts[-1]
    for part in reversed(parts[:-1]):
        out = Msg("list.sep", first=part, sep=sep, rest=out)
    return out if isinstance(out, Msg) else Msg("list.sep", first="", sep="", rest=out)


def semicolons(items: Iterable[Text]) -> Text:
    """Several texts as one, ``A; B; C``, each rendered in the reader's language.

    >>> semicolons([Msg("db.value.whole"), "B"]).render("nn")
    'forventa eit heiltal; B'
    """
    parts = list(items)
    if not parts:
        return ""
    out: Text = parts[-1]
    for part in reversed(parts[:-1]):
        out = Msg("list.semicolon", first=part, rest=out)
    return out


def _field_data(v: Field) -> Any:
    if isinstance(v, Msg):
        return {"msg": v.to_data()}
    if isinstance(v, Either):
        return {"either": [_field_data(i) for i in v.items]}
    if isinstance(v, Local):
        return {"local": list(v.texts)}
    if isinstance(v, Num):
        return {"num": list(v._key())}
    return v


def _field_from(v: Any) -> Field:
    if isinstance(v, dict) and "msg" in v:
        return Msg.from_data(v["msg"])
    if isinstance(v, dict) and "either" in v:
        return Either(_field_from(i) for i in v["either"])
    if isinstance(v, dict) and "local" in v:
        return Local(*(str(x) for x in v["local"]))
    if isinstance(v, dict) and "num" in v:
        value, decimals, signed, share, per_cent = v["num"]
        return Num(value, decimals=decimals, signed=signed, share=share, per_cent=per_cent)
    return v  # type: ignore[no-any-return]


def text_data(text: Text) -> Any:
    """A :data:`Text` as JSON data (a string stays a string)."""
    return text.to_data() if isinstance(text, Msg) else text


def text_from(data: Any) -> Text:
    """The :data:`Text` that :func:`text_data` wrote."""
    return Msg.from_data(data) if isinstance(data, dict) else str(data)
