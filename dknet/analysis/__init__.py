"""Analyses: the graph in, DataFrames or plain values out; nothing here reads files or mutates the graph."""
