"""Loaders: read the bundled data and user registers (CSV/XLSX) into validated DataFrames.

Only this package reads data files. Everything below it (graph, analyses, maps) takes
DataFrames or the graph.
"""
