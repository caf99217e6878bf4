"""Presentation: library results (DataFrames, dicts, numbers) as table, JSON, CSV or XLSX, in ``--lang``.

:mod:`~dknet.present.text` (cells and the one table renderer, no pandas), :mod:`~dknet.present.format`
(DataFrames → table, JSON, CSV), :mod:`~dknet.present.numbers` (the one number formatter),
:mod:`~dknet.present.xlsx` (workbooks).
"""
