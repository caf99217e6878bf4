"""Presentation: turn library results (DataFrames, dicts) into table, JSON or CSV text."""
